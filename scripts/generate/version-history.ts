/**
 * Writes what charts/aeterna/version-history.json decides: UPGRADING.md's generated blocks, Chart.yaml's
 * artifacthub.io/changes, and the earlier versions' defaults for the configurator's upgrade assistant
 * (lib/upgrade/history-files.ts). Earlier versions are read from git at their release commits.
 *
 *   npx tsx scripts/generate/version-history.ts          # write
 *   npx tsx scripts/generate/version-history.ts --check  # exit 1 when a generated file is stale
 */
import { generatedHistoryFiles } from '@/lib/upgrade/history-files';
import { writeGeneratedFiles } from './write-generated';

let files: { file: string; text: string }[];
try {
  files = generatedHistoryFiles();
} catch (err) {
  // Without git history (a tarball, a shallow clone) the committed files stand; the tests insist on the check.
  if (process.argv.includes('--check')) throw err;
  console.warn(`[version-history] kept the committed files: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(0);
}
writeGeneratedFiles(files, 'npx tsx scripts/generate/version-history.ts');
