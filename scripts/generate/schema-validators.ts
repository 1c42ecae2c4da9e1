/**
 * Writes lib/schema/generated/chart-validators.js: the chart's values.schema.json (and chart-rules.js: its rules
 * from validation-rules.json) compiled by ajv into plain
 * functions, so the configurator page ships no schema compiler (smaller, faster to start) and validates with
 * exactly the code the tests run. Run after changing the schema:
 *
 *   npx tsx scripts/generate/schema-validators.ts          # write
 *   npx tsx scripts/generate/schema-validators.ts --check  # exit 1 if the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { standaloneModules } from '../../lib/schema/compile';
import { chartSchemaWithRules } from '../../lib/rules/chart-rules';

const root = process.cwd();
const schemaPath = 'charts/aeterna/values.schema.json and validation-rules.json';
const generated = path.join(root, 'lib', 'schema', 'generated');

// The chart's schema with its rules (strict JSON Schema form, lib/rules/json-schema.ts) as the root allOf.
const modules = standaloneModules(chartSchemaWithRules, schemaPath);
const outputs = [
  { file: path.join(generated, 'chart-validators.js'), code: modules.validators },
  { file: path.join(generated, 'chart-rules.js'), code: modules.rules },
];

for (const { file, code } of outputs) {
  const rel = path.relative(root, file);
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== code) {
      console.error(`${rel} is stale: run npx tsx scripts/generate/schema-validators.ts`);
      process.exitCode = 1;
    } else console.log(`${rel} is up to date`);
  } else {
    writeFileSync(file, code);
    console.log(`wrote ${rel} (${code.length} bytes)`);
  }
}
