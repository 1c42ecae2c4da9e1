/**
 * Scenarios the boot contract (lib/chart/boot-contract.ts) is evaluated on, beyond the dependency matrix and the
 * presets: each LLM provider, each KMS mode, production, authentication on and off, PostgreSQL TLS, migrations
 * off, and the upgrade render (where the migration Job is a pre-upgrade hook).
 */
import { ALL_SCENARIOS, type Scenario } from './scenarios';

export interface BootScenario extends Scenario {
  /** Extra helm arguments (e.g. --is-upgrade). */
  extraArgs?: string[];
}

const aeterna = (v: Record<string, unknown>) => ({ aeterna: v });

export const BOOT_SCENARIOS: BootScenario[] = [
  { name: 'chart defaults' },
  ...ALL_SCENARIOS,
  { name: 'llm openai (existingSecret)', values: aeterna({ llm: { provider: 'openai', openai: { existingSecret: 'openai' } } }) },
  { name: 'llm openai (inline key)', values: aeterna({ llm: { provider: 'openai', openai: { apiKey: 'sk-test' } } }) },
  {
    name: 'llm google',
    values: aeterna({
      llm: {
        provider: 'google',
        google: { projectId: 'p', location: 'us-central1', model: 'gemini-2.5-pro', embeddingModel: 'text-embedding-005' },
      },
    }),
  },
  {
    name: 'llm google without chat model, reflective off',
    values: aeterna({
      features: { reflective: false },
      llm: { provider: 'google', google: { projectId: 'p', location: 'eu', embeddingModel: 'e' } },
    }),
  },
  {
    name: 'llm bedrock',
    values: aeterna({
      llm: {
        provider: 'bedrock',
        bedrock: { region: 'eu-west-1', model: 'anthropic.claude', embeddingModel: 'amazon.titan-embed-text-v2:0' },
      },
    }),
  },
  { name: 'kms local from your Secret', values: aeterna({ kms: { local: { existingSecret: 'my-kms', existingSecretKey: 'key' } } }) },
  { name: 'kms aws', values: aeterna({ kms: { provider: 'aws', aws: { keyArn: 'arn:aws:kms:eu-west-1:1:key/x', region: 'eu-west-1' } } }) },
  {
    name: 'production environment (aws kms, vault)',
    values: aeterna({
      environment: 'production',
      kms: { provider: 'aws', aws: { keyArn: 'alias/aeterna', credentialsSecret: 'aws' } },
      secretProvider: { provider: 'vault', vault: { address: 'https://vault:8200', existingSecret: 'vault-token' } },
    }),
  },
  { name: 'authentication off (the default), inside the cluster' },
  {
    name: 'plugin auth published through an Ingress, /a2a key, first admin',
    values: {
      ingress: { enabled: true },
      networkPolicy: { allowedClients: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] },
      auth: {
        mode: 'plugin',
        plugin: { github: { existingSecret: 'gh-oauth' }, redirectBaseUrl: 'https://aeterna.example.com' },
        a2a: { existingSecret: 'a2a' },
        adminBootstrap: { email: 'admin@example.com', providerSubject: 'octocat' },
      },
    },
  },
  {
    name: 'plugin auth with your JWT Secret and Kubernetes tokens',
    values: {
      auth: {
        mode: 'plugin',
        plugin: { jwtSecret: { existingSecret: 'jwt' }, github: { existingSecret: 'gh' } },
        kubernetes: { enabled: true },
      },
    },
  },
  {
    name: 'cedar policies from values',
    values: { auth: { authorization: { backend: 'cedar', cedar: { policies: 'permit(principal, action, resource);', schema: '{}' } } } },
  },
  {
    name: 'cedar policies from a ConfigMap',
    values: { auth: { authorization: { backend: 'cedar', cedar: { existingConfigMap: 'cedar' } } } },
  },
  {
    name: 'permit.io',
    values: { auth: { authorization: { backend: 'permit', permit: { pdpUrl: 'http://pdp:7766', existingSecret: 'permit' } } } },
  },
  {
    name: 'auth off, published with the acknowledgement',
    values: {
      service: { type: 'LoadBalancer' },
      networkPolicy: { allowedClients: [{ ipBlock: { cidr: '0.0.0.0/0' } }] },
      auth: { acknowledgeUnauthenticatedExposure: true },
    },
  },
  {
    name: 'external PostgreSQL with verify-full TLS and a client certificate',
    values: {
      postgresql: { enabled: false },
      externalPostgresql: {
        host: 'pg.example.internal',
        existingSecret: 'pg',
        admin: { existingSecret: 'pg-admin' },
        tls: { sslMode: 'verify-full', existingSecret: 'pg-tls', certKey: 'tls.crt', keyKey: 'tls.key' },
      },
    },
  },
  {
    name: 'knowledge repository on GitHub (App)',
    values: aeterna({
      knowledgeRepository: {
        remote: { url: 'https://github.com/o/k.git' },
        github: { owner: 'o', repo: 'k', appId: '123', installationId: '456', existingSecret: 'gh' },
      },
    }),
  },
  { name: 'migrations off', values: { migrations: { enabled: false } } },
  { name: 'persistence off', values: { persistence: { enabled: false } } },
  { name: 'upgrade (migration Job as a pre-upgrade hook)', extraArgs: ['--is-upgrade'] },
];
