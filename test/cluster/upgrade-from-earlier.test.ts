/**
 * Real upgrades from each earlier chart version, Helm 4 and Helm 3: the earlier version (rebuilt from its release
 * commit) is installed with a values file written for it, then upgraded to today's chart with the file the
 * migration library makes of it. The upgrade succeeds (its migration hook Job finished in the kubelet's place),
 * every Secret and PersistentVolumeClaim of the earlier release survives byte for byte, volume names do not move,
 * and `helm rollback` returns to the earlier version.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSchema, valuesYamlText } from '@/lib/chart/files';
import type { JsonSchema } from '@/lib/schema/schema';
import { checkOutChart, defaultsAt } from '@/lib/upgrade/earlier-versions';
import { versionHistory } from '@/lib/upgrade/history';
import { migrateValues } from '@/lib/upgrade/migrate';
import { migratedValuesText } from '@/lib/upgrade/migrated-file';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import type { JsonObject } from '@/lib/values/coalesce';
import { chartCopyWithStandIns, realSubchartArchivesDir, removeChartCopy, type HelmBin } from '../support/chart-copy';
import { finishPod, podOfJob } from '../support/fake-kubelet';
import { startTestCluster, type TestCluster } from '../support/test-cluster';

const current = versionHistory.versions[0]!;
const from = versionHistory.versions.find((e) => e.commit)!;
const FIXTURE = path.join('test', 'fixtures', `values-${from.version}`, 'small-bundled.yaml');

function values(text: string): JsonObject {
  const r = parseValuesYaml(text);
  if (!r.ok) throw new Error(r.problems[0]!.message);
  return r.values;
}

let cluster: TestCluster;
let oldChart: string;
let newChart: string;
let oldValues: string;
let newValues: string;

beforeAll(async () => {
  [cluster, oldChart, newChart] = await Promise.all([
    startTestCluster({ controllers: true }),
    checkOutChart(from).then((dir) =>
      chartCopyWithStandIns({ chartDir: dir, withUnitTests: false, subchartArchivesDir: realSubchartArchivesDir() }),
    ),
    chartCopyWithStandIns({ withUnitTests: false, subchartArchivesDir: realSubchartArchivesDir() }),
  ]);
  const text = readFileSync(FIXTURE, 'utf8');
  const m = migrateValues({
    history: versionHistory,
    from: from.version,
    to: current.version,
    user: values(text),
    fromDefaults: defaultsAt(from),
    toDefaults: values(valuesYamlText()),
    toSchema: chartSchema() as JsonSchema,
  });
  expect(m.needed).toEqual([]);
  oldValues = path.join(path.dirname(oldChart), 'old-values.yaml');
  newValues = path.join(path.dirname(newChart), 'migrated-values.yaml');
  await writeFile(oldValues, text);
  await writeFile(newValues, migratedValuesText(m, current.appVersion));
});

afterAll(async () => {
  await cluster?.stop();
  for (const dir of [oldChart, newChart]) if (dir) await removeChartCopy(dir);
});

interface Kept {
  secrets: Record<string, unknown>;
  claims: Record<string, unknown>;
}

describe.each<HelmBin>(['helm', 'helm3'])(`%s: ${from.version} → ${current.version} with the migrated values`, (bin) => {
  const release = 'carried';
  const ns = `${bin}-carried`;
  const core = (p: string) => `/api/v1/namespaces/${ns}/${p}`;
  let before: Kept;
  let volumesBefore: Record<string, string>;

  /** The server Deployment's volumes: name → the kind of source (emptyDir, secret, persistentVolumeClaim...). */
  async function serverVolumes(): Promise<Record<string, string>> {
    const d = await cluster.api.get(`/apis/apps/v1/namespaces/${ns}/deployments/${release}-aeterna`);
    return Object.fromEntries(
      (d.spec.template.spec.volumes ?? []).map((v: Record<string, unknown>) => [v.name, Object.keys(v).find((k) => k !== 'name')]),
    );
  }

  /** The release's Secrets (Helm's own release records aside) and PersistentVolumeClaims, as the API stores them. */
  async function kept(): Promise<Kept> {
    const secrets = (await cluster.api.list(core('secrets'))).items.filter((s) => s.type !== 'helm.sh/release.v1');
    const claims = (await cluster.api.list(core('persistentvolumeclaims'))).items;
    return {
      secrets: Object.fromEntries(secrets.map((s) => [s.metadata.name, s.data])),
      claims: Object.fromEntries(claims.map((c) => [c.metadata.name, c.spec])),
    };
  }

  const history = async () =>
    JSON.parse((await cluster.helm(['history', release, '-n', ns, '-o', 'json'], { bin })).stdout) as {
      revision: number;
      chart: string;
      status: string;
    }[];

  it(`installs ${from.version} with a values file written for it`, async () => {
    await cluster.namespace(ns);
    await cluster.helm(['install', release, oldChart, '-n', ns, '-f', oldValues], { bin });
    before = await kept();
    expect(Object.keys(before.secrets)).toContain(`${release}-aeterna-postgresql`);
    volumesBefore = await serverVolumes();
  });

  it(`upgrades to ${current.version}: the hook Job runs; every earlier Secret (but the dropped Qdrant's) and volume name is unchanged`, async () => {
    const upgrade = cluster.helm(['upgrade', release, newChart, '-n', ns, '-f', newValues], { bin });
    await finishPod(cluster.api, await podOfJob(cluster.api, ns, `${release}-aeterna-migrate`), 0);
    const { stdout } = await upgrade;
    expect(stdout).toContain('STATUS: deployed');
    expect(stdout).toContain('REVISION: 2');
    const after = await kept();
    // The file left qdrant.enabled to the chart, whose default went from true to false (the assistant lists it):
    // the bundled Qdrant's release objects go, its API key Secret with them. Nothing else is lost or changed.
    const lost = Object.keys(before.secrets).filter((n) => !(n in after.secrets));
    expect(lost).toEqual([`${release}-qdrant-apikey`]);
    for (const [name, data] of Object.entries(before.secrets))
      if (!lost.includes(name)) expect(after.secrets[name], `Secret ${name}`).toEqual(data);
    for (const [name, spec] of Object.entries(before.claims)) expect(after.claims[name], `PersistentVolumeClaim ${name}`).toEqual(spec);
    // What the upgrade notes say it adds: the KMS key and the knowledge repository's claim.
    expect(Object.keys(after.secrets)).toContain(`${release}-aeterna-kms`);
    expect(Object.keys(after.claims)).toContain(`${release}-aeterna-data`);
    // Volume names do not move: each earlier volume is still there under its name (the knowledge repository's
    // emptyDir becomes the claim, as the notes say).
    const volumesAfter = await serverVolumes();
    expect(Object.keys(volumesAfter)).toEqual(expect.arrayContaining(Object.keys(volumesBefore)));
    expect(Object.entries(volumesBefore).filter(([n, kind]) => volumesAfter[n] !== kind)).toEqual([]);
    expect((await history()).map((h) => h.chart)).toEqual([`aeterna-${from.version}`, `aeterna-${current.version}`]);
  });

  it(`rolls back to ${from.version}`, async () => {
    const { stdout } = await cluster.helm(['rollback', release, '1', '-n', ns], { bin });
    expect(stdout).toContain('Rollback was a success');
    const h = await history();
    expect(h.at(-1)).toMatchObject({ revision: 3, chart: `aeterna-${from.version}`, status: 'deployed' });
    // Helm re-creates the earlier release's objects; the database passwords are the ones generated at install.
    const after = await kept();
    expect(after.secrets[`${release}-aeterna-postgresql`]).toEqual(before.secrets[`${release}-aeterna-postgresql`]);
    expect(Object.keys(after.secrets)).toEqual(expect.arrayContaining(Object.keys(before.secrets)));
  });
});
