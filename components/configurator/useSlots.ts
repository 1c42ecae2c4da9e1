'use client';

/**
 * The first view's forms of values deeper than a top-level key: what each shows (its own data while the user types
 * in it, as the key forms do, until a change comes from elsewhere), its errors, and its edits as path patches.
 */
import type { ErrorSchema } from '@rjsf/utils';
import { useCallback, useState } from 'react';
import type { SchemaIssue } from '@/lib/schema/validate';
import { getIn, setIn, type Json, type JsonObject } from '@/lib/values/coalesce';
import type { SlotProps } from './DecisionsView';
import { errorSchemaFor } from './issues';
import { useStable } from './useStable';

type Paths = readonly (readonly string[])[];

const under = (path: readonly string[], paths: Paths) => paths.some((p) => p.every((k, i) => path[i] === k));

function pickNested(values: JsonObject, paths: Paths): JsonObject {
  let out: JsonObject = {};
  for (const p of paths) {
    const v = getIn(values, p);
    if (v !== undefined) out = setIn(out, [...p], v as Json);
  }
  return out;
}

export function useSlots(
  effective: JsonObject,
  issues: readonly SchemaIssue[],
  epoch: number,
  onPathsChange: (paths: Paths, data: JsonObject) => void,
): SlotProps {
  const [own, setOwn] = useState({ epoch, data: new Map<string, JsonObject>() });
  const ownData = own.epoch === epoch ? own.data : undefined;
  const stableData = useStable<JsonObject>();
  const stableErrors = useStable<ErrorSchema | undefined>();

  const slotDataFor = (id: string, paths: Paths) => ownData?.get(id) ?? stableData(`slot:${id}`, pickNested(effective, paths));
  const slotErrorsFor = (id: string, paths: Paths) =>
    stableErrors(
      `slot:${id}`,
      errorSchemaFor(
        issues.filter((i) => under(i.path, paths)),
        paths.map((p) => p[0]!),
      ),
    );
  const onSlotChange = useCallback(
    (id: string, paths: Paths, data: JsonObject) => {
      setOwn((prev) => ({ epoch, data: new Map(prev.epoch === epoch ? prev.data : []).set(id, data) }));
      onPathsChange(paths, data);
    },
    [epoch, onPathsChange],
  );
  return { slotDataFor, slotErrorsFor, onSlotChange };
}
