/**
 * The script of the offline bundle that copies every image of the release into the private registry, with crane
 * or skopeo (whichever the user has), all platforms of each image. An image pinned by digest is copied by that
 * digest, byte for byte (crane copies manifests as they are; skopeo is told --preserve-digests), under its tag or
 * `sha256-<hex>` when it has none (a registry stores a manifest under a tag), and the copy's digest is checked
 * before the script goes on. Every word that comes from the values is single-quoted: a name cannot run a command.
 */
import type { MirrorCopy } from './private-registry';
import { describeUse } from './collect';

/** `text` as one shell word: single quotes, each `'` closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A comment line that stays one comment line, whatever the text holds. */
function comment(text: string): string {
  return `# ${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')}`;
}

/** `repo@sha256:…` → `repo:<tag>` to copy to (the tag it had, or sha256-<hex>), and the digest to check. */
function destination(to: string, tag: string | undefined): { ref: string; digest?: string } {
  const at = to.indexOf('@');
  if (at < 0) return { ref: to };
  const digest = to.slice(at + 1);
  return { ref: `${to.slice(0, at)}:${tag ?? digest.replace(':', '-')}`, digest };
}

export function copyScript(copies: readonly MirrorCopy[], registry: string): string {
  const lines = [
    '#!/usr/bin/env bash',
    comment(`Copies the ${copies.length} images of this release into ${registry}, every platform of each.`),
    '# Usage: ./copy-images.sh crane    (https://github.com/google/go-containerregistry/tree/main/cmd/crane)',
    '#        ./copy-images.sh skopeo   (https://github.com/containers/skopeo)',
    '# Log in to both registries first (crane auth login / skopeo login). Run it where both can be reached.',
    'set -euo pipefail',
    '',
    'tool="${1:-}"',
    'case "$tool" in',
    '  crane | skopeo) command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; } ;;',
    '  *) echo "usage: $0 crane|skopeo" >&2; exit 2 ;;',
    'esac',
    '',
    '# copy SOURCE DESTINATION [DIGEST]: DIGEST, when given, is what DESTINATION must resolve to afterwards.',
    'copy() {',
    '  local source="$1" destination="$2" digest="${3:-}" got',
    '  echo "copying $source -> $destination" >&2',
    '  if [ "$tool" = crane ]; then',
    '    crane copy "$source" "$destination"',
    '    [ -z "$digest" ] || got="$(crane digest "$destination")"',
    '  else',
    '    skopeo copy --all --preserve-digests "docker://$source" "docker://$destination"',
    '    [ -z "$digest" ] || got="sha256:$(skopeo inspect --raw "docker://$destination" | sha256sum | cut -d " " -f 1)"',
    '  fi',
    '  if [ -n "$digest" ] && [ "$got" != "$digest" ]; then',
    '    echo "$destination is $got, not $digest" >&2',
    '    exit 1',
    '  fi',
    '}',
    '',
  ];
  for (const c of copies) {
    for (const u of c.image.usedBy) lines.push(comment(describeUse(u)));
    const dest = destination(c.to, c.image.ref.tag);
    lines.push(['copy', shellQuote(c.from), shellQuote(dest.ref), ...(dest.digest ? [shellQuote(dest.digest)] : [])].join(' '));
  }
  lines.push('', `echo ${shellQuote(`All ${copies.length} images are in ${registry}.`)} >&2`, '');
  return lines.join('\n');
}

/** images.txt: one reference per line, as the runtime pulls it (by digest when pinned). */
export function imagesText(copies: readonly MirrorCopy[]): string {
  return copies.map((c) => `${c.from}\n`).join('');
}
