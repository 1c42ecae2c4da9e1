/**
 * Writes the `description` of every value in charts/aeterna/values.schema.json from its `## @param` comment in
 * values.yaml (see lib/chart/schema-descriptions.ts). The cross-field rules are not in this schema (Helm would print
 * them as "false schema"): scripts/generate/validation.ts writes them from validation-rules.json. Run after
 * editing a comment:
 *
 *   npx tsx scripts/generate/schema-descriptions.ts          # rewrite the schema's descriptions
 *   npx tsx scripts/generate/schema-descriptions.ts --check  # exit 1 when the schema is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaText, withDescriptionsFromValues, type SchemaNode } from '@/lib/chart/schema-descriptions';
import { chartPath, valuesYamlText } from '@/lib/chart/files';

const schemaFile = chartPath('values.schema.json');

const current = readFileSync(schemaFile, 'utf8');
const { schema, unknownPaths } = withDescriptionsFromValues(JSON.parse(current) as SchemaNode, valuesYamlText());
if (unknownPaths.length) {
  console.error(`values.yaml documents values the schema does not declare: ${unknownPaths.join(', ')}`);
  process.exit(1);
}
const next = schemaText(schema);
const rel = path.relative(process.cwd(), schemaFile);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${rel} is stale: run npx tsx scripts/generate/schema-descriptions.ts`);
    process.exit(1);
  }
  console.log(`${rel}: descriptions up to date`);
} else {
  if (next !== current) writeFileSync(schemaFile, next);
  console.log(next !== current ? `updated the descriptions in ${rel}` : `${rel}: descriptions already up to date`);
}
