import { conditionValuePaths, ruleDescription, ruleIdOfTitle, type RuleInstance } from '@/lib/rules/declaration';
import { joinPath, resolveRef, type JsonSchema } from './schema';

/**
 * A rule of the schema that ties values together (root `allOf` items with `if`/`then`/`else`, or `anyOf`,
 * `oneOf`, `not`), described by the chart author's `description`, with the value paths it talks about.
 */
export interface SchemaRule {
  description: string;
  paths: string[];
  /** The rule's id in the chart's validation-rules.json (its `title`, before any `:`), if it has one. */
  id?: string;
}

/** Paths named under `properties` anywhere in a sub-schema (if/then/else bodies, required lists). */
function pathsMentioned(root: JsonSchema, schema: JsonSchema | undefined, prefix: string[] = []): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = resolveRef(root, schema);
  const out: string[] = [];
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const segs = [...prefix, key];
    out.push(joinPath(segs));
    out.push(...pathsMentioned(root, child, segs));
  }
  for (const req of s.required ?? []) out.push(joinPath([...prefix, req]));
  const branches = [s.if, s.then, s.else, s.not].filter((x): x is JsonSchema => typeof x === 'object');
  for (const sub of [...branches, ...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    out.push(...pathsMentioned(root, sub, prefix));
  }
  return out;
}

/** Rules from `allOf` at the root and at any object level (prefixed with that object's path). */
export function collectRules(root: JsonSchema): SchemaRule[] {
  const rules: SchemaRule[] = [];
  const visit = (schema: JsonSchema, prefix: string[], depth: number) => {
    const s = resolveRef(root, schema);
    if (depth > 12) return;
    for (const item of s.allOf ?? []) {
      const r = resolveRef(root, item);
      if (!(r.if || r.anyOf || r.oneOf || r.not)) continue;
      const description = (r.description ?? r.title ?? '').trim();
      const paths = [...new Set(pathsMentioned(root, r, prefix))];
      const id = ruleIdOfTitle(r.title);
      rules.push({ description: description || `Rule on ${paths.join(', ') || 'the values'}`, paths, ...(id ? { id } : {}) });
    }
    for (const [key, child] of Object.entries(s.properties ?? {})) visit(child, [...prefix, key], depth + 1);
  };
  visit(root, [], 0);
  return rules;
}

/** The chart's rules as the reference lists them: each rule (and `each` text) with the values its condition reads. */
export function rulesFromDeclaration(rules: RuleInstance[]): SchemaRule[] {
  return rules.map((r) => ({
    description: ruleDescription(r),
    paths: [...new Set([...conditionValuePaths(r.when), ...r.require])],
    id: r.id,
  }));
}
