/**
 * What `aeterna serve` needs at boot, as checks over a rendered release (the manifests `helm template` prints).
 *
 * Why: a chart that renders is not a chart that runs. Each rule below is a requirement of the server at the chart's
 * appVersion, read from its source (kikokikok/aeterna at tag v<appVersion>; paths in `source`), that can be
 * checked on the rendered objects alone: the server container's effective environment (ConfigMap, Secrets and
 * env), its volumes, the init containers and the migration Job. The chart tests evaluate every rule on every
 * scenario with Helm 4 and Helm 3; lib/chart/boot-contract.test.ts shows each rule catching a violation.
 */

export interface K8sObject {
  apiVersion?: string;
  kind: string;
  metadata: { name: string; annotations?: Record<string, string>; labels?: Record<string, string> };
  [key: string]: unknown;
}

interface EnvEntry {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string; optional?: boolean };
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
    fieldRef?: { fieldPath: string };
  };
}

interface Container {
  name: string;
  image?: string;
  args?: string[];
  command?: string[];
  env?: EnvEntry[];
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
  securityContext?: { readOnlyRootFilesystem?: boolean };
  ports?: Array<{ name?: string; containerPort: number }>;
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
}

interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  volumes?: Array<{ name: string; [k: string]: unknown }>;
}

/** A variable of the server's environment: its value when the render holds it, or only where it comes from. */
interface EnvValue {
  /** Known value (literal, ConfigMap, or a Secret rendered by the chart). */
  value?: string;
  /** Set from an object the render does not contain (the user's Secret or ConfigMap) or from the pod's own fields:
   * present, value unknown. */
  reference?: string;
  /** An optional secretKeyRef: may be absent at run time. */
  optional?: boolean;
}

export interface Violation {
  rule: string;
  message: string;
}

export interface BootRule {
  id: string;
  /** What the server does, and where in its source. */
  source: string;
  check(release: RenderedRelease): string[];
}

/** The image's working directory (Dockerfile `WORKDIR /app`): relative paths resolve against it. */
const WORKDIR = '/app';

/**
 * Every variable `aeterna serve` (or a library it uses at boot: sqlx's libpq variables, the AWS SDK, gcp_auth)
 * reads at appVersion. Anything else the chart sets is dead: a setting the user believes in and the server ignores.
 */
