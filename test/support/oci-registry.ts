/**
 * A real OCI registry (CNCF distribution's `registry`, built by scripts/setup/setup-tools.sh) on a loopback port with
 * throwaway storage, for the OCI path's tests. stop() ends it and removes its storage.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toolPath } from '../../lib/tools/bin';
import { waitFor } from './kube-api';

export interface OciRegistry {
  /** host:port */
  host: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startRegistry(): Promise<OciRegistry> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aeterna-registry-'));
  const port = await freePort();
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'store')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );
  const child = spawn(toolPath('registry'), ['serve', config], { stdio: 'ignore' });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const host = `127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    process.removeListener('exit', kill);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor('the OCI registry to answer /v2/', async () => ((await fetch(`http://${host}/v2/`)).ok ? true : undefined), 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { host, stop };
}
