'use client';

import { useMemo, useState, type ChangeEvent } from 'react';
import { CodeBlock } from '@/components/site/CodeBlock';
import earlierDefaults from '@/lib/upgrade/generated/earlier-defaults.json';
import type { JsonSchema } from '@/lib/schema/schema';
import { upgradeCommands } from '@/lib/site/install-commands';
import { carryValuesFile, earlierVersions, writtenFor, type AssistantResult } from '@/lib/upgrade/assistant';
import { versionHistory } from '@/lib/upgrade/history';
import type { Migration } from '@/lib/upgrade/migrate';
import { shownValue, STEP_LABEL } from '@/lib/upgrade/upgrade-notes';
import type { Json, JsonObject } from '@/lib/values/coalesce';
import { useHelmRepoUrl } from './useHelmRepoUrl';
import type { UpgradeAssistantProps } from './UpgradeAssistant';

const current = versionHistory.versions[0]!;

const dotted = (p: string[]) => p.join('.');
const plain = (v: Json | undefined) => shownValue(v).replace(/^`+ ?| ?`+$/g, '');

/** One list of changes, with its count in the heading; nothing when empty. */
function Changes({ title, testId, items }: { title: string; testId: string; items: React.ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h4 className="font-medium">
        {title} ({items.length})
      </h4>
      <ul className="ml-5 list-disc text-sm">{items}</ul>
    </div>
  );
}

function MigrationReport({ m }: { m: Migration }) {
  return (
    <div className="space-y-3" data-testid="upgrade-report">
      <Changes
        title="Renamed"
        testId="upgrade-renamed"
        items={m.renamed.map((r) => (
          <li key={r.from}>
            <code>{r.from}</code> → <code>{r.to}</code>: {plain(r.value)} → {plain(r.newValue)}
            {r.conflict ? ' (the file set the new key too: its value there is kept)' : ''}. {r.why}
          </li>
        ))}
      />
      <Changes
        title="Converted"
        testId="upgrade-retyped"
        items={m.retyped.map((r) => (
          <li key={dotted(r.path)}>
            <code>{dotted(r.path)}</code>: {plain(r.value)} → {plain(r.newValue)}. {r.why}
          </li>
        ))}
      />
      <Changes
        title="Removed"
        testId="upgrade-removed"
        items={m.removed.map((r) => (
          <li key={dotted(r.path)}>
            <code>{dotted(r.path)}</code>: {r.why} {r.instead}
          </li>
        ))}
      />
      <Changes
        title={`Needed by ${m.to}`}
        testId="upgrade-needed"
        items={m.needed.map((n, i) => (
          <li key={`${n.rule}-${i}`}>
            {n.message} (
            {n.fields.map((f, j) => (
              <span key={f}>
                {j > 0 ? ', ' : ''}
                <a href={`/reference#${f}`}>{f}</a>
              </span>
            ))}
            )
          </li>
        ))}
      />
      <Changes
        title="Defaults that changed under keys your file leaves to the chart"
        testId="upgrade-defaults"
        items={m.changedDefaults.map((c) => (
          <li key={dotted(c.path)}>
            <code>{dotted(c.path)}</code>: {plain(c.from)} → {plain(c.to)}
          </li>
        ))}
      />
      <Changes
        title={`Not values of ${m.to} (kept: helm will name them)`}
        testId="upgrade-unknown"
        items={m.unknown.map((p) => (
          <li key={dotted(p)}>
            <code>{dotted(p)}</code>
          </li>
        ))}
      />
      {m.leftToChart.length + m.sameAsNewDefault.length > 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="upgrade-left-out">
          Left out of the file: {m.leftToChart.length} value(s) equal to {m.from}&apos;s default (they follow the chart) and{' '}
          {m.sameAsNewDefault.length} equal to {m.to}&apos;s default.
        </p>
      ) : null}
      <Changes
        title="What the upgrade does"
        testId="upgrade-steps"
        items={m.upgrade.map((u, i) => (
          <li key={i}>
            {STEP_LABEL[u.kind]}: {u.text}
          </li>
        ))}
      />
    </div>
  );
}

/**
 * Carries a values file written for an earlier chart version to this one (lib/upgrade/assistant.ts): what
 * changed, change by change, the minimal file, and the `helm upgrade` that applies it. Runs in this browser only;
 * loaded when the user opens the assistant (./UpgradeAssistant.tsx).
 */
export default function UpgradeAssistantBody({ defaults, schema, onOpen }: UpgradeAssistantProps) {
  const versions = useMemo(() => earlierVersions(versionHistory), []);
  const [text, setText] = useState('');
  const [from, setFrom] = useState(versions[0] ?? '');
  const [result, setResult] = useState<AssistantResult | null>(null);
  const repo = useHelmRepoUrl();
  const named = writtenFor(text, versionHistory);

  function onText(next: string) {
    setText(next);
    setResult(null);
    const v = writtenFor(next, versionHistory);
    if (v && versions.includes(v)) setFrom(v);
  }

  async function onUpload(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) onText(await file.text());
  }

  function carry() {
    setResult(
      carryValuesFile(text, from, {
        history: versionHistory,
        earlierDefaults: earlierDefaults as Record<string, JsonObject>,
        defaults,
        schema: schema as JsonSchema,
      }),
    );
  }

  return (
    <div className="mt-3 space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Paste or upload the values file you installed an earlier version with. It is carried to chart {current.version}: renames applied,
        removed values dropped with their reason, and what {current.version} needs that the file lacks. Nothing leaves this browser.
      </p>
      <label className="block text-sm font-medium">
        Your values file
        <textarea
          value={text}
          onChange={(e) => onText(e.target.value)}
          rows={8}
          spellCheck={false}
          className="mt-1 block w-full rounded border border-slate-300 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
      </label>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          Or upload it{' '}
          <input type="file" accept=".yaml,.yml,application/yaml,text/yaml,text/plain" onChange={onUpload} className="text-sm" />
        </label>
        <label className="text-sm">
          Written for chart version{' '}
          <select
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          >
            {versions.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </label>
        {named ? <span className="text-sm text-slate-700 dark:text-slate-300">(named by the file&apos;s header)</span> : null}
        <button
          type="button"
          onClick={carry}
          disabled={!text.trim()}
          className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900"
        >
          Carry it to {current.version}
        </button>
      </div>
      {result && !result.ok ? (
        <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-300" data-testid="upgrade-error">
          {result.message}
        </p>
      ) : null}
      {result?.ok ? (
        <div className="space-y-3">
          <h3 className="font-semibold">
            From {result.migration.from} to {result.migration.to}
          </h3>
          <MigrationReport m={result.migration} />
          <h4 className="font-medium">The values file for {current.version}</h4>
          <pre tabIndex={0} className="overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-900" data-testid="upgrade-result">
            {result.text}
          </pre>
          <button
            type="button"
            onClick={() => onOpen(result.text, { version: result.migration.from, text })}
            className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
          >
            Open it in the configurator
          </button>
          <div data-testid="upgrade-commands">
            <CodeBlock
              code={upgradeCommands(repo, { version: current.version, valuesFiles: ['values.yaml'] }).join('\n')}
              label="Copy commands"
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