const READ_BY_SERVE = new Set([
  // config/src/loader.rs, cli/src/server/bootstrap.rs
  'AETERNA_CONFIG_PATH',
  'RUST_LOG',
  'AETERNA_ENV',
  'AETERNA_DEPLOYMENT_MODE',
  'AETERNA_REMOTE_GOVERNANCE_URL',
  'AETERNA_AUTH_BACKEND',
  'AETERNA_ALLOW_PERMISSIVE_AUTH',
  'AETERNA_CEDAR_POLICY_TEXT',
  'AETERNA_CEDAR_SCHEMA_TEXT',
  'AETERNA_OPAL_FETCHER_URL',
  'AETERNA_PERMIT_API_KEY',
  'AETERNA_PERMIT_PDP_URL',
  'AETERNA_KNOWLEDGE_REPO_PATH',
  'AETERNA_KNOWLEDGE_REPO_URL',
  'AETERNA_KNOWLEDGE_REPO_BRANCH',
  'AETERNA_GITHUB_OWNER',
  'AETERNA_GITHUB_REPO',
  'AETERNA_GITHUB_TOKEN',
  'AETERNA_GITHUB_APP_ID',
  'AETERNA_GITHUB_INSTALLATION_ID',
  'AETERNA_GITHUB_APP_PEM',
  'AETERNA_WEBHOOK_SECRET',
  // storage/src/secret_backend.rs, storage/src/kms/*, storage/src/secret_provider.rs, aws_config defaults
  'AETERNA_KMS_PROVIDER',
  'AETERNA_KMS_AWS_KEY_ARN',
  'AETERNA_LOCAL_KMS_KEY',
  'AETERNA_SECRET_PROVIDER',
  'AETERNA_VAULT_ADDR',
  'AETERNA_VAULT_TOKEN',
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  // PostgreSQL (bootstrap.rs postgres_connection_url; sqlx PgConnectOptions honours libpq's TLS variables)
  'PG_HOST',
  'PG_PORT',
  'PG_DATABASE',
  'PG_USERNAME',
  'PG_PASSWORD',
  'DATABASE_URL_ADMIN',
  'PGSSLMODE',
  'PGSSLROOTCERT',
  'PGSSLCERT',
  'PGSSLKEY',
  // Redis (bootstrap.rs:402-423)
  'RD_HOST',
  'RD_PORT',
  'RD_DB',
  // memory/src/llm/factory.rs, memory/src/embedding/factory.rs, gcp_auth (Application Default Credentials)
  'AETERNA_LLM_PROVIDER',
  'OPENAI_API_KEY',
  'AETERNA_OPENAI_MODEL',
  'AETERNA_OPENAI_EMBEDDING_MODEL',
  'AETERNA_OPENAI_BASE_URL',
  'AETERNA_GOOGLE_PROJECT_ID',
  'AETERNA_GOOGLE_LOCATION',
  'AETERNA_GOOGLE_MODEL',
  'AETERNA_GOOGLE_EMBEDDING_MODEL',
  'GOOGLE_ACCESS_TOKEN',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'AETERNA_BEDROCK_REGION',
  'AETERNA_BEDROCK_MODEL',
  'AETERNA_BEDROCK_EMBEDDING_MODEL',
  // bootstrap.rs:577-592: the only four feature flags
  'AETERNA_FEATURE_CCA',
  'AETERNA_FEATURE_RADKIT',
  'AETERNA_FEATURE_RLM',
  'AETERNA_FEATURE_REFLECTIVE',
  // Authentication (config/src/loader.rs:149-209)
  'AETERNA_PLUGIN_AUTH_ENABLED',
  'AETERNA_PLUGIN_ALLOWED_PROVIDERS',
  'AETERNA_PLUGIN_AUTH_GITHUB_CLIENT_ID',
  'AETERNA_PLUGIN_AUTH_GITHUB_CLIENT_SECRET',
  'AETERNA_PLUGIN_AUTH_REDIRECT_BASE_URL',
  'AETERNA_PLUGIN_AUTH_TOKEN_ISSUER',
  'AETERNA_PLUGIN_AUTH_JWT_SECRET',
  'AETERNA_PLUGIN_AUTH_ACCESS_TOKEN_TTL_SECONDS',
  'AETERNA_PLUGIN_AUTH_REFRESH_TOKEN_TTL_SECONDS',
  'AETERNA_DEFAULT_TENANT_ID',
  'AETERNA_GITHUB_API_BASE_URL',
  'AETERNA_GITHUB_OAUTH_BASE_URL',
  'AETERNA_K8S_AUTH_ENABLED',
  'AETERNA_K8S_AUTH_API_SERVER_URL',
  'AETERNA_K8S_AUTH_TOKEN_REVIEW_AUDIENCE',
  'AETERNA_K8S_NAMESPACE',
  'AETERNA_ADMIN_BOOTSTRAP_EMAIL',
  'AETERNA_ADMIN_BOOTSTRAP_PROVIDER',
  'AETERNA_ADMIN_BOOTSTRAP_PROVIDER_SUBJECT',
  'AETERNA_BOOTSTRAP_COMPANY_SLUG',
  'AETERNA_BOOTSTRAP_ORG_SLUG',
  'AETERNA_BOOTSTRAP_TEAM_SLUG',
  'AETERNA_ADMIN_BOOTSTRAP_K8S_SA_SUBJECT',
  // agent-a2a/src/config.rs (read while AETERNA_FEATURE_RADKIT is on)
  'AGENT_A2A_AUTH_ENABLED',
  'AGENT_A2A_AUTH_API_KEY',
]);

/** The server container and what surrounds it in one rendered release. */
class RenderedRelease {
  readonly objects: K8sObject[];
  readonly deployment: K8sObject;
  readonly pod: PodSpec;
  readonly server: Container;
  readonly env: Map<string, EnvValue>;

