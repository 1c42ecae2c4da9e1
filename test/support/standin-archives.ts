import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { packagedArchivePath } from '../../lib/helm-repo/package-chart';
import { STAND_INS_DIR, helm } from './chart-copy';

/**
 * Packages every stand-in subchart (test/fixtures/subcharts, same names and versions as Chart.lock) into outDir
 * and returns the archive paths: what AETERNA_SUBCHARTS_DIR expects, a folder of subchart archives to place in
 * the chart's charts/. chartCopyWithStandIns puts the same stand-ins into a chart copy instead.
 */
export async function packStandInSubcharts(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const dirs = (await readdir(STAND_INS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const archives: string[] = [];
  for (const name of dirs) {
    const { stdout } = await helm(['package', path.join(STAND_INS_DIR, name), '--destination', outDir]);
    archives.push(packagedArchivePath(stdout));
  }
  return archives;
}
