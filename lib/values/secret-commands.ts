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

/** Reads the effective values for the credential functions below. */
class Reader {
  constructor(readonly values: JsonObject) {}
  at(...path: string[]): unknown {
    return getIn(this.values, path);
  }
  text(...path: string[]): string {
    return str(this.at(...path));
  }
  /**
   * The key a Secret must hold: the chart's own key settings always have a value in the effective values (their
   * default in values.yaml, never empty per the schema); Bitnami's `postgresql.auth.secretKeys` are not in our
   * values.yaml, so their subchart default is given.
   */
  key(path: string[], subchartDefault?: string): string {
    return this.text(...path) || subchartDefault || '';
  }
}

type Literal = SecretToCreate['literals'][number];
type File = SecretToCreate['files'][number];

/** A Secret when the user named one (`nameValue`), else nothing. */
function named(nameValue: unknown, purpose: string, literals: Literal[], files: File[] = []): SecretToCreate[] {
  const name = userSecretName(nameValue);
  return name ? [{ name, purpose, literals, files }] : [];
}

const AWS_KEYS: Literal[] = [
  { key: 'AWS_ACCESS_KEY_ID', placeholder: '<aws-access-key-id>' },
  { key: 'AWS_SECRET_ACCESS_KEY', placeholder: '<aws-secret-access-key>' },
];

function postgresqlSecrets(v: Reader): SecretToCreate[] {
  if (v.at('postgresql', 'enabled') !== false) {
    return named(v.at('postgresql', 'auth', 'existingSecret'), 'passwords of the bundled PostgreSQL', [
      {
        key: v.key(['postgresql', 'auth', 'secretKeys', 'adminPasswordKey'], 'postgres-password'),
        placeholder: '<postgres-admin-password>',
      },
      { key: v.key(['postgresql', 'auth', 'secretKeys', 'userPasswordKey'], 'password'), placeholder: '<postgresql-user-password>' },
    ]);
  }
  const tls = (k: string) => v.text('externalPostgresql', 'tls', k);
  return [
    ...named(v.at('externalPostgresql', 'existingSecret'), 'password of the external PostgreSQL user', [
      { key: v.key(['externalPostgresql', 'existingSecretPasswordKey']), placeholder: '<postgresql-password>' },
    ]),
    ...(v.at('migrations', 'enabled') !== false
      ? named(v.at('externalPostgresql', 'admin', 'existingSecret'), 'password of the PostgreSQL admin the migration Job uses', [
          { key: v.key(['externalPostgresql', 'admin', 'existingSecretPasswordKey']), placeholder: '<postgresql-admin-password>' },
        ])
      : []),
    ...named(
      v.at('externalPostgresql', 'tls', 'existingSecret'),
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
    ),
  ];
}

function qdrantSecrets(v: Reader): SecretToCreate[] {
  const ref = v.at('qdrant', 'apiKey', 'valueFrom', 'secretKeyRef');
  if (v.at('qdrant', 'enabled') !== true || !isPlainObject(ref)) return [];
  return named(ref.name, 'API key of the bundled Qdrant', [{ key: str(ref.key) || 'api-key', placeholder: '<qdrant-api-key>' }]);
}

function kmsSecrets(v: Reader): SecretToCreate[] {
  if (v.at('aeterna', 'kms', 'provider') === 'aws')
    return named(v.at('aeterna', 'kms', 'aws', 'credentialsSecret'), 'AWS credentials for KMS', AWS_KEYS);
  // Printed, never run: the key is made on the user's machine, so it never reaches this site.
  return named(
    v.at('aeterna', 'kms', 'local', 'existingSecret'),
    'KMS key of the tenant secrets (keep a backup: losing it loses every tenant secret)',
    [{ key: v.key(['aeterna', 'kms', 'local', 'existingSecretKey']), placeholder: '$(openssl rand -base64 32)', generate: true }],
  );
}

function secretProviderSecrets(v: Reader): SecretToCreate[] {
  if (v.at('aeterna', 'secretProvider', 'provider') !== 'vault') return [];
  return named(v.at('aeterna', 'secretProvider', 'vault', 'existingSecret'), 'Vault token', [
    { key: v.key(['aeterna', 'secretProvider', 'vault', 'existingSecretKey']), placeholder: '<vault-token>' },
  ]);
}

