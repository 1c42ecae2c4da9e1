/**
 * Regenerates the reference tables of charts/aeterna/README.md (what `helm show readme` prints and Artifact Hub
 * shows) from values.schema.json and values.yaml, between the markers; the prose around them is hand-written.
 *
 *   npx tsx scripts/generate/chart-readme.ts          # rewrite the README
 *   npx tsx scripts/generate/chart-readme.ts --check  # exit 1 when the README is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_DIR, loadReference } from '@/lib/reference/load';
import { injectBetweenMarkers, renderReferenceMarkdown } from '@/lib/reference/readme';

export const README_FILE = path.join(CHART_DIR, 'README.md');

export function expectedReadme(): string {
  return injectBetweenMarkers(readFileSync(README_FILE, 'utf8'), renderReferenceMarkdown(loadReference()));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const current = readFileSync(README_FILE, 'utf8');
  const next = expectedReadme();
  if (process.argv.includes('--check')) {
    if (current !== next) {
      console.error(`${path.relative(process.cwd(), README_FILE)} is stale: run npm run docs:readme`);
      process.exit(1);
    }
    console.log('chart README is up to date');
  } else if (current !== next) {
    writeFileSync(README_FILE, next);
    console.log(`updated ${path.relative(process.cwd(), README_FILE)}`);
  } else {
    console.log('chart README already up to date');
  }
}
