/**
 * charts/aeterna/version-history.json as data: what a values file needs from one chart version to the next.
 * The file is hand-written; this module checks its shape (a broken entry fails with the entry named) and
 * answers the questions every reader asks: which versions lie between two, in which order.
 */
import type { Json } from '@/lib/values/coalesce';

interface Rename {
  from: string;
  to: string;
  /** Old value (as its YAML text, e.g. "permissive" or "") → new value. */
  values?: Record<string, Json>;
  /** The new value for any old value `values` does not list; without it such values are carried as they are. */
  otherwise?: Json;
  why: string;
}

interface Retype {
  path: string;
  values: Record<string, Json>;
  why: string;
}

interface Removal {
  path: string;
  why: string;
  instead: string;
}

type UpgradeStepKind = 'hook' | 'secret' | 'volume' | 'data' | 'downtime' | 'note';

export interface UpgradeStep {
  kind: UpgradeStepKind;
  text: string;
}

interface ArtifactHubChange {
  kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';
  description: string;
}

export interface VersionEntry {
  version: string;
  appVersion: string;
  /** The commit the version was released from; null for the version being prepared (Chart.yaml's). */
  commit: string | null;
  renamed: Rename[];
  retyped: Retype[];
  removed: Removal[];
  /** Rules (validation-rules.json ids) this version introduced: values it accepted before and refuses now. */
  required: string[];
  upgrade: UpgradeStep[];
  changes: ArtifactHubChange[];
}

export interface VersionHistory {
  versions: VersionEntry[];
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/** Semantic-version order (pre-releases before their release); throws on a version that is not one. */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) throw new Error(`not a chart version: ${pa ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  if (pa[4] === pb[4]) return 0;
  if (!pa[4]) return 1;
  if (!pb[4]) return -1;
  return pa[4] < pb[4] ? -1 : 1;
}

const STEP_KINDS: readonly string[] = ['hook', 'secret', 'volume', 'data', 'downtime', 'note'];
const CHANGE_KINDS: readonly string[] = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'];

function fail(where: string, what: string): never {
  throw new Error(`version-history.json: ${where}: ${what}`);
}

function strings(v: unknown, where: string, fields: string[]): void {
  for (const f of fields) {
    const x = (v as Record<string, unknown>)[f];
    if (typeof x !== 'string' || x === '') fail(where, `"${f}" must be a non-empty string`);
  }
}

/** The file's content, checked: newest version first, each entry complete. */
export function parseVersionHistory(data: unknown): VersionHistory {
  const versions = (data as { versions?: unknown })?.versions;
  if (!Array.isArray(versions) || versions.length === 0) fail('top level', '"versions" must be a non-empty list');
  const out: VersionEntry[] = [];
  versions.forEach((raw: unknown, i) => {
    const e = raw as VersionEntry;
    const where = `versions[${i}]${typeof e?.version === 'string' ? ` (${e.version})` : ''}`;
    if (typeof e?.version !== 'string' || !SEMVER.test(e.version)) fail(where, '"version" must be a chart version such as 0.2.0');
    strings(e, where, ['appVersion']);
    if (e.commit !== null && !(typeof e.commit === 'string' && /^[0-9a-f]{40}$/.test(e.commit))) {
      fail(where, '"commit" must be the full 40-character commit id it was released from, or null for the unreleased version');
    }
    for (const list of ['renamed', 'retyped', 'removed', 'required', 'upgrade', 'changes'] as const) {
      if (!Array.isArray(e[list])) fail(where, `"${list}" must be a list (empty when there is nothing)`);
    }
    e.renamed.forEach((r, j) => strings(r, `${where}.renamed[${j}]`, ['from', 'to', 'why']));
    e.retyped.forEach((r, j) => strings(r, `${where}.retyped[${j}]`, ['path', 'why']));
    e.removed.forEach((r, j) => strings(r, `${where}.removed[${j}]`, ['path', 'why', 'instead']));
    e.upgrade.forEach((s, j) => {
      strings(s, `${where}.upgrade[${j}]`, ['text']);
      if (!STEP_KINDS.includes(s.kind)) fail(`${where}.upgrade[${j}]`, `"kind" must be one of ${STEP_KINDS.join(', ')}`);
    });
    e.changes.forEach((c, j) => {
      strings(c, `${where}.changes[${j}]`, ['description']);
      if (!CHANGE_KINDS.includes(c.kind)) fail(`${where}.changes[${j}]`, `"kind" must be one of ${CHANGE_KINDS.join(', ')}`);
    });
    const prev = out[out.length - 1];
    if (prev && compareVersions(prev.version, e.version) <= 0)
      fail(where, `versions must be listed newest first (${e.version} comes after ${prev.version})`);
    if (i > 0 && e.commit === null) fail(where, 'only the newest version may have no commit: every earlier one was released');
    out.push(e);
  });
  return { versions: out };
}

function entryOf(history: VersionHistory, version: string): VersionEntry {
  const e = history.versions.find((v) => v.version === version);
  if (!e)
    throw new Error(
      `chart version ${version} is not in version-history.json (known: ${history.versions.map((v) => v.version).join(', ')})`,
    );
  return e;
}

/** The versions an upgrade from `from` to `to` passes through (after `from`, up to and including `to`), oldest first. */
export function stepsBetween(history: VersionHistory, from: string, to: string): VersionEntry[] {
  entryOf(history, from);
  entryOf(history, to);
  return history.versions.filter((v) => compareVersions(v.version, from) > 0 && compareVersions(v.version, to) <= 0).reverse();
}
