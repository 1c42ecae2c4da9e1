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
  literals: { key: string; placeholder: string }[];
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

  if (getIn(values, ['postgresql', 'enabled']) === false) {
    const name = userSecretName(getIn(values, ['externalPostgresql', 'existingSecret']));
    if (name) {
      add({
        name,
        purpose: 'password of the external PostgreSQL user',
        literals: [{ key: str(getIn(values, ['externalPostgresql', 'existingSecretPasswordKey'])) || 'password', placeholder: '<postgresql-password>' }],
        files: [],
      });
    }
  } else {
    const name = userSecretName(getIn(values, ['postgresql', 'auth', 'existingSecret']));
    if (name) {
      add({
        name,
        purpose: 'passwords of the bundled PostgreSQL',
        literals: [
          { key: str(getIn(values, ['postgresql', 'auth', 'secretKeys', 'adminPasswordKey'])) || 'postgres-password', placeholder: '<postgres-admin-password>' },
          { key: str(getIn(values, ['postgresql', 'auth', 'secretKeys', 'userPasswordKey'])) || 'password', placeholder: '<postgresql-user-password>' },
        ],
        files: [],
      });
    }
  }

  if (getIn(values, ['qdrant', 'enabled']) === false) {
    const name = userSecretName(getIn(values, ['externalQdrant', 'existingSecret']));
    if (name) {
      add({
        name,
        purpose: 'API key of the external Qdrant',
        literals: [{ key: str(getIn(values, ['externalQdrant', 'existingSecretApiKeyKey'])) || 'api-key', placeholder: '<qdrant-api-key>' }],
        files: [],
      });
    }
  } else {
    const ref = getIn(values, ['qdrant', 'apiKey', 'valueFrom', 'secretKeyRef']);
    if (isPlainObject(ref)) {
      const name = userSecretName(ref.name);
      if (name) add({ name, purpose: 'API key of the bundled Qdrant', literals: [{ key: str(ref.key) || 'api-key', placeholder: '<qdrant-api-key>' }], files: [] });
    }
  }

  const provider = getIn(values, ['aeterna', 'llm', 'provider']);
  if (provider === 'openai') {
    const name = userSecretName(getIn(values, ['aeterna', 'llm', 'openai', 'existingSecret']));
    if (name) {
      add({
        name,
        purpose: 'OpenAI API key',
        literals: [{ key: str(getIn(values, ['aeterna', 'llm', 'openai', 'existingSecretKey'])) || 'api-key', placeholder: '<openai-api-key>' }],
        files: [],
      });
    }
  } else if (provider === 'google') {
    const name = userSecretName(getIn(values, ['aeterna', 'llm', 'google', 'credentialsSecret']));
    if (name) {
      add({
        name,
        purpose: 'Google service-account key',
        literals: [],
        files: [{ key: str(getIn(values, ['aeterna', 'llm', 'google', 'credentialsSecretKey'])) || 'credentials.json', placeholder: '<path/to/service-account.json>' }],
      });
    }
  } else if (provider === 'bedrock') {
    const name = userSecretName(getIn(values, ['aeterna', 'llm', 'bedrock', 'credentialsSecret']));
    if (name) {
      add({
        name,
        purpose: 'AWS credentials for Bedrock',
        literals: [
          { key: 'AWS_ACCESS_KEY_ID', placeholder: '<aws-access-key-id>' },
          { key: 'AWS_SECRET_ACCESS_KEY', placeholder: '<aws-secret-access-key>' },
        ],
        files: [],
      });
    }
  }
  return out;
}

/** Quotes a shell word when it needs it (placeholders contain < and >). */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function kubectlSecretCommands(secrets: SecretToCreate[], namespace: string): string[] {
  return secrets.map((s) => {
    const parts = [`kubectl create secret generic ${shellQuote(s.name)}`, `--namespace ${shellQuote(namespace)}`];
    for (const l of s.literals) parts.push(`--from-literal=${shellQuote(`${l.key}=${l.placeholder}`)}`);
    for (const f of s.files) parts.push(`--from-file=${shellQuote(`${f.key}=${f.placeholder}`)}`);
    return parts.join(' ');
  });
}
