/**
 * What the user pastes to describe their cluster: `kubectl version` (text, `-o json`, `-o yaml`; the pre-1.28
 * `version.Info{…}` text with its deprecation warning too) gives the Kubernetes version, `kubectl api-versions`
 * the APIs served. A paste is anything at all, of any size: it is measured before it is split or parsed, YAML
 * aliases are refused, and every refusal says what was expected.
 */
import { parse as parseYaml } from 'yaml';
import { MAX_KUBECTL_PASTE_CHARS } from '@/lib/values/input-limits';
import { isApiVersion, isKubernetesBuiltIn, normalizeApiVersions } from './api-versions';
import { kubeVersionOfGitVersion } from './kube-version';
import { withKnownKinds } from './presets';

export type KubectlOutput =
  | { ok: true; from: 'kubectl version'; kubeVersion: string }
  | { ok: true; from: 'kubectl api-versions'; apiVersions: string[]; listed: number }
  | { ok: false; message: string };

/** A line of the paste, quoted and cut short: it is shown back to the user, and may be anything. */
const quoted = (line: string) => JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);

export const PASTE_EMPTY = 'Paste what kubectl version or kubectl api-versions prints.';

export const PASTE_CLIENT_ONLY =
  'This output has the client’s version only (kubectl version --client, or kubectl could not reach the cluster): run kubectl version while connected to the cluster, and paste what it prints, Server Version included.';

export const PASTE_NOT_KUBECTL =
  'This is neither kubectl version output (Client Version: …, Server Version: …, or its -o json or -o yaml form) nor kubectl api-versions output (one group/version per line, such as apps/v1)';

const notKubectl = (line: string) => `${PASTE_NOT_KUBECTL}: it starts with ${quoted(line)}.`;

export const PASTE_BAD_JSON = 'The pasted text starts like JSON but does not parse: paste the whole output of kubectl version -o json.';

const pasteTooLarge = (chars: number) =>
  `The pasted text has ${chars.toLocaleString('en-US')} characters; kubectl version and kubectl api-versions print a few thousand. Paste only their output (at most ${MAX_KUBECTL_PASTE_CHARS.toLocaleString('en-US')} characters).`;

const pasteBadLine = (n: number, line: string) =>
  `Line ${n} is not an API version as kubectl api-versions prints them (group/version, such as apps/v1): ${quoted(line)}.`;

const pasteBadServerVersion = (v: string) =>
  `The server version ${quoted(v)} is not a Kubernetes version (vMAJOR.MINOR.PATCH, such as v1.31.2).`;

// kubectl prints these to stderr, which a terminal paste often includes: the version-skew warning, the 1.24–1.27
// deprecation notice ("WARNING: This version information is deprecated…").
const WARNING = /^\s*WARNING:/;

export function parseKubectlOutput(text: string): KubectlOutput {
  if (text.length > MAX_KUBECTL_PASTE_CHARS) return { ok: false, message: pasteTooLarge(text.length) };
  // Each kept line with its number in the paste, for the refusal that names one.
  const numbered = text
    .split(/\r?\n/)
    .map((raw, i) => ({ n: i + 1, raw, line: raw.trim() }))
    .filter(({ line }) => line !== '' && !WARNING.test(line));
  if (numbered.length === 0) return { ok: false, message: PASTE_EMPTY };
  const lines = numbered.map((l) => l.line);
  const first = lines[0]!;
  // The structured forms keep their indentation (YAML needs it).
  const kept = () => numbered.map((l) => l.raw).join('\n');
  if (first.startsWith('{')) return fromStructured(parseJson(kept()), first);
  if (/^(clientVersion|serverVersion|kustomizeVersion):/.test(first)) return fromStructured(parseYamlOutput(kept()), first);
  if (lines.some((l) => /^(Client|Server|Kustomize) Version:/.test(l))) return fromText(lines);
  return fromApiVersions(numbered);
}

type Structured = { ok: true; value: unknown } | { ok: false; message: string };

function parseJson(text: string): Structured {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: PASTE_BAD_JSON };
  }
}

function parseYamlOutput(text: string): Structured {
  try {
    // kubectl never writes aliases: refusing them all keeps an alias bomb from expanding.
    return { ok: true, value: parseYaml(text, { maxAliasCount: 0, uniqueKeys: false }) as unknown };
  } catch {
    return {
      ok: false,
      message: 'The pasted text starts like YAML but does not parse: paste the whole output of kubectl version -o yaml.',
    };
  }
}

/** `kubectl version -o json` / `-o yaml`: `{clientVersion: {gitVersion, …}, kustomizeVersion, serverVersion: {…}}`. */
function fromStructured(parsed: Structured, first: string): KubectlOutput {
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const field = (o: unknown, k: string): unknown =>
    typeof o === 'object' && o !== null && !Array.isArray(o) ? (o as Record<string, unknown>)[k] : undefined;
  const server = field(v, 'serverVersion');
  if (server === undefined) return { ok: false, message: field(v, 'clientVersion') !== undefined ? PASTE_CLIENT_ONLY : notKubectl(first) };
  const git = field(server, 'gitVersion');
  if (typeof git !== 'string') return { ok: false, message: pasteBadServerVersion(String(JSON.stringify(git ?? null))) };
  return fromGitVersion(git);
}

/** `Server Version: v1.29.4`, or before kubectl 1.28 `Server Version: version.Info{Major:"1", …, GitVersion:"v1.25.8", …}`. */
function fromText(lines: string[]): KubectlOutput {
  const server = lines.find((l) => l.startsWith('Server Version:'));
  if (!server) return { ok: false, message: PASTE_CLIENT_ONLY };
  const rest = server.slice('Server Version:'.length).trim();
  const info = /GitVersion:"([^"]*)"/.exec(rest);
  return fromGitVersion(rest.startsWith('version.Info{') ? (info?.[1] ?? rest) : rest);
}

function fromGitVersion(git: string): KubectlOutput {
  const kubeVersion = kubeVersionOfGitVersion(git);
  return kubeVersion ? { ok: true, from: 'kubectl version', kubeVersion } : { ok: false, message: pasteBadServerVersion(git) };
}

/** One group version per line; Kubernetes' own are left out (Helm lists them already), the known kinds added. */
function fromApiVersions(numbered: { n: number; line: string }[]): KubectlOutput {
  const bad = numbered.findIndex(({ line }) => !isApiVersion(line));
  if (bad === 0) return { ok: false, message: notKubectl(numbered[0]!.line) };
  if (bad > 0) return { ok: false, message: pasteBadLine(numbered[bad]!.n, numbered[bad]!.line) };
  const lines = numbered.map((l) => l.line);
  const apiVersions = withKnownKinds(normalizeApiVersions(lines.filter((l) => !isKubernetesBuiltIn(l))));
  return { ok: true, from: 'kubectl api-versions', apiVersions, listed: lines.length };
}
