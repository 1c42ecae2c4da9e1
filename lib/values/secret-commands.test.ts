import { describe, expect, it } from 'vitest';
import { kubectlSecretCommands, secretsToCreate } from './secret-commands';

describe('secretsToCreate / kubectlSecretCommands', () => {
  it('asks for the existing Secrets of external services and the LLM provider, with placeholders', () => {
    const values = {
      postgresql: { enabled: false, auth: { existingSecret: '{{ .Release.Name }}-aeterna-postgresql' } },
      externalPostgresql: { existingSecret: 'pg-cred', existingSecretPasswordKey: 'password' },
      qdrant: { enabled: false },
      externalQdrant: { existingSecret: 'qdrant-cred', existingSecretApiKeyKey: 'api-key' },
      aeterna: { llm: { provider: 'openai', openai: { existingSecret: 'openai', existingSecretKey: 'api-key' } } },
    };
    expect(kubectlSecretCommands(secretsToCreate(values), 'aeterna')).toEqual([
      "kubectl create secret generic pg-cred --namespace aeterna --from-literal='password=<postgresql-password>'",
      "kubectl create secret generic qdrant-cred --namespace aeterna --from-literal='api-key=<qdrant-api-key>'",
      "kubectl create secret generic openai --namespace aeterna --from-literal='api-key=<openai-api-key>'",
    ]);
  });

  it('ignores the blocks that are not in use and the chart-generated Secret', () => {
    const values = {
      postgresql: { enabled: true, auth: { existingSecret: '{{ .Release.Name }}-aeterna-postgresql' } },
      externalPostgresql: { existingSecret: 'unused' },
      aeterna: { llm: { provider: 'none', openai: { existingSecret: 'unused' } } },
    };
    expect(secretsToCreate(values)).toEqual([]);
  });

  it('covers the bundled services, merges keys of one Secret into one command, and passes files with --from-file', () => {
    const values = {
      postgresql: { enabled: true, auth: { existingSecret: 'shared', secretKeys: { adminPasswordKey: 'admin' } } },
      qdrant: { enabled: true, apiKey: { valueFrom: { secretKeyRef: { name: 'shared', key: 'qdrant' } } } },
      aeterna: { llm: { provider: 'google', google: { credentialsSecret: 'gcp' } } },
    };
    expect(kubectlSecretCommands(secretsToCreate(values), 'ns')).toEqual([
      "kubectl create secret generic shared --namespace ns --from-literal='admin=<postgres-admin-password>' --from-literal='password=<postgresql-user-password>' --from-literal='qdrant=<qdrant-api-key>'",
      "kubectl create secret generic gcp --namespace ns --from-file='credentials.json=<path/to/service-account.json>'",
    ]);
  });
});
