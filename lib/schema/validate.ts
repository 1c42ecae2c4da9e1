/**
 * Validation of values against the chart's values.schema.json, shared by the configurator (form, error list,
 * editor markers) and the corpus test that compares its verdict with `helm template`. The schema arrives
 * compiled (the browser gets the precompiled module in ./generated; tests may compile with ./compile).
 */
import type { ErrorObject } from 'ajv';
import { coalesce, type JsonObject } from '@/lib/values/coalesce';
import { humanizeErrors, type SchemaIssue } from './messages';

export type { SchemaIssue } from './messages';

import type { Schema } from './schema';

/** An ajv validation function (compiled or precompiled): true when valid, else `errors` says why. */
export interface ValidationFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface CompiledSchema {
  /**
   * The whole schema, or (precompiled for the page) the schema without its root allOf, then in validateRules.
   * The page loads it after it is interactive: absent until then, and the verdict is not final.
   */
  validateValues?: ValidationFn;
  /** The root allOf (cross-field rules) alone, when validateValues leaves them out. */
  validateRules?: ValidationFn;
  /** The chart's rules JSON Schema cannot express (template-rules.ts); the page loads them with validateRules. */
  templateRules?: (values: JsonObject) => SchemaIssue[];
  /** One function per entry of the schema's root `allOf`, checking that entry's `if` (absent until loaded: then no
   * rule is taken to apply, and the form marks no field required by a rule). */
  ruleIfs?: ValidationFn[];
}

export interface ValuesValidator {
  /**
   * Problems with a complete set of values (already coalesced over the chart defaults): the schema's, then the
   * chart's template-only rules (see template-rules.ts).
   */
  validateValues(values: JsonObject): SchemaIssue[];
  /** Problems with a user's values file: it is coalesced over `defaults` first, exactly as Helm does. */
  validateUserValues(user: JsonObject): SchemaIssue[];
  /** Whether the `if` of the root allOf entry `index` matches `values`. */
  ruleApplies(index: number, values: unknown): boolean;
  /** False while the validators are still loading: a verdict without them is not final. */
  rulesLoaded: boolean;
}

export function createValuesValidator(schema: Schema, defaults: JsonObject, compiled: CompiledSchema): ValuesValidator {
  function validateValues(values: JsonObject): SchemaIssue[] {
    const errors = !compiled.validateValues || compiled.validateValues(values) ? [] : [...(compiled.validateValues.errors ?? [])];
    if (compiled.validateRules && !compiled.validateRules(values)) errors.push(...(compiled.validateRules.errors ?? []));
    const schemaIssues = errors.length ? humanizeErrors(errors, schema, values) : [];
    // The template-only rules run as well: helm refuses a file that breaks either.
    return [...schemaIssues, ...(compiled.templateRules?.(values) ?? [])];
  }
  return {
    validateValues,
    validateUserValues: (user) => validateValues(coalesce(defaults, user)),
    ruleApplies: (index, values) => compiled.ruleIfs?.[index]?.(values) ?? false,
    rulesLoaded: Boolean(compiled.validateValues && compiled.ruleIfs && compiled.templateRules),
  };
}
