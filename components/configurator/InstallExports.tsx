'use client';

import { useState } from 'react';
import { CodeBlock } from '@/components/site/CodeBlock';
import type { GeneratedSecretsText } from '@/lib/chart/generated-secrets';
import type { ClusterProfile } from '@/lib/cluster/profile';
import { releaseExports, type ExportId } from '@/lib/exports/exports';
import type { ValuesIn } from '@/lib/exports/release';
import type { JsonObject } from '@/lib/values/coalesce';
import { saveTextFile } from './save-file';

interface Props {
  repoUrl: string;
  release: string;
  namespace: string;
  /** The chart version and its archive's digest in this site's index.yaml (null: the index does not list it). */
  pin: { version: string; digest: string | null };
  profile: ClusterProfile;
  /** The values as written (what the exports carry) and coalesced over the defaults (what the chart reads). */
  values: JsonObject;
  effective: JsonObject;
  valid: boolean;
  generatedSecrets: GeneratedSecretsText;
}

/** The configured release as helm commands, an Argo CD Application, Flux objects, a helmfile or Terraform. */
export function InstallExports({ repoUrl, release, namespace, pin, profile, values, effective, valid, generatedSecrets }: Props) {
  const [chosen, setChosen] = useState<ExportId>('helm');
  const [valuesIn, setValuesIn] = useState<ValuesIn>('inline');
  const all = releaseExports({
    input: { pin, repoUrl, release, namespace, profile, values, valuesIn },
    effective,
    valid,
    generatedSecrets,
  });
  const shown = all.find((e) => e.id === chosen) ?? all[0]!;
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

  return (
    <div className="space-y-2" data-testid="install-exports">
      <h3 className="font-semibold">Export the release</h3>
      <p className="text-sm">
        Aeterna chart <span data-testid="export-version">{pin.version}</span>
        {pin.digest ? (
          <>
            , archive <code data-testid="export-digest">{pin.digest}</code>
          </>
        ) : null}
        .
      </p>
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="sr-only">Where the export carries the values</legend>
        {(['inline', 'file'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-1">
            <input type="radio" name="export-values-in" checked={valuesIn === mode} onChange={() => setValuesIn(mode)} />
            {mode === 'inline' ? 'Values inline' : 'Values from the downloaded values.yaml'}
          </label>
        ))}
      </fieldset>
      <div role="tablist" aria-label="Export as" className="flex flex-wrap gap-1">
        {all.map((e) => (
          <button
            key={e.id}
            type="button"
            role="tab"
            id={`export-tab-${e.id}`}
            aria-selected={e.id === shown.id}
            aria-controls="export-panel"
            onClick={() => setChosen(e.id)}
            className={`rounded border px-2 py-1 text-xs ${e.id === shown.id ? 'border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900' : 'border-slate-400'}`}
          >
            {e.label}
            {e.ready ? '' : ' (not ready)'}
          </button>
        ))}
      </div>
      <div id="export-panel" role="tabpanel" aria-labelledby={`export-tab-${shown.id}`} data-testid={`export-${shown.id}`}>
        {shown.valuesIn !== valuesIn ? (
          <p className="text-sm" data-testid="export-values-in">
            {shown.valuesIn === 'file'
              ? `${shown.label} reads the downloaded values.yaml.`
              : `${shown.label} carries the values inline (a values file would need a Git repository beside the chart).`}
          </p>
        ) : null}
        {shown.ready ? (
          <>
            {/* One block per export: the copy button's "Copied" (components/islands/bootstrap.ts) rewrites its label
                outside React, so a block reused for another export would keep the old file name. */}
            <CodeBlock key={shown.id} code={shown.text} label={`Copy ${shown.fileName}`} />
            <button
              type="button"
              onClick={() => saveTextFile(shown.text, shown.fileName)}
              className="rounded border border-slate-400 px-3 py-1.5 text-sm"
            >
              Download {shown.fileName}
            </button>
          </>
        ) : (
          <div className="space-y-2 text-sm" data-testid="export-not-ready">
            <p className="font-medium text-red-800 dark:text-red-300">{shown.reason}</p>
            {shown.pending?.length ? (
              <>
                <ul className="list-disc pl-5">
                  {shown.pending.map((p) => (
                    <li key={p.setting}>
                      <code>{p.setting}</code>
                    </li>
                  ))}
                </ul>
                <p>The chart&apos;s own message, as Argo CD would show it:</p>
                <CodeBlock code={shown.refusal!.trim()} label="Copy message" />
              </>
            ) : null}
          </div>
        )}
        <p className="text-sm">
          <a className="underline" href={`${base}/docs/${shown.docs}`}>
            What this export needs first, and how to verify the signature
          </a>
        </p>
      </div>
    </div>
  );
}