  constructor(objects: K8sObject[]) {
    this.objects = objects;
    const deployments = objects.filter((o) => o.kind === 'Deployment' && o.metadata.labels?.['app.kubernetes.io/component'] === 'server');
    if (deployments.length !== 1) throw new Error(`expected one Aeterna server Deployment, found ${deployments.length}`);
    this.deployment = deployments[0]!;
    this.pod = (this.deployment.spec as { template: { spec: PodSpec } }).template.spec;
    const server = this.pod.containers.find((c) => c.name === 'aeterna');
    if (!server) throw new Error('the Deployment has no container named aeterna');
    this.server = server;
    this.env = this.effectiveEnv(server);
  }

  byKind(kind: string): K8sObject[] {
    return this.objects.filter((o) => o.kind === kind);
  }

  named(kind: string, name: string): K8sObject | undefined {
    return this.objects.find((o) => o.kind === kind && o.metadata.name === name);
  }

  /** A Secret's decoded value, when the render contains that Secret and key. */
  secretValue(name: string, key: string): string | undefined {
    const s = this.named('Secret', name);
    if (!s) return undefined;
    const data = (s.data ?? {}) as Record<string, string>;
    const string = (s.stringData ?? {}) as Record<string, string>;
    if (key in string) return string[key];
    return key in data ? Buffer.from(data[key]!, 'base64').toString('utf8') : undefined;
  }

  /** The environment the container starts with: envFrom first, then env (which wins), as the kubelet does. */
  effectiveEnv(c: Container): Map<string, EnvValue> {
    const env = new Map<string, EnvValue>();
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) {
        const cm = this.named('ConfigMap', from.configMapRef.name);
        for (const [k, v] of Object.entries((cm?.data ?? {}) as Record<string, string>)) env.set(k, { value: String(v) });
      }
    }
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef;
      if (ref) {
        const value = this.secretValue(ref.name, ref.key);
        env.set(e.name, value !== undefined ? { value } : { reference: `Secret ${ref.name}/${ref.key}`, optional: ref.optional === true });
      } else if (e.valueFrom?.configMapKeyRef) {
        const r = e.valueFrom.configMapKeyRef;
        const value = ((this.named('ConfigMap', r.name)?.data ?? {}) as Record<string, string>)[r.key];
        env.set(e.name, value !== undefined ? { value } : { reference: `ConfigMap ${r.name}/${r.key}`, optional: r.optional === true });
      } else if (e.valueFrom?.fieldRef) {
        env.set(e.name, { reference: `field ${e.valueFrom.fieldRef.fieldPath}` });
      } else {
        env.set(e.name, { value: e.value ?? '' });
      }
    }
    return env;
  }

  /** Set to something (a known non-empty value, or a required reference to the user's Secret). */
  has(name: string): boolean {
    const v = this.env.get(name);
    if (!v) return false;
    return v.value !== undefined ? v.value !== '' : !v.optional;
  }

  value(name: string): string | undefined {
    return this.env.get(name)?.value;
  }

  /** Several server pods at once: replicas > 1, or a HorizontalPodAutoscaler. */
  severalPods(): boolean {
    const replicas = (this.deployment.spec as { replicas?: number }).replicas;
    return this.byKind('HorizontalPodAutoscaler').length > 0 || (replicas ?? 1) > 1;
  }

  /** The writable mount of the server container that holds `path`, if any. */
  writableMountFor(path: string): string | undefined {
    return (this.server.volumeMounts ?? [])
      .filter((m) => !m.readOnly && (path === m.mountPath || path.startsWith(`${m.mountPath.replace(/\/$/, '')}/`)))
      .map((m) => m.mountPath)[0];
  }

  /** Jobs whose container runs `aeterna admin migrate up`. */
  migrationJobs(): Array<{ job: K8sObject; migrate: Container; env: Map<string, EnvValue> }> {
    return this.byKind('Job').flatMap((job) => {
      const spec = (job.spec as { template: { spec: PodSpec } }).template.spec;
      const migrate = [...(spec.initContainers ?? []), ...spec.containers].find((c) =>
        (c.args ?? []).join(' ').startsWith('admin migrate up'),
      );
      return migrate ? [{ job, migrate, env: this.effectiveEnv(migrate) }] : [];
    });
  }
}

