'use client';

import { useSyncExternalStore } from 'react';
import { ORIGIN_PLACEHOLDER, helmRepoUrl } from '@/lib/site/install-commands';

const noSubscribe = () => () => {};

/**
 * URL of the Helm repository this page is served from, for the configurator's commands, which React re-renders as
 * the values change (the static pages' commands get the origin from the islands instead). Known in the browser only.
 */
export function useHelmRepoUrl(): string {
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => ORIGIN_PLACEHOLDER,
  );
  return helmRepoUrl(origin, process.env.NEXT_PUBLIC_BASE_PATH ?? '');
}
