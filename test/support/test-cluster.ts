/**
 * A real Kubernetes control plane on loopback for the lifecycle tests: etcd, kube-apiserver (PodSecurity
 * admission on, RBAC) and optionally kube-controller-manager (so Deployments, StatefulSets and Jobs really turn
 * into Pods that admission accepts or refuses). No kubelet and no container runtime: Pods are admitted and stay
 * Pending; the tests play the kubelet's part where they need a Pod to finish.
 *
 * Certificates: the API server generates its own CA and serving certificate into its --cert-dir (as kubeadm-less
 * test setups do); helm and the REST client verify TLS against that CA. Helm authenticates with a static bearer
 * token in group system:masters. The service-account signing key is generated here.
 *
 * One cluster per test file at most; tests isolate themselves with namespaces. stop() (and, as a last resort,
 * process exit) kills every process it started and removes its folder, so a failing test leaves nothing behind.
 *
 *   const cluster = await startTestCluster({ controllers: true });
 *   await cluster.namespace('t1', { 'pod-security.kubernetes.io/enforce': 'restricted' });
 *   await cluster.helm(['install', 'rel', chartDir, '-n', 't1']);
 *   await cluster.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toolPath, type ToolName } from '../../lib/tools/bin';
import type { RunResult } from '../../lib/tools/run';
import { helm as runHelm, type HelmOptions } from './chart-copy';
import { GiveUp, KubeApi, waitFor } from './kube-api';

export interface TestClusterOptions {
  /** Run kube-controller-manager too (workload controllers, garbage collector, service accounts). */
  controllers?: boolean;
}

export interface TestCluster {
  /** https://127.0.0.1:<port> */
  readonly server: string;
  /** A kubeconfig file for helm (admin token, the API server's CA). */
  readonly kubeconfig: string;
  readonly api: KubeApi;
  /** Creates a namespace with these labels (e.g. Pod Security levels) and returns its name. */
  namespace(name: string, labels?: Record<string, string>): Promise<string>;
  /** Runs a pinned helm against this cluster. */
  helm(args: string[], opts?: HelmOptions): Promise<RunResult>;
  /** Applies a manifest object (POST to its collection). */
  apply(obj: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }): Promise<void>;
  /** Output of the control plane's processes so far (for a failing test's message). */
  logs(): string;
  /** Process ids of etcd, kube-apiserver (and kube-controller-manager). */
  readonly pids: number[];
  /** The cluster's temporary folder (data, certificates, logs), removed by stop(). */
  readonly dir: string;
  stop(): Promise<void>;
}

