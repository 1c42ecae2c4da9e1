'use client';

import { describeRemoval, type Removal } from '@/lib/values/secrets';

/** The link just made and every credential taken out of it, with what was done (SharePanel loads this on the first click). */
export function ShareResult({ url, removed }: { url: string; removed: Removal[] }) {
  return (
    <div className="space-y-1">
      <label className="block text-sm" htmlFor="share-url">
        Share link
      </label>
      <input
        id="share-url"
        readOnly
        value={url}
        className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div role="status" className="text-sm" data-testid="share-removed">
        {removed.length > 0 ? (
          <>
            <p>Credentials are never shared. Taken out of the link:</p>
            <ul className="list-disc pl-5 font-mono text-xs">
              {removed.map((r) => (
                <li key={r.path}>{describeRemoval(r)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>The link holds no credentials.</p>
        )}
      </div>
    </div>
  );
}
