/**
 * Each rule of the boot contract catches the violation it exists for: a minimal release that meets the contract,
 * then one change per rule that the server would refuse or misuse at boot.
 */
import { describe, expect, it } from 'vitest';
import { BOOT_RULES, bootContractViolations, type K8sObject } from './boot-contract';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

interface Release {
  config: Record<string, string>;
  secret: Record<string, string>;
  objects: K8sObject[];
  server: Record<string, unknown> & { env: Array<Record<string, unknown>>; args: string[]; volumeMounts: Array<Record<string, unknown>> };
  pod: Record<string, unknown> & { initContainers: Array<Record<string, unknown>> };
  deployment: K8sObject;
  job: K8sObject;
}

/** A release that meets every rule: bundled PostgreSQL and Redis, local KMS key, migrations. */
function validRelease(): Release {
  const config: Record<string, string> = {
    AETERNA_CONFIG_PATH: '/app/config',
    AETERNA_KNOWLEDGE_REPO_PATH: '/data/knowledge-repo',
    AETERNA_KMS_PROVIDER: 'local',
    PG_HOST: 'rel-postgresql',
    PG_PORT: '5432',
    PG_DATABASE: 'aeterna',
    PG_USERNAME: 'aeterna',
    RD_HOST: 'rel-redis-master',
    RD_PORT: '6379',
    AETERNA_LLM_PROVIDER: 'none',
  };
  const secret: Record<string, string> = { password: b64('s3cret'), 'kms-key': b64(b64(Buffer.alloc(32, 7))) };
  const server = {
    name: 'aeterna',
    args: ['serve', '--port', '8080', '--metrics-port', '9090'],
    ports: [
      { name: 'http', containerPort: 8080 },
      { name: 'metrics', containerPort: 9090 },
    ],
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    securityContext: { readOnlyRootFilesystem: true },
    envFrom: [{ configMapRef: { name: 'rel-aeterna' } }],
    env: [
      { name: 'PG_PASSWORD', valueFrom: { secretKeyRef: { name: 'rel-aeterna', key: 'password' } } },
      { name: 'AETERNA_LOCAL_KMS_KEY', valueFrom: { secretKeyRef: { name: 'rel-aeterna', key: 'kms-key' } } },
    ] as Array<Record<string, unknown>>,
    volumeMounts: [
      { name: 'config', mountPath: '/app/config' },
      { name: 'data', mountPath: '/data' },
    ] as Array<Record<string, unknown>>,
  };
  const pod = {
    containers: [server],
    initContainers: [
      {
        name: 'wait-for-dependencies',
        command: ['/bin/bash', '-c', "printf 'PING\\r\\n'"],
        env: [{ name: 'RD_HOST', value: 'rel-redis-master' }],
      },
      { name: 'wait-for-migrations', command: ['/bin/bash', '-c', 'psql'] },
    ] as Array<Record<string, unknown>>,
  };
  const deployment: K8sObject = {
    kind: 'Deployment',
    metadata: { name: 'rel-aeterna', labels: { 'app.kubernetes.io/component': 'server' } },
    spec: { replicas: 1, template: { spec: pod } },
  };
  const job: K8sObject = {
    kind: 'Job',
    metadata: { name: 'rel-aeterna-migrate-1' },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: 'migrate',
              args: ['admin', 'migrate', 'up'],
              env: [
                { name: 'PG_HOST', value: 'rel-postgresql' },
                { name: 'PG_PORT', value: '5432' },
                { name: 'PG_DATABASE', value: 'aeterna' },
                { name: 'PG_USERNAME', value: 'postgres' },
                { name: 'PG_PASSWORD', valueFrom: { secretKeyRef: { name: 'rel-postgresql', key: 'postgres-password' } } },
              ],
            },
          ],
        },
      },
    },
  };
  const objects: K8sObject[] = [
    { kind: 'ConfigMap', metadata: { name: 'rel-aeterna' }, data: config },
    { kind: 'Secret', metadata: { name: 'rel-aeterna' }, data: secret },
    { kind: 'Service', metadata: { name: 'rel-postgresql' }, spec: { ports: [{ port: 5432 }] } },
    { kind: 'Service', metadata: { name: 'rel-redis-master' }, spec: { ports: [{ port: 6379 }] } },
    deployment,
    job,
  ];
  return { config, secret, objects, server, pod, deployment, job };
}

function rulesBroken(change: (r: Release) => void): string[] {
  const r = validRelease();
  change(r);
  return [...new Set(bootContractViolations(r.objects).map((v) => v.rule))];
}

