/**
 * The validator rjsf requires. rjsf asks it "does this value match that subschema?" only to resolve conditionals
 * and alternatives inside the form's schema (if/then, oneOf, anyOf, dependencies), and the chart's property
 * schemas have none (their cross-field rules are in the root allOf, which the form does not render:
 * form-validator.test.ts fails if that changes). The configurator's errors come from validate.ts, so this validator
 * reports none, and the page ships no schema compiler.
 */
import type { ValidatorType } from '@rjsf/utils';

export function createFormValidator(): ValidatorType {
  return {
    validateFormData: () => ({ errors: [], errorSchema: {} }),
    isValid: () => false,
    rawValidation: () => ({ errors: [] }),
  };
}
