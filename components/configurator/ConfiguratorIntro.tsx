import type { Origin } from './useConfigurator';

/**
 * Where the values on screen came from, and what the page could not do (a refused share link, stale validators).
 * The heading and the promise above it are the server's (./ConfiguratorHeading.tsx).
 */
export function ConfiguratorIntro({
  origin,
  validatorsCurrent,
  notice = null,
}: {
  origin: Origin['kind'];
  validatorsCurrent: boolean;
  /** Why the share link in the address was not opened. */
  notice?: string | null;
}) {
  if (validatorsCurrent && !notice && origin !== 'share' && origin !== 'storage') return null;
  return (
    <div className="space-y-2">
      {!validatorsCurrent ? (
        <p role="alert" className="rounded border border-red-500 bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
          This build checks values against an older version of the chart schema: its verdicts may differ from helm&apos;s. (Maintainers: run
          npx tsx scripts/generate/schema-validators.ts.)
        </p>
      ) : null}
      {notice ? (
        <p
          role="alert"
          className="rounded border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          data-testid="share-refused"
        >
          {notice}
        </p>
      ) : null}
      {origin === 'share' ? (
        <p
          role="status"
          className="rounded border border-sky-400 bg-sky-50 p-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-100"
          data-testid="origin"
        >
          Opened from a shared link. Links never carry passwords or API keys: enter them again if this configuration needs them.
        </p>
      ) : origin === 'storage' ? (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300" data-testid="origin">
          Restored from your last visit (saved in this browser only, for 7 days; credentials are not saved).
        </p>
      ) : null}
    </div>
  );
}
