/**
 * Sizes over real `helm template` output: the default is small, each sizes/<size>.yaml gives the server and the
 * migration containers the table's figures, explicit resources replace the size, none sets nothing, and an unknown
 * size is refused by helm's schema check (and by the template when the schema is skipped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIZES } from '../../lib/chart/sizes';
import { chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { get, one, render, serverContainer, templateRaw, type Container, type Manifest } from '../support/render';

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

function migrationContainers(manifests: Manifest[]): Container[] {
  const spec = get<{ initContainers?: Container[]; containers: Container[] }>(one(manifests, 'Job'), 'spec', 'template', 'spec');
  return [...(spec.initContainers ?? []), ...spec.containers];
}

const table = (id: string) => SIZES.find((s) => s.id === id)!.resources;

describe('sizes', () => {
  it('gives the server and the migration Job the small figures by default', async () => {
    const m = await render(dir);
    expect(serverContainer(m).resources).toEqual(table('small').server);
    for (const c of migrationContainers(m)) expect([c.name, c.resources]).toEqual([c.name, table('small').migrations]);
  });

  it.each(SIZES.map((s) => s.id))('sizes/%s.yaml sets its figures on the server and every migration container', async (id) => {
    const m = await render(dir, { valuesFiles: [`sizes/${id}.yaml`] });
    expect(serverContainer(m).resources).toEqual(table(id).server);
    const job = migrationContainers(m);
    expect(job.length).toBeGreaterThan(1);
    for (const c of job) expect([c.name, c.resources]).toEqual([c.name, table(id).migrations]);
  });

  it('explicit resources replace the size entirely, as in Bitnami charts', async () => {
    const m = await render(dir, {
      valuesFiles: ['sizes/large.yaml'],
      values: { resources: { requests: { cpu: '3' } }, migrations: { resources: { limits: { memory: '2Gi' } } } },
    });
    expect(serverContainer(m).resources).toEqual({ requests: { cpu: '3' } });
    for (const c of migrationContainers(m)) expect(c.resources).toEqual({ limits: { memory: '2Gi' } });
  });

  it('none sets no requests and no limits', async () => {
    const m = await render(dir, { values: { resourcesPreset: 'none', migrations: { resourcesPreset: 'none' } } });
    expect(serverContainer(m).resources).toEqual({});
    for (const c of migrationContainers(m)) expect(c.resources).toEqual({});
  });

  it('an unknown size is refused by the schema with the sizes it may be', async () => {
    const r = await templateRaw(dir, { values: { resourcesPreset: 'huge' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('resourcesPreset');
    expect(r.stderr).toMatch(/value must be one of 'small', 'medium', 'large', 'none'/);
  });

  it('an unknown size is refused by the template too when the schema is skipped', async () => {
    const r = await templateRaw(dir, { values: { migrations: { resourcesPreset: 'huge' } }, extraArgs: ['--skip-schema-validation'] });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('resourcesPreset "huge" is not a size of this chart: use small, medium, large or none.');
  });
});
