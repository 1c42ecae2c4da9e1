/** Prefix and separator of field ids: the field for externalRedis.host is `values.externalRedis.host`. */
export const FIELD_ID_PREFIX = 'values';
export const FIELD_ID_SEPARATOR = '.';

export function fieldId(path: readonly string[]): string {
  return [FIELD_ID_PREFIX, ...path].join(FIELD_ID_SEPARATOR);
}
