/**
 * The upgrade assistant on the command line, for a terminal or a CI job: carries a values file written for an
 * earlier chart version to the chart in this repository, with the same library and the same words as the
 * configurator (lib/upgrade/assistant.ts). The report goes to standard error, the migrated file to standard output.
 *
 *   npx tsx scripts/upgrade/carry-values.ts --from 0.1.0 current-values.yaml > values.yaml
 *
 * Without --from, the version named by the file's header. Exits 1 when the file cannot be read, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { chartSchema, valuesYamlText } from '@/lib/chart/files';
import type { JsonSchema } from '@/lib/schema/schema';
import { carryValuesFile, earlierVersions, writtenFor } from '@/lib/upgrade/assistant';
import earlierDefaults from '@/lib/upgrade/generated/earlier-defaults.json';
import { versionHistory } from '@/lib/upgrade/history';
import type { Migration } from '@/lib/upgrade/migrate';
import { STEP_LABEL } from '@/lib/upgrade/upgrade-notes';
import type { JsonObject } from '@/lib/values/coalesce';
import { parseValuesYaml } from '@/lib/values/yaml-document';

const args = process.argv.slice(2);
const at = args.indexOf('--from');
const file = args.filter((a, i) => a !== '--from' && i !== at + 1)[0];
if (!file) {
  console.error(
    `usage: npx tsx scripts/upgrade/carry-values.ts [--from <version>] <values.yaml>   (versions: ${earlierVersions(versionHistory).join(', ')})`,
  );
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const from = at >= 0 ? args[at + 1] : writtenFor(text, versionHistory);
if (!from) {
  console.error(
    `${file} does not name its chart version in a header: give it with --from (one of ${earlierVersions(versionHistory).join(', ')})`,
  );
  process.exit(2);
}
const defaults = parseValuesYaml(valuesYamlText());
const result = carryValuesFile(text, from, {
  history: versionHistory,
  earlierDefaults: earlierDefaults as Record<string, JsonObject>,
  defaults: defaults.ok ? defaults.values : {},
  schema: chartSchema() as JsonSchema,
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
report(result.migration);
process.stdout.write(result.text);

function report(m: Migration): void {
  const say = (title: string, lines: string[]) => {
    if (lines.length) console.error(`${title} (${lines.length}):\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  };
  const v = (x: unknown) => JSON.stringify(x);
  console.error(`From ${m.from} to ${m.to}`);
  say(
    'Renamed',
    m.renamed.map((r) => `${r.from} → ${r.to}: ${v(r.value)} → ${v(r.newValue)}. ${r.why}`),
  );
  say(
    'Converted',
    m.retyped.map((r) => `${r.path.join('.')}: ${v(r.value)} → ${v(r.newValue)}. ${r.why}`),
  );
  say(
    'Removed',
    m.removed.map((r) => `${r.path.join('.')}: ${r.why} ${r.instead}`),
  );
  say(
    `Needed by ${m.to}`,
    m.needed.map((n) => `${n.message} (${n.fields.join(', ')})`),
  );
  say(
    'Defaults that changed under keys your file leaves to the chart',
    m.changedDefaults.map((c) => `${c.path.join('.')}: ${v(c.from)} → ${v(c.to)}`),
  );
  say(
    `Not values of ${m.to} (kept: helm will name them)`,
    m.unknown.map((p) => p.join('.')),
  );
  say(
    'What the upgrade does',
    m.upgrade.map((u) => `${STEP_LABEL[u.kind]}: ${u.text}`),
  );
}
