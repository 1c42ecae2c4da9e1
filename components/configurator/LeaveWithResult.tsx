'use client';

import { useState } from 'react';
import { CodeBlock } from '@/components/site/CodeBlock';
import { installCommands } from '@/lib/site/install-commands';
import { useHelmRepoUrl } from './useHelmRepoUrl';
import type { JsonObject } from '@/lib/values/coalesce';
import { kubectlSecretCommands, secretsToCreate } from '@/lib/values/secret-commands';
import { withValuesFileHeader } from '@/lib/values/file-header';
import { saveTextFile } from './save-file';
import { InstallExports } from './InstallExports';
import { PLAIN_CLUSTER } from '@/lib/cluster/profile';
import type { GeneratedSecretsText } from '@/lib/chart/generated-secrets';

const NAMESPACE = 'aeterna';
const RELEASE = 'aeterna';

interface Props {
  text: string;
  /**
   * The chart version and appVersion this page configures, named in the downloaded file's header, and the digest of
   * its archive in this site's index.yaml (null when the index does not list it), which the exports pin.
   */
  chart: { version: string; appVersion: string; digest: string | null };
  /** The values as written (what the exports carry). */
  values: JsonObject;
  effective: JsonObject;
  /** The words of the chart's refusal to generate must-not-change Secrets without the cluster. */
  generatedSecrets: GeneratedSecretsText;
  valid: boolean;
  /** Why `text` is not a values file to download (it does not parse, was refused, or is still being checked), or null. */
  unreadable: 'syntax' | 'refused' | 'checking' | null;
}

const NOT_DOWNLOADED = {
  syntax: 'Not downloaded: the text in the editor does not parse (see Problems), so helm could not read it.',
  refused: 'Not downloaded: the text in the editor was refused (see Problems).',
  checking: 'Not downloaded: the text in the editor is still being checked; try again in a moment.',
} as const;

/** Copy, download and the commands that install this values file from this site's Helm repository. */
export function LeaveWithResult({ text, chart, values, effective, generatedSecrets, valid, unreadable }: Props) {
  const [copied, setCopied] = useState(false);
  // What the last click on Download did, so that nobody takes an older file for this text.
  const [downloaded, setDownloaded] = useState<{ text: string; message: string } | null>(null);
  const repo = useHelmRepoUrl();
  const secrets = secretsToCreate(effective);
  const lines: string[] = [];
  if (secrets.length > 0) {
    lines.push(`kubectl create namespace ${NAMESPACE}`);
    lines.push(...kubectlSecretCommands(secrets, NAMESPACE));
  }
  lines.push(...installCommands(repo, { namespace: NAMESPACE, valuesFiles: ['values.yaml'] }));

  function download() {
    if (unreadable) {
      setDownloaded({ text, message: `${NOT_DOWNLOADED[unreadable]} Copy values.yaml copies it as it is.` });
      return;
    }
    setDownloaded({ text, message: 'Downloaded the text in the editor as values.yaml.' });
    // The editor's text, under a header naming the chart version (the upgrade assistant reads it back later).
    saveTextFile(withValuesFileHeader(text, chart.version, chart.appVersion), 'values.yaml');
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
      {downloaded?.text === text ? (
        <p role="status" className="text-sm" data-testid="download-status">
          {downloaded.message}
        </p>
      ) : null}
      {secrets.length > 0 ? (
        <p className="text-sm">
          Create the Secrets your values name first ({secrets.map((s) => `${s.name}: ${s.purpose}`).join('; ')}); replace each{' '}
          <code>&lt;placeholder&gt;</code> with the real value.
        </p>
      ) : null}
      <div data-testid="install-commands">
        <CodeBlock code={lines.join('\n')} label="Copy commands" />
      </div>
      {/* The target-cluster profile comes from its own panel once there is one; until then a plain cluster. */}
      <InstallExports
        repoUrl={repo}
        release={RELEASE}
        namespace={NAMESPACE}
        pin={{ version: chart.version, digest: chart.digest }}
        profile={PLAIN_CLUSTER}
        values={values}
        effective={effective}
        valid={valid && !unreadable}
        generatedSecrets={generatedSecrets}
      />
    </section>
  );
}
