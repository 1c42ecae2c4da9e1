/**
 * The image list (lib/images/collect.ts) against `helm template` (Helm 4, stand-ins that pull the real charts'
 * images through the real keys), for the chart defaults, every preset and the 8 bundled/external combinations; and
 * the private-registry rewrite (lib/images/private-registry.ts): the rewritten values render, every image they pull
 * is under the private registry, at the place the copy script puts it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { imagesOfManifests, manifestsOfTemplateOutput } from '../../lib/images/collect';
import { formatImageReference, parseImageReference } from '../../lib/images/reference';
import { IMAGE_VALUES, mergeValues, mirrorCopies, privateRegistryValues } from '../../lib/images/private-registry';
import type { JsonObject } from '../../lib/values/coalesce';
import { chartCopyWithStandIns, CHART_DIR, mapLimit, removeChartCopy } from '../support/chart-copy';
import { templateRaw } from '../support/render';
import { DEPENDENCY_SCENARIOS, PRESET_SCENARIOS } from '../support/scenarios';

const REGISTRY = 'mirror.example.internal:5000/offline';
let dir: string;
let defaults: JsonObject;

beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
  defaults = parse(await readFile(path.join(CHART_DIR, 'values.yaml'), 'utf8')) as JsonObject;
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

interface Case {
  name: string;
  /** The user's values, as one object (a preset file's content, or the scenario's values). */
  values: JsonObject;
  /** A preset is rendered from its file (YAML 1.1 as Helm reads it), not from the object. */
  valuesFiles?: string[];
}

/** Backups of the database and the knowledge repository to S3: the pg_dump, git and AWS CLI images. */
const BACKUP_TO_S3: JsonObject = {
  enabled: true,
  destination: { type: 's3', s3: { bucket: 'aeterna-backups', region: 'eu-west-1', existingSecret: 'bucket-key' } },
};

/**
 * Everything that adds an image switched on: metrics, volume permissions, sysctl, replicas, Qdrant's init container,
 * the backups.
 */
const EVERY_IMAGE: JsonObject = {
  redis: { architecture: 'replication', metrics: { enabled: true }, volumePermissions: { enabled: true }, sysctl: { enabled: true } },
  postgresql: { architecture: 'replication', metrics: { enabled: true }, volumePermissions: { enabled: true } },
  qdrant: { enabled: true, updateVolumeFsOwnership: true },
  backup: BACKUP_TO_S3,
};

async function cases(): Promise<Case[]> {
  const presets = await Promise.all(
    PRESET_SCENARIOS.map(async (s) => ({
      name: s.name,
      valuesFiles: s.valuesFiles,
      values: parse(await readFile(path.join(CHART_DIR, s.valuesFiles![0]!), 'utf8')) as JsonObject,
    })),
  );
  return [
    { name: 'chart defaults', values: {} },
    ...presets,
    ...DEPENDENCY_SCENARIOS.map((s) => ({ name: s.name, values: s.values as JsonObject })),
    { name: 'every optional image', values: EVERY_IMAGE },
  ];
}

/** Renders a case (or plain values), with `over` merged over it as a later values file. */
async function renderImages(c: Case | JsonObject, over?: JsonObject) {
  const base = 'name' in c && typeof c.name === 'string' ? (c as Case) : { name: '', values: c as JsonObject };
  const r = base.valuesFiles
    ? await templateRaw(dir, { valuesFiles: base.valuesFiles, values: over })
    : await templateRaw(dir, { values: over ? mergeValues(base.values, over) : base.values });
  if (r.code !== 0) throw new Error(`helm template failed:\n${r.stderr}`);
  return { output: r.stdout, ...imagesOfManifests(manifestsOfTemplateOutput(r.stdout)) };
}

/** The `image:` lines of helm's output, read without the collector: what the list must hold. */
function imageLines(output: string): string[] {
  return [...output.matchAll(/^\s*(?:- )?image: "?([^"\s]+)"?\s*$/gm)].map((m) => m[1]!);
}

describe('the image list', () => {
  it('holds exactly the images of helm template, with a use for each image line, in every preset and combination', async () => {
    const all = await cases();
    expect(all.length).toBe(1 + PRESET_SCENARIOS.length + 8 + 1);
    const problems = (
      await mapLimit(all, 2, async (c) => {
        const { output, images, problems: bad } = await renderImages(c);
        const lines = imageLines(output);
        const expected = [...new Set(lines.map((l) => formatImageReference(parseImageReference(l))))].sort();
        const out: string[] = [];
        if (bad.length) out.push(`${c.name}: ${JSON.stringify(bad)}`);
        if (JSON.stringify(images.map((i) => i.reference).sort()) !== JSON.stringify(expected)) {
          out.push(`${c.name}: listed ${images.map((i) => i.reference).join(', ')}; helm template pulls ${expected.join(', ')}`);
        }
        const uses = images.reduce((n, i) => n + i.usedBy.length, 0);
        if (uses !== lines.length) out.push(`${c.name}: ${uses} container uses listed, ${lines.length} image lines rendered`);
        return out;
      })
    ).flat();
    expect(problems).toEqual([]);
  });

  it('names the workload, the container list and the hook of each use', async () => {
    const { images } = await renderImages({ qdrant: { enabled: true } });
    const curl = images.find((i) => i.ref.repository === 'curlimages/curl')!;
    expect(curl.usedBy).toContainEqual(
      expect.objectContaining({ kind: 'Pod', name: 'rel-aeterna-test-ready', hook: 'test', list: 'containers', container: 'ready' }),
    );
    const pg = images.find((i) => i.ref.repository === 'bitnamilegacy/postgresql')!;
    expect(pg.usedBy).toContainEqual(
      expect.objectContaining({ kind: 'Deployment', name: 'rel-aeterna', list: 'initContainers', container: 'wait-for-dependencies' }),
    );
    expect(pg.usedBy).toContainEqual(
      expect.objectContaining({
        kind: 'StatefulSet',
        name: 'rel-postgresql',
        source: 'aeterna/charts/postgresql/templates/statefulsets.yaml',
      }),
    );
    expect(images.map((i) => i.reference)).toContain('registry.suse.com/bci/bci-base:latest');
  });
});

