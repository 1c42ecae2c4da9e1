'use client';

/**
 * The target-cluster control's unfolded part (./TargetCluster.tsx loads it when the control is first opened): the
 * presets, the Kubernetes version and the kubectl paste. Thin over lib/cluster/: the parsing, the presets and the
 * checks live there.
 */
import { useId, useState } from 'react';
import { parseKubectlOutput } from '@/lib/cluster/kubectl-output';
import { parseKubeVersion } from '@/lib/cluster/kube-version';
import { CLUSTER_PRESETS, hasPreset, otherApiVersions, withPreset } from '@/lib/cluster/presets';
import type { TargetClusterProps } from './TargetCluster';

const INPUT = 'mt-1 w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900';
const SHOWN_APIS = 200;

export function TargetClusterBody({ profile, onChange, versionWarning }: TargetClusterProps) {
  const id = useId();
  // The typed text, and the profile version it was last in step with: a version set elsewhere (a paste, a link)
  // replaces what was typed; a text that is no version yet leaves the profile as it was.
  const [typed, setTyped] = useState({ text: profile.kubeVersion, for: profile.kubeVersion });
  if (typed.for !== profile.kubeVersion && parseKubeVersion(typed.text).ok)
    setTyped({ text: profile.kubeVersion, for: profile.kubeVersion });
  const versionError = (() => {
    const r = parseKubeVersion(typed.text);
    return r.ok ? null : r.message;
  })();
  const [paste, setPaste] = useState('');
  const [pasted, setPasted] = useState<{ ok: boolean; message: string } | null>(null);

  function typeVersion(text: string) {
    const r = parseKubeVersion(text);
    setTyped({ text, for: r.ok ? r.version : profile.kubeVersion });
    if (r.ok && r.version !== profile.kubeVersion) onChange({ ...profile, kubeVersion: r.version });
  }

  function applyPaste() {
    const r = parseKubectlOutput(paste);
    if (!r.ok) return setPasted(r);
    if (r.from === 'kubectl version') {
      onChange({ ...profile, kubeVersion: r.kubeVersion });
      setTyped({ text: r.kubeVersion, for: r.kubeVersion });
      setPasted({ ok: true, message: `Kubernetes ${r.kubeVersion}, from kubectl version.` });
    } else {
      onChange({ ...profile, apiVersions: r.apiVersions });
      const beyond = r.apiVersions.length;
      setPasted({
        ok: true,
        message: `From kubectl api-versions (${r.listed} listed): ${beyond === 0 ? 'nothing' : `${beyond} API version${beyond === 1 ? '' : 's'} and kinds`} beyond Kubernetes’ own.`,
      });
    }
  }

  const others = otherApiVersions(profile);

  return (
    <>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        What your cluster serves decides what the chart renders (<code>--kube-version</code>, <code>--api-versions</code>): the manifests,
        the warnings and the share link follow it.
      </p>
      <fieldset className="text-sm">
        <legend className="font-semibold">Beyond Kubernetes&apos; own APIs, the cluster has (none: a plain cluster)</legend>
        {CLUSTER_PRESETS.map((p) => (
          <label key={p.id} className="mt-1 flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1"
              checked={hasPreset(profile, p.id)}
              onChange={(e) => onChange(withPreset(profile, p.id, e.target.checked))}
            />
            <span>
              {p.label} <span className="text-slate-700 dark:text-slate-300">({p.source})</span>
            </span>
          </label>
        ))}
      </fieldset>
      {others.length > 0 ? (
        <details className="text-sm" data-testid="other-apis">
          <summary className="cursor-pointer">
            and {others.length} other API version{others.length === 1 ? '' : 's'} (from a paste)
          </summary>
          <ul className="mt-1 max-h-40 overflow-auto font-mono text-xs">
            {others.slice(0, SHOWN_APIS).map((v) => (
              <li key={v}>{v}</li>
            ))}
            {others.length > SHOWN_APIS ? <li>…</li> : null}
          </ul>
          <button
            type="button"
            className="mt-1 rounded border border-slate-400 px-2 py-1 text-xs"
            onClick={() => onChange({ ...profile, apiVersions: profile.apiVersions.filter((v) => !others.includes(v)) })}
          >
            Forget them
          </button>
        </details>
      ) : null}
      <label className="block text-sm" htmlFor={`${id}-version`}>
        Kubernetes version
      </label>
      <input
        id={`${id}-version`}
        className={INPUT}
        value={typed.text}
        inputMode="decimal"
        autoComplete="off"
        aria-invalid={versionError ? true : undefined}
        aria-describedby={`${id}-version-note`}
        onChange={(e) => typeVersion(e.target.value)}
      />
      <p id={`${id}-version-note`} className="text-sm" data-testid="kube-version-note">
        {versionError ? (
          <span className="text-red-800 dark:text-red-300">{versionError}</span>
        ) : versionWarning ? (
          <span className="text-amber-900 dark:text-amber-200" data-testid="kube-version-warning">
            {versionWarning}
          </span>
        ) : (
          <span className="text-slate-700 dark:text-slate-300">As kubectl version prints it as Server Version.</span>
        )}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer">Paste kubectl output</summary>
        <label htmlFor={`${id}-paste`} className="mt-2 block">
          What <code>kubectl version</code> (text, <code>-o json</code> or <code>-o yaml</code>) or <code>kubectl api-versions</code> prints
        </label>
        <textarea
          id={`${id}-paste`}
          className={`${INPUT} h-24 font-mono text-xs`}
          value={paste}
          spellCheck={false}
          onChange={(e) => {
            setPaste(e.target.value);
            setPasted(null);
          }}
        />
        <button type="button" className="mt-1 rounded border border-slate-400 px-3 py-1.5" onClick={applyPaste}>
          Use this output
        </button>
        <p role="status" aria-live="polite" className="mt-1" data-testid="paste-result">
          {pasted ? <span className={pasted.ok ? '' : 'text-red-800 dark:text-red-300'}>{pasted.message}</span> : null}
        </p>
      </details>
    </>
  );
}
