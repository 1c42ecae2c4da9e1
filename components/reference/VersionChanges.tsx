import Link from 'next/link';
import { formatValue } from '@/lib/reference/reference';
import { referenceVersions, versionChanges } from '@/lib/reference/versions';

export const VERSION_CHANGES_META = {
  title: 'What changed between chart versions',
  description:
    'Values added and removed and defaults changed, from one chart version to the next, computed from their schemas and values.yaml.',
};

/** Each consecutive pair of versions, newest first: computed from their files (lib/reference/versions.ts). */
export function VersionChanges() {
  const pairs = referenceVersions.slice(0, -1).map((to, i) => versionChanges(referenceVersions[i + 1]!, to));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{VERSION_CHANGES_META.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Computed from each version&apos;s <code>values.schema.json</code> and <code>values.yaml</code>. For what a values file needs
          (renames, removals with their reasons, new requirements) see the{' '}
          <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href="/docs/upgrading">
            upgrade notes
          </Link>
          ; the configurator&apos;s upgrade assistant applies them to your file.
        </p>
      </header>
      {pairs.map((c) => (
        <section key={c.to} aria-labelledby={`changes-${c.to}`} data-testid={`changes-${c.from}-${c.to}`}>
          <h2 id={`changes-${c.to}`} className="text-2xl font-semibold text-slate-900 dark:text-white">
            <Link prefetch={false} className="underline" href={`/reference/${c.from}`}>
              {c.from}
            </Link>{' '}
            →{' '}
            <Link prefetch={false} className="underline" href={`/reference/${c.to}`}>
              {c.to}
            </Link>
          </h2>
          <h3 className="mt-3 font-semibold">Defaults changed ({c.changedDefaults.length})</h3>
          <ul className="list-disc pl-6 text-sm" data-testid="changed-defaults">
            {c.changedDefaults.map((d) => (
              <li key={d.path.join('.')}>
                <code>{d.path.join('.')}</code>: <code>{formatValue(d.from)}</code> → <code>{formatValue(d.to)}</code>
              </li>
            ))}
          </ul>
          <h3 className="mt-3 font-semibold">Values removed ({c.removed.length})</h3>
          <ul className="list-disc pl-6 text-sm" data-testid="removed-values">
            {c.removed.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
          <h3 className="mt-3 font-semibold">Values added ({c.added.length})</h3>
          <ul className="list-disc pl-6 text-sm" data-testid="added-values">
            {c.added.map((p) => (
              <li key={p}>
                <Link
                  prefetch={false}
                  className="text-sky-800 underline dark:text-sky-300"
                  href={`/reference/${c.to}#${p.replace(/\.\*$/, '')}`}
                >
                  <code>{p}</code>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
