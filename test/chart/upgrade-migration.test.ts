/**
 * Values files written for each earlier chart version, carried to today's chart by the migration library: the
 * earlier chart (rebuilt from its release commit) accepts each file, and today's chart, with Helm 4 and Helm 3,
 * accepts the migrated file or refuses it with exactly the settings the migration lists as needed, nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSchema, valuesYamlText } from '@/lib/chart/files';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import { checkOutChart, chartFileAt, defaultsAt, presetsAt } from '@/lib/upgrade/earlier-versions';
import { versionHistory } from '@/lib/upgrade/history';
import { migrateValues, type Migration } from '@/lib/upgrade/migrate';
import { migratedValuesText } from '@/lib/upgrade/migrated-file';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { chartCopyWithStandIns, helm, mapLimit, removeChartCopy, type HelmBin } from '../support/chart-copy';

const BINS: HelmBin[] = ['helm', 'helm3'];
const current = versionHistory.versions[0]!;
const earlier = versionHistory.versions.filter((e) => e.commit);
const FIXTURES = path.join('test', 'fixtures', 'values-0.1.0');

/** The files a user of `version` holds: its defaults, a copy of `helm show values`, its presets, and our realistic ones. */
function filesWrittenFor(version: string): { name: string; text: string }[] {
  const e = earlier.find((v) => v.version === version)!;
  const out = [
    { name: 'no values (defaults)', text: '{}\n' },
    { name: 'a copy of helm show values', text: chartFileAt(e, 'values.yaml') },
    ...presetsAt(e).map((p) => ({ name: `preset ${p.file}`, text: p.text })),
  ];
  const dir = path.join(FIXTURES.replace('0.1.0', version));
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort())
    out.push({ name: f, text: readFileSync(path.join(dir, f), 'utf8') });
  return out;
}

/** Parsed as the configurator parses a pasted file (YAML 1.1, like Helm). */
function userValues(text: string): JsonObject {
  const r = parseValuesYaml(text);
  if (!r.ok) throw new Error(r.problems[0]!.message);
  return r.values;
}

function migrate(version: string, text: string): Migration {
  return migrateValues({
    history: versionHistory,
    from: version,
    to: current.version,
    user: userValues(text),
    fromDefaults: defaultsAt(earlier.find((v) => v.version === version)!),
    toDefaults: userValues(valuesYamlText()),
    toSchema: chartSchema() as JsonSchema,
  });
}

/** The refusal lines of `helm template` (the chart prints "VALUES VALIDATION:" and one "- message" per rule). */
function refusals(output: string): string[] {
  const at = output.indexOf('VALUES VALIDATION:');
  if (at < 0) return [];
  return output
    .slice(at)
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).trim());
}

const charts = new Map<string, string>();
let today = '';

beforeAll(async () => {
  today = await chartCopyWithStandIns({ withUnitTests: false });
  for (const e of earlier) charts.set(e.version, await chartCopyWithStandIns({ chartDir: await checkOutChart(e), withUnitTests: false }));
});
afterAll(async () => {
  for (const dir of [today, ...charts.values()]) if (dir) await removeChartCopy(dir);
});

