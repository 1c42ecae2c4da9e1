/**
 * The migrated values file as text: the header naming the new version, then the minimal values, written with
 * YAML 1.1 rules like the rest of the configurator (so `off` stays a string for Helm's parser).
 */
import { withValuesFileHeader } from '@/lib/values/file-header';
import { documentFromValues, stringifyDocument } from '@/lib/values/yaml-document';
import type { Migration } from './migrate';

export function migratedValuesText(m: Migration, appVersion: string): string {
  return withValuesFileHeader(stringifyDocument(documentFromValues(m.values)), m.to, appVersion);
}
