import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MANIFEST = path.join(process.cwd(), 'lib', 'site', 'generated', 'islands.json');

/** Path (under the site's base path) of the islands' entry script, bundled by scripts/build-islands.ts. */
export function islandsEntry(): string {
  if (!existsSync(MANIFEST)) {
    throw new Error(`${MANIFEST} is missing: the islands are not bundled. Run: npm run generate`);
  }
  return (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { bootstrap: string }).bootstrap;
}
