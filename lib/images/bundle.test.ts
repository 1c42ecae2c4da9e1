import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { readChartText } from '@/lib/chart/files';
import { bundleFiles, remoteRefs, type BundleInput } from './bundle';
import { zipBundle } from './zip';

const schemaText = readChartText('values.schema.json')!;
const input: BundleInput = {
  chart: { name: 'aeterna', version: '0.2.0' },
  archive: new Uint8Array([0x1f, 0x8b, 1, 2, 3]),
  provenance: null,
  values: 'global:\n  imageRegistry: r.example.com\n',
  schemaText,
  registry: 'r.example.com',
  copies: [],
  clashes: [],
};

describe('the offline bundle', () => {
  it('holds the archive, the values, the image list, the copy script and the schema; says plainly when there is no .prov', () => {
    const files = bundleFiles(input);
    expect(files.map((f) => f.path)).toEqual([
      'aeterna-0.2.0-offline/README.md',
      'aeterna-0.2.0-offline/aeterna-0.2.0.tgz',
      'aeterna-0.2.0-offline/values.yaml',
      'aeterna-0.2.0-offline/images.txt',
      'aeterna-0.2.0-offline/copy-images.sh',
      'aeterna-0.2.0-offline/values.schema.json',
    ]);
    const readme = strFromU8(files[0]!.content);
    expect(readme).toContain('There is **no provenance file**');
    expect(readme).toContain('helm upgrade --install aeterna ./aeterna-0.2.0.tgz --namespace aeterna --create-namespace -f values.yaml');
  });

  it('carries the .prov when the site serves one, and names clashing images', () => {
    const files = bundleFiles({ ...input, provenance: new Uint8Array([1]), clashes: [['quay.io/x/y:1', 'docker.io/x/y:1']] });
    expect(files.map((f) => f.path)).toContain('aeterna-0.2.0-offline/aeterna-0.2.0.tgz.prov');
    const readme = strFromU8(files[0]!.content);
    expect(readme).toContain('helm verify aeterna-0.2.0.tgz');
    expect(readme).toContain('- `quay.io/x/y:1` and `docker.io/x/y:1`');
  });

  it('refuses a schema that refers to another file', () => {
    expect(remoteRefs(JSON.parse(schemaText))).toEqual([]);
    expect(() =>
      bundleFiles({ ...input, schemaText: '{"properties":{"a":{"$ref":"https://example.com/s.json"}},"b":{"$ref":"#/x"}}' }),
    ).toThrow('values.schema.json refers to other files (https://example.com/s.json): an offline install cannot read them');
  });

  it('zips to an archive that opens to the same bytes, the script executable', () => {
    const files = bundleFiles(input);
    const zip = zipBundle(files);
    const opened = unzipSync(zip);
    expect(Object.keys(opened)).toEqual(files.map((f) => f.path));
    for (const f of files) expect(opened[f.path]).toEqual(f.content);
    expect(unixModes(zip)['aeterna-0.2.0-offline/copy-images.sh']).toBe(0o755);
    expect(unixModes(zip)['aeterna-0.2.0-offline/values.yaml']).toBe(0o644);
  });
});

/** name → unix permission bits, from the zip's central directory (external attributes, high 16 bits). */
function unixModes(zip: Uint8Array): Record<string, number> {
  const b = Buffer.from(zip);
  const modes: Record<string, number> = {};
  for (let at = b.indexOf('PK\x01\x02'); at >= 0; at = b.indexOf('PK\x01\x02', at + 4)) {
    const nameLength = b.readUInt16LE(at + 28);
    modes[b.toString('utf8', at + 46, at + 46 + nameLength)] = (b.readUInt32LE(at + 38) >>> 16) & 0o777;
  }
  return modes;
}
