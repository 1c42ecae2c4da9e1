'use client';

/**
 * The blocks of values that do not apply now (values.yaml's `## @when`), as a uiSchema per form that hides them,
 * and what the user set in them. The uiSchema objects change only when the hidden set does, so forms whose own
 * block did not change skip re-rendering.
 */
import { useCallback, useMemo } from 'react';
import type { WhenComment } from '@/lib/chart/values-comments';
import { hiddenPaths, hiddenUi, unusedSettings } from '@/lib/schema/applicability';
import type { JsonObject } from '@/lib/values/coalesce';

export function useApplicability(when: readonly WhenComment[], defaults: JsonObject, effective: JsonObject) {
  const hiddenKey = hiddenPaths(when, effective).join(' ');
  // One uiSchema per top-level key that has something hidden, rebuilt only when the hidden set changes.
  const byKey = useMemo(() => {
    const hidden = hiddenKey ? hiddenKey.split(' ') : [];
    const m = new Map<string, Record<string, unknown>>();
    for (const key of new Set(hidden.map((p) => p.split('.')[0]!))) m.set(key, hiddenUi(hidden, [key]));
    return m;
  }, [hiddenKey]);
  const uiFor = useCallback(
    (keys: readonly string[]) => {
      const parts = keys.map((k) => byKey.get(k)).filter((u) => u !== undefined);
      return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : Object.assign({}, ...parts);
    },
    [byKey],
  );
  const unused = useMemo(() => unusedSettings(when, effective, defaults), [when, effective, defaults]);
  return { uiFor, unused };
}
