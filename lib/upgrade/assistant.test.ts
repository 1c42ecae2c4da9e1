import { describe, expect, it } from 'vitest';
import schema from '@/charts/aeterna/values.schema.json';
import earlierDefaults from '@/lib/upgrade/generated/earlier-defaults.json';
import { valuesYamlText } from '@/lib/chart/files';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import { ALIAS_BOMB, parseValuesYaml } from '@/lib/values/yaml-document';
import { carryValuesFile, earlierVersions, MAX_VALUES_FILE_BYTES, writtenFor } from './assistant';
import { versionHistory } from './history';

const parsed = parseValuesYaml(valuesYamlText());
const ctx = {
  history: versionHistory,
  earlierDefaults: earlierDefaults as Record<string, JsonObject>,
  defaults: parsed.ok ? parsed.values : {},
  schema: schema as JsonSchema,
};

describe('the upgrade assistant', () => {
  it('offers every earlier version and reads the one a downloaded file names', () => {
    expect(earlierVersions(versionHistory)).toEqual(['0.1.0']);
    expect(writtenFor('# Values for the aeterna chart 0.1.0 (Aeterna 0.8.0-rc.12), from the configurator.\n{}\n', versionHistory)).toBe(
      '0.1.0',
    );
    expect(writtenFor('# Values for the aeterna chart 9.9.9 (x)\n', versionHistory)).toBeNull();
  });

  it('carries a 0.1.0 file to the version on this site, with the header of the new version', () => {
    const r = carryValuesFile('aeterna:\n  logFormat: text\n  authBackend: cedar\n', '0.1.0', ctx);
    if (!r.ok) throw new Error(r.message);
    expect(r.migration.removed.map((x) => x.path.join('.'))).toEqual(['aeterna.logFormat']);
    expect(r.text).toBe(
      '# Values for the aeterna chart 0.2.0 (Aeterna 0.8.0-rc.12), from the configurator.\nauth:\n  authorization:\n    backend: cedar\n',
    );
  });

  it('says why it cannot read a file, and never throws', () => {
    expect(carryValuesFile('a: [1,\n', '0.1.0', ctx)).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is not valid YAML \(line \d+, column \d+\): /),
    });
    expect(carryValuesFile('- a\n', '0.1.0', ctx)).toEqual({
      ok: false,
      message: expect.stringContaining('A values file must be a mapping'),
    });
    expect(carryValuesFile('x'.repeat(MAX_VALUES_FILE_BYTES + 1), '0.1.0', ctx)).toEqual({
      ok: false,
      message: 'This file is 1.0 MB; a values file is at most 1 MB here. Paste the values file itself, not a rendered manifest or a log.',
    });
    expect(carryValuesFile('{}', '0.2.0', ctx)).toEqual({
      ok: false,
      message: 'This file is already for chart 0.2.0: open it in the configurator as it is.',
    });
    expect(carryValuesFile('{}', '0.0.1', ctx)).toEqual({
      ok: false,
      message: 'Chart version 0.0.1 is not one this site can carry forward (known: 0.1.0).',
    });
  });

  it('survives an alias bomb as a refusal, not a crash', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`),
    ].join('\n');
    expect(carryValuesFile(bomb, '0.1.0', ctx)).toEqual({ ok: false, message: ALIAS_BOMB });
  });
});