describe('boot contract', () => {
  it('accepts the minimal valid release', () => {
    expect(bootContractViolations(validRelease().objects)).toEqual([]);
  });

  const cases: Array<[string, string, (r: Release) => void]> = [
    ['serve-command', 'the container does not run serve', (r) => (r.server.args = ['admin', 'migrate', 'up', '--dry-run'])],
    ['serve-command', 'the http port differs from --port', (r) => (r.server.args = ['serve', '--port', '9000'])],
    ['config-path', 'the config directory is not mounted', (r) => r.server.volumeMounts.splice(0, 1)],
    ['required-variables', 'RD_HOST is missing', (r) => delete r.config.RD_HOST],
    [
      'knowledge-repository-writable',
      'the repository is on the read-only root filesystem',
      (r) => delete r.config.AETERNA_KNOWLEDGE_REPO_PATH,
    ],
    ['knowledge-repository-writable', 'the volume holding it is mounted read-only', (r) => (r.server.volumeMounts[1]!.readOnly = true)],
    ['knowledge-repository-shared', 'several pods without a remote', (r) => ((r.deployment.spec as { replicas: number }).replicas = 3)],
    [
      'knowledge-repository-shared',
      'an autoscaler without a remote',
      (r) => r.objects.push({ kind: 'HorizontalPodAutoscaler', metadata: { name: 'hpa' } }),
    ],
    ['kms', 'no local key', (r) => r.server.env.splice(1, 1)],
    ['kms', 'a key of 16 bytes', (r) => (r.secret['kms-key'] = b64(b64(Buffer.alloc(16))))],
    ['kms', 'a key that is not base64', (r) => (r.secret['kms-key'] = b64('not base64!'))],
    ['kms', 'aws without a key ARN', (r) => (r.config.AETERNA_KMS_PROVIDER = 'aws')],
    ['production-gates', 'production with the local provider', (r) => (r.config.AETERNA_ENV = 'prod')],
    [
      'secret-provider',
      'vault without its token',
      (r) => Object.assign(r.config, { AETERNA_SECRET_PROVIDER: 'vault', AETERNA_VAULT_ADDR: 'https://v' }),
    ],
    ['postgresql', 'no password', (r) => r.server.env.splice(0, 1)],
    ['postgresql', 'a password that breaks the URL', (r) => (r.secret.password = b64('p@ss'))],
    ['postgresql', 'a host that is no Service of the release', (r) => (r.config.PG_HOST = 'rel-postgres')],
    ['redis', 'no init container waits for Redis', (r) => r.pod.initContainers.splice(0, 1)],
    ['redis', 'the Redis port is not the Service port', (r) => (r.config.RD_PORT = '6380')],
    ['llm', 'an unknown provider', (r) => (r.config.AETERNA_LLM_PROVIDER = 'anthropic')],
    ['llm', 'openai without a key', (r) => (r.config.AETERNA_LLM_PROVIDER = 'openai')],
    [
      'llm',
      'bedrock without models (alias aws-bedrock)',
      (r) => Object.assign(r.config, { AETERNA_LLM_PROVIDER: 'aws-bedrock', AETERNA_BEDROCK_REGION: 'eu-west-1' }),
    ],
    ['authorization-backend', 'cedar without policies', (r) => (r.config.AETERNA_AUTH_BACKEND = 'cedar')],
    ['boolean-settings', 'a flag the server reads as false', (r) => (r.config.AETERNA_PLUGIN_AUTH_ENABLED = 'yes')],
    ['plugin-auth', 'plugin auth without a signing key', (r) => (r.config.AETERNA_PLUGIN_AUTH_ENABLED = 'true')],
    [
      'kubernetes-auth',
      'Kubernetes auth without TokenReview rights',
      (r) => {
        r.config.AETERNA_K8S_AUTH_ENABLED = 'true';
        (r.pod as Record<string, unknown>).automountServiceAccountToken = false;
      },
    ],
    ['a2a-auth', '/a2a auth without its key', (r) => (r.config.AGENT_A2A_AUTH_ENABLED = 'true')],
    ['no-dead-variables', 'a variable the server does not read', (r) => (r.config.QDRANT_URL = 'http://q:6334')],
    ['migrations', 'the server does not wait for the migrations', (r) => r.pod.initContainers.splice(1, 1)],
    [
      'migrations',
      'the Job migrates another database',
      (r) =>
        ((r.job.spec as { template: { spec: { containers: { env: { value: string }[] }[] } } }).template.spec.containers[0]!.env[2]!.value =
          'other'),
    ],
    [
      'migrations',
      'a pre-install hook cannot reach the bundled database',
      (r) => (r.job.metadata.annotations = { 'helm.sh/hook': 'pre-install' }),
    ],
    [
      'migrations',
      'admin bootstrap without migrations',
      (r) => {
        r.objects.splice(r.objects.indexOf(r.job), 1);
        r.config.AETERNA_ADMIN_BOOTSTRAP_EMAIL = 'admin@example.com';
      },
    ],
  ];

  it.each(cases)('%s catches: %s', (rule, _what, change) => {
    expect(rulesBroken(change)).toContain(rule);
  });

  it('has a negative case for every rule', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(BOOT_RULES.map((r) => r.id)));
  });
});
