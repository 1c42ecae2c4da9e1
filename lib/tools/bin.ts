import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder scripts/setup/setup-tools.sh installs the pinned tools into. */
const TOOLS_BIN = path.resolve(process.cwd(), '.tools', 'bin');

export type ToolName =
  | 'helm'
  | 'helm3'
  | 'helm-unittest'
  | 'actionlint'
  | 'promtool'
  | 'promql-eval'
  | 'hcl-eval'
  | 'etcd'
  | 'kube-apiserver'
  | 'kube-controller-manager'
  | 'registry'
  | 'cosign';

/**
 * Absolute path of a pinned tool. The project never falls back to a helm found on PATH: a different version
 * would make test verdicts depend on the machine.
 */
export function toolPath(name: ToolName): string {
  const p = path.join(TOOLS_BIN, name);
  if (!existsSync(p)) {
    throw new Error(`${name} is not installed in ${TOOLS_BIN}. Run: npm run setup:tools`);
  }
  return p;
}
