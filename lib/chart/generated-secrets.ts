/**
 * The chart's refusal to generate, in a render that cannot read the cluster, the Secrets that must never change
 * (templates/_generated-secrets.tpl, "SECRETS THAT MUST NOT CHANGE"), worked out for given values so that the
 * configurator can say it before Argo CD does, in the chart's own words.
 *
 * The words are read from the template source (one line per Secret in `aeterna.generatedSecrets.pending`, the
 * message of the `fail` in `aeterna.generatedSecrets.check`); only the conditions and names are worked out here.
 * test/chart/generated-secrets.test.ts renders the chart with `helm template` and asserts that helm fails with
 * exactly `refusalMessage(...)`, and renders when `pendingGeneratedSecrets(...)` is empty.
 */
import { getIn, setIn, type JsonObject } from '@/lib/values/coalesce';

/** The refusal's text as the chart writes it, with the template actions still in (JSON-serialisable: page props). */
export interface GeneratedSecretsText {
  /** Each Secret's line (`- the local KMS key ...`), keyed by the value that names an existing Secret instead. */
  lines: Record<PendingSecret['setting'], string>;
  /** The `fail` message, `%s` for the list of lines and then for the namespace. */
  message: string;
}

export interface PendingSecret {
  /** The value that names your own Secret instead, which makes this one no longer generated. */
  setting: 'aeterna.kms.local.existingSecret' | 'auth.plugin.jwtSecret.existingSecret' | 'postgresql.auth.existingSecret';
  /** The Secret the line's kubectl command creates (what `setting` should then name). */
  secretName: string;
  /** The chart's line for it, filled in. */
  line: string;
}

const SETTINGS: PendingSecret['setting'][] = [
  'aeterna.kms.local.existingSecret',
  'auth.plugin.jwtSecret.existingSecret',
  'postgresql.auth.existingSecret',
];

function defineBody(src: string, name: string): string {
  const start = src.indexOf(`{{- define "${name}" -}}`);
  if (start < 0) throw new Error(`templates/_generated-secrets.tpl has no define "${name}"`);
  const end = src.indexOf('{{- define ', start + 1);
  return src.slice(start, end < 0 ? undefined : end);
}

/** Reads the refusal's words out of templates/_generated-secrets.tpl; throws when the template no longer has them. */
export function parseGeneratedSecretsTemplate(src: string): GeneratedSecretsText {
  const pending = defineBody(src, 'aeterna.generatedSecrets.pending');
  const lines = {} as GeneratedSecretsText['lines'];
  for (const line of pending.split('\n').filter((l) => l.startsWith('- the '))) {
    const setting = SETTINGS.find((s) => line.includes(`and set ${s}=`));
    if (!setting) throw new Error(`a line of aeterna.generatedSecrets.pending names no known setting: ${line}`);
    lines[setting] = line;
  }
  for (const s of SETTINGS) if (!lines[s]) throw new Error(`aeterna.generatedSecrets.pending has no line for ${s}`);
  const check = defineBody(src, 'aeterna.generatedSecrets.check');
  const fail = /fail \(printf ("(?:[^"\\]|\\.)*") \$pending \.Release\.Namespace\)/.exec(check);
  if (!fail) throw new Error('aeterna.generatedSecrets.check has no fail (printf "..." $pending .Release.Namespace)');
  return { lines, message: JSON.parse(fail[1]!) as string };
}

/** Go's `trunc 63 | trimSuffix "-"`. */
function dnsName(s: string): string {
  const t = s.slice(0, 63);
  return t.endsWith('-') ? t.slice(0, -1) : t;
}

function text(values: JsonObject, path: string): string {
  const v = getIn(values, path.split('.'));
  return v === undefined || v === null || v === false ? '' : String(v);
}

/** `aeterna.fullname` of templates/_names.tpl. */
function fullname(values: JsonObject, release: string): string {
  const override = text(values, 'fullnameOverride');
  if (override) return dnsName(override);
  const name = text(values, 'nameOverride') || 'aeterna';
  return dnsName(release.includes(name) ? release : `${release}-${name}`);
}