function knowledgeRepositorySecrets(v: Reader): SecretToCreate[] {
  const github = (k: string) => v.text('aeterna', 'knowledgeRepository', 'github', k);
  const app = github('appId') !== '';
  return named(
    github('existingSecret'),
    `GitHub ${app ? 'App key' : 'token'} and webhook secret of the knowledge repository`,
    [
      ...(!app && github('tokenKey') ? [{ key: github('tokenKey'), placeholder: '<github-token>' }] : []),
      ...(github('webhookSecretKey') ? [{ key: github('webhookSecretKey'), placeholder: '<webhook-secret>' }] : []),
    ],
    app && github('appPrivateKeyKey') ? [{ key: github('appPrivateKeyKey'), placeholder: '<path/to/github-app.private-key.pem>' }] : [],
  );
}

function authSecrets(v: Reader): SecretToCreate[] {
  const auth = (...path: string[]) => v.text('auth', ...path);
  return [
    ...(auth('mode') === 'plugin'
      ? [
          ...named(auth('plugin', 'github', 'existingSecret'), 'GitHub OAuth App users sign in with', [
            { key: auth('plugin', 'github', 'clientIdKey') || 'client-id', placeholder: '<github-oauth-client-id>' },
            { key: auth('plugin', 'github', 'clientSecretKey') || 'client-secret', placeholder: '<github-oauth-client-secret>' },
          ]),
          ...named(auth('plugin', 'jwtSecret', 'existingSecret'), 'key that signs the plugin-auth tokens', [
            {
              key: auth('plugin', 'jwtSecret', 'existingSecretKey') || 'jwt-secret',
              placeholder: '$(openssl rand -base64 48)',
              generate: true,
            },
          ]),
        ]
      : []),
    ...(auth('authorization', 'backend') === 'permit'
      ? named(auth('authorization', 'permit', 'existingSecret'), 'Permit.io API key', [
          { key: auth('authorization', 'permit', 'existingSecretKey') || 'api-key', placeholder: '<permit-api-key>' },
        ])
      : []),
    ...named(auth('a2a', 'existingSecret'), 'API key of the /a2a endpoints', [
      { key: auth('a2a', 'existingSecretKey') || 'api-key', placeholder: '$(openssl rand -hex 32)', generate: true },
    ]),
  ];
}

function llmSecrets(v: Reader): SecretToCreate[] {
  switch (v.at('aeterna', 'llm', 'provider')) {
    case 'openai':
      return named(v.at('aeterna', 'llm', 'openai', 'existingSecret'), 'OpenAI API key', [
        { key: v.key(['aeterna', 'llm', 'openai', 'existingSecretKey']), placeholder: '<openai-api-key>' },
      ]);
    case 'google':
      return named(
        v.at('aeterna', 'llm', 'google', 'credentialsSecret'),
        'Google service-account key',
        [],
        [{ key: v.key(['aeterna', 'llm', 'google', 'credentialsSecretKey']), placeholder: '<path/to/service-account.json>' }],
      );
    case 'bedrock':
      return named(v.at('aeterna', 'llm', 'bedrock', 'credentialsSecret'), 'AWS credentials for Bedrock', AWS_KEYS);
    default:
      return [];
  }
}

/** One function per credential kind, in the order the commands are printed. */
const CREDENTIAL_KINDS = [
  postgresqlSecrets,
  qdrantSecrets,
  kmsSecrets,
  secretProviderSecrets,
  knowledgeRepositorySecrets,
  authSecrets,
  llmSecrets,
];

/** The Secrets the effective values (coalesced over the chart defaults) expect to exist already; one Secret named twice is one command. */
export function secretsToCreate(values: JsonObject): SecretToCreate[] {
  const reader = new Reader(values);
  const out: SecretToCreate[] = [];
  for (const s of CREDENTIAL_KINDS.flatMap((kind) => kind(reader))) {
    const same = out.find((o) => o.name === s.name);
    if (!same) {
      out.push({ ...s, literals: [...s.literals], files: [...s.files] });
      continue;
    }
    for (const l of s.literals) if (!same.literals.some((x) => x.key === l.key)) same.literals.push(l);
    for (const f of s.files) if (!same.files.some((x) => x.key === f.key)) same.files.push(f);
    same.purpose = `${same.purpose}; ${s.purpose}`;
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
