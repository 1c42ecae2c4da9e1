/**
 * Writes what enforces the chart's rules from their one declaration, charts/aeterna/validation-rules.json:
 * templates/_validation.tpl (helm's refusal, lib/rules/go-template.ts) and values.editor.schema.json (the chart's
 * schema plus every rule with its message, for VS Code and other editors; lib/rules/json-schema.ts). The
 * configurator's form of the rules is built from the same declaration (lib/rules/chart-rules.ts).
 *
 *   npx tsx scripts/generate/validation.ts          # write
 *   npx tsx scripts/generate/validation.ts --check  # exit 1 when a generated file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedValidationFiles } from '@/lib/rules/generated-files';

let stale = false;
for (const { file, text } of generatedValidationFiles()) {
  const rel = path.relative(process.cwd(), file);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current === text) console.log(`${rel} is up to date`);
  else if (process.argv.includes('--check')) {
    console.error(`${rel} is stale: run npx tsx scripts/generate/validation.ts`);
    stale = true;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${rel}`);
  }
}
if (stale) process.exit(1);
