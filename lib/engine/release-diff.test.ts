import { describe, expect, it } from 'vitest';
import { releaseDiff, releaseDiffSummary, type RenderedObject } from './release-diff';

const obj = (kind: string, name: string, content: string, source = `aeterna/templates/${kind.toLowerCase()}.yaml`): RenderedObject => ({
  kind,
  name,
  content,
  source,
  hook: false,
});

describe('releaseDiff', () => {
  it('tells added, removed, changed and unchanged objects apart by kind and name', () => {
    const before = [
      obj('Deployment', 'a', 'replicas: 1\nimage: v1'),
      obj('Service', 'a', 'port: 80'),
      obj('Secret', 'q', 'k: v', 'aeterna/charts/qdrant/templates/s.yaml'),
    ];
    const after = [
      obj('Deployment', 'a', 'replicas: 1\nimage: v2'),
      obj('Service', 'a', 'port: 80'),
      obj('PersistentVolumeClaim', 'a-data', 'size: 1Gi'),
    ];
    const d = releaseDiff(before, after);
    expect(d.added.map((o) => `${o.kind}/${o.name}`)).toEqual(['PersistentVolumeClaim/a-data']);
    expect(d.removed.map((o) => `${o.kind}/${o.name}`)).toEqual(['Secret/q']);
    expect(d.changed.map((c) => [c.after.name, c.lines])).toEqual([
      [
        'a',
        [
          { op: '-', text: 'image: v1' },
          { op: '+', text: 'image: v2' },
        ],
      ],
    ]);
    expect(d.unchanged).toBe(1);
    expect(releaseDiffSummary(d)).toBe('1 added, 1 removed, 1 changed, 0 renamed, 1 unchanged');
  });

  it('shows a new name from the same template as a rename', () => {
    const d = releaseDiff([obj('ConfigMap', 'old-name', 'a: 1')], [obj('ConfigMap', 'new-name', 'a: 1')]);
    expect(d.renamed.map((r) => [r.before.name, r.after.name])).toEqual([['old-name', 'new-name']]);
    expect([d.added, d.removed]).toEqual([[], []]);
  });

  it('does not count values the chart generates on every render', () => {
    const d = releaseDiff(
      [obj('Secret', 's', '  password: "c2VjcmV0c2VjcmV0c2VjcmV0MQ=="')],
      [obj('Secret', 's', '  password: "b3RoZXJvdGhlcm90aGVyb3RoZXI="')],
    );
    expect(d.changed).toEqual([]);
    expect(d.unchanged).toBe(1);
  });
});
