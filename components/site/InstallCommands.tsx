'use client';

import { useSyncExternalStore } from 'react';
import { ORIGIN_PLACEHOLDER, helmRepoUrl, installCommands, type InstallOptions } from '@/lib/site/install-commands';
import { CodeBlock } from './CodeBlock';

const noSubscribe = () => () => {};

/**
 * URL of the Helm repository this page is served from. The origin is only known in the browser; the server
 * renders a placeholder origin that is replaced on hydration.
 */
export function useHelmRepoUrl(): string {
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => ORIGIN_PLACEHOLDER,
  );
  return helmRepoUrl(origin, process.env.NEXT_PUBLIC_BASE_PATH ?? '');
}

/**
 * The install commands for the repository this page is served from. On the pages without React (docs),
 * components/islands/bootstrap.ts puts the origin into the server's placeholder (data-site-origin).
 */
export function InstallCommands(props: InstallOptions) {
  return (
    <div data-site-origin>
      <CodeBlock code={installCommands(useHelmRepoUrl(), props).join('\n')} />
    </div>
  );
}
