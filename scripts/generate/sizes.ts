/**
 * Writes charts/aeterna/sizes/<size>.yaml from sizes.json (lib/chart/sizes.ts): the values file that gives one size to
 * every workload, the bundled dependencies included.
 *
 *   npx tsx scripts/generate/sizes.ts          # write
 *   npx tsx scripts/generate/sizes.ts --check  # exit 1 when a generated file is stale
 */
import { generatedSizeFiles } from '@/lib/chart/sizes-files';
import { writeGeneratedFiles } from './write-generated';

writeGeneratedFiles(generatedSizeFiles(), 'npx tsx scripts/generate/sizes.ts');
