// Types of the generated module next to this file (see scripts/generate/schema-validators.ts).
import type { ValidationFn } from '../validate';

export declare const validateValues: ValidationFn;
/** sha256 of JSON.stringify(the schema) the functions were compiled from. */
export declare const schemaSha256: string;