/** bootstrap.rs:577-592: a flag is on unless set to something other than 1/true/TRUE/yes/on. */
function featureOn(r: RenderedRelease, flag: string): boolean {
  const v = r.value(`AETERNA_FEATURE_${flag}`);
  return v === undefined || ['1', 'true', 'TRUE', 'yes', 'on'].includes(v);
}

/** memory/src/llm/factory.rs:73-83: provider names and aliases, case-insensitive. */
function llmProvider(raw: string | undefined): 'none' | 'openai' | 'google' | 'bedrock' | undefined {
  const v = (raw ?? 'none').toLowerCase();
  if (v === 'none' || v === 'openai') return v;
  if (['google', 'vertex', 'vertex_ai', 'vertexai', 'gemini'].includes(v)) return 'google';
  if (['bedrock', 'aws_bedrock', 'aws-bedrock'].includes(v)) return 'bedrock';
  return undefined;
}

function missing(r: RenderedRelease, names: string[]): string[] {
  return names.filter((n) => !r.has(n));
}

/** mk_core/src/env.rs:38-63 */
function isProduction(r: RenderedRelease): boolean {
  return ['production', 'prod'].includes((r.value('AETERNA_ENV') ?? '').trim().toLowerCase());
}

/** A host that names a Service of the release (no dot) must be rendered, with that port. */
function serviceProblems(r: RenderedRelease, what: string, host: string | undefined, port: string | undefined): string[] {
  if (!host || host.includes('.')) return [];
  const svc = r.named('Service', host);
  if (!svc) return [`${what} host ${host} is no Service of the release`];
  const ports = ((svc.spec as { ports?: Array<{ port: number }> }).ports ?? []).map((p) => String(p.port));
  return port && !ports.includes(port) ? [`${what} Service ${host} has no port ${port} (it has ${ports.join(', ')})`] : [];
}

