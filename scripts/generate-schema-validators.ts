/**
 * Writes lib/schema/generated/chart-validators.js: the chart's values.schema.json compiled by ajv into plain
 * functions, so the configurator page ships no schema compiler (smaller, faster to start) and validates with
 * exactly the code the tests run. Run after changing the schema:
 *
 *   npx tsx scripts/generate-schema-validators.ts          # write
 *   npx tsx scripts/generate-schema-validators.ts --check  # exit 1 if the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { standaloneModule } from '../lib/schema/compile';

const root = process.cwd();
const schemaPath = 'charts/aeterna/values.schema.json';
const outPath = path.join(root, 'lib', 'schema', 'generated', 'chart-validators.js');

const schema = JSON.parse(readFileSync(path.join(root, schemaPath), 'utf8')) as Record<string, unknown>;
const code = standaloneModule(schema, schemaPath);

if (process.argv.includes('--check')) {
  const current = readFileSync(outPath, 'utf8');
  if (current !== code) {
    console.error(`${path.relative(root, outPath)} is stale: run npx tsx scripts/generate-schema-validators.ts`);
    process.exit(1);
  }
  console.log(`${path.relative(root, outPath)} is up to date`);
} else {
  writeFileSync(outPath, code);
  console.log(`wrote ${path.relative(root, outPath)} (${code.length} bytes)`);
}
