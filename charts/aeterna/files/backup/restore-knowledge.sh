#!/bin/sh
# Restores a bundle made by backup-knowledge.sh as the knowledge repository $KNOWLEDGE_REPO: every branch and tag,
# the branch HEAD pointed to checked out. A repository already there is moved aside to $KNOWLEDGE_REPO.before-restore-<time>,
# never deleted. Stop the server first (it must not write while the folder is swapped).
# Usage: restore-knowledge.sh FILE (a path, or a name in $BACKUP_DIR; "latest" for the newest there).
set -eu
. "$(dirname "$0")/lib.sh"
git() { command git -c safe.directory='*' "$@"; }
file=${1:?usage: restore-knowledge.sh FILE|latest}
if [ "$file" = latest ]; then
  file=$(ls -1 "$BACKUP_DIR" | grep -E '^aeterna-knowledge-[0-9]{8}T[0-9]{6}Z\.bundle$' | sort | tail -n 1)
  [ -n "$file" ] || { echo "restore: no aeterna-knowledge-*.bundle in $BACKUP_DIR"; exit 1; }
fi
case $file in */*) ;; *) file="${BACKUP_DIR:-.}/$file" ;; esac
git bundle verify --quiet "$file"
staging="$KNOWLEDGE_REPO.restoring"
rm -rf -- "$staging"
git clone --quiet "$file" "$staging"
# The clone has the bundle's branches as origin/*: make them local branches, and forget the bundle's path.
git -C "$staging" fetch --quiet --update-head-ok "$file" '+refs/heads/*:refs/heads/*' '+refs/tags/*:refs/tags/*'
git -C "$staging" remote remove origin
if [ -e "$KNOWLEDGE_REPO" ]; then
  aside="$KNOWLEDGE_REPO.before-restore-$(backup_stamp)"
  mv -- "$KNOWLEDGE_REPO" "$aside"
  echo "restore: the previous repository is kept in $aside"
fi
mv -- "$staging" "$KNOWLEDGE_REPO"
echo "restore: $file into $KNOWLEDGE_REPO, $(git -C "$KNOWLEDGE_REPO" rev-list --all --count) commits, HEAD $(git -C "$KNOWLEDGE_REPO" rev-parse HEAD)"
