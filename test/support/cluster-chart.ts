/**
 * The usual start of a cluster test file: a test cluster and a chart copy with stand-ins, made side by side, and
 * both removed after (either may be missing when the start failed).
 *
 *   beforeAll(async () => ([cluster, chartDir] = await startClusterAndChart()));
 *   afterAll(() => stopClusterAndChart(cluster, chartDir));
 */
import { chartCopyWithStandIns, removeChartCopy } from './chart-copy';
import { startTestCluster, type TestCluster } from './test-cluster';

export function startClusterAndChart(): Promise<[TestCluster, string]> {
  return Promise.all([startTestCluster(), chartCopyWithStandIns({ withUnitTests: false })]);
}

export async function stopClusterAndChart(cluster: TestCluster | undefined, chartDir: string | undefined): Promise<void> {
  await cluster?.stop();
  if (chartDir) await removeChartCopy(chartDir);
}
