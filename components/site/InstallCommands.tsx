import { ORIGIN_PLACEHOLDER, helmRepoUrl, installCommands, type InstallOptions } from '@/lib/site/install-commands';
import { CodeBlock } from './CodeBlock';

/**
 * The install commands for the repository this page is served from, markup only: the server cannot know the origin
 * the site is reached at, so it writes a placeholder that components/islands/bootstrap.ts replaces (data-site-origin).
 */
export function InstallCommands(props: InstallOptions) {
  return (
    <div data-site-origin>
      <CodeBlock code={installCommands(helmRepoUrl(ORIGIN_PLACEHOLDER, process.env.NEXT_PUBLIC_BASE_PATH ?? ''), props).join('\n')} />
    </div>
  );
}
