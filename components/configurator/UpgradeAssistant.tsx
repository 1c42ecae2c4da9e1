'use client';

import { useState, type ComponentType } from 'react';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';

export interface UpgradeAssistantProps {
  defaults: JsonObject;
  schema: JsonSchema;
  /** Opens the migrated file; `earlier` is the file it was carried from, for the manifests view's comparison. */
  onOpen: (text: string, earlier: { version: string; text: string }) => void;
}

/**
 * "Upgrade a values file from an earlier chart version": the migration library, the earlier versions' defaults
 * and the report load when it is opened, not with the page (they are most of a first visit's JavaScript otherwise).
 */
export function UpgradeAssistant(props: UpgradeAssistantProps) {
  const [Body, setBody] = useState<ComponentType<UpgradeAssistantProps> | null>(null);
  const [failed, setFailed] = useState('');
  function onToggle(open: boolean) {
    if (!open || Body) return;
    import('./UpgradeAssistantBody').then(
      (m) => setBody(() => m.default),
      (e: unknown) => setFailed(`The upgrade assistant could not be loaded: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
  return (
    <details
      className="mt-3 rounded border border-slate-200 p-3 dark:border-slate-700"
      data-testid="upgrade-assistant"
      onToggle={(e) => onToggle(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-medium">Upgrade a values file from an earlier chart version</summary>
      {Body ? (
        <Body {...props} />
      ) : failed ? (
        <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
          {failed}
        </p>
      ) : (
        <p role="status" className="mt-3 text-sm">
          Loading the upgrade assistant…
        </p>
      )}
    </details>
  );
}