describe('the private-registry rewrite', () => {
  it('renders every preset and combination with only images under the private registry, where the copy script puts them', async () => {
    const problems = (
      await mapLimit(await cases(), 2, async (c) => {
        const before = await renderImages(c);
        let after;
        try {
          after = await renderImages(c, privateRegistryValues(c.values, defaults, REGISTRY));
        } catch (e) {
          return [`${c.name}: ${String(e)}`];
        }
        const out: string[] = [];
        const outside = after.images.filter((i) => !`${i.ref.registry}/${i.ref.repository}`.startsWith(`${REGISTRY}/`));
        if (outside.length) out.push(`${c.name}: not under ${REGISTRY}: ${outside.map((i) => i.reference).join(', ')}`);
        const targets = mirrorCopies(before.images, REGISTRY).copies.map((x) => x.to);
        const pulled = after.images.map((i) => formatImageReference(i.ref).replace(/:[^:/@]+@/, '@'));
        if (JSON.stringify([...new Set(targets)].sort()) !== JSON.stringify([...new Set(pulled)].sort())) {
          out.push(`${c.name}: copies go to ${targets.join(', ')}; the rewritten values pull ${pulled.join(', ')}`);
        }
        return out;
      })
    ).flat();
    expect(problems).toEqual([]);
  });

  it('keeps digests and moves images whose repository names a registry of its own', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const user: JsonObject = {
      image: { digest },
      tests: { curlImage: { registry: '', repository: 'quay.io/curl/curl', tag: '8.11.1' } },
      qdrant: { enabled: true, chartTests: { dbInteraction: { image: 'bash' } } },
    };
    const before = await renderImages(user);
    expect(before.images.map((i) => i.reference)).toEqual(
      expect.arrayContaining([`ghcr.io/kikokikok/aeterna@${digest}`, 'quay.io/curl/curl:8.11.1', 'docker.io/library/bash']),
    );
    const after = await renderImages(user, privateRegistryValues(user, defaults, REGISTRY));
    expect(after.images.map((i) => i.reference)).toEqual(
      expect.arrayContaining([
        `mirror.example.internal:5000/offline/kikokikok/aeterna@${digest}`,
        'mirror.example.internal:5000/offline/curl/curl:8.11.1',
        'mirror.example.internal:5000/offline/library/bash',
      ]),
    );
  });

  it('the chart’s own images follow global.imageRegistry, which wins over their registry; Qdrant’s chart does not read it', async () => {
    const { images } = await renderImages({
      global: { imageRegistry: 'registry.example.com', security: { allowInsecureImages: true } },
      image: { registry: 'quay.io' },
      qdrant: { enabled: true },
      backup: BACKUP_TO_S3,
    });
    const registries = Object.fromEntries(images.map((i) => [i.ref.repository, i.ref.registry]));
    expect(registries).toEqual({
      'kikokikok/aeterna': 'registry.example.com',
      'bitnamilegacy/postgresql': 'registry.example.com',
      'bitnamilegacy/redis': 'registry.example.com',
      'curlimages/curl': 'registry.example.com',
      'alpine/git': 'registry.example.com',
      'amazon/aws-cli': 'registry.example.com',
      'qdrant/qdrant': 'docker.io',
      'bci/bci-base': 'registry.suse.com',
    });
  });

  it('without allowInsecureImages, the Bitnami charts refuse the registry in their own words', async () => {
    const r = await templateRaw(dir, { values: { global: { imageRegistry: 'registry.example.com' } } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('⚠ ERROR: Original containers have been substituted for unrecognized ones.');
    expect(r.stderr).toContain('  - registry.example.com/bitnamilegacy/redis:8.2.1-debian-12-r0');
    expect(r.stderr).toContain("setting the global parameter 'global.security.allowInsecureImages' to true");
  });

  it('lists every image value of values.yaml (a new image key must be added to IMAGE_VALUES)', () => {
    const found: string[] = [];
    const walk = (v: unknown, p: string[]) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return;
      const o = v as JsonObject;
      if ('repository' in o) found.push(p.join('.'));
      for (const [k, x] of Object.entries(o)) {
        if (k === 'image' && typeof x === 'string') found.push([...p, k].join('.'));
        walk(x, [...p, k]);
      }
    };
    walk(defaults, []);
    const known = IMAGE_VALUES.map((i) => i.path.join('.'));
    expect(found.filter((f) => !known.includes(f))).toEqual([]);
  });
});
