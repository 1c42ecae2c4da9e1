/**
 * Prints one closing line over every test runner's JSON report: "tests: N passed, N failed". A step that
 * failed without a report (type-check, build) counts as one failure, so a broken build never reads as green.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir = '.cache/test-results', ...failedSteps] = process.argv.slice(2);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const reports: Array<[string, (f: string) => Counts]> = [
  ['unit.json', vitestCounts],
  ['chart.json', vitestCounts],
  ['cluster.json', vitestCounts],
  ['e2e.json', playwrightCounts],
];
for (const [name, read] of reports) {
  const file = path.join(dir, name);
  if (!existsSync(file)) continue;
  const c = read(file);
  console.log(`${name.replace('.json', '')}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
for (const s of failedSteps) console.log(`failed step: ${s}`);
const failed = total.failed + failedSteps.length;
// A skipped test fails the run: CI never passes by skipping.
console.log(`tests: ${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(failed + total.skipped > 0 || total.passed === 0 ? 1 : 0);
