'use client';

/**
 * "Compare with version X": the earlier archive this site serves, rendered by the same engine with the earlier
 * values file (the one the upgrade assistant carried, else that version's defaults), against what this view shows
 * now. Objects added, removed, changed and renamed, by kind and name (lib/engine/release-diff.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { helmRequest, type HelmResponse, type RenderSettings } from '@/lib/engine/protocol';
import { releaseDiff, releaseDiffSummary, type RenderedObject } from '@/lib/engine/release-diff';
import { versionHistory } from '@/lib/upgrade/history';
import type { Render } from './useHelmEngine';

export interface EarlierFile {
  version: string;
  text: string;
}

const current = versionHistory.versions[0]!.version;
const earlierVersions = versionHistory.versions.filter((v) => v.commit).map((v) => v.version);
const label = (o: RenderedObject) => `${o.kind} ${o.name}`;

/** The URL of another version's archive, next to this version's under /charts. */
function archiveOf(archiveUrl: string, version: string): string {
  return archiveUrl.replace(/aeterna-[^/]+\.tgz$/, `aeterna-${version}.tgz`);
}

export function VersionComparison({
  render,
  settings,
  now,
  archiveUrl,
  earlier,
}: {
  render: Render;
  settings: RenderSettings;
  now: HelmResponse;
  archiveUrl: string;
  earlier?: EarlierFile;
}) {
  const [version, setVersion] = useState(earlier?.version ?? '');
  const [before, setBefore] = useState<HelmResponse | null>(null);
  const oldValues = earlier && earlier.version === version ? earlier.text : '';

  useEffect(() => {
    if (!version) return;
    let live = true;
    void render({ ...helmRequest(oldValues, settings, false) }, { archiveUrl: archiveOf(archiveUrl, version), lane: 'earlier' }).then(
      (r) => live && r && setBefore(r),
    );
    return () => {
      live = false;
    };
  }, [version, oldValues, settings, render, archiveUrl]);

  const diff = useMemo(() => (before?.documents && now.documents ? releaseDiff(before.documents, now.documents) : null), [before, now]);
  if (earlierVersions.length === 0) return null;
  return (
    <section className="space-y-2 rounded border border-slate-200 p-2 dark:border-slate-700" data-testid="version-comparison">
      <label className="text-sm">
        Compare with version{' '}
        <select
          value={version}
          onChange={(e) => {
            setBefore(null);
            setVersion(e.target.value);
          }}
          className="rounded border border-slate-400 px-2 py-1 dark:bg-slate-900"
        >
          <option value="">(none)</option>
          {earlierVersions.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {version ? (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          {version} rendered with {oldValues ? 'your earlier values file (from the upgrade assistant)' : `its own defaults`}; {current} with
          the values on this page.
        </p>
      ) : null}
      {version && before?.error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {version} could not be rendered: {before.error}
        </p>
      ) : null}
      {version && diff ? (
        <div className="space-y-1 text-sm">
          <p data-testid="version-diff-summary">
            From {version} to {current}: {releaseDiffSummary(diff)}
          </p>
          <ObjectList title="Added" testId="version-diff-added" items={diff.added.map(label)} />
          <ObjectList title="Removed" testId="version-diff-removed" items={diff.removed.map(label)} />
          <ObjectList
            title="Renamed"
            testId="version-diff-renamed"
            items={diff.renamed.map((r) => `${r.before.kind} ${r.before.name} → ${r.after.name}`)}
          />
          {diff.changed.length ? (
            <div data-testid="version-diff-changed">
              <p className="font-medium">Changed ({diff.changed.length})</p>
              {diff.changed.map((c) => (
                <details key={label(c.after)} className="ml-3">
                  <summary className="cursor-pointer text-xs">{label(c.after)}</summary>
                  <pre className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">
                    {c.lines.map((l) => `${l.op} ${l.text}`).join('\n')}
                  </pre>
                </details>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function ObjectList({ title, testId, items }: { title: string; testId: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <p className="font-medium">
        {title} ({items.length})
      </p>
      <ul className="ml-5 list-disc text-xs">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}
