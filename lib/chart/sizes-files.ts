import path from 'node:path';
import { CHART_DIR } from './files';
import { SIZES, sizeValuesFile } from './sizes';

/** The chart's sizes/<size>.yaml files as they should read now (scripts/generate/sizes.ts writes them). */
export function generatedSizeFiles(chartDir = CHART_DIR): { file: string; text: string }[] {
  return SIZES.map((s) => ({ file: path.join(chartDir, 'sizes', `${s.id}.yaml`), text: sizeValuesFile(s.id) }));
}
