/**
 * `helm upgrade` refuses to move a bundled Qdrant more than one minor version at once (templates/_upgrade-checks.tpl):
 * Qdrant reads the storage of the minor version just before its own only. On a real API server, Helm 4 and Helm 3:
 * the running version is the Qdrant StatefulSet's image, the refusal names the tags to step through and leaves the
 * release at its revision, one minor version at a time passes, and upgradeChecks.qdrantVersionSteps=false lets a
 * Qdrant without collections jump. A render that cannot read the cluster has nothing to compare with and passes.
 * Upgrades that pass run with --no-hooks: the migration Job's hook is test/cluster/lifecycle.test.ts's subject.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HelmBin } from '../support/chart-copy';
import { type TestCluster } from '../support/test-cluster';
import { startClusterAndChart, stopClusterAndChart } from '../support/cluster-chart';

let cluster: TestCluster;
let chartDir: string;

beforeAll(async () => ([cluster, chartDir] = await startClusterAndChart()));
afterAll(() => stopClusterAndChart(cluster, chartDir));

const release = 'vec';
const refusal = (from: string, to: string, steps: string, last: string) =>
  `qdrant.image.tag: this upgrade would move the bundled Qdrant (StatefulSet ${release}-qdrant) from qdrant:${from} to ${to}, ` +
  `more than one minor version at once, and Qdrant keeps its storage readable across one minor version only. To keep its ` +
  `collections, ${steps}, waiting each time until the Qdrant pod is ready, then ${last} (the chart's UPGRADING.md, 0.2.0). ` +
  `If this Qdrant holds no collections (this server version writes none), set upgradeChecks.qdrantVersionSteps=false to upgrade at once.`;

describe.each<HelmBin>(['helm', 'helm3'])('%s upgrade of a bundled Qdrant', (bin) => {
  const ns = `${bin}-qdrant-steps`;
  const qdrantImage = async () =>
    (await cluster.api.get(`/apis/apps/v1/namespaces/${ns}/statefulsets/${release}-qdrant`)).spec.template.spec.containers[0]
      .image as string;
  const upgrade = (...set: string[]) =>
    cluster.helm(
      ['upgrade', release, chartDir, '-n', ns, '--no-hooks', '--set', 'qdrant.enabled=true', ...set.flatMap((s) => ['--set', s])],
      {
        bin,
        check: false,
      },
    );
  const revision = async () => (await cluster.helm(['status', release, '-n', ns], { bin })).stdout.match(/REVISION: (\d+)/)?.[1];

  it('refuses v1.15 to the chart’s v1.19.0, naming v1.16.3, v1.17.1 and v1.18.3, and the release stays as it was', async () => {
    await cluster.namespace(ns);
    await cluster.helm(['install', release, chartDir, '-n', ns, '--set', 'qdrant.enabled=true', '--set', 'qdrant.image.tag=v1.15.4'], {
      bin,
    });
    expect(await qdrantImage()).toBe('docker.io/qdrant/qdrant:v1.15.4');

    const r = await upgrade();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('UPGRADE FAILED');
    expect(r.stderr).toContain(
      refusal(
        'v1.15.4',
        'v1.19.0',
        'upgrade with `--set qdrant.image.tag=v1.16.3`, then `v1.17.1`, then `v1.18.3`',
        'once more without the setting',
      ),
    );
    expect(await revision()).toBe('1');
    expect(await qdrantImage()).toBe('docker.io/qdrant/qdrant:v1.15.4');
  });

  it('lets one minor version through, then refuses a tag two ahead with the stones between and that tag last', async () => {
    const step = await upgrade('qdrant.image.tag=v1.16.3');
    expect([step.code, step.stderr]).toEqual([0, '']);
    expect(await qdrantImage()).toBe('docker.io/qdrant/qdrant:v1.16.3');

    const jump = await upgrade('qdrant.image.tag=v1.18.3');
    expect(jump.code).not.toBe(0);
    expect(jump.stderr).toContain(
      refusal('v1.16.3', 'v1.18.3', 'upgrade with `--set qdrant.image.tag=v1.17.1`', 'once more with `qdrant.image.tag=v1.18.3`'),
    );
    expect(await revision()).toBe('2');
  });

  it('renders without the cluster (helm template --is-upgrade) with nothing to compare, and jumps with the check off', async () => {
    const template = await cluster.helm(
      [
        'template',
        release,
        chartDir,
        '-n',
        ns,
        '--is-upgrade',
        '--set',
        'qdrant.enabled=true',
        '--set',
        'generatedSecrets.withoutCluster=generate',
      ],
      { bin, check: false },
    );
    expect(template.code).toBe(0);
    expect(template.stdout).toContain('image: "docker.io/qdrant/qdrant:v1.19.0"');

    const off = await upgrade('upgradeChecks.qdrantVersionSteps=false');
    expect([off.code, off.stderr]).toEqual([0, '']);
    expect(await qdrantImage()).toBe('docker.io/qdrant/qdrant:v1.19.0');
    expect(await revision()).toBe('3');
  });
});
