// Types of the generated module next to this file (see scripts/generate/schema-validators.ts).
import type { ValidationFn } from '../validate';

/** The schema's root allOf (cross-field rules) alone; errors keep their `#/allOf/<n>` paths. */
export declare const validateRules: ValidationFn;
/** One function per entry of the schema's root allOf, checking that entry's `if`. */
export declare const ruleIfs: ValidationFn[];
/** sha256 of JSON.stringify(the schema) the functions were compiled from. */
export declare const schemaSha256: string;
