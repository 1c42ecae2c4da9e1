/**
 * After `next build` with NEXT_OUTPUT=export: each exported page gets its Content-Security-Policy as a <meta>,
 * with the hashes of its own inline scripts (lib/site/security-policy.ts), since GitHub Pages sends no headers of
 * ours. Run by the publish workflow and by test/ci/static-export.test.ts, right after the export.
 *
 * Usage: npx tsx scripts/export/add-meta-policy.ts [export folder, default out]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withMetaPolicy } from '../../lib/site/security-policy';

const dir = process.argv[2] ?? 'out';
let files: string[];
try {
  files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
} catch {
  console.error(`add-meta-policy: ${dir} is not a folder: pass the static export's folder (next build with NEXT_OUTPUT=export)`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`add-meta-policy: no .html file in ${dir}: is it the static export's folder?`);
  process.exit(1);
}
for (const f of files) {
  const file = path.join(dir, f);
  writeFileSync(file, withMetaPolicy(readFileSync(file, 'utf8'), file));
}
console.log(`add-meta-policy: ${files.length} pages of ${dir} carry their Content-Security-Policy`);
