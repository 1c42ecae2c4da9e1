/** A JSON Schema (draft-07) or a part of one, as the chart's values.schema.json writes it: the one schema type of the site. */
export type JsonSchema = {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema | boolean;
  else?: JsonSchema | boolean;
  not?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
  deprecated?: boolean;
  examples?: unknown[];
  [key: string]: unknown;
};

/** The name the configurator's modules use. */
export type Schema = JsonSchema;

/** One segment of a JSON pointer (`#/properties/a~1b`), unescaped (RFC 6901: ~1 is /, ~0 is ~). */
export function pointerSegment(raw: string): string {
  return raw.replace(/~1/g, '/').replace(/~0/g, '~');
}
