/**
 * The write-or-check step every generator shares: writes each file whose text changed, or with --check reports the
 * stale ones and exits 1 (naming the command that regenerates them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeGeneratedFiles(files: readonly { file: string; text: string }[], regenerate: string): void {
  let stale = false;
  for (const { file, text } of files) {
    const rel = path.relative(process.cwd(), file);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // Not written yet.
    }
    if (current === text) console.log(`${rel} is up to date`);
    else if (process.argv.includes('--check')) {
      console.error(`${rel} is stale: run ${regenerate}`);
      stale = true;
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (stale) process.exit(1);
}
