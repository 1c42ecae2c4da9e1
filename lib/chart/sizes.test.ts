/**
 * The sizes table as the library reads it: the values a size file sets, the figures shown per preset, refusals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatedSizeFiles } from './sizes-files';
import { SIZES, sizeFiguresFor, sizeValues } from './sizes';

describe('sizes', () => {
  it('gives the chart workloads their preset by name and the bundled dependencies explicit resources', () => {
    const large = SIZES.find((s) => s.id === 'large')!;
    expect(sizeValues('large')).toEqual({
      resourcesPreset: 'large',
      migrations: { resourcesPreset: 'large' },
      redis: { master: { resources: large.resources.redis } },
      postgresql: { primary: { resources: large.resources.postgresql } },
      qdrant: { resources: large.resources.qdrant },
    });
  });

  it('refuses a size the chart does not have, naming those it has', () => {
    expect(() => sizeValues('huge')).toThrow('Unknown size "huge": the chart\'s sizes are small, medium, large.');
  });

  it('shows the figures of every size for the two presets, and nothing for other values', () => {
    expect(sizeFiguresFor('resourcesPreset')).toEqual([
      { size: 'small', text: '100m CPU, 256Mi memory requested; memory limit 1Gi, no CPU limit' },
      { size: 'medium', text: '500m CPU, 512Mi memory requested; memory limit 2Gi, no CPU limit' },
      { size: 'large', text: '1 CPU, 2Gi memory requested; memory limit 4Gi, no CPU limit' },
    ]);
    expect(sizeFiguresFor('migrations.resourcesPreset')?.[0]?.text).toBe(
      '50m CPU, 64Mi memory requested; memory limit 256Mi, no CPU limit',
    );
    expect(sizeFiguresFor('resources')).toBeNull();
  });

  it.each(generatedSizeFiles().map((f) => [f.file, f.text] as const))('%s is current (else run: npm run generate:site)', (file, text) => {
    const current = readFileSync(file, 'utf8');
    expect(current === text, `${file} is stale`).toBe(true);
    // And it is the values, not only the same text: a hand edit of the generator's output format would show here.
    expect(parse(current)).toEqual(sizeValues(file.replace(/.*\/(\w+)\.yaml$/, '$1')));
  });
});
