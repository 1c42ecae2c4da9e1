'use client';

/**
 * What `helm install` of the served chart would deploy with the editor's values: Helm's own engine (WebAssembly, in a
 * Web Worker) renders the chart archive the site serves under /charts. Nothing leaves the browser.
 */
import { useEffect, useMemo, useState } from 'react';
import { changeOf, docKey, lineDiff } from '@/lib/engine/manifest-diff';
import { measureFirstManifests } from './engine-timing';
import type { ClusterProfile } from '@/lib/cluster/profile';
import type { EngineFiles, HelmDocument, RenderSettings } from '../../lib/engine/protocol';
import { useHelmEngine } from './useHelmEngine';
import { useManifests } from './useManifests';
import { VersionComparison, type EarlierFile } from './VersionComparison';
import { ImagesPanel } from './ImagesPanel';

type Release = Pick<RenderSettings, 'release' | 'namespace'>;

type Shown = HelmDocument & { change: 'added' | 'changed' | 'same' | 'unknown' };

const INPUT = 'mt-1 w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900';

export interface ManifestsViewProps {
  files: EngineFiles;
  values: string;
  earlier?: EarlierFile;
  /** The configurator's target cluster (its "Target cluster" control): `--kube-version` and `--api-versions`. */
  profile: ClusterProfile;
  /** The chart's values.yaml: the private-registry rewrite reads the image defaults from it. */
  defaultsText?: string;
}

