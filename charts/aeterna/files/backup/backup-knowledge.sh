#!/bin/sh
# Bundles the knowledge repository ($KNOWLEDGE_REPO, a git working copy on the server's volume) with every ref and
# its whole history (git bundle create --all), verifies the bundle, then keeps the newest $BACKUP_RETENTION
# bundles in $BACKUP_DIR (0: keep all, when they are uploaded and pruned in S3 instead). Uncommitted changes in
# the working tree are not in a bundle: the server commits what it writes.
set -eu
. "$(dirname "$0")/lib.sh"

# The volume belongs to the server's uid; git refuses a repository owned by someone else unless told it is safe.
git() { command git -c safe.directory='*' "$@"; }

if ! git -C "$KNOWLEDGE_REPO" rev-parse --git-dir >/dev/null 2>&1; then
  echo "knowledge backup: $KNOWLEDGE_REPO is not a git repository (has the server started once?)"
  exit 1
fi
if [ -z "$(git -C "$KNOWLEDGE_REPO" for-each-ref --count=1)" ]; then
  echo "knowledge backup: $KNOWLEDGE_REPO has no commit yet, nothing to back up"
  exit 0
fi
name="aeterna-knowledge-$(backup_stamp).bundle"
partial="$BACKUP_DIR/.$name.partial"
trap 'rm -f -- "$partial"' EXIT
git -C "$KNOWLEDGE_REPO" bundle create --quiet "$partial" --all
git bundle verify --quiet "$partial"
mv -- "$partial" "$BACKUP_DIR/$name"
echo "knowledge backup: $name, $(git -C "$KNOWLEDGE_REPO" rev-list --all --count) commits, $(wc -c <"$BACKUP_DIR/$name" | tr -d ' ') bytes"
keep_newest "$BACKUP_DIR" aeterna-knowledge- .bundle "${BACKUP_RETENTION:-0}"
