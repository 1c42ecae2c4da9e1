/**
 * Writes what enforces the chart's rules from their one declaration, charts/aeterna/validation-rules.json:
 * templates/_validation.tpl (helm's refusal, lib/rules/go-template.ts) and values.editor.schema.json (the chart's
 * schema plus every rule with its message, for VS Code and other editors; lib/rules/json-schema.ts). The
 * configurator's form of the rules is built from the same declaration (lib/rules/chart-rules.ts).
 *
 *   npx tsx scripts/generate/validation.ts          # write
 *   npx tsx scripts/generate/validation.ts --check  # exit 1 when a generated file is stale
 */
import { generatedValidationFiles } from '@/lib/rules/generated-files';
import { writeGeneratedFiles } from './write-generated';

writeGeneratedFiles(generatedValidationFiles(), 'npx tsx scripts/generate/validation.ts');
