'use client';

import { useCallback, useRef } from 'react';

/** Keeps the same object while its JSON does not change, so memoized form sections skip re-rendering. */
export function useStable<T>(): (key: string, value: T) => T {
  const cache = useRef(new Map<string, { json: string; value: T }>());
  return useCallback((key: string, value: T) => {
    const json = JSON.stringify(value) ?? 'undefined';
    const hit = cache.current.get(key);
    if (hit && hit.json === json) return hit.value;
    cache.current.set(key, { json, value });
    return value;
  }, []);
}
