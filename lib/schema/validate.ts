/**
 * Validation of values against the chart's values.schema.json, shared by the configurator (form, error list,
 * editor markers) and the corpus test that compares its verdict with `helm template`. The schema arrives
 * compiled (the browser gets the precompiled module in ./generated; tests may compile with ./compile).
 */
import type { ErrorObject } from 'ajv';
import { coalesce, type JsonObject } from '@/lib/values/coalesce';
import { humanizeErrors, type SchemaIssue } from './messages';
import { templateRuleIssues } from './template-rules';

export type { SchemaIssue } from './messages';

import type { Schema } from './schema';

/** An ajv validation function (compiled or precompiled): true when valid, else `errors` says why. */
export interface ValidationFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface CompiledSchema {
  validateValues: ValidationFn;
  /** One function per entry of the schema's root `allOf`, checking that entry's `if`. */
  ruleIfs: ValidationFn[];
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
}

export function createValuesValidator(schema: Schema, defaults: JsonObject, compiled: CompiledSchema): ValuesValidator {
  function validateValues(values: JsonObject): SchemaIssue[] {
    const ok = compiled.validateValues(values);
    const schemaIssues = ok ? [] : humanizeErrors(compiled.validateValues.errors ?? [], schema, values);
    // The template-only rules run as well: helm refuses a file that breaks either.
    return [...schemaIssues, ...templateRuleIssues(values)];
  }
  return {
    validateValues,
    validateUserValues: (user) => validateValues(coalesce(defaults, user)),
    ruleApplies: (index, values) => compiled.ruleIfs[index]?.(values) ?? false,
  };
}