describe.each(earlier.map((e) => e.version))('values written for %s', (version) => {
  it('are accepted by that version, rebuilt from its release commit', async () => {
    const dir = path.dirname(charts.get(version)!);
    const problems = await mapLimit(filesWrittenFor(version), 3, async (f, i) => {
      const file = path.join(dir, `old-${i}.yaml`);
      await writeFile(file, f.text);
      const r = await helm(['template', 'old', charts.get(version)!, '-f', file], { check: false });
      return r.code === 0 ? [] : [`${f.name}: ${r.stderr.slice(0, 400)}`];
    });
    expect(problems.flat()).toEqual([]);
  });

  it.each(BINS)(`migrated to today's chart: %s accepts each, or refuses with exactly the settings the migration lists`, async (bin) => {
    const dir = path.dirname(today);
    const files = filesWrittenFor(version);
    const results = await mapLimit(files, 3, async (f, i) => {
      const m = migrate(version, f.text);
      const file = path.join(dir, `migrated-${bin}-${i}.yaml`);
      await writeFile(file, migratedValuesText(m, current.appVersion));
      // 0.2.0 refuses to generate stable Secrets without a cluster; the rules are what this test is about.
      const r = await helm(['template', 'new', today, '--set', 'generatedSecrets.withoutCluster=generate', '-f', file], {
        bin,
        check: false,
      });
      const output = `${r.stdout}\n${r.stderr}`;
      const expected = m.needed.map((n) => n.message).sort();
      return {
        name: f.name,
        code: r.code,
        unknown: m.unknown,
        got: refusals(output).sort(),
        expected,
        other: r.code !== 0 && refusals(output).length === 0 ? output.slice(0, 600) : '',
      };
    });
    for (const r of results) {
      expect({ name: r.name, unknown: r.unknown, other: r.other, refused: r.got }).toEqual({
        name: r.name,
        unknown: [],
        other: '',
        refused: r.expected,
      });
      expect(r.code === 0).toBe(r.expected.length === 0);
    }
    // Not every file is refused: the check above sees both outcomes.
    expect(results.some((r) => r.code === 0)).toBe(true);
  });
});

describe('the 0.1.0 production-like file, change by change', () => {
  const m = migrate('0.1.0', readFileSync(path.join(FIXTURES, 'production-like.yaml'), 'utf8'));

  it('moves the authorization backend, mapping permissive to allow-all', () => {
    expect(m.renamed.map((r) => [r.from, r.to, r.value, r.newValue])).toEqual([
      ['aeterna.authBackend', 'auth.authorization.backend', 'permissive', 'allow-all'],
    ]);
  });

  it('drops what the server does not read, each with its reason, and turns string flags into booleans', () => {
    expect(m.removed.map((r) => r.path.join('.'))).toEqual([
      'externalQdrant.host',
      'externalQdrant.existingSecret',
      'aeterna.logFormat',
      'aeterna.otel.enabled',
      'aeterna.otel.endpoint',
      'aeterna.embeddingDimension',
      'aeterna.pgPoolSize',
      'aeterna.redisTimeoutSeconds',
      'aeterna.features.experimental-search',
    ]);
    expect(m.retyped.map((r) => [r.path.join('.'), r.newValue])).toEqual([
      ['aeterna.features.cca', true],
      ['aeterna.features.reflective', false],
    ]);
  });

  it('names the settings 0.2.0 needs that the file lacks, by rule', () => {
    expect(m.needed.map((n) => [n.rule, n.since])).toEqual([
      ['published-without-auth', '0.2.0'],
      ['published-without-allowed-clients', '0.2.0'],
      ['migrations-without-admin', '0.2.0'],
    ]);
  });

  it('lists the defaults that changed under keys it leaves to the chart, and what the upgrade does', () => {
    expect(m.changedDefaults.map((c) => c.path.join('.'))).toEqual(['networkPolicy.enabled']);
    expect(m.upgrade.map((u) => u.kind)).toEqual([
      'hook',
      'secret',
      'secret',
      'volume',
      'downtime',
      'note',
      'note',
      'note',
      'note',
      'data',
    ]);
    const small = migrate('0.1.0', readFileSync(path.join(FIXTURES, 'small-bundled.yaml'), 'utf8'));
    expect(small.changedDefaults.map((c) => [c.path.join('.'), c.from, c.to])).toEqual([
      ['aeterna.features', {}, { cca: true, radkit: true, rlm: true, reflective: true }],
      // 0.2.0 leaves the figures to resourcesPreset: small, which sets the same ones (test/chart/sizes.test.ts).
      ['resources.requests.cpu', '100m', ''],
      ['resources.requests.memory', '256Mi', ''],
      ['resources.limits.memory', '1Gi', ''],
      ['networkPolicy.enabled', false, true],
      ['qdrant.enabled', true, false],
    ]);
  });
});
