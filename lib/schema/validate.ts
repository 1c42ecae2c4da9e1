/**
 * Validation of values against the chart's values.schema.json, shared by the configurator (form, error list,
 * editor markers) and the corpus test that compares its verdict with `helm template`.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { coalesce, type JsonObject } from '@/lib/values/coalesce';
import { humanizeErrors, type SchemaIssue } from './messages';
import { templateRuleIssues } from './template-rules';

export type { SchemaIssue } from './messages';

export type JsonSchema = Record<string, unknown>;

export interface ValuesValidator {
  /**
   * Problems with a complete set of values (already coalesced over the chart defaults): the schema's, then the
   * chart's template-only rules (see template-rules.ts).
   */
  validateValues(values: JsonObject): SchemaIssue[];
  /** Problems with a user's values file: it is coalesced over `defaults` first, exactly as Helm does. */
  validateUserValues(user: JsonObject): SchemaIssue[];
  /** True when `subschema` (e.g. the `if` of a rule) accepts `values`. */
  matches(subschema: unknown, values: unknown): boolean;
}

/**
 * Helm validates with a draft-aware validator that asserts `format` for draft-07 schemas; ajv with
 * ajv-formats does the same. `strict: false` because chart schemas carry annotations ajv does not know.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

export function createValuesValidator(schema: JsonSchema, defaults: JsonObject): ValuesValidator {
  const ajv = createAjv();
  const validate: ValidateFunction = ajv.compile(stripId(schema));
  const subschemaCache = new WeakMap<object, ValidateFunction>();

  function validateValues(values: JsonObject): SchemaIssue[] {
    const schemaIssues = validate(values) ? [] : humanizeErrors((validate.errors ?? []) as ErrorObject[], schema);
    // The template-only rules run on values of the right shape, as helm only reaches them past the schema.
    return [...schemaIssues, ...templateRuleIssues(values)];
  }

  return {
    validateValues,
    validateUserValues: (user) => validateValues(coalesce(defaults, user)),
    matches(subschema, values) {
      if (typeof subschema === 'boolean') return subschema;
      if (typeof subschema !== 'object' || subschema === null) return true;
      let fn = subschemaCache.get(subschema);
      if (!fn) {
        // Subschemas may use $ref into the root: compile them inside a copy of the root's definitions.
        const root = schema as { definitions?: unknown; $defs?: unknown };
        fn = ajv.compile({ ...(subschema as object), definitions: root.definitions, $defs: root.$defs });
        subschemaCache.set(subschema, fn);
      }
      return fn(values) as boolean;
    },
  };
}

/** ajv refuses to compile two schemas with the same $id in one instance; the id is not needed here. */
function stripId(schema: JsonSchema): JsonSchema {
  const { $id: _id, id: _legacyId, ...rest } = schema as JsonSchema & { $id?: unknown; id?: unknown };
  return rest;
}
