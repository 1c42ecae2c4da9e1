/** A JSON Schema (or a part of one) as the configurator handles it: plain JSON, read by key. */
export type Schema = Record<string, unknown>;
