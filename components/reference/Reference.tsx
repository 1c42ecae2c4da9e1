import Link from 'next/link';
import { SearchBox } from '@/components/docs/SearchBox';
import { ReferenceFilter } from './ReferenceFilter';
import { valueBacklinks } from '@/lib/docs/backlinks';
import { loadAllDocs } from '@/lib/docs/content';
import { sectionsHtml } from '@/lib/reference/entry-html';
import { currentReferenceVersion, loadReferenceOf, referenceVersions } from '@/lib/reference/versions';

export const REFERENCE_META = {
  title: 'Chart reference',
  description: 'Every value of the Aeterna Helm chart with its type, default, allowed values and description.',
};

/** Links to every version's reference (stable URLs) and to what changed between versions. */
function VersionPicker({ version }: { version: string }) {
  return (
    <nav aria-label="Chart versions" className="text-sm" data-testid="reference-versions">
      Chart version:{' '}
      {referenceVersions.map((v, i) => (
        <span key={v}>
          {i > 0 ? ' · ' : ''}
          {v === version ? (
            <strong aria-current="page">{v}</strong>
          ) : (
            <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href={`/reference/${v}`}>
              {v}
            </Link>
          )}
          {v === currentReferenceVersion ? ' (newest)' : ''}
        </span>
      ))}
      {referenceVersions.length > 1 ? (
        <>
          {' '}
          ·{' '}
          <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href="/reference/changes">
            What changed between versions
          </Link>
        </>
      ) : null}
    </nav>
  );
}

/** Generated from charts/aeterna/values.schema.json and values.yaml at build time (an earlier version: from the files it was released with). */
export function Reference({ version = currentReferenceVersion }: { version?: string }) {
  const ref = loadReferenceOf(version);
  const docs = loadAllDocs();
  const links = { docs: valueBacklinks(docs), basePath: process.env.NEXT_PUBLIC_BASE_PATH ?? '' };
  return (
    <div className="space-y-6">
      <div className="max-w-xl">
        <SearchBox />
      </div>
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Chart reference{version === currentReferenceVersion ? '' : ` ${version}`}
        </h1>
        <VersionPicker version={version} />
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Every value of the chart, generated from <code>values.schema.json</code> and <code>values.yaml</code>. Set them with{' '}
          <code>-f my-values.yaml</code> or <code>--set path=value</code>; link to one with its path, e.g.{' '}
          <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href="/reference#redis.enabled">
            /reference#redis.enabled
          </Link>
          .
        </p>
      </header>
      <nav aria-label="Sections of the reference">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {ref.sections.map((s) => (
            <li key={s.id}>
              <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href={`#${s.id}`}>
                {s.name}
              </Link>
            </li>
          ))}
          {ref.rules.length ? (
            <li>
              <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href="#rules">
                Rules between values
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <ReferenceFilter total={ref.entries.length} />
      {/* Static HTML: hundreds of entries with nothing to hydrate (see lib/reference/entry-html.ts). */}
      <div dangerouslySetInnerHTML={{ __html: sectionsHtml(ref.sections, links) }} />
      {ref.rules.length ? (
        <section aria-labelledby="rules">
          <h2 id="rules" className="scroll-mt-28 pt-4 text-2xl font-semibold text-slate-900 dark:text-white">
            Rules between values
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Checked by the schema on every install, upgrade, template and lint. The messages Helm prints are explained in{' '}
            <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href="/docs/troubleshooting">
              Troubleshooting
            </Link>
            .
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {ref.rules.map((r, i) => (
              <li key={i}>{r.description}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