export const BOOT_RULES: BootRule[] = [
  {
    id: 'serve-command',
    source: 'cli/src/commands/serve.rs:10-30 (serve --port 8080 --metrics-port 9090); router.rs /ready',
    check(r) {
      const args = r.server.args ?? [];
      const out: string[] = [];
      if (args[0] !== 'serve') out.push(`the server container runs ${JSON.stringify(args)}, not serve`);
      const flag = (f: string, d: string) => (args.includes(f) ? args[args.indexOf(f) + 1] : d);
      const ports = new Map((r.server.ports ?? []).map((p) => [p.name, String(p.containerPort)]));
      if (ports.get('http') !== flag('--port', '8080'))
        out.push(`containerPort http ${ports.get('http')} differs from serve --port ${flag('--port', '8080')}`);
      if (ports.get('metrics') !== flag('--metrics-port', '9090'))
        out.push(`containerPort metrics ${ports.get('metrics')} differs from serve --metrics-port ${flag('--metrics-port', '9090')}`);
      const probe = r.server.readinessProbe?.httpGet?.path;
      if (probe && !['/ready', '/live', '/health'].includes(probe))
        out.push(`readiness probe ${probe} is not an endpoint of the server (/health, /live, /ready)`);
      return out;
    },
  },
  {
    id: 'config-path',
    source: 'cli/src/commands/serve.rs:33-40 (AETERNA_CONFIG_PATH must exist); Dockerfile:77 sets /app/config but never creates it',
    check(r) {
      const path = r.value('AETERNA_CONFIG_PATH') ?? '/app/config';
      return (r.server.volumeMounts ?? []).some((m) => m.mountPath === path)
        ? []
        : [`AETERNA_CONFIG_PATH ${path} is not a mounted directory (the image does not create it)`];
    },
  },
  {
    id: 'required-variables',
    source: 'cli/src/server/bootstrap.rs:594-617 (PG_HOST, PG_DATABASE and RD_HOST must be set)',
    check: (r) => missing(r, ['PG_HOST', 'PG_DATABASE', 'RD_HOST']).map((n) => `${n} is not set`),
  },
  {
    id: 'knowledge-repository-writable',
    source: 'cli/src/server/bootstrap.rs:627-630 (default ./knowledge-repo); knowledge/src/repository.rs new_with_remote (create_dir_all)',
    check(r) {
      const raw = r.value('AETERNA_KNOWLEDGE_REPO_PATH') ?? './knowledge-repo';
      const path = raw.startsWith('/') ? raw : `${WORKDIR}/${raw.replace(/^\.\//, '')}`;
      if (!r.server.securityContext?.readOnlyRootFilesystem) return [];
      return r.writableMountFor(path)
        ? []
        : [`the knowledge repository ${path} is on the read-only root filesystem (no writable volume is mounted there)`];
    },
  },
  {
    id: 'knowledge-repository-shared',
    source: 'knowledge repository, graph store and tenant cache are local to a pod (bootstrap.rs:181-184, 691-711)',
    check: (r) =>
      r.severalPods() && !r.has('AETERNA_KNOWLEDGE_REPO_URL')
        ? ['several server pods without AETERNA_KNOWLEDGE_REPO_URL: each keeps its own knowledge repository']
        : [],
  },
  {
    id: 'kms',
    source: 'storage/src/secret_backend.rs:60-90; storage/src/kms/local.rs:43-71 (base64 of exactly 32 bytes); kms/aws.rs:52-55',
    check(r) {
      if ((r.value('AETERNA_KMS_PROVIDER') ?? 'local').trim().toLowerCase() === 'aws') {
        return r.has('AETERNA_KMS_AWS_KEY_ARN') ? [] : ['AETERNA_KMS_PROVIDER=aws without AETERNA_KMS_AWS_KEY_ARN'];
      }
      if (!r.has('AETERNA_LOCAL_KMS_KEY')) return ['the local KMS provider needs AETERNA_LOCAL_KMS_KEY, which is not set'];
      const key = r.value('AETERNA_LOCAL_KMS_KEY')?.trim();
      if (key === undefined) return [];
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(key))
        return ['AETERNA_LOCAL_KMS_KEY is not valid standard base64'];
      const bytes = Buffer.from(key, 'base64').length;
      return bytes === 32 ? [] : [`AETERNA_LOCAL_KMS_KEY decodes to ${bytes} bytes, not 32`];
    },
  },
  {
    id: 'production-gates',
    source:
      'storage/src/secret_backend.rs:100-113 (local KMS refused); storage/src/secret_provider.rs:200-261 (only vault); mk_core/src/env.rs:38-63',
    check(r) {
      if (!isProduction(r)) return [];
      const out: string[] = [];
      if ((r.value('AETERNA_KMS_PROVIDER') ?? 'local').toLowerCase() !== 'aws')
        out.push('AETERNA_ENV=production with the local KMS provider');
      if (!['vault', 'hashicorp-vault'].includes((r.value('AETERNA_SECRET_PROVIDER') ?? 'local').toLowerCase()))
        out.push('AETERNA_ENV=production without AETERNA_SECRET_PROVIDER=vault');
      return out;
    },
  },
  {
    id: 'secret-provider',
    source: 'storage/src/secret_provider.rs:200-261 (vault needs AETERNA_VAULT_ADDR and AETERNA_VAULT_TOKEN)',
    check: (r) =>
      ['vault', 'hashicorp-vault'].includes((r.value('AETERNA_SECRET_PROVIDER') ?? '').toLowerCase())
        ? missing(r, ['AETERNA_VAULT_ADDR', 'AETERNA_VAULT_TOKEN']).map((n) => `AETERNA_SECRET_PROVIDER=vault without ${n}`)
        : [],
  },
  {
    id: 'postgresql',
    source: 'config/src/loader.rs:220-230; bootstrap.rs:619-625 (postgres://user:password@host:port/db, not escaped)',
    check(r) {
      const out = missing(r, ['PG_HOST', 'PG_PORT', 'PG_DATABASE', 'PG_USERNAME', 'PG_PASSWORD']).map((n) => `${n} is not set`);
      for (const n of ['PG_USERNAME', 'PG_PASSWORD']) {
        if (/[@:/?#%]/.test(r.value(n) ?? '')) out.push(`${n} contains a character that breaks the unescaped connection URL`);
      }
      return [...out, ...serviceProblems(r, 'PostgreSQL', r.value('PG_HOST'), r.value('PG_PORT'))];
    },
  },
  {
    id: 'redis',
    source: 'bootstrap.rs:402-423 (redis://host:port/db; unreachable at boot = in-memory state for the life of the pod)',
    check(r) {
      const out = missing(r, ['RD_HOST', 'RD_PORT']).map((n) => `${n} is not set`);
      const host = r.value('RD_HOST');
      const waits = (r.pod.initContainers ?? []).some(
        (c) => r.effectiveEnv(c).get('RD_HOST')?.value === host && /PING/.test((c.command ?? []).join(' ')),
      );
      if (!waits) out.push(`no init container waits for Redis ${host} to answer PING before the server starts`);
      return [...out, ...serviceProblems(r, 'Redis', host, r.value('RD_PORT'))];
    },
  },
  {
    id: 'llm',
    source: 'memory/src/llm/factory.rs:101-165 (only with AETERNA_FEATURE_REFLECTIVE); memory/src/embedding/factory.rs:63-133 (always)',
    check(r) {
      const provider = llmProvider(r.value('AETERNA_LLM_PROVIDER'));
      if (!provider) return [`AETERNA_LLM_PROVIDER=${r.value('AETERNA_LLM_PROVIDER')} is not a provider the server knows`];
      const reflective = featureOn(r, 'REFLECTIVE');
      const need: Record<typeof provider, string[]> = {
        none: [],
        openai: ['OPENAI_API_KEY'],
        google: [
          'AETERNA_GOOGLE_PROJECT_ID',
          'AETERNA_GOOGLE_LOCATION',
          'AETERNA_GOOGLE_EMBEDDING_MODEL',
          ...(reflective ? ['AETERNA_GOOGLE_MODEL'] : []),
        ],
        bedrock: ['AETERNA_BEDROCK_REGION', 'AETERNA_BEDROCK_EMBEDDING_MODEL', ...(reflective ? ['AETERNA_BEDROCK_MODEL'] : [])],
      };
      return missing(r, need[provider]).map((n) => `provider ${provider} needs ${n}, which is not set`);
    },
  },
  {
    id: 'authorization-backend',
    source: 'bootstrap.rs:735-786 (cedar: policy and schema text; permit: API key and PDP URL)',
    check(r) {
      const backend = (r.value('AETERNA_AUTH_BACKEND') ?? '').toLowerCase();
      const need =
        backend === 'cedar'
          ? ['AETERNA_CEDAR_POLICY_TEXT', 'AETERNA_CEDAR_SCHEMA_TEXT']
          : backend === 'permit'
            ? ['AETERNA_PERMIT_API_KEY', 'AETERNA_PERMIT_PDP_URL']
            : [];
      return missing(r, need).map((n) => `AETERNA_AUTH_BACKEND=${backend} needs ${n}`);
    },
  },
  {
    id: 'boolean-settings',
    source: 'config/src/loader.rs (bool::from_str: only "true" and "false"; anything else silently means the default)',
    check: (r) =>
      [...r.env.entries()]
        .filter(([k, v]) => /_ENABLED$/.test(k) && v.value !== undefined && !['true', 'false'].includes(v.value))
        .map(([k, v]) => `${k}=${v.value} is neither true nor false: the server ignores it`),
  },
  {
    id: 'plugin-auth',
    source: 'cli/src/server/auth_middleware.rs:136-145 (plugin auth without AETERNA_PLUGIN_AUTH_JWT_SECRET answers every request 500)',
    check: (r) =>
      r.value('AETERNA_PLUGIN_AUTH_ENABLED') === 'true' && !r.has('AETERNA_PLUGIN_AUTH_JWT_SECRET')
        ? ['plugin auth is on without AETERNA_PLUGIN_AUTH_JWT_SECRET']
        : [],
  },
  {
    id: 'kubernetes-auth',
    source: "cli/src/server/k8s_auth.rs (TokenReview, authenticated with the pod's own ServiceAccount token)",
    check(r) {
      if (r.value('AETERNA_K8S_AUTH_ENABLED') !== 'true') return [];
      const spec = (r.deployment.spec as { template: { spec: { automountServiceAccountToken?: boolean; serviceAccountName?: string } } })
        .template.spec;
      const out: string[] = [];
      if (spec.automountServiceAccountToken === false)
        out.push('Kubernetes auth is on but the pod mounts no ServiceAccount token to call TokenReview with');
      // A ClusterRole that allows creating TokenReviews, bound to the pod's ServiceAccount.
      const allows = (name: string | undefined) =>
        r
          .byKind('ClusterRole')
          .some(
            (role) =>
              role.metadata?.name === name &&
              ((role.rules ?? []) as Array<{ apiGroups?: string[]; resources?: string[]; verbs?: string[] }>).some(
                (rule) =>
                  rule.apiGroups?.includes('authentication.k8s.io') &&
                  rule.resources?.includes('tokenreviews') &&
                  rule.verbs?.includes('create'),
              ),
          );
      const delegated = r
        .byKind('ClusterRoleBinding')
        .some(
          (b) =>
            allows((b.roleRef as { name?: string } | undefined)?.name) &&
            ((b.subjects ?? []) as Array<{ kind: string; name: string }>).some(
              (s) => s.kind === 'ServiceAccount' && s.name === spec.serviceAccountName,
            ),
        );
      if (!delegated)
        out.push(
          `Kubernetes auth is on but ServiceAccount ${spec.serviceAccountName} is not bound to a ClusterRole that may create TokenReviews (TokenReview is refused)`,
        );
      return out;
    },
  },
  {
    id: 'a2a-auth',
    source: 'agent-a2a/src/auth.rs:163-227 (AGENT_A2A_AUTH_ENABLED=true without AGENT_A2A_AUTH_API_KEY stops boot)',
    check: (r) =>
      featureOn(r, 'RADKIT') && r.value('AGENT_A2A_AUTH_ENABLED') === 'true' && !r.has('AGENT_A2A_AUTH_API_KEY')
        ? ['/a2a auth is on without AGENT_A2A_AUTH_API_KEY']
        : [],
  },
  {
    id: 'no-dead-variables',
    source:
      'variables read at appVersion (READ_BY_SERVE above); LOG_FORMAT, OTEL_*, QDRANT_*, VECTOR_BACKEND, EMBEDDING_DIMENSION and the pool sizes are not',
    check: (r) =>
      [...r.env.keys()].filter((k) => !READ_BY_SERVE.has(k) && k !== 'HOME').map((k) => `${k} is set but not read by the server`),
  },
  {
    id: 'migrations',
    source: 'cli/src/commands/admin.rs:459-560 (migrate up, PG_* only); bootstrap.rs:1059-1330 (admin bootstrap needs migrated tables)',
    check(r) {
      const jobs = r.migrationJobs();
      const out: string[] = [];
      if (jobs.length === 0) {
        if (r.has('AETERNA_ADMIN_BOOTSTRAP_EMAIL') || r.has('AETERNA_ADMIN_BOOTSTRAP_K8S_SA_SUBJECT'))
          out.push('the admin bootstrap is set but no Job migrates the database: boot aborts');
        return out;
      }
      for (const { job, env } of jobs) {
        for (const n of ['PG_HOST', 'PG_PORT', 'PG_DATABASE']) {
          if (env.get(n)?.value !== r.value(n))
            out.push(`migration Job ${job.metadata.name} has ${n}=${env.get(n)?.value}, the server ${r.value(n)}`);
        }
        if (!env.has('PG_PASSWORD') || !env.get('PG_USERNAME')?.value)
          out.push(`migration Job ${job.metadata.name} has no PostgreSQL credentials`);
        const hooks = job.metadata.annotations?.['helm.sh/hook'] ?? '';
        if (hooks.includes('pre-install') && !(r.value('PG_HOST') ?? '').includes('.'))
          out.push(`migration Job ${job.metadata.name} is a pre-install hook: the release's own PostgreSQL does not exist yet`);
      }
      if (!(r.pod.initContainers ?? []).some((c) => c.name === 'wait-for-migrations'))
        out.push('the server pods do not wait for the migration Job: they would serve an unmigrated database');
      return out;
    },
  },
];

/** Every violation of the boot contract in a rendered release. */
export function bootContractViolations(objects: K8sObject[], rules: BootRule[] = BOOT_RULES): Violation[] {
  const release = new RenderedRelease(objects);
  return rules.flatMap((rule) => rule.check(release).map((message) => ({ rule: rule.id, message })));
}
