'use client';

/**
 * The forms of the top-level keys (one each: an edit re-renders its own form only): what each shows (what it last
 * reported while the user types in it, until a change comes from elsewhere: the epoch), its errors, and its handlers.
 */
import type { ErrorSchema } from '@rjsf/utils';
import { useCallback, useMemo, useState } from 'react';
import type { SchemaIssue } from '@/lib/schema/validate';
import type { JsonObject } from '@/lib/values/coalesce';
import { errorSchemaFor } from './issues';
import { useStable } from './useStable';

const NO_DATA: ReadonlyMap<string, JsonObject> = new Map();

function pick(values: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of keys) if (values[k] !== undefined) out[k] = values[k]!;
  return out;
}

export function useKeyForms(
  keys: readonly string[],
  effective: JsonObject,
  issues: readonly SchemaIssue[],
  epoch: number,
  // Changes only with the stash (a dependency switch), so the forms' handlers rarely do.
  onFormChange: (keys: readonly string[], data: JsonObject) => void,
) {
  const stableData = useStable<JsonObject>();
  const stableErrors = useStable<ErrorSchema | undefined>();

  // What each form last reported, shown back to it until a change comes from elsewhere (see externalEpoch). Set in
  // the same event as the values, so React renders both at once.
  const [own, setOwn] = useState({ epoch: epoch, data: new Map<string, JsonObject>() });
  const ownData = own.epoch === epoch ? own.data : NO_DATA;
  const onKeysChange = useCallback(
    (k: readonly string[], data: JsonObject) => {
      setOwn((prev) => ({ epoch, data: new Map(prev.epoch === epoch ? prev.data : NO_DATA).set(k.join(','), data) }));
      onFormChange(k, data);
    },
    [epoch, onFormChange],
  );
  // One form per top-level key: an edit re-renders the form of its key only, not its whole section.
  const handlers = useMemo(() => {
    const m = new Map<string, (data: JsonObject) => void>();
    for (const k of keys) m.set(k, (data) => onKeysChange([k], data));
    return m;
  }, [keys, onKeysChange]);
  const formDataFor = (k: readonly string[]) => ownData.get(k.join(',')) ?? stableData(`d:${k.join(',')}`, pick(effective, k));

  const errorsFor = useCallback(
    (k: readonly string[]) => stableErrors(`e:${k.join(',')}`, errorSchemaFor(issues, k)),
    [issues, stableErrors],
  );

  const handlerFor = useCallback((k: string) => handlers.get(k)!, [handlers]);
  return { formDataFor, errorsFor, onKeysChange, handlerFor };
}
