'use client';

import { lazy, Suspense, useState } from 'react';
import type { ClusterProfile } from '@/lib/cluster/profile';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import type { Removal } from '@/lib/values/secrets';

const loadResult = () => import('./ShareResult');
const ShareResult = lazy(() => loadResult().then((m) => ({ default: m.ShareResult })));

/**
 * A link that reopens this configuration and its target cluster; credentials are left out and the user is told
 * each one and what was done.
 */
export function SharePanel({ user, schema, profile }: { user: JsonObject; schema: JsonSchema; profile: ClusterProfile }) {
  const [link, setLink] = useState<{ url: string; removed: Removal[] } | null>(null);

  async function make() {
    // lz-string, the schema walk and the result's view are loaded only when a link is made.
    const [{ encodeShareHash }] = await Promise.all([import('@/lib/values/share-link'), loadResult()]);
    const { hash, removed } = encodeShareHash(user, schema, profile);
    const url = `${window.location.origin}${window.location.pathname}${hash}`;
    setLink({ url, removed });
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
        The configuration and the target cluster are packed into the link itself (after #), which browsers never send to a server.
      </p>
      <button type="button" onClick={make} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
        Copy share link
      </button>
      {link ? (
        <Suspense fallback={null}>
          <ShareResult url={link.url} removed={link.removed} />
        </Suspense>
      ) : null}
    </section>
  );
}