/** A free loopback TCP port (the OS picks it; the tiny race with another process is acceptable in tests). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const live = new Set<ChildProcess>();
const liveDirs = new Set<string>();
// Last resort: a test process that exits without calling stop() (an uncaught error, process.exit) must not leave
// a control plane running or its files behind.
process.once('exit', () => {
  for (const p of live) p.kill('SIGKILL');
  for (const d of liveDirs) rmSync(d, { recursive: true, force: true });
});

function start(dir: string, name: ToolName, args: string[]): ChildProcess {
  const log = createWriteStream(path.join(dir, `${name}.log`));
  const child = spawn(toolPath(name), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

export async function startTestCluster(opts: TestClusterOptions = {}): Promise<TestCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aeterna-cluster-'));
  liveDirs.add(dir);
  const processes: ChildProcess[] = [];
  const logs = () =>
    (['etcd', 'kube-apiserver', 'kube-controller-manager'] as const)
      .map((n) => `--- ${n} ---\n${tail(path.join(dir, `${n}.log`))}`)
      .join('\n');
  const stop = async () => {
    await Promise.all(processes.reverse().map(stopProcess));
    rmSync(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
  };
  /** Stops a wait at once when a process it depends on has exited. */
  const dead = (child: ChildProcess, name: string) => {
    if (child.exitCode !== null) throw new GiveUp(`${name} exited with code ${child.exitCode}:\n${logs()}`);
  };

  try {
    const [etcdClient, etcdPeer, apiPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const etcd = start(dir, 'etcd', [
      '--name=test',
      `--data-dir=${path.join(dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=test=http://127.0.0.1:${etcdPeer}`,
      // A throwaway store: durability costs time and buys nothing here.
      '--unsafe-no-fsync',
      '--log-level=warn',
    ]);
    processes.push(etcd);

    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const saKey = path.join(dir, 'sa.key');
    const saPub = path.join(dir, 'sa.pub');
    writeFileSync(saKey, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(saPub, publicKey.export({ type: 'spki', format: 'pem' }));
    const token = randomBytes(24).toString('hex');
    const tokens = path.join(dir, 'tokens.csv');
    writeFileSync(tokens, `${token},test-admin,test-admin,"system:masters"\n`);
    const certDir = path.join(dir, 'certs');
    mkdirSync(certDir);

    const apiserver = start(dir, 'kube-apiserver', [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--cert-dir=${certDir}`,
      `--token-auth-file=${tokens}`,
      '--authorization-mode=RBAC',
      // PodSecurity is on by default; named here because the tests depend on it.
      '--enable-admission-plugins=PodSecurity',
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${saPub}`,
      `--service-account-signing-key-file=${saKey}`,
      '--service-cluster-ip-range=10.96.0.0/16',
      '--v=0',
    ]);
    processes.push(apiserver);

    const server = `https://127.0.0.1:${apiPort}`;
    const caFile = path.join(certDir, 'apiserver.crt');
    await waitFor(
      'the API server to write its certificate',
      async () => {
        dead(apiserver, 'kube-apiserver');
        return existsSync(caFile) ? true : undefined;
      },
      60_000,
    );
    // The file holds the serving certificate followed by the CA that signed it.
    const ca = readFileSync(caFile, 'utf8');
    const api = new KubeApi(server, token, ca);
    await waitFor(
      'the API server to be ready (/readyz)',
      async () => {
        dead(apiserver, 'kube-apiserver');
        dead(etcd, 'etcd');
        return (await api.text('/readyz')) === 'ok' ? true : undefined;
      },
      90_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}\n${logs()}`);
    });

    const kubeconfig = path.join(dir, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'test', cluster: { server, 'certificate-authority': caFile } }],
        users: [{ name: 'test-admin', user: { token } }],
        contexts: [{ name: 'test', context: { cluster: 'test', user: 'test-admin' } }],
        'current-context': 'test',
      }),
      { mode: 0o600 },
    );

    if (opts.controllers) {
      const kcm = start(dir, 'kube-controller-manager', [
        `--kubeconfig=${kubeconfig}`,
        '--leader-elect=false',
        '--secure-port=0',
        // Only what turns the release's objects into Pods and cleans up after them.
        '--controllers=deployment-controller,replicaset-controller,statefulset-controller,job-controller,garbage-collector-controller,serviceaccount-controller,namespace-controller',
        `--service-account-private-key-file=${saKey}`,
        `--root-ca-file=${caFile}`,
        '--v=0',
      ]);
      processes.push(kcm);
      // Ready once it has created the default ServiceAccount of an existing namespace.
      await waitFor(
        'kube-controller-manager to create the default ServiceAccount',
        async () => {
          dead(kcm, 'kube-controller-manager');
          return (await api.find('/api/v1/namespaces/default/serviceaccounts/default')) ? true : undefined;
        },
        60_000,
      ).catch((e: Error) => {
        throw new Error(`${e.message}\n${logs()}`);
      });
    }

    return {
      server,
      kubeconfig,
      dir,
      pids: processes.map((p) => p.pid!),
      api,
      logs,
      stop,
      async namespace(name, labels = {}) {
        await api.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
        if (opts.controllers) {
          await waitFor(`ServiceAccount default in ${name}`, async () =>
            (await api.find(`/api/v1/namespaces/${name}/serviceaccounts/default`)) ? true : undefined,
          );
        } else {
          // What the ServiceAccount controller would do: Pods that name no account run as "default".
          await api.create(`/api/v1/namespaces/${name}/serviceaccounts`, {
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata: { name: 'default' },
          });
        }
        return name;
      },
      helm(args, helmOpts = {}) {
        // The discovery cache goes with the cluster, never into the user's ~/.kube.
        return runHelm(args, { ...helmOpts, env: { KUBECONFIG: kubeconfig, KUBECACHEDIR: path.join(dir, 'kube-cache'), ...helmOpts.env } });
      },
      async apply(obj) {
        await api.create(await api.collectionPath(obj.apiVersion, obj.kind, obj.metadata.namespace), obj);
      },
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
