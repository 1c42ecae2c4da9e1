/**
 * Chart.yaml, Chart.lock and the stand-ins agree: exact-pinned dependencies with `<name>.enabled` conditions, a lock
 * whose digest is the one Helm computes, stand-ins with the locked names and versions, Artifact Hub annotations that
 * parse, and Bitnami images that still pull (docker.io/bitnamilegacy, pinned tags).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_DIR, STAND_INS_DIR } from '../support/chart-copy';
import { KUBE_VERSIONS } from '../support/scenarios';

interface Dependency {
  name: string;
  version: string;
  repository: string;
  condition?: string;
}

async function yamlFile<T>(file: string): Promise<T> {
  return parse(await readFile(file, 'utf8')) as T;
}

describe('Chart.yaml and Chart.lock', () => {
  it('pin every dependency exactly, with a <name>.enabled condition, from the expected repositories', async () => {
    const chart = await yamlFile<{ apiVersion: string; kubeVersion: string; appVersion: string; dependencies: Dependency[] }>(
      path.join(CHART_DIR, 'Chart.yaml'),
    );
    expect(chart.apiVersion).toBe('v2');
    // The oldest Kubernetes version the scenarios render against is the floor the chart declares.
    expect(chart.kubeVersion).toBe(`>=${KUBE_VERSIONS[0]}-0`);
    expect(chart.appVersion).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(chart.dependencies.map((d) => [d.name, d.repository, d.condition])).toEqual([
      ['redis', 'oci://registry-1.docker.io/bitnamicharts', 'redis.enabled'],
      ['postgresql', 'oci://registry-1.docker.io/bitnamicharts', 'postgresql.enabled'],
      ['qdrant', 'https://qdrant.github.io/qdrant-helm', 'qdrant.enabled'],
    ]);
    for (const d of chart.dependencies) expect(d.version, d.name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('names its appVersion wherever values.yaml, the schema and the templates mention the Aeterna version', async () => {
    const { appVersion } = await yamlFile<{ appVersion: string }>(path.join(CHART_DIR, 'Chart.yaml'));
    const version = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.]*[0-9A-Za-z])?`;
    const mention = new RegExp(String.raw`Aeterna v?(${version})|\(v(${version})\)`, 'g');
    const mentions: string[] = [];
    for (const file of ['values.yaml', 'values.schema.json', 'templates/_validation.tpl', 'templates/NOTES.txt']) {
      const text = await readFile(path.join(CHART_DIR, file), 'utf8');
      for (const m of text.matchAll(mention)) mentions.push(`${file}: ${m[1] ?? m[2]}`);
    }
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.filter((m) => !m.endsWith(`: ${appVersion}`))).toEqual([]);
  });

  it('has a lock with the same versions and the digest Helm computes from Chart.yaml and the lock', async () => {
    const chart = await yamlFile<{ dependencies: Dependency[] }>(path.join(CHART_DIR, 'Chart.yaml'));
    const lock = await yamlFile<{ dependencies: Dependency[]; digest: string; generated: string }>(path.join(CHART_DIR, 'Chart.lock'));
    expect(lock.dependencies).toEqual(chart.dependencies.map(({ name, version, repository }) => ({ name, repository, version })));
    // Helm: sha256 of json.Marshal([2][]*chart.Dependency{requested, locked}); Go marshals struct fields in order
    // name, version, repository, condition (omitempty), ...
    const goDep = (d: Dependency): Record<string, string> => ({
      name: d.name,
      version: d.version,
      repository: d.repository,
      ...(d.condition ? { condition: d.condition } : {}),
    });
    const digest = createHash('sha256')
      .update(JSON.stringify([chart.dependencies.map(goDep), lock.dependencies.map(goDep)]))
      .digest('hex');
    expect(lock.digest).toBe(`sha256:${digest}`);
    expect(Number.isNaN(Date.parse(lock.generated))).toBe(false);
  });

  it('has stand-ins with the locked names and versions', async () => {
    const lock = await yamlFile<{ dependencies: Dependency[] }>(path.join(CHART_DIR, 'Chart.lock'));
    for (const d of lock.dependencies) {
      const standIn = await yamlFile<{ name: string; version: string }>(path.join(STAND_INS_DIR, d.name, 'Chart.yaml'));
      expect([standIn.name, standIn.version]).toEqual([d.name, d.version]);
    }
  });

  it('carries Artifact Hub annotations that parse, listing the image the chart deploys by default', async () => {
    const chart = await yamlFile<{ appVersion: string; annotations: Record<string, string> }>(path.join(CHART_DIR, 'Chart.yaml'));
    const { image } = await yamlFile<{ image: { registry: string; repository: string } }>(path.join(CHART_DIR, 'values.yaml'));
    const changes = parse(chart.annotations['artifacthub.io/changes']!) as Array<{ kind: string; description: string }>;
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(['added', 'changed', 'deprecated', 'removed', 'fixed', 'security']).toContain(c.kind);
    const images = parse(chart.annotations['artifacthub.io/images']!) as Array<{ name: string; image: string }>;
    expect(images.find((i) => i.name === 'aeterna')?.image).toBe(`${image.registry}/${image.repository}:v${chart.appVersion}`);
  });

  // https://artifacthub.io/docs/topics/annotations/helm/: the keys Artifact Hub reads and the shape of each value.
  it("uses only Artifact Hub's documented annotation keys, each in its documented shape", async () => {
    const chart = await yamlFile<{ annotations: Record<string, string> }>(path.join(CHART_DIR, 'Chart.yaml'));
    const documented = [
      'alternativeName',
      'category',
      'changes',
      'containsSecurityUpdates',
      'crds',
      'crdsExamples',
      'images',
      'license',
      'links',
      'maintainers',
      'operator',
      'operatorCapabilities',
      'prerelease',
      'recommendations',
      'screenshots',
      'signKey',
    ];
    const keys = Object.keys(chart.annotations)
      .filter((k) => k.startsWith('artifacthub.io/'))
      .map((k) => k.slice('artifacthub.io/'.length));
    expect(keys.filter((k) => !documented.includes(k))).toEqual([]);
    const a = (k: string) => chart.annotations[`artifacthub.io/${k}`]!;
    // Every annotation value is a string (YAML in a string for the lists), as Artifact Hub parses them.
    for (const k of keys) expect(typeof a(k), k).toBe('string');
    expect([
      'ai-machine-learning',
      'database',
      'integration-delivery',
      'monitoring-logging',
      'networking',
      'security',
      'storage',
      'streaming-messaging',
      'skip-prediction',
    ]).toContain(a('category'));
    for (const k of ['prerelease', 'containsSecurityUpdates']) expect(['true', 'false'], k).toContain(a(k));
    expect(a('license')).toMatch(/^[A-Za-z0-9.+-]+$/);
    for (const c of parse(a('changes')) as Array<Record<string, unknown>>) {
      expect(
        Object.keys(c).every((k) => ['kind', 'description', 'links'].includes(k)),
        JSON.stringify(c),
      ).toBe(true);
      expect(typeof c.description).toBe('string');
    }
    for (const i of parse(a('images')) as Array<Record<string, unknown>>) {
      expect(
        Object.keys(i).every((k) => ['name', 'image', 'whitelisted', 'platforms'].includes(k)),
        JSON.stringify(i),
      ).toBe(true);
      expect(String(i.image)).toMatch(/^[a-z0-9.-]+(:\d+)?\/[a-z0-9._/-]+(:[\w.-]+|@sha256:[0-9a-f]{64})$/);
    }
    for (const l of parse(a('links')) as Array<Record<string, unknown>>) {
      expect(Object.keys(l).sort()).toEqual(['name', 'url']);
      expect(String(l.url)).toMatch(/^https:\/\//);
    }
  });
});

describe('Bitnami images', () => {
  it('every image of the bundled Bitnami charts defaults to docker.io/bitnamilegacy with a pinned tag', async () => {
    const values = await yamlFile<Record<string, Record<string, unknown>>>(path.join(CHART_DIR, 'values.yaml'));
    const images: Array<[string, Record<string, string>]> = [];
    const walk = (v: unknown, at: string): void => {
      if (v === null || typeof v !== 'object') return;
      for (const [k, c] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'image' && c && typeof c === 'object') images.push([`${at}.${k}`, c as Record<string, string>]);
        else walk(c, `${at}.${k}`);
      }
    };
    walk(values.redis, 'redis');
    walk(values.postgresql, 'postgresql');
    expect(images.map(([p]) => p).sort()).toEqual([
      'postgresql.image',
      'postgresql.metrics.image',
      'postgresql.volumePermissions.image',
      'redis.image',
      'redis.kubectl.image',
      'redis.metrics.image',
      'redis.sentinel.image',
      'redis.sysctl.image',
      'redis.volumePermissions.image',
    ]);
    for (const [p, img] of images) {
      expect(img.registry, p).toBe('docker.io');
      expect(img.repository, p).toMatch(/^bitnamilegacy\//);
      expect(String(img.tag), p).toMatch(/^\d[\w.-]*$/);
    }
  });
});
