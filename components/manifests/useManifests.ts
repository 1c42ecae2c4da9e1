'use client';

/**
 * The renders the manifests view shows: the editor's values, and the chart defaults with the same settings (to
 * mark what the values change). Asked for at once; they wait for the engine (lib/engine/render-scheduler.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { docKey } from '@/lib/engine/manifest-diff';
import { helmRequest, type HelmResponse, type RenderSettings } from '../../lib/engine/protocol';
import type { Render } from './useHelmEngine';

/** A short pause lets a burst of keystrokes render once; the first render does not wait. */
const PAUSE_MS = 40;

export function useManifests(
  render: Render,
  failed: boolean,
  values: string,
  settings: RenderSettings,
): { result: HelmResponse | null; defaults: Map<string, string> | null } {
  const [result, setResult] = useState<HelmResponse | null>(null);
  const [defaults, setDefaults] = useState<Map<string, string> | null>(null);
  const rendered = useRef(false);

  useEffect(() => {
    if (failed) return;
    let current = true;
    const request = helmRequest(values, settings);
    const t = setTimeout(
      () => void render(request, { lane: 'values' }).then((r) => current && r && setResult(r)),
      rendered.current ? PAUSE_MS : 0,
    );
    rendered.current = true;
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [failed, values, settings, render]);

  useEffect(() => {
    if (failed) return;
    let current = true;
    const request = helmRequest('', settings);
    const t = setTimeout(
      () =>
        void render(request, { lane: 'defaults' }).then((r) => {
          if (current && r) setDefaults(r.error ? null : new Map((r.documents ?? []).map((d) => [docKey(d), d.content])));
        }),
      PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [failed, settings, render]);

  return { result, defaults };
}
