import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyScript, imagesText, shellQuote } from './copy-script';
import type { ListedImage } from './collect';
import type { MirrorCopy } from './private-registry';

const D = `sha256:${'c'.repeat(64)}`;
const image = (over: Partial<ListedImage>): ListedImage => ({
  reference: 'x',
  ref: { registry: 'docker.io', repository: 'library/redis', tag: '7' },
  written: [],
  usedBy: [{ kind: 'Pod', name: "evil'$(touch PWNED)`x`\nrm -rf /", source: 's', list: 'containers', container: 'c' }],
  ...over,
});
const copies: MirrorCopy[] = [
  { from: 'docker.io/library/redis:7', to: 'r.example.com/library/redis:7', image: image({}) },
  { from: `ghcr.io/o/a@${D}`, to: `r.example.com/o/a@${D}`, image: image({ ref: { registry: 'ghcr.io', repository: 'o/a', digest: D } }) },
];

/** Runs the script with a fake crane or skopeo on PATH that logs its arguments, one per line. */
function runWith(tool: 'crane' | 'skopeo', script: string, name = 'copy-images.sh'): { log: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'copy-script-'));
  const bin = path.join(dir, 'bin');
  execFileSync('mkdir', [bin]);
  const fake = `#!/usr/bin/env bash\nprintf '%s\\n' "$0" "$@" "--" >> ${shellQuote(path.join(dir, 'log'))}\nif [ "$1" = digest ]; then echo ${shellQuote(D)}; fi\nif [ "$1" = inspect ]; then printf x; fi\n`;
  for (const t of ['crane', 'skopeo']) {
    writeFileSync(path.join(bin, t), fake);
    chmodSync(path.join(bin, t), 0o755);
  }
  writeFileSync(path.join(dir, name), script);
  execFileSync('bash', [path.join(dir, name), tool], {
    cwd: dir,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    stdio: 'pipe',
  });
  return { log: readFileSync(path.join(dir, 'log'), 'utf8'), dir };
}

describe('the copy script', () => {
  it('quotes every word: a hostile name neither runs nor breaks out of its comment', () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    const script = copyScript(copies, 'r.example.com');
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(script).toContain('set -euo pipefail');
    expect(script).not.toMatch(/^rm -rf/m);
    const { log, dir } = runWith('crane', script);
    expect(() => readFileSync(path.join(dir, 'PWNED'))).toThrow();
    expect(log.split('\n').filter((l) => !l.startsWith('/'))).toEqual([
      'copy',
      'docker.io/library/redis:7',
      'r.example.com/library/redis:7',
      '--',
      'copy',
      `ghcr.io/o/a@${D}`,
      `r.example.com/o/a:${D.replace(':', '-')}`,
      '--',
      'digest',
      `r.example.com/o/a:${D.replace(':', '-')}`,
      '--',
      '',
    ]);
  });

  it('copies every platform with skopeo, preserving digests, and stops when a copy has another digest', () => {
    const { log } = (() => {
      try {
        return runWith('skopeo', copyScript(copies, 'r.example.com'));
      } catch (e) {
        return { log: String((e as { stderr?: Buffer }).stderr ?? e) };
      }
    })();
    expect(log).toContain('r.example.com/o/a:sha256-ccc');
    expect(log).toMatch(/is sha256:[0-9a-f]{64}, not sha256:c{64}/);
  });

  it('refuses to run without naming the tool', () => {
    expect(() => execFileSync('bash', ['-c', copyScript(copies, 'r.example.com')], { stdio: 'pipe' })).toThrow(/usage: .* crane\|skopeo/);
  });

  it('images.txt lists what is pulled today, one a line', () => {
    expect(imagesText(copies)).toBe(`docker.io/library/redis:7\nghcr.io/o/a@${D}\n`);
  });
});
