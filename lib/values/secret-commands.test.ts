import { describe, expect, it } from 'vitest';
import { kubectlSecretCommands, secretsToCreate } from './secret-commands';

describe('secretsToCreate / kubectlSecretCommands', () => {
  it('asks for the existing Secrets of external services and the LLM provider, with placeholders', () => {
    const values = {
      postgresql: { enabled: false, auth: { existingSecret: '{{ .Release.Name }}-aeterna-postgresql' } },
      externalPostgresql: {
        existingSecret: 'pg-cred',
        existingSecretPasswordKey: 'password',
        admin: { existingSecret: 'pg-admin', existingSecretPasswordKey: 'password' },
        tls: { existingSecret: 'pg-tls', caKey: 'ca.crt', certKey: '', keyKey: '' },
      },
      qdrant: { enabled: false },
      aeterna: { llm: { provider: 'openai', openai: { existingSecret: 'openai', existingSecretKey: 'api-key' } } },
    };
    expect(kubectlSecretCommands(secretsToCreate(values), 'aeterna')).toEqual([
      "kubectl create secret generic pg-cred --namespace aeterna --from-literal='password=<postgresql-password>'",
      "kubectl create secret generic pg-admin --namespace aeterna --from-literal='password=<postgresql-admin-password>'",
      "kubectl create secret generic pg-tls --namespace aeterna --from-file='ca.crt=<path/to/ca.crt>'",
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
      aeterna: { llm: { provider: 'google', google: { credentialsSecret: 'gcp', credentialsSecretKey: 'credentials.json' } } },
    };
    expect(kubectlSecretCommands(secretsToCreate(values), 'ns')).toEqual([
      "kubectl create secret generic shared --namespace ns --from-literal='admin=<postgres-admin-password>' --from-literal='password=<postgresql-user-password>' --from-literal='qdrant=<qdrant-api-key>'",
      "kubectl create secret generic gcp --namespace ns --from-file='credentials.json=<path/to/service-account.json>'",
    ]);
  });

  it('generates the local KMS key on the user’s machine (an unquoted command substitution), and asks for Vault and GitHub credentials', () => {
    const values = {
      aeterna: {
        kms: { provider: 'local', local: { existingSecret: 'kms', existingSecretKey: 'kms-key' } },
        secretProvider: { provider: 'vault', vault: { existingSecret: 'vault', existingSecretKey: 'token' } },
        knowledgeRepository: {
          github: { existingSecret: 'gh', appId: '12', tokenKey: 'token', appPrivateKeyKey: 'app.pem', webhookSecretKey: 'webhook' },
        },
      },
    };
    expect(kubectlSecretCommands(secretsToCreate(values), 'ns')).toEqual([
      'kubectl create secret generic kms --namespace ns --from-literal=kms-key="$(openssl rand -base64 32)"',
      "kubectl create secret generic vault --namespace ns --from-literal='token=<vault-token>'",
      "kubectl create secret generic gh --namespace ns --from-literal='webhook=<webhook-secret>' --from-file='app.pem=<path/to/github-app.private-key.pem>'",
    ]);
  });

  it('asks for the sign-in, signing, Permit.io and /a2a Secrets of the auth settings in use', () => {
    const values = {
      auth: {
        mode: 'plugin',
        plugin: {
          github: { existingSecret: 'gh', clientIdKey: 'client-id', clientSecretKey: 'client-secret' },
          jwtSecret: { existingSecret: 'jwt', existingSecretKey: 'jwt-secret' },
        },
        authorization: { backend: 'permit', permit: { existingSecret: 'permit', existingSecretKey: 'api-key' } },
        a2a: { existingSecret: 'a2a', existingSecretKey: 'api-key' },
      },
    };
    expect(kubectlSecretCommands(secretsToCreate(values), 'ns')).toEqual([
      "kubectl create secret generic gh --namespace ns --from-literal='client-id=<github-oauth-client-id>' --from-literal='client-secret=<github-oauth-client-secret>'",
      'kubectl create secret generic jwt --namespace ns --from-literal=jwt-secret="$(openssl rand -base64 48)"',
      "kubectl create secret generic permit --namespace ns --from-literal='api-key=<permit-api-key>'",
      'kubectl create secret generic a2a --namespace ns --from-literal=api-key="$(openssl rand -hex 32)"',
    ]);
    expect(secretsToCreate({ auth: { mode: 'off', plugin: { github: { existingSecret: 'unused' } } } })).toEqual([]);
  });
});