export default function ManifestsView({ files, values, earlier, profile, defaultsText = '' }: ManifestsViewProps) {
  const { status, render } = useHelmEngine(files);
  const [release, setRelease] = useState<Release>({ release: 'aeterna', namespace: 'aeterna' });
  const settings = useMemo<RenderSettings>(() => ({ ...release, cluster: profile }), [release, profile]);
  const { result, defaults } = useManifests(render, status.kind === 'failed', values, settings);
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (result) measureFirstManifests();
  }, [result]);

  // Each document's change against the defaults, computed once per render result.
  const shown = useMemo<Shown[]>(
    () => (result?.error ? [] : (result?.documents ?? [])).map((d) => ({ ...d, change: defaults ? changeOf(d, defaults) : 'unknown' })),
    [result, defaults],
  );
  const byKind = useMemo(() => {
    const groups = new Map<string, Shown[]>();
    const q = query.trim().toLowerCase();
    for (const d of shown) {
      if (onlyChanged && d.change === 'same') continue;
      if (q && !`${d.kind} ${d.name} ${d.source}\n${d.content}`.toLowerCase().includes(q)) continue;
      groups.set(d.kind, [...(groups.get(d.kind) ?? []), d]);
    }
    return [...groups.entries()];
  }, [shown, query, onlyChanged]);
  const changed = defaults ? shown.filter((d) => d.change !== 'same').length : null;

  return (
    <div className="space-y-3" data-testid="manifests-view">
      <SettingsForm settings={release} onChange={setRelease} />
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="manifests-cluster">
        For Kubernetes {profile.kubeVersion}
        {profile.apiVersions.length > 0
          ? `, serving ${profile.apiVersions.length} API version${profile.apiVersions.length === 1 ? '' : 's'} beyond Kubernetes' own`
          : ', serving no API beyond Kubernetes’ own'}{' '}
        (<a href="#target-cluster-title">Target cluster</a>).
      </p>
      {status.kind === 'loading' ? (
        <div role="status">
          <p className="text-sm">Loading Helm&apos;s engine ({Math.round((100 * status.loaded) / Math.max(1, status.total))}%)…</p>
          <progress className="w-full" max={status.total} value={status.loaded} aria-label="Loading Helm's engine" />
        </div>
      ) : null}
      {status.kind === 'failed' ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          Helm&apos;s engine could not be loaded: {status.message}
        </p>
      ) : null}
      {result?.stopped ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="render-stopped">
          {result.error}
        </p>
      ) : result?.error ? (
        <div role="alert" data-testid="helm-error">
          <p className="text-sm font-semibold text-red-800 dark:text-red-300">helm template would fail:</p>
          <pre className="overflow-x-auto whitespace-pre-wrap rounded bg-red-50 p-2 text-xs text-red-900 dark:bg-red-950 dark:text-red-200">
            Error: {result.error}
          </pre>
        </div>
      ) : null}
      {result && !result.error ? (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm" data-testid="manifests-summary">
              {(result.documents ?? []).length} documents from {new Set((result.documents ?? []).map((d) => d.source)).size} templates
            </p>
            {changed !== null ? (
              <label className="text-sm" data-testid="manifests-changed">
                <input type="checkbox" className="mr-1" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
                Only the {changed} that differ from the chart defaults
              </label>
            ) : null}
            <button type="button" onClick={() => download(result.output)} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
              Download manifests.yaml
            </button>
            <label className="text-sm">
              Search{' '}
              <input
                type="search"
                className="ml-1 rounded border border-slate-400 px-2 py-1 dark:bg-slate-900"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="manifests-preview-note">
            Rendered as <code>helm template … --set generatedSecrets.withoutCluster=generate</code>: without a cluster the KMS key, the
            sign-in key and the bundled database&apos;s passwords are new on every render. helm upgrade --install creates them once and
            keeps them; Argo CD and other tools that render without the cluster need them as your own Secrets.
          </p>
          <ImagesPanel documents={result.documents ?? []} values={values} defaultsText={defaultsText} archiveUrl={files.archiveUrl} />
          <VersionComparison render={render} settings={settings} now={result} archiveUrl={files.archiveUrl} earlier={earlier} />
          {byKind.map(([kind, docs]) => (
            <KindGroup key={kind} kind={kind} docs={docs} defaults={defaults} />
          ))}
          {result.notes ? (
            <details className="rounded border border-slate-200 p-2 dark:border-slate-700">
              <summary className="cursor-pointer text-sm font-semibold">NOTES</summary>
              <pre className="mt-2 overflow-auto whitespace-pre-wrap text-xs">{result.notes}</pre>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function download(output: string) {
  const url = URL.createObjectURL(new Blob([output], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'manifests.yaml';
  a.click();
  URL.revokeObjectURL(url);
}

/** Release and namespace: the flags `helm template` would get besides the target cluster's. */
function SettingsForm({ settings, onChange }: { settings: Release; onChange: (s: Release) => void }) {
  const text = (key: keyof Release) => (e: { target: { value: string } }) => onChange({ ...settings, [key]: e.target.value });
  return (
    <div className="grid grid-cols-2 gap-2 text-sm">
      <label className="block">
        Release name
        <input className={INPUT} value={settings.release} onChange={text('release')} />
      </label>
      <label className="block">
        Namespace
        <input className={INPUT} value={settings.namespace} onChange={text('namespace')} />
      </label>
    </div>
  );
}

/** The documents of one kind, each marked against the defaults' render. */
function KindGroup({ kind, docs, defaults }: { kind: string; docs: Shown[]; defaults: Map<string, string> | null }) {
  return (
    <details className="rounded border border-slate-200 p-2 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-semibold">
        {kind} ({docs.length})
      </summary>
      {docs.map((d, i) => (
        <div key={`${d.source}-${i}`} className="mt-2">
          <p className="text-xs text-slate-700 dark:text-slate-300">
            {d.name} · <code>{d.source}</code>
            {d.hook ? ' · hook' : ''}
            {d.change === 'added' ? ' · not rendered with the defaults' : d.change === 'changed' ? ' · differs from the defaults' : ''}
          </p>
          <pre className="max-h-80 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{d.content}</pre>
          {d.change === 'changed' && defaults ? <ChangesFromDefaults before={defaults.get(docKey(d)) ?? ''} after={d.content} /> : null}
        </div>
      ))}
    </details>
  );
}

/** The changed lines of one document, computed only when opened. */
function ChangesFromDefaults({ before, after }: { before: string; after: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-xs">Changes from the defaults</summary>
      {open ? (
        <pre className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800" data-testid="manifest-diff">
          {lineDiff(before, after)
            .filter((l) => l.op !== ' ')
            .map((l) => `${l.op} ${l.text}`)
            .join('\n')}
        </pre>
      ) : null}
    </details>
  );
}
