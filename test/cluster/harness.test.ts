/**
 * The test cluster itself: it really enforces what the other cluster tests rely on, and it leaves nothing behind,
 * whether a test file ends normally or dies without cleaning up.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../lib/tools/run';
import { startTestCluster } from '../support/test-cluster';
import { waitFor } from '../support/kube-api';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('test cluster harness', () => {
  it('serves the pinned Kubernetes version and stops every process it started, removing its folder', async () => {
    const cluster = await startTestCluster({ controllers: true });
    const version = JSON.parse(await cluster.api.text('/version')) as { gitVersion: string };
    expect(version.gitVersion).toBe('v1.36.3');
    expect(cluster.pids).toHaveLength(3);
    expect(cluster.pids.every(alive)).toBe(true);
    await cluster.stop();
    expect(cluster.pids.filter(alive)).toEqual([]);
    expect(existsSync(cluster.dir)).toBe(false);
  });

  it('a test process that dies without stop() leaves no process and no folder behind', async () => {
    const script = [
      `import { startTestCluster } from ${JSON.stringify(path.resolve('test/support/test-cluster.ts'))};`,
      'const c = await startTestCluster({ controllers: true });',
      'console.log(JSON.stringify({ pids: c.pids, dir: c.dir }));',
      "throw new Error('a test failed hard');",
    ].join('\n');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'aeterna-harness-')), 'dies.mts');
    writeFileSync(file, script);
    const result = await run(path.resolve('node_modules/.bin/tsx'), [file], { timeoutMs: 120_000 });
    rmSync(path.dirname(file), { recursive: true, force: true });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('a test failed hard');
    const { pids, dir } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { pids: number[]; dir: string };
    expect(pids).toHaveLength(3);
    await waitFor('the orphaned processes to end', async () => (pids.some(alive) ? undefined : true), 10_000);
    expect(existsSync(dir)).toBe(false);
  });
});
