'use client';

/**
 * "Images this release pulls", under the manifests it is read from: the list (lib/images/collect.ts), the
 * private-registry rewrite of the values (lib/images/private-registry.ts) and the offline bundle (lib/images/
 * bundle.ts), zipped by a module loaded on click so that the zip library never weighs on the first load. Folded, and
 * worked out only once opened: reading the images means parsing every manifest (some 70 ms on a 2-core machine),
 * which would otherwise delay every render of the manifests view, the first one included.
 */
import { useMemo, useState } from 'react';
import { parse } from 'yaml';
import type { HelmDocument } from '@/lib/engine/protocol';
import { describeUse, imagesOfManifests, manifestsOfDocuments } from '@/lib/images/collect';
import { mirrorCopies, valuesWithPrivateRegistry } from '@/lib/images/private-registry';
import { parsePrivateRegistry } from '@/lib/images/reference';
import type { JsonObject } from '@/lib/values/coalesce';

const INPUT = 'mt-1 w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900';

interface Props {
  documents: HelmDocument[];
  values: string;
  defaultsText: string;
  archiveUrl: string;
}

export function ImagesPanel(props: Props) {
  // Stays mounted once opened, so that a registry typed in survives folding the panel again.
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="rounded border border-slate-200 p-2 dark:border-slate-700"
      data-testid="images-panel"
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary className="cursor-pointer text-sm font-semibold">Images this release pulls</summary>
      {opened ? <ImagesPanelBody {...props} /> : null}
    </details>
  );
}

function ImagesPanelBody({ documents, values, defaultsText, archiveUrl }: Props) {
  const { images, problems } = useMemo(() => imagesOfManifests(manifestsOfDocuments(documents)), [documents]);
  const [registryText, setRegistryText] = useState('');
  const [bundle, setBundle] = useState<'idle' | 'working' | string>('idle');
  let registry: string | null = null;
  let registryError: string | null = null;
  if (registryText.trim()) {
    try {
      registry = parsePrivateRegistry(registryText);
    } catch (e) {
      registryError = e instanceof Error ? e.message : String(e);
    }
  }
  // The chart's defaults (for each image value's default) are read only once a registry is given.
  const needsDefaults = registry !== null;
  const defaults = useMemo(() => (needsDefaults ? ((parse(defaultsText) ?? {}) as JsonObject) : null), [needsDefaults, defaultsText]);
  const rewritten = useMemo(
    () => (registry && defaults ? valuesWithPrivateRegistry(values, defaults, registry) : null),
    [registry, values, defaults],
  );
  const plan = useMemo(() => (registry ? mirrorCopies(images, registry) : null), [registry, images]);

  async function download() {
    if (!registry || rewritten === null || !plan) return;
    setBundle('working');
    try {
      const { offlineBundle } = await import('./offline-bundle');
      await offlineBundle({ archiveUrl, registry, values: rewritten, ...plan });
      setBundle('idle');
    } catch (e) {
      setBundle(`The bundle could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <>
      <p className="mt-2 text-xs" data-testid="image-count">
        {images.length} image{images.length === 1 ? '' : 's'}
      </p>
      <ul className="mt-2 space-y-2 text-xs" data-testid="image-list">
        {images.map((i) => (
          <li key={i.reference}>
            <code className="font-semibold">{i.reference}</code>
            <span className="text-slate-700 dark:text-slate-300">
              {' '}
              · registry {i.ref.registry} · repository {i.ref.repository} ·{' '}
              {i.ref.digest ? `digest ${i.ref.digest}` : `tag ${i.ref.tag ?? 'latest (none written)'}`}
            </span>
            <ul className="ml-4 list-disc">
              {i.usedBy.map((u, n) => (
                <li key={n}>{describeUse(u)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {problems.length ? (
        <ul role="alert" className="mt-2 text-xs text-red-800 dark:text-red-300">
          {problems.map((p, n) => (
            <li key={n}>
              {describeUse(p.use)}: <code>{p.written}</code>: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 space-y-2 border-t border-slate-200 pt-2 dark:border-slate-700">
        <label className="block text-sm">
          Private registry (host[:port][/path]) to install from without internet access
          <input
            className={INPUT}
            value={registryText}
            placeholder="e.g. registry.example.com:5000/mirror"
            onChange={(e) => setRegistryText(e.target.value)}
            aria-describedby="registry-error"
          />
        </label>
        {registryError ? (
          <p id="registry-error" role="alert" className="text-sm text-red-800 dark:text-red-300">
            {registryError}
          </p>
        ) : null}
        {plan?.clashes.length ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            These images would land on the same name in {registry}: {plan.clashes.map((c) => c.join(' and ')).join('; ')}. Give them paths
            of their own first.
          </p>
        ) : null}
        {registry && rewritten === null ? <p className="text-sm">Fix the values file first: it cannot be read.</p> : null}
        {registry && rewritten !== null ? (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Your values with every image moved to <code>{registry}</code> through the charts&apos; own image values (Bitnami needs{' '}
              <code>global.security.allowInsecureImages</code> for any registry of yours):
            </p>
            <pre className="max-h-80 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100" data-testid="private-registry-values">
              {rewritten}
            </pre>
            <button
              type="button"
              onClick={() => void download()}
              disabled={bundle === 'working'}
              className="rounded border border-slate-400 px-3 py-1.5 text-sm"
            >
              {bundle === 'working' ? 'Making the bundle…' : 'Download the offline bundle (zip)'}
            </button>
            {bundle !== 'idle' && bundle !== 'working' ? (
              <p role="alert" className="text-sm text-red-800 dark:text-red-300">
                {bundle}
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
