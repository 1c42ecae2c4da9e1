/**
 * One values file per rule of charts/aeterna/validation-rules.json (and per `each` text), each breaking that rule
 * alone over the chart's defaults: the chart tests run them through helm (test/chart/refusals.test.ts), the
 * configurator's JSON Schema form (test/chart/values-schema.test.ts) and an editor's language server
 * (lib/rules/editor-schema.test.ts). values-schema.test.ts fails when a rule has no case here.
 */
import type { Json } from '@/lib/values/coalesce';
import { chartRules } from '@/lib/rules/chart-rules';
import { ruleMessage } from '@/lib/rules/declaration';

export interface RuleCase {
  rule: string;
  /** The rule's printf arguments, as the template fills them (the schema rule's title carries them after a colon). */
  args?: string[];
  values: Json;
  /**
   * What helm prints instead of the rule's message, when values.schema.json refuses the same values first (a
   * backstop rule for `--skip-schema-validation`): a type or enum error with its field path.
   */
  helmSays?: RegExp;
  /** For a template-only rule, the schema keyword that also refuses the values, if any (e.g. an enum). */
  schemaBy?: string;
}

/** The peer an Ingress needs with the NetworkPolicy on: the ingress controller's namespace. */
export const INGRESS_NAMESPACE = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } };

export const RULE_CASES: RuleCase[] = [
  {
    rule: 'llm-provider-unknown',
    values: { aeterna: { llm: { provider: 'anthropic' } } },
    helmSays: /at '\/aeterna\/llm\/provider': value must be one of 'none', 'openai', 'google', 'bedrock'/,
  },
  { rule: 'postgresql-neither', values: { postgresql: { enabled: false } } },
  { rule: 'postgresql-both', values: { externalPostgresql: { host: 'pg.example', admin: { existingSecret: 'adm' } } } },
  { rule: 'redis-neither', values: { redis: { enabled: false } } },
  { rule: 'redis-both', values: { externalRedis: { host: 'redis.example' } } },
  {
    rule: 'external-postgresql-password-and-secret',
    values: {
      postgresql: { enabled: false },
      externalPostgresql: { host: 'pg', password: 'p', existingSecret: 's', admin: { existingSecret: 'adm' } },
    },
  },
  { rule: 'openai-api-key-and-secret', values: { aeterna: { llm: { provider: 'openai', openai: { apiKey: 'k', existingSecret: 's' } } } } },
  { rule: 'postgresql-password-and-own-secret', values: { postgresql: { auth: { existingSecret: 'my-db', password: 'p' } } } },
  { rule: 'global-postgresql-auth', values: { global: { postgresql: { auth: { existingSecret: 'shared-db' } } } } },
  { rule: 'redis-auth', values: { redis: { auth: { enabled: true } } } },
  { rule: 'redis-sentinel', values: { redis: { sentinel: { enabled: true } } } },
  { rule: 'pdb-both', values: { pdb: { enabled: true, minAvailable: 1, maxUnavailable: 1 } } },
  { rule: 'openai-without-key', values: { aeterna: { llm: { provider: 'openai' } } } },
  {
    rule: 'google-settings-missing',
    values: { aeterna: { llm: { provider: 'google', google: { projectId: 'p', location: 'l', model: 'm' } } } },
  },
  {
    rule: 'google-chat-model-missing',
    values: { aeterna: { llm: { provider: 'google', google: { projectId: 'p', location: 'l', embeddingModel: 'e' } } } },
  },
  { rule: 'bedrock-settings-missing', values: { aeterna: { llm: { provider: 'bedrock', bedrock: { region: 'eu-west-1', model: 'm' } } } } },
  {
    rule: 'bedrock-chat-model-missing',
    values: { aeterna: { llm: { provider: 'bedrock', bedrock: { region: 'eu-west-1', embeddingModel: 'e' } } } },
  },
  { rule: 'kms-aws-without-key', values: { aeterna: { kms: { provider: 'aws' } } } },
  {
    rule: 'production-local-kms',
    values: {
      aeterna: { environment: 'production', secretProvider: { provider: 'vault', vault: { address: 'https://v', existingSecret: 't' } } },
    },
  },
  {
    rule: 'production-local-secret-provider',
    values: { aeterna: { environment: 'production', kms: { provider: 'aws', aws: { keyArn: 'alias/k' } } } },
  },
  { rule: 'vault-settings-missing', values: { aeterna: { secretProvider: { provider: 'vault', vault: { address: 'https://v' } } } } },
  { rule: 'several-pods-without-remote', values: { replicaCount: 2, persistence: { enabled: false } } },
  {
    rule: 'persistence-with-several-pods',
    values: { autoscaling: { enabled: true }, aeterna: { knowledgeRepository: { remote: { url: 'https://git.example/k.git' } } } },
  },
  {
    rule: 'password-breaks-url',
    args: ['externalPostgresql.password'],
    values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', password: 'a:b', admin: { existingSecret: 'adm' } } },
  },
  {
    rule: 'knowledge-remote-ssh',
    values: { aeterna: { knowledgeRepository: { remote: { url: 'ssh://git@git.example/k.git' } } } },
  },
  {
    rule: 'knowledge-github-incomplete',
    values: { aeterna: { knowledgeRepository: { remote: { url: 'https://github.com/o/r.git' }, github: { owner: 'o', repo: 'r' } } } },
  },
  {
    rule: 'knowledge-github-app-incomplete',
    values: {
      aeterna: {
        knowledgeRepository: {
          remote: { url: 'https://github.com/o/r.git' },
          github: { owner: 'o', repo: 'r', existingSecret: 'gh', appId: 42 },
        },
      },
    },
  },
  {
    rule: 'knowledge-remote-url-credentials',
    values: { aeterna: { knowledgeRepository: { remote: { url: 'https://x:ghp_0123456789@github.com/o/r.git' } } } },
  },
  ...[
    ['aeterna.remoteGovernanceUrl', { aeterna: { deploymentMode: 'hybrid', remoteGovernanceUrl: 'https://admin:s3cret@gov.example' } }],
    [
      'aeterna.llm.openai.baseUrl',
      { aeterna: { llm: { provider: 'openai', openai: { existingSecret: 'o', baseUrl: 'https://sk-live-123@llm.example/v1' } } } },
    ],
    [
      'aeterna.secretProvider.vault.address',
      { aeterna: { secretProvider: { provider: 'vault', vault: { address: 'https://root:hvs.x@vault:8200', existingSecret: 'v' } } } },
    ],
    ['auth.plugin.github.apiBaseUrl', { auth: { plugin: { github: { apiBaseUrl: 'https://u:p@api.github.example' } } } }],
    ['auth.plugin.github.oauthBaseUrl', { auth: { plugin: { github: { oauthBaseUrl: 'https://u:p@github.example' } } } }],
    ['auth.plugin.redirectBaseUrl', { auth: { plugin: { redirectBaseUrl: 'https://u:p@aeterna.example' } } }],
    [
      'auth.authorization.permit.pdpUrl',
      { auth: { authorization: { backend: 'permit', permit: { pdpUrl: 'http://k:v@pdp:7766', existingSecret: 'pm' } } } },
    ],
  ].map(([path, values]) => ({ rule: 'url-credentials', args: [path as string], values: values as Json })),
  { rule: 'password-breaks-url', args: ['postgresql.auth.password'], values: { postgresql: { auth: { password: 'p@ss' } } } },
  {
    rule: 'password-breaks-url',
    args: ['postgresql.auth.postgresPassword'],
    values: { postgresql: { auth: { postgresPassword: '100%' } } },
  },
  {
    rule: 'migrations-without-admin',
    values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', existingSecret: 'pg' } },
  },
  {
    rule: 'postgresql-tls-verify-without-ca',
    values: {
      postgresql: { enabled: false },
      migrations: { enabled: false },
      externalPostgresql: { host: 'pg', existingSecret: 'pg', tls: { sslMode: 'verify-full' } },
    },
  },
  {
    rule: 'postgresql-tls-cert-without-key',
    values: {
      postgresql: { enabled: false },
      migrations: { enabled: false },
      externalPostgresql: { host: 'pg', existingSecret: 'pg', tls: { existingSecret: 'tls', certKey: 'tls.crt' } },
    },
  },
  { rule: 'published-without-auth', values: { ingress: { enabled: true }, networkPolicy: { allowedClients: [INGRESS_NAMESPACE] } } },
  {
    rule: 'published-a2a-without-key',
    values: {
      service: { type: 'NodePort' },
      networkPolicy: { allowedClients: [{ ipBlock: { cidr: '0.0.0.0/0' } }] },
      auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } } },
    },
  },
  {
    rule: 'published-without-allowed-clients',
    values: {
      ingress: { enabled: true },
      auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } } },
      aeterna: { features: { radkit: false } },
    },
  },
  { rule: 'plugin-auth-without-github', values: { auth: { mode: 'plugin' } } },
  {
    rule: 'cedar-inputs-missing',
    values: { auth: { authorization: { backend: 'cedar', cedar: { policies: 'permit(principal, action, resource);' } } } },
  },
  { rule: 'permit-inputs-missing', values: { auth: { authorization: { backend: 'permit', permit: { existingSecret: 'permit' } } } } },
  { rule: 'deployment-mode-without-remote', values: { aeterna: { deploymentMode: 'hybrid' } } },
];

