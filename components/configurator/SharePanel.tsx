'use client';

import { useState } from 'react';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import { describeRemoval } from '@/lib/values/secrets';

/** A link that reopens this configuration; credentials are left out and the user is told each one and what was done. */
export function SharePanel({ user, schema }: { user: JsonObject; schema: JsonSchema }) {
  const [link, setLink] = useState<{ url: string; removed: string[] } | null>(null);

  async function make() {
    // lz-string is loaded only when a link is made.
    const { encodeShareHash } = await import('@/lib/values/share-link');
    const { hash, removed } = encodeShareHash(user, schema);
    const url = `${window.location.origin}${window.location.pathname}${hash}`;
    setLink({ url, removed: removed.map(describeRemoval) });
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      /* the link is shown for manual copying */
    }
  }

  return (
    <section aria-labelledby="share-title" className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="share-title" className="text-lg font-semibold">
        Share
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The configuration is packed into the link itself (after #), which browsers never send to a server.
      </p>
      <button type="button" onClick={make} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
        Copy share link
      </button>
      {link ? (
        <div className="space-y-1">
          <label className="block text-sm" htmlFor="share-url">
            Share link
          </label>
          <input
            id="share-url"
            readOnly
            value={link.url}
            className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
            onFocus={(e) => e.currentTarget.select()}
          />
          <div role="status" className="text-sm" data-testid="share-removed">
            {link.removed.length > 0 ? (
              <>
                <p>Credentials are never shared. Taken out of the link:</p>
                <ul className="list-disc pl-5 font-mono text-xs">
                  {link.removed.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>The link holds no credentials.</p>
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}
