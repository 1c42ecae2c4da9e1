/**
 * The files version-history.json decides, as they should read now: UPGRADING.md's generated blocks, Chart.yaml's
 * artifacthub.io/changes, and the earlier versions' defaults the configurator's upgrade assistant needs.
 * scripts/generate/version-history.ts writes them; lib/upgrade/history-files.test.ts fails while one is stale.
 */
import path from 'node:path';
import { parseDocument } from 'yaml';
import { CHART_DIR, chartPath, readChartText, validationRules, valuesYamlText } from '@/lib/chart/files';
import type { JsonObject } from '@/lib/values/coalesce';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { changedDefaults } from './changed-defaults';
import { chartFileAt, defaultsAt, schemaAt } from './earlier-versions';
import { versionHistory } from './history';
import { artifactHubChanges, injectVersionNotes, renderVersionNotes } from './upgrade-notes';

const EARLIER_DEFAULTS_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'lib/upgrade/generated/earlier-defaults.json');
/** values.yaml (as text, for its @param comments) and values.schema.json of each earlier version: its reference page. */
const EARLIER_CHARTS_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'lib/upgrade/generated/earlier-charts.json');

/** values.yaml of every version, parsed: today's from the tree, earlier ones from their release commits. */
function defaultsByVersion(chartDir = CHART_DIR): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const entry of versionHistory.versions) {
    if (entry.commit === null) {
      const parsed = parseValuesYaml(valuesYamlText(chartDir));
      if (!parsed.ok) throw new Error('charts/aeterna/values.yaml does not parse');
      out.set(entry.version, parsed.values);
    } else out.set(entry.version, defaultsAt(entry));
  }
  return out;
}

export function generatedHistoryFiles(chartDir = CHART_DIR): { file: string; text: string }[] {
  const defaults = defaultsByVersion(chartDir);
  const messages = Object.fromEntries(Object.entries(validationRules(chartDir).rules).map(([id, r]) => [id, r.message]));
  let notes = readChartText('UPGRADING.md', chartDir) ?? '';
  versionHistory.versions.forEach((entry, i) => {
    const previous = versionHistory.versions[i + 1]?.version;
    const changed = previous ? changedDefaults(defaults.get(previous)!, defaults.get(entry.version)!) : [];
    const block = renderVersionNotes({ entry, previous, changed, ruleMessages: messages });
    if (block) notes = injectVersionNotes(notes, entry.version, block);
  });
  const chartYaml = parseDocument(readChartText('Chart.yaml', chartDir) ?? '');
  chartYaml.setIn(['annotations', 'artifacthub.io/changes'], artifactHubChanges(versionHistory.versions[0]!));
  const earlier = Object.fromEntries(versionHistory.versions.filter((e) => e.commit).map((e) => [e.version, defaults.get(e.version)]));
  return [
    { file: chartPath('UPGRADING.md', chartDir), text: notes },
    { file: chartPath('Chart.yaml', chartDir), text: chartYaml.toString({ lineWidth: 112 }) /* the width Chart.yaml is written at */ },
    { file: EARLIER_DEFAULTS_FILE, text: `${JSON.stringify(earlier, null, 1)}\n` },
    {
      file: EARLIER_CHARTS_FILE,
      text: `${JSON.stringify(
        Object.fromEntries(
          versionHistory.versions
            .filter((e) => e.commit)
            .map((e) => [e.version, { valuesYaml: chartFileAt(e, 'values.yaml'), schema: schemaAt(e) }]),
        ),
        null,
        1,
      )}\n`,
    },
  ];
}
