/**
 * The chart meets the server's boot contract (lib/chart/boot-contract.ts) in every scenario, rendered by Helm 4 and
 * Helm 3 with stand-in subcharts that create the real Services and Secrets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOT_RULES, bootContractViolations } from '@/lib/chart/boot-contract';
import { BOOT_SCENARIOS } from '../support/boot-scenarios';
import { chartCopyWithStandIns, mapLimit, removeChartCopy } from '../support/chart-copy';
import { isStandIn, render } from '../support/render';

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

describe.each(['helm', 'helm3'] as const)('boot contract with %s', (bin) => {
  it(`holds in all ${BOOT_SCENARIOS.length} scenarios`, async () => {
    const failures = (
      await mapLimit(BOOT_SCENARIOS, 3, async (s) => {
        const manifests = await render(dir, { bin, values: s.values, valuesFiles: s.valuesFiles, extraArgs: s.extraArgs });
        // Stand-ins only provide Services and Secrets; a stand-in's object never satisfies a rule about the server.
        const violations = bootContractViolations(manifests.filter((m) => !isStandIn(m) || ['Service', 'Secret'].includes(m.kind)));
        return violations.map((v) => `${s.name}: [${v.rule}] ${v.message}`);
      })
    ).flat();
    expect(failures).toEqual([]);
  });
});

it('every rule names its source in the server', () => {
  for (const r of BOOT_RULES) expect(r.source, r.id).toMatch(/\.rs|Dockerfile|READ_BY_SERVE/);
});