/** Rules JSON Schema cannot express (comparisons of two values, quantities, host lists). */
export const TEMPLATE_ONLY_CASES: RuleCase[] = [
  {
    rule: 'limits-below-requests',
    args: ['cpu', '500m', 'cpu', '2'],
    values: { resources: { requests: { cpu: '2', memory: '2Gi' }, limits: { cpu: '500m', memory: '1Gi' } } },
  },
  {
    rule: 'limits-below-requests',
    args: ['memory', '1024Mi', 'memory', '2Gi'],
    values: { resources: { requests: { memory: '2Gi' }, limits: { memory: '1024Mi' } } },
  },
  {
    rule: 'autoscaling-min-above-max',
    args: ['5', '3'],
    values: {
      autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 3 },
      persistence: { enabled: false },
      aeterna: { knowledgeRepository: { remote: { url: 'https://git.example/k.git' } } },
    },
  },
  {
    rule: 'ingress-tls-host-not-routed',
    args: ['b.example'],
    values: {
      auth: { acknowledgeUnauthenticatedExposure: true },
      networkPolicy: { allowedClients: [INGRESS_NAMESPACE] },
      ingress: {
        enabled: true,
        hosts: [{ host: 'a.example', paths: [{ path: '/' }] }],
        tls: [{ secretName: 't', hosts: ['a.example', 'b.example'] }],
      },
    },
  },
];

/** The JSON Schema rule's title of a case: the rule id, with its `each` text after a colon. */
export const caseTitle = (c: RuleCase) => [c.rule, ...(c.args?.length ? [c.args.join(',')] : [])].join(':');

/** The line helm prints for a case. */
export const caseMessage = (c: RuleCase) => ruleMessage(chartRules, c.rule, ...(c.args ?? []));
