/**
 * Where each problem is shown: rjsf error schemas per section, and editor markers located in the YAML text.
 */
import type { ErrorSchema } from '@rjsf/utils';
import type { ClusterWarning } from '@/lib/cluster/warnings';
import { ruleIdOfTitle } from '@/lib/rules/declaration';
import type { SchemaIssue } from '@/lib/schema/validate';
import { conditionPaths, type Schema } from '@/lib/schema/form-schema';
import { locatePath, withPositions, type YamlProblem } from '@/lib/values/yaml-document';
import type { EditorMarker } from './YamlEditor';

/** `{externalRedis: {host: {__errors: [...]}}}` for the issues under `keys`. */
export function errorSchemaFor(issues: readonly SchemaIssue[], keys: readonly string[]): ErrorSchema | undefined {
  let out: Record<string, unknown> | undefined;
  for (const issue of issues) {
    if (issue.path.length === 0 || !keys.includes(issue.path[0]!)) continue;
    out ??= {};
    let node = out;
    for (const seg of issue.path) {
      node[seg] ??= {};
      node = node[seg] as Record<string, unknown>;
    }
    const list = (node.__errors ??= []) as string[];
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return out as ErrorSchema | undefined;
}

export function markersFor(
  text: string,
  issues: readonly SchemaIssue[],
  problems: readonly YamlProblem[],
  schema: Schema,
  // The parsed text with its positions; the editing session keeps the parse of a YAML edit, so it is not redone.
  positions: () => ReturnType<typeof withPositions> = () => withPositions(text),
): EditorMarker[] {
  if (problems.length > 0) {
    return problems.map((p) => ({ ...p, message: p.refused ? p.message : `YAML syntax: ${p.message}`, severity: 'error' as const }));
  }
  if (issues.length === 0) return [];
  const pos = positions();
  if (!pos) return [];
  const rules = (schema.allOf as Record<string, unknown>[] | undefined) ?? [];
  return issues.map((issue) => {
    let range = locatePath(pos.doc, pos.lineCounter, issue.path);
    if (!range.exact && issue.ruleId) {
      // A missing value required by a rule: point at the value that triggered the rule when it is written.
      const rule = rules.find((r) => ruleIdOfTitle(r.title) === issue.ruleId);
      for (const p of conditionPaths(rule?.if)) {
        const r = locatePath(pos.doc, pos.lineCounter, p);
        if (r.exact) {
          range = r;
          break;
        }
      }
    }
    return {
      message: issue.message,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: Math.max(range.endColumn, range.column + 1),
      severity: 'error' as const,
    };
  });
}

/** The target cluster's warnings about values (lib/cluster/warnings.ts), at those values' lines, as warnings. */
export function clusterWarningMarkers(warnings: readonly ClusterWarning[], positions: ReturnType<typeof withPositions>): EditorMarker[] {
  if (!positions) return [];
  return warnings
    .filter((w) => w.path.length > 0)
    .map((w) => {
      const range = locatePath(positions.doc, positions.lineCounter, w.path);
      return {
        message: w.message,
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: Math.max(range.endColumn, range.column + 1),
        severity: 'warning' as const,
      };
    });
}
