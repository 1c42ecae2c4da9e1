'use client';

/**
 * The renders the manifests view shows: the editor's values, and the chart defaults with the same settings (to
 * mark what the values change). Asked for at once, with no pause for typing: the scheduler (lib/engine/render-scheduler.ts)
 * renders one at a time and keeps only the newest waiting per lane, so a burst of keystrokes still renders once after
 * the one in flight, and a single edit starts rendering on the keystroke itself.
 */
import { useEffect, useState } from 'react';
import { docKey } from '@/lib/engine/manifest-diff';
import { helmRequest, type HelmResponse, type RenderSettings } from '../../lib/engine/protocol';
import type { Render } from './useHelmEngine';

export function useManifests(
  render: Render,
  failed: boolean,
  values: string,
  settings: RenderSettings,
): { result: HelmResponse | null; defaults: Map<string, string> | null } {
  const [result, setResult] = useState<HelmResponse | null>(null);
  const [defaults, setDefaults] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    if (failed) return;
    let current = true;
    void render(helmRequest(values, settings), { lane: 'values' }).then((r) => current && r && setResult(r));
    return () => {
      current = false;
    };
  }, [failed, values, settings, render]);

  useEffect(() => {
    if (failed) return;
    let current = true;
    void render(helmRequest('', settings), { lane: 'defaults' }).then((r) => {
      if (current && r) setDefaults(r.error ? null : new Map((r.documents ?? []).map((d) => [docKey(d), d.content])));
    });
    return () => {
      current = false;
    };
  }, [failed, settings, render]);

  return { result, defaults };
}
