/**
 * Earlier chart versions, rebuilt from git at the commit version-history.json records for each: their files as
 * they were released. Server-side (git); scripts and tests use it, the site gets the generated data.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHART_DIR } from '@/lib/chart/files';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import type { VersionEntry } from './version-history';

/** The chart folder as git knows it (charts/aeterna), relative to the repository's root. */
const CHART_IN_REPO = 'charts/aeterna';

function git(args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): string | Buffer {
  const r = spawnSync('git', args, {
    cwd: path.dirname(path.dirname(CHART_DIR)),
    encoding: encoding === 'utf8' ? 'utf8' : undefined,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const err = r.stderr?.toString().trim() ?? '';
    throw new Error(
      `git ${args.join(' ')} failed: ${err}\nEarlier chart versions are rebuilt from the commits version-history.json records; a shallow clone lacks them: run git fetch --unshallow.`,
    );
  }
  return r.stdout;
}

function released(entry: VersionEntry): string {
  if (!entry.commit)
    throw new Error(`chart version ${entry.version} has no release commit in version-history.json (it is the one being prepared)`);
  return entry.commit;
}

/** A file of the chart at the version's release commit, as text. */
export function chartFileAt(entry: VersionEntry, relative: string): string {
  return git(['show', `${released(entry)}:${CHART_IN_REPO}/${relative}`]) as string;
}

/** The chart's file names at the version's release commit (relative to the chart folder). */
function chartFilesAt(entry: VersionEntry): string[] {
  const out = git(['ls-tree', '-r', '--name-only', released(entry), `${CHART_IN_REPO}/`]) as string;
  return out
    .split('\n')
    .filter(Boolean)
    .map((f) => f.slice(CHART_IN_REPO.length + 1));
}

export function defaultsAt(entry: VersionEntry): JsonObject {
  const parsed = parseValuesYaml(chartFileAt(entry, 'values.yaml'));
  if (!parsed.ok) throw new Error(`values.yaml of chart ${entry.version} does not parse: ${parsed.problems[0]!.message}`);
  return parsed.values;
}

export function schemaAt(entry: VersionEntry): JsonSchema {
  return JSON.parse(chartFileAt(entry, 'values.schema.json')) as JsonSchema;
}

/** The presets (values-<name>.yaml) the version shipped. */
export function presetsAt(entry: VersionEntry): { file: string; text: string }[] {
  return chartFilesAt(entry)
    .filter((f) => /^values-[a-z0-9-]+\.yaml$/.test(f))
    .sort()
    .map((file) => ({ file, text: chartFileAt(entry, file) }));
}

/** Writes the chart folder of an earlier version into a new temporary directory; returns the chart's path. */
export async function checkOutChart(entry: VersionEntry, into?: string): Promise<string> {
  const base = into ?? (await mkdtemp(path.join(os.tmpdir(), `aeterna-${entry.version}-`)));
  const dir = path.join(base, 'aeterna');
  await mkdir(dir, { recursive: true });
  for (const f of chartFilesAt(entry)) {
    const target = path.join(dir, f);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, git(['show', `${released(entry)}:${CHART_IN_REPO}/${f}`], 'buffer') as Buffer);
  }
  return dir;
}
