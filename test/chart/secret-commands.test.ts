/**
 * The `kubectl create secret` commands the configurator prints (lib/values/secret-commands.ts) create exactly the
 * Secrets and keys the rendered chart references but does not create, in every boot-contract scenario: a command
 * for every required reference, and no command for a Secret or key the chart does not read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coalesce, type JsonObject } from '@/lib/values/coalesce';
import { secretsToCreate } from '@/lib/values/secret-commands';
import { BOOT_SCENARIOS } from '../support/boot-scenarios';
import { CHART_DIR, chartCopyWithStandIns, mapLimit, removeChartCopy } from '../support/chart-copy';
import { get, render, type Manifest } from '../support/render';

interface Ref {
  secret: string;
  key?: string;
  optional: boolean;
}

type Spec = { containers: Container[]; initContainers?: Container[]; volumes?: Array<{ secret?: { secretName: string } }> };
type Container = {
  env?: Array<{ valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } } }>;
  envFrom?: Array<{ secretRef?: { name: string } }>;
};

/** Every Secret (and key) a pod of the render reads that the render does not contain. */
function userSecretRefs(m: Manifest[]): Ref[] {
  const rendered = new Set(m.filter((x) => x.kind === 'Secret').map((x) => x.metadata.name));
  const specs = m.flatMap((x) =>
    ['Deployment', 'Job', 'StatefulSet'].includes(x.kind)
      ? [get<Spec>(x, 'spec', 'template', 'spec')]
      : x.kind === 'Pod'
        ? [get<Spec>(x, 'spec')]
        : [],
  );
  const refs: Ref[] = [];
  for (const spec of specs) {
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
      for (const e of c.env ?? []) {
        const r = e.valueFrom?.secretKeyRef;
        if (r && !rendered.has(r.name)) refs.push({ secret: r.name, key: r.key, optional: r.optional === true });
      }
      for (const f of c.envFrom ?? [])
        if (f.secretRef && !rendered.has(f.secretRef.name)) refs.push({ secret: f.secretRef.name, optional: false });
    }
    for (const v of spec.volumes ?? [])
      if (v.secret && !rendered.has(v.secret.secretName)) refs.push({ secret: v.secret.secretName, optional: false });
  }
  return refs;
}

let dir: string;
let defaults: JsonObject;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
  defaults = parse(await readFile(path.join(CHART_DIR, 'values.yaml'), 'utf8')) as JsonObject;
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

it(`the configurator's secret commands match the chart's references in all ${BOOT_SCENARIOS.length} scenarios`, async () => {
  const problems = (
    await mapLimit(BOOT_SCENARIOS, 3, async (s) => {
      let values = defaults;
      for (const f of s.valuesFiles ?? []) values = coalesce(values, parse(await readFile(path.join(CHART_DIR, f), 'utf8')) as JsonObject);
      values = coalesce(values, (s.values ?? {}) as JsonObject);
      const commands = secretsToCreate(values);
      const refs = userSecretRefs(await render(dir, { values: s.values, valuesFiles: s.valuesFiles, extraArgs: s.extraArgs }));
      const out: string[] = [];
      for (const r of refs.filter((x) => !x.optional)) {
        const cmd = commands.find((c) => c.name === r.secret);
        if (!cmd) out.push(`${s.name}: no command creates Secret ${r.secret}`);
        else if (r.key && ![...cmd.literals, ...cmd.files].some((l) => l.key === r.key))
          out.push(`${s.name}: the command for ${r.secret} lacks key ${r.key}`);
      }
      for (const c of commands) {
        for (const l of [...c.literals, ...c.files]) {
          if (!refs.some((r) => r.secret === c.name && (r.key === undefined || r.key === l.key)))
            out.push(`${s.name}: the command for ${c.name} sets ${l.key}, which the chart does not read`);
        }
      }
      return out;
    })
  ).flat();
  expect(problems).toEqual([]);
});
