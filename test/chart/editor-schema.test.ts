/**
 * values.editor.schema.json in a real editor: the YAML language server (redhat-developer/yaml-language-server, the
 * engine of VS Code's YAML extension and of monaco-yaml, at the version monaco-yaml bundles) validates values files
 * against it, with values.schema.json resolved through its `$ref` as a file next to it, as `# yaml-language-server:
 * $schema=` points an editor at it. For every file of the corpus, the presets and each rule's case, the editor
 * shows exactly the rule messages the configurator shows for the rules JSON Schema can express (the configurator
 * agrees with helm: test/configurator-verdict.test.ts), in the rule's own words, never "Matches a schema that is not
 * allowed".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CHART_DIR, presetFiles } from '@/lib/chart/files';
import { chartRuleInstances, chartSchemaWithRules } from '@/lib/rules/chart-rules';
import { ruleDescription, schemaExpressible } from '@/lib/rules/declaration';
import { EDITOR_SCHEMA_FILE } from '@/lib/rules/generated-files';
import { compileSchema } from '@/lib/schema/compile';
import { createValuesValidator } from '@/lib/schema/validate';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { RULE_CASES, TEMPLATE_ONLY_CASES } from '../support/rule-cases';

// The language server ships CommonJS builds only; its package.json points `main` at a file it does not ship.
const require = createRequire(import.meta.url);
const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService') as {
  getLanguageService: (p: unknown) => {
    configure(s: unknown): void;
    doValidation(doc: unknown, isKubernetes: boolean): Promise<{ message: string; range: { start: { line: number } } }[]>;
  };
};
const { TextDocument } = require('vscode-languageserver-textdocument') as {
  TextDocument: { create(uri: string, lang: string, v: number, text: string): unknown };
};

const service = getLanguageService({
  schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
});
service.configure({
  validate: true,
  hover: false,
  completion: false,
  schemas: [{ uri: pathToFileURL(path.join(CHART_DIR, EDITOR_SCHEMA_FILE)).toString(), fileMatch: ['*.yaml'] }],
});

let documents = 0;
/** The editor's messages for a values file (each document a new URI: the server caches parses by URI). */
async function editorMessages(text: string): Promise<string[]> {
  const doc = TextDocument.create(`file:///workspace/values-${documents++}.yaml`, 'yaml', 1, text);
  return (await service.doValidation(doc, false)).map((d) => d.message);
}

const defaults = parseValuesYaml(readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8'));
if (!defaults.ok) throw new Error('values.yaml does not parse');
const configurator = createValuesValidator(chartSchemaWithRules, defaults.values, compileSchema(chartSchemaWithRules));
const ruleTexts = new Set(chartRuleInstances.filter(schemaExpressible).map(ruleDescription));

function files(): { name: string; text: string }[] {
  const corpus = path.join(process.cwd(), 'test', 'fixtures', 'values-corpus');
  const out = ['valid', 'invalid'].flatMap((folder) =>
    readdirSync(path.join(corpus, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ name: `${folder}/${f}`, text: readFileSync(path.join(corpus, folder, f), 'utf8') })),
  );
  out.push(...presetFiles().map((p) => ({ name: p.file, text: p.text })));
  out.push(...[...RULE_CASES, ...TEMPLATE_ONLY_CASES].map((c, i) => ({ name: `case ${i} ${c.rule}`, text: stringify(c.values) })));
  return out;
}

describe('values.editor.schema.json in the YAML language server', () => {
  it('shows each rule’s case with the rule’s own message, on the line of the value that triggers it', async () => {
    const doc = TextDocument.create('file:///workspace/kms.yaml', 'yaml', 1, 'aeterna:\n  kms:\n    provider: aws\n');
    const [d] = await service.doValidation(doc, false);
    expect(d?.message).toBe(ruleDescription(chartRuleInstances.find((r) => r.id === 'kms-aws-without-key')!));
    expect(d?.range.start.line).toBe(2);
  });

  it('shows the same rule messages as the configurator on the corpus, the presets and every rule’s case', async () => {
    const problems: string[] = [];
    let withRules = 0;
    for (const f of files()) {
      const parsed = parseValuesYaml(f.text);
      if (!parsed.ok) continue;
      const shown = await editorMessages(f.text);
      // A duplicate key is flagged by the editor, which reads the first one, where helm takes the last.
      if (shown.some((m) => /Map keys must be unique|duplicate key/i.test(m))) continue;
      if (shown.some((m) => m.includes('Matches a schema that is not allowed')))
        problems.push(`${f.name}: "Matches a schema that is not allowed"`);
      const editor = [...new Set(shown.filter((m) => ruleTexts.has(m)))].sort();
      const expected = [
        ...new Set(
          configurator
            .validateUserValues(parsed.values)
            .map((i) => i.rule ?? '')
            .filter((m) => ruleTexts.has(m)),
        ),
      ].sort();
      if (expected.length) withRules++;
      if (JSON.stringify(editor) !== JSON.stringify(expected))
        problems.push(`${f.name}:\n  editor ${JSON.stringify(editor)}\n  configurator ${JSON.stringify(expected)}`);
    }
    expect(problems).toEqual([]);
    // The comparison is not vacuous: most rule cases and invalid files break a rule the editor can show.
    expect(withRules).toBeGreaterThan(40);
  });
});
