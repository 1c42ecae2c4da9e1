import { mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { toolPath } from '@/lib/tools/bin';
import { run } from '@/lib/tools/run';

/** Source folders of the stand-in subcharts (same names and versions as Chart.lock; test use only). */
export const STANDINS_DIR = path.resolve(process.cwd(), 'test', 'fixtures', 'subcharts');

/**
 * Packages every stand-in subchart into outDir with the real helm and returns the archive paths. The result is
 * what AETERNA_SUBCHARTS_DIR expects: a folder of subchart archives to place in the chart's charts/.
 */
export async function packStandInSubcharts(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const archives: string[] = [];
  for (const name of (await readdir(STANDINS_DIR)).sort()) {
    if (!existsSync(path.join(STANDINS_DIR, name, 'Chart.yaml'))) continue;
    const res = await run(toolPath('helm'), ['package', path.join(STANDINS_DIR, name), '--destination', outDir]);
    if (res.code !== 0) throw new Error(`helm package ${name} failed:\n${res.stderr}`);
    const m = /saved it to: (.+\.tgz)/.exec(res.stdout);
    if (m?.[1]) archives.push(m[1].trim());
  }
  return archives;
}
