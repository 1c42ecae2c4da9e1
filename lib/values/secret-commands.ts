/**
 * `kubectl create secret` commands for the Secrets a values file names but does not create (existing Secrets for
 * external services and LLM credentials), with placeholders where the user puts the real credentials.
 * They are printed, never run: the credentials never reach this site.
 */
import { getIn, isPlainObject, type JsonObject } from './coalesce';

export interface SecretToCreate {
  name: string;
  /** What the Secret is for, shown above the command. */
  purpose: string;
  /** `generate`: a shell command substitution run on the user's machine (e.g. a fresh random key), left unquoted. */
  literals: { key: string; placeholder: string; generate?: boolean }[];
  files: { key: string; placeholder: string }[];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** A Secret name the user chose (not empty and not a Helm template such as the chart's generated default). */
function userSecretName(v: unknown): string | undefined {
  const s = str(v).trim();
  return s && !s.includes('{{') ? s : undefined;
}

/** The Secrets the effective values (coalesced over the chart defaults) expect to exist already. */
export function secretsToCreate(values: JsonObject): SecretToCreate[] {
  const out: SecretToCreate[] = [];
  const add = (s: SecretToCreate) => {
    const same = out.find((o) => o.name === s.name);
    if (!same) out.push(s);
    else {
      for (const l of s.literals) if (!same.literals.some((x) => x.key === l.key)) same.literals.push(l);
      for (const f of s.files) if (!same.files.some((x) => x.key === f.key)) same.files.push(f);
      same.purpose = `${same.purpose}; ${s.purpose}`;
    }
  };

  /**
   * The key a Secret must hold: the chart's own key settings always have a value in the effective values (their
   * default in values.yaml, never empty per the schema); Bitnami's `postgresql.auth.secretKeys` are not in our
   * values.yaml, so their subchart default is given.
   */
  const keyAt = (path: string[], subchartDefault?: string) => str(getIn(values, path)) || subchartDefault || '';
  /** Adds a Secret when the user named one (`nameValue`). */
  const addNamed = (nameValue: unknown, purpose: string, literals: SecretToCreate['literals'], files: SecretToCreate['files'] = []) => {
    const name = userSecretName(nameValue);
    if (name) add({ name, purpose, literals, files });
  };

  if (getIn(values, ['postgresql', 'enabled']) === false) {
    addNamed(getIn(values, ['externalPostgresql', 'existingSecret']), 'password of the external PostgreSQL user', [
      { key: keyAt(['externalPostgresql', 'existingSecretPasswordKey']), placeholder: '<postgresql-password>' },
    ]);
    if (getIn(values, ['migrations', 'enabled']) !== false) {
      addNamed(
        getIn(values, ['externalPostgresql', 'admin', 'existingSecret']),
        'password of the PostgreSQL admin the migration Job uses',
        [{ key: keyAt(['externalPostgresql', 'admin', 'existingSecretPasswordKey']), placeholder: '<postgresql-admin-password>' }],
      );
    }
    const tls = (k: string) => str(getIn(values, ['externalPostgresql', 'tls', k]));
    addNamed(
      getIn(values, ['externalPostgresql', 'tls', 'existingSecret']),
      'TLS certificates for PostgreSQL',
      [],
      [
        ...(tls('caKey') ? [{ key: tls('caKey'), placeholder: '<path/to/ca.crt>' }] : []),
        ...(tls('certKey') && tls('keyKey')
          ? [
              { key: tls('certKey'), placeholder: '<path/to/client.crt>' },
              { key: tls('keyKey'), placeholder: '<path/to/client.key>' },
            ]
          : []),
      ],
    );
  } else {
    addNamed(getIn(values, ['postgresql', 'auth', 'existingSecret']), 'passwords of the bundled PostgreSQL', [
      {
        key: keyAt(['postgresql', 'auth', 'secretKeys', 'adminPasswordKey'], 'postgres-password'),
        placeholder: '<postgres-admin-password>',
      },
      { key: keyAt(['postgresql', 'auth', 'secretKeys', 'userPasswordKey'], 'password'), placeholder: '<postgresql-user-password>' },
    ]);
  }

  if (getIn(values, ['qdrant', 'enabled']) === true) {
    const ref = getIn(values, ['qdrant', 'apiKey', 'valueFrom', 'secretKeyRef']);
    if (isPlainObject(ref)) {
      addNamed(ref.name, 'API key of the bundled Qdrant', [{ key: str(ref.key) || 'api-key', placeholder: '<qdrant-api-key>' }]);
    }
  }

  if (getIn(values, ['aeterna', 'kms', 'provider']) === 'aws') {
    addNamed(getIn(values, ['aeterna', 'kms', 'aws', 'credentialsSecret']), 'AWS credentials for KMS', [
      { key: 'AWS_ACCESS_KEY_ID', placeholder: '<aws-access-key-id>' },
      { key: 'AWS_SECRET_ACCESS_KEY', placeholder: '<aws-secret-access-key>' },
    ]);
  } else {
    // Printed, never run: the key is made on the user's machine, so it never reaches this site.
    addNamed(
      getIn(values, ['aeterna', 'kms', 'local', 'existingSecret']),
      'KMS key of the tenant secrets (keep a backup: losing it loses every tenant secret)',
      [{ key: keyAt(['aeterna', 'kms', 'local', 'existingSecretKey']), placeholder: '$(openssl rand -base64 32)', generate: true }],
    );
  }
  if (getIn(values, ['aeterna', 'secretProvider', 'provider']) === 'vault') {
    addNamed(getIn(values, ['aeterna', 'secretProvider', 'vault', 'existingSecret']), 'Vault token', [
      { key: keyAt(['aeterna', 'secretProvider', 'vault', 'existingSecretKey']), placeholder: '<vault-token>' },
    ]);
  }
  const github = (k: string) => str(getIn(values, ['aeterna', 'knowledgeRepository', 'github', k]));
  const app = github('appId') !== '';
  addNamed(
    github('existingSecret'),
    `GitHub ${app ? 'App key' : 'token'} and webhook secret of the knowledge repository`,
    [
      ...(!app && github('tokenKey') ? [{ key: github('tokenKey'), placeholder: '<github-token>' }] : []),
      ...(github('webhookSecretKey') ? [{ key: github('webhookSecretKey'), placeholder: '<webhook-secret>' }] : []),
    ],
    app && github('appPrivateKeyKey') ? [{ key: github('appPrivateKeyKey'), placeholder: '<path/to/github-app.private-key.pem>' }] : [],
  );

  const auth = (...path: string[]) => str(getIn(values, ['auth', ...path]));
  if (auth('mode') === 'plugin') {
    addNamed(auth('plugin', 'github', 'existingSecret'), 'GitHub OAuth App users sign in with', [
      { key: auth('plugin', 'github', 'clientIdKey') || 'client-id', placeholder: '<github-oauth-client-id>' },
      { key: auth('plugin', 'github', 'clientSecretKey') || 'client-secret', placeholder: '<github-oauth-client-secret>' },
    ]);
    addNamed(auth('plugin', 'jwtSecret', 'existingSecret'), 'key that signs the plugin-auth tokens', [
      { key: auth('plugin', 'jwtSecret', 'existingSecretKey') || 'jwt-secret', placeholder: '$(openssl rand -base64 48)', generate: true },
    ]);
  }
  if (auth('authorization', 'backend') === 'permit') {
    addNamed(auth('authorization', 'permit', 'existingSecret'), 'Permit.io API key', [
      { key: auth('authorization', 'permit', 'existingSecretKey') || 'api-key', placeholder: '<permit-api-key>' },
    ]);
  }
  addNamed(auth('a2a', 'existingSecret'), 'API key of the /a2a endpoints', [
    { key: auth('a2a', 'existingSecretKey') || 'api-key', placeholder: '$(openssl rand -hex 32)', generate: true },
  ]);

  const provider = getIn(values, ['aeterna', 'llm', 'provider']);
  if (provider === 'openai') {
    addNamed(getIn(values, ['aeterna', 'llm', 'openai', 'existingSecret']), 'OpenAI API key', [
      { key: keyAt(['aeterna', 'llm', 'openai', 'existingSecretKey']), placeholder: '<openai-api-key>' },
    ]);
  } else if (provider === 'google') {
    addNamed(
      getIn(values, ['aeterna', 'llm', 'google', 'credentialsSecret']),
      'Google service-account key',
      [],
      [{ key: keyAt(['aeterna', 'llm', 'google', 'credentialsSecretKey']), placeholder: '<path/to/service-account.json>' }],
    );
  } else if (provider === 'bedrock') {
    addNamed(getIn(values, ['aeterna', 'llm', 'bedrock', 'credentialsSecret']), 'AWS credentials for Bedrock', [
      { key: 'AWS_ACCESS_KEY_ID', placeholder: '<aws-access-key-id>' },
      { key: 'AWS_SECRET_ACCESS_KEY', placeholder: '<aws-secret-access-key>' },
    ]);
  }
  return out;
}

/** Quotes a shell word when it needs it (placeholders contain < and >). */
function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function kubectlSecretCommands(secrets: SecretToCreate[], namespace: string): string[] {
  return secrets.map((s) => {
    const parts = [`kubectl create secret generic ${shellQuote(s.name)}`, `--namespace ${shellQuote(namespace)}`];
    for (const l of s.literals) {
      parts.push(
        l.generate ? `--from-literal=${shellQuote(l.key)}="${l.placeholder}"` : `--from-literal=${shellQuote(`${l.key}=${l.placeholder}`)}`,
      );
    }
    for (const f of s.files) parts.push(`--from-file=${shellQuote(`${f.key}=${f.placeholder}`)}`);
    return parts.join(' ');
  });
}
