/**
 * Schemas derived from the chart's values.schema.json for the form and the editor: sub-schemas per section, the
 * requirements of the chart's conditional rules that apply to the current values, and a relaxed schema for the
 * editor (a values file only lists what differs from the defaults, so "required" cannot be checked there).
 */
import { isPlainObject } from '@/lib/values/coalesce';
import { isSecretKey } from '@/lib/values/secret-names';
import { labelOf } from './labels';

export type { Schema } from './schema';
import type { Schema } from './schema';

export function topLevelKeys(schema: Schema): string[] {
  return Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
}

/** An object schema with only `keys` of the root, keeping the definitions that $refs point to. */
export function pickSchema(root: Schema, keys: readonly string[], extraRequired: Record<string, string[]> = {}): Schema {
  const props = (root.properties ?? {}) as Record<string, Schema>;
  const picked: Record<string, Schema> = {};
  for (const k of keys) if (props[k]) picked[k] = props[k];
  const required = ((root.required as string[] | undefined) ?? []).filter((k) => keys.includes(k));
  let out: Schema = { type: 'object', properties: picked, ...(required.length ? { required } : {}) };
  if (root.definitions) out.definitions = root.definitions;
  if (root.$defs) out.$defs = root.$defs;
  for (const [dotted, req] of Object.entries(extraRequired)) {
    const path = dotted === '' ? [] : dotted.split('.');
    if (path.length === 0 || keys.includes(path[0]!)) out = addRequired(out, path, req);
  }
  return out;
}

/**
 * An object schema with only the values at `paths` (`['aeterna', 'llm']`, `['service', 'type']`), nested as in the
 * chart's schema, with the rules' requirements that fall under them.
 */
export function pickPaths(root: Schema, paths: readonly (readonly string[])[], extraRequired: Record<string, string[]> = {}): Schema {
  let out: Schema = { type: 'object', properties: {} };
  for (const path of paths) {
    let from: Schema | undefined = root;
    let into = out;
    path.forEach((key, i) => {
      const child: Schema | undefined = (from?.properties as Record<string, Schema> | undefined)?.[key];
      from = child;
      if (!child) return;
      const props = (into.properties ??= {}) as Record<string, Schema>;
      if (i === path.length - 1) props[key] = child;
      else {
        // Only the way to the value: no title or description of its own (slotUi hides the label too).
        props[key] = (props[key] as Schema | undefined) ?? { type: 'object', properties: {} };
        into = props[key]!;
      }
    });
  }
  if (root.definitions) out.definitions = root.definitions;
  if (root.$defs) out.$defs = root.$defs;
  for (const [dotted, req] of Object.entries(extraRequired)) {
    const at = dotted === '' ? [] : dotted.split('.');
    if (paths.some((p) => p.every((k, i) => at[i] === k))) out = addRequired(out, at, req);
  }
  return out;
}

function addRequired(schema: Schema, path: string[], req: string[]): Schema {
  if (path.length === 0) {
    const cur = (schema.required as string[] | undefined) ?? [];
    const props = (schema.properties ?? {}) as Record<string, unknown>;
    const add = req.filter((r) => !cur.includes(r) && r in props);
    return add.length ? { ...schema, required: [...cur, ...add] } : schema;
  }
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const [head, ...rest] = path as [string, ...string[]];
  const child = props[head];
  if (!child || !isPlainObject(child)) return schema;
  return { ...schema, properties: { ...props, [head]: addRequired(child, rest, req) } };
}

interface ConditionalRule {
  index: number;
  description?: string;
  if: unknown;
  then?: unknown;
  else?: unknown;
}

function conditionalRules(root: Schema): ConditionalRule[] {
  const allOf = (root.allOf as unknown[] | undefined) ?? [];
  const out: ConditionalRule[] = [];
  allOf.forEach((r, index) => {
    if (!isPlainObject(r) || !('if' in r)) return;
    out.push({
      index,
      if: r.if,
      then: r.then,
      else: r.else,
      ...(typeof r.description === 'string' ? { description: r.description } : {}),
    });
  });
  return out;
}

/** `required` lists inside a rule branch, by dotted path of the object they apply to. */
function requiredIn(branch: unknown, prefix: string[] = [], out: Record<string, string[]> = {}): Record<string, string[]> {
  if (!isPlainObject(branch)) return out;
  if (Array.isArray(branch.required)) {
    const key = prefix.join('.');
    out[key] = [...new Set([...(out[key] ?? []), ...(branch.required as string[])])];
  }
  if (isPlainObject(branch.properties)) {
    for (const [k, sub] of Object.entries(branch.properties)) requiredIn(sub, [...prefix, k], out);
  }
  if (Array.isArray(branch.allOf)) for (const sub of branch.allOf) requiredIn(sub, prefix, out);
  return out;
}

/** Paths written in a rule's `if` (e.g. [['redis','enabled']]): where to point when the rule fails. */
export function conditionPaths(ifSchema: unknown, prefix: string[] = []): string[][] {
  if (!isPlainObject(ifSchema)) return [];
  const out: string[][] = [];
  if (Array.isArray(ifSchema.allOf)) for (const sub of ifSchema.allOf) out.push(...conditionPaths(sub, prefix));
  if (isPlainObject(ifSchema.properties)) {
    for (const [k, sub] of Object.entries(ifSchema.properties)) {
      const inner = conditionPaths(sub, [...prefix, k]);
      out.push(...(inner.length ? inner : [[...prefix, k]]));
    }
  }
  return out;
}

/**
 * Requirements of the conditional rules that apply now: a rule whose `if` matches adds its `then` requirements,
 * otherwise its `else` ones. `ruleApplies(index, values)` checks the `if` of the root allOf entry `index`.
 */