interface Scope {
  values: JsonObject;
  release: string;
  namespace: string;
  /** `$name` of the line. */
  name: string;
}

/** Fills the template actions a line uses; an action this does not know is an error, so chart edits are noticed. */
function fill(line: string, scope: Scope): string {
  const helpers: Record<string, () => string> = {
    'aeterna.auth.jwtSecretName': () =>
      text(scope.values, 'auth.plugin.jwtSecret.existingSecret') || dnsName(`${fullname(scope.values, scope.release)}-auth`),
    'aeterna.postgresql.generatedSecretName': () => dnsName(`${scope.release}-aeterna-postgresql`),
  };
  return line.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (whole, action: string) => {
    if (action === '$name') return scope.name;
    if (action === '$ns') return scope.namespace;
    const value = /^\.Values\.([A-Za-z0-9_.]+)$/.exec(action);
    if (value) return text(scope.values, value[1]!);
    const include = /^include "([^"]+)" \.$/.exec(action);
    const helper = include ? helpers[include[1]!] : undefined;
    if (helper) return helper();
    throw new Error(`unknown template action in the chart's refusal: ${whole}`);
  });
}

/**
 * The Secrets the chart would generate, and so refuses to, in a render without the cluster, for the effective
 * values (coalesced over the chart's defaults); the same conditions as `aeterna.generatedSecrets.pending`.
 */
export function pendingGeneratedSecrets(
  tpl: GeneratedSecretsText,
  effective: JsonObject,
  release: string,
  namespace: string,
): PendingSecret[] {
  const v = (path: string) => text(effective, path);
  const out: PendingSecret[] = [];
  const add = (setting: PendingSecret['setting'], name: string) =>
    out.push({ setting, secretName: name, line: fill(tpl.lines[setting], { values: effective, release, namespace, name }) });
  const full = fullname(effective, release);
  if (v('aeterna.kms.provider') !== 'aws' && !v('aeterna.kms.local.existingSecret')) {
    add('aeterna.kms.local.existingSecret', dnsName(`${full}-kms`));
  }
  if (v('auth.mode') === 'plugin' && !v('auth.plugin.jwtSecret.existingSecret')) {
    add('auth.plugin.jwtSecret.existingSecret', dnsName(`${full}-signing-key`));
  }
  // `tpl` of postgresql.auth.existingSecret: its default is "{{ .Release.Name }}-aeterna-postgresql".
  const existing = v('postgresql.auth.existingSecret').replace(/\{\{-?\s*\.Release\.Name\s*-?\}\}/g, release);
  if (getIn(effective, ['postgresql', 'enabled']) !== false && existing === dnsName(`${release}-aeterna-postgresql`)) {
    const username = v('postgresql.auth.username') || 'postgres';
    const admin = v('postgresql.auth.postgresPassword') || (username === 'postgres' ? v('postgresql.auth.password') : '');
    if (!(v('postgresql.auth.password') && admin)) add('postgresql.auth.existingSecret', dnsName(`${release}-postgresql-credentials`));
  }
  return out;
}

/** Go's `printf` of the refusal: each `%s` in turn (the list of lines, then the namespace); `%%` is `%`. */
export function refusalMessage(tpl: GeneratedSecretsText, pending: PendingSecret[], namespace: string): string {
  const args = [pending.map((p) => p.line).join('\n'), namespace];
  return tpl.message.replace(/%%|%s/g, (verb) => (verb === '%%' ? '%' : (args.shift() ?? '%!s(MISSING)')));
}

/**
 * The values as written with each pending setting naming the Secret its line's command creates: what the user ends
 * up with after following the refusal (the docs show the Argo CD export of a preset this way).
 */
export function withExistingSecretsNamed(values: JsonObject, pending: PendingSecret[]): JsonObject {
  return pending.reduce((v, p) => setIn(v, p.setting.split('.'), p.secretName), values);
}
