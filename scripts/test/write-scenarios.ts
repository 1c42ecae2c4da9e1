/** Writes the chart's scenario matrix (test/support/scenarios.ts) as values files, for scripts/test/lint-chart.sh. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { DEPENDENCY_SCENARIOS } from '../../test/support/scenarios';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/test/write-scenarios.ts <folder>');
  process.exit(2);
}
await mkdir(out, { recursive: true });
for (const [i, s] of DEPENDENCY_SCENARIOS.entries()) {
  const file = path.join(out, `scenario-${i + 1}.yaml`);
  await writeFile(file, `# ${s.name}\n${stringify(s.values ?? {})}`);
}