export function activeRequirements(
  root: Schema,
  values: unknown,
  ruleApplies: (index: number, values: unknown) => boolean,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of conditionalRules(root)) {
    const branch = ruleApplies(rule.index, values) ? rule.then : rule.else;
    requiredIn(branch, [], out);
  }
  return out;
}

const DROP_FOR_EDITOR = new Set(['required', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'dependencies', 'minProperties']);

/**
 * The schema for the editor's completion, hover and markers on a values file of overrides: types, enums,
 * patterns and unknown keys still apply, but rules that depend on other values or on defaults are left to the
 * configurator's own validation, which sees the values coalesced over the chart defaults.
 */
export function editorSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(editorSchema);
  if (!isPlainObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (DROP_FOR_EDITOR.has(k)) {
      // A type alternative (anyOf/oneOf of types, e.g. integer or string) is kept: it is about the value itself.
      if ((k === 'anyOf' || k === 'oneOf') && Array.isArray(v)) out[k] = v.map(editorSchema);
      continue;
    }
    if (k === 'properties' && isPlainObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, editorSchema(pv)]));
    } else if (k === 'definitions' || k === '$defs') {
      out[k] = isPlainObject(v) ? Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, editorSchema(pv)])) : v;
    } else {
      out[k] = typeof v === 'object' ? editorSchema(v) : v;
    }
  }
  return out;
}

/**
 * The form's schema for rjsf: the same schema without the root cross-field rules (which rjsf would try to
 * resolve on every keystroke); those rules are checked by the configurator's validator and shown as errors.
 */
export function formRootSchema(schema: Schema): Schema {
  const { allOf: _allOf, if: _if, then: _then, else: _else, $schema: _s, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * uiSchema for a schema slice: objects that declare their properties but allow others (values passed on to a
 * subchart) get no "add property" button, which would invite keys the form cannot describe; free-form maps
 * (nodeSelector, annotations: no declared properties) keep it, since adding keys is how they are filled.
 */
export function uiSchemaFor(schema: unknown, depth = 0): Record<string, unknown> {
  if (!isPlainObject(schema)) return {};
  const out: Record<string, unknown> = {};
  const props = isPlainObject(schema.properties) ? schema.properties : undefined;
  const options: Record<string, unknown> = {};
  if (props && Object.keys(props).length > 0 && schema.additionalProperties !== false) options.expandable = false;
  // Image references (registry/repository/tag...) are rarely changed: shown folded, one click away.
  const folded = depth > 0 && isImageOnly(schema);
  if (folded) options.collapsed = true;
  if (Object.keys(options).length > 0) out['ui:options'] = options;
  if (folded) return out;
  if (props) {
    for (const [k, sub] of Object.entries(props)) {
      const own = uiSchemaFor(sub, depth + 1);
      const label = labelUi(sub);
      const ui: Record<string, unknown> = { ...label, ...own };
      if (label['ui:options'] && own['ui:options'])
        ui['ui:options'] = { ...(label['ui:options'] as object), ...(own['ui:options'] as object) };
      // Credentials typed in the form are masked (a plain text field shows them to anyone looking).
      if (isSecretKey(k) && isPlainObject(sub) && sub.type === 'string') ui['ui:widget'] = 'password';
      if (Object.keys(ui).length > 0) out[k] = ui;
    }
  }
  return out;
}

/**
 * A field's label and help from its description (lib/schema/labels.ts); a title the schema gives wins. The help
 * shown goes in `ui:options.shownDescription` (components/configurator/FieldDescription.tsx shows it, never the label twice).
 */
function labelUi(sub: unknown): Record<string, unknown> {
  if (!isPlainObject(sub) || typeof sub.description !== 'string' || typeof sub.title === 'string') return {};
  const { label, help } = labelOf(sub.description);
  return label ? { 'ui:title': label, 'ui:options': { shownDescription: help } } : {};
}

const IMAGE_KEYS = new Set(['registry', 'repository', 'tag', 'digest', 'pullPolicy']);

/** An object made only of image references (or of objects that are), e.g. `image` or `metrics: {image}`. */
function isImageOnly(schema: unknown): boolean {
  if (!isPlainObject(schema) || !isPlainObject(schema.properties)) return false;
  const entries = Object.entries(schema.properties);
  if (entries.length === 0) return false;
  const leaves = entries.filter(([, v]) => !(isPlainObject(v) && isPlainObject(v.properties)));
  const objects = entries.filter(([, v]) => isPlainObject(v) && isPlainObject(v.properties));
  return leaves.every(([k]) => IMAGE_KEYS.has(k)) && objects.every(([, v]) => isImageOnly(v)) && (leaves.length > 0 || objects.length > 0);
}

/** Two uiSchemas as one: nested fields merged, and their `ui:options` too; `b` wins on a conflict. */
export function mergeUi(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    const mergeable = isPlainObject(cur) && isPlainObject(v) && (!k.startsWith('ui:') || k === 'ui:options');
    out[k] = mergeable ? (k === 'ui:options' ? { ...cur, ...v } : mergeUi(cur, v)) : v;
  }
  return out;
}

/**
 * For a form of values at `paths` (pickPaths): no titles for the objects that only lead to them, nor for an object
 * value itself (the section's heading names it); a single value keeps its label.
 */
export function slotUi(paths: readonly (readonly string[])[], schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    let node = out;
    let s: Schema | undefined = schema;
    path.forEach((key, i) => {
      s = (s?.properties as Record<string, Schema> | undefined)?.[key];
      node = (node[key] ??= {}) as Record<string, unknown>;
      const last = i === path.length - 1;
      if (!last || s?.type === 'object') node['ui:options'] = { label: false };
    });
  }
  return out;
}
