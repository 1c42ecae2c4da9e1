/**
 * The history file against the chart and git: its generated files are current, every earlier version is found at
 * its commit, every rule is recorded where it began, and nothing an earlier version accepted vanished unexplained.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chartMetadata, chartSchema, readChartText, validationRules } from '@/lib/chart/files';
import type { JsonSchema } from '@/lib/schema/schema';
import { chartFileAt, schemaAt } from './earlier-versions';
import { generatedHistoryFiles } from './history-files';
import { versionHistory } from './history';
import { explainedByHistory } from './migrate';
import { schemaAcceptsPath, schemaValuePaths } from './value-paths';

const current = versionHistory.versions[0]!;
const earlier = versionHistory.versions.filter((e) => e.commit);

describe('charts/aeterna/version-history.json', () => {
  it.each(generatedHistoryFiles().map((f) => [f.file, f.text] as const))('%s is current (else run: npm run generate)', (file, text) => {
    expect(readFileSync(file, 'utf8') === text).toBe(true);
  });

  it("starts with Chart.yaml's version and appVersion", () => {
    const meta = chartMetadata();
    expect([current.version, current.appVersion]).toEqual([meta.version, meta.appVersion]);
  });

  it.each(earlier.map((e) => [e.version, e] as const))('%s is the version its recorded commit holds', (version, e) => {
    const meta = parse(chartFileAt(e, 'Chart.yaml')) as { version: string; appVersion: string };
    expect([meta.version, meta.appVersion]).toEqual([version, e.appVersion]);
  });

  it('records every rule of validation-rules.json in the version that introduced it, once, and only rules that exist', () => {
    const ids = Object.keys(validationRules().rules).sort();
    const recorded = versionHistory.versions.flatMap((e) => e.required);
    expect([...recorded].sort()).toEqual(ids);
  });

  it.each(earlier.map((e) => [e.version, e] as const))(
    'every value %s accepted is accepted today, or renamed or removed by an entry',
    (version, e) => {
      const today = chartSchema() as JsonSchema;
      const lost = schemaValuePaths(schemaAt(e))
        .map((p) => p.split('.'))
        .filter(
          (p) =>
            !schemaAcceptsPath(
              today,
              p.map((k) => (k === '*' ? '__any_key__' : k)),
            ),
        )
        .filter((p) => !explainedByHistory(versionHistory, version, current.version, p))
        .map((p) => p.join('.'));
      expect(lost, 'values gone without a renamed or removed entry in version-history.json').toEqual([]);
    },
  );

  it('catches a value gone with no entry (the check above can fail)', () => {
    const e = earlier[0]!;
    const stripped = structuredClone(chartSchema()) as JsonSchema;
    delete (stripped.properties!.aeterna!.properties as Record<string, unknown>).logLevel;
    const lost = schemaValuePaths(schemaAt(e))
      .map((p) => p.split('.'))
      .filter((p) => !schemaAcceptsPath(stripped, p))
      .filter((p) => !explainedByHistory(versionHistory, e.version, current.version, p))
      .map((p) => p.join('.'));
    expect(lost).toEqual(['aeterna.logLevel']);
  });

  it("names in its Qdrant data steps only tags that helm upgrade's refusal names too (templates/_upgrade-checks.tpl)", () => {
    const helper = /define "aeterna\.qdrant\.minorReleases" -\}\}\n([^\n]+)/.exec(readChartText('templates/_upgrade-checks.tpl') ?? '');
    const stones = helper![1]!.trim().split(' ');
    const data = versionHistory.versions.flatMap((e) => e.upgrade.filter((s) => s.kind === 'data' && s.text.includes('qdrant.image.tag')));
    const named = data.flatMap((s) => [...s.text.matchAll(/`(?:--set qdrant\.image\.tag=)?(v\d+\.\d+\.\d+)`/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((tag) => !stones.includes(tag))).toEqual([]);
  });
});
