'use client';

import { useState } from 'react';
import { CodeBlock } from '@/components/site/CodeBlock';
import { installCommands } from '@/lib/site/install-commands';
import { useHelmRepoUrl } from './useHelmRepoUrl';
import type { JsonObject } from '@/lib/values/coalesce';
import { kubectlSecretCommands, secretsToCreate } from '@/lib/values/secret-commands';
import { withValuesFileHeader } from '@/lib/values/file-header';

const NAMESPACE = 'aeterna';

interface Props {
  text: string;
  /** The chart version and appVersion this page configures, named in the downloaded file's header. */
  chart: { version: string; appVersion: string };
  effective: JsonObject;
  valid: boolean;
}

/** Copy, download and the commands that install this values file from this site's Helm repository. */
export function LeaveWithResult({ text, chart, effective, valid }: Props) {
  const [copied, setCopied] = useState(false);
  const repo = useHelmRepoUrl();
  const secrets = secretsToCreate(effective);
  const lines: string[] = [];
  if (secrets.length > 0) {
    lines.push(`kubectl create namespace ${NAMESPACE}`);
    lines.push(...kubectlSecretCommands(secrets, NAMESPACE));
  }
  lines.push(...installCommands(repo, { namespace: NAMESPACE, valuesFiles: ['values.yaml'] }));

  function download() {
    // The editor's text, under a header naming the chart version (the upgrade assistant reads it back later).
    const blob = new Blob([withValuesFileHeader(text, chart.version, chart.appVersion)], { type: 'application/yaml' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'values.yaml';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function copy() {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  return (
    <section aria-labelledby="install-title" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="install-title" className="text-lg font-semibold">
        Install it
      </h2>
      {!valid ? (
        <p className="text-sm font-medium text-red-800 dark:text-red-300">
          Fix the problems listed above first: helm would refuse this file.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={download}
          className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900"
        >
          Download values.yaml
        </button>
        <button type="button" onClick={copy} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
          {copied ? 'Copied' : 'Copy values.yaml'}
        </button>
      </div>
      {secrets.length > 0 ? (
        <p className="text-sm">
          Create the Secrets your values name first ({secrets.map((s) => `${s.name}: ${s.purpose}`).join('; ')}); replace each{' '}
          <code>&lt;placeholder&gt;</code> with the real value.
        </p>
      ) : null}
      <div data-testid="install-commands">
        <CodeBlock code={lines.join('\n')} label="Copy commands" />
      </div>
    </section>
  );
}
