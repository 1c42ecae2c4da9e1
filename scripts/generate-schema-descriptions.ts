/**
 * Writes the `description` of every value in charts/aeterna/values.schema.json from its `## @param` comment in
 * values.yaml, and of every cross-field rule from validation-rules.json (see lib/chart/schema-descriptions.ts).
 * Run after editing a comment or a rule message:
 *
 *   npx tsx scripts/generate-schema-descriptions.ts          # rewrite the schema's descriptions
 *   npx tsx scripts/generate-schema-descriptions.ts --check  # exit 1 when the schema is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaText, withDescriptionsFromValues, type SchemaNode } from '@/lib/chart/schema-descriptions';
import { chartPath, validationRules, valuesYamlText } from '@/lib/chart/files';

const schemaFile = chartPath('values.schema.json');

const current = readFileSync(schemaFile, 'utf8');
const { schema, unknownPaths, unknownRules } = withDescriptionsFromValues(
  JSON.parse(current) as SchemaNode,
  valuesYamlText(),
  validationRules(),
);
if (unknownPaths.length || unknownRules.length) {
  if (unknownPaths.length) console.error(`values.yaml documents values the schema does not declare: ${unknownPaths.join(', ')}`);
  if (unknownRules.length) console.error(`schema rules whose title names no rule of validation-rules.json: ${unknownRules.join(', ')}`);
  process.exit(1);
}
const next = schemaText(schema);
const rel = path.relative(process.cwd(), schemaFile);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${rel} is stale: run npx tsx scripts/generate-schema-descriptions.ts`);
    process.exit(1);
  }
  console.log(`${rel}: descriptions up to date`);
} else {
  if (next !== current) writeFileSync(schemaFile, next);
  console.log(next !== current ? `updated the descriptions in ${rel}` : `${rel}: descriptions already up to date`);
}
