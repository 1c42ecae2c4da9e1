'use client';

import type { ClusterWarning } from '@/lib/cluster/warnings';
import type { SchemaIssue } from '@/lib/schema/validate';
import type { YamlProblem } from '@/lib/values/yaml-document';

interface Props {
  issues: readonly SchemaIssue[];
  /** False while the chart's cross-field rules are still loading. */
  rulesLoaded?: boolean;
  problems: readonly YamlProblem[];
  /** The text is waiting to be parsed (a large text, once typing pauses): the list is of the text before. */
  checking?: boolean;
  /** What the target cluster lacks for these values, or refuses (lib/cluster/warnings.ts): helm's own words. */
  warnings?: readonly ClusterWarning[];
  onGoToField: (path: string[]) => void;
  onGoToLine: (line: number, column: number) => void;
}

/** Every problem in one list; each entry jumps to its field (or to its line in the editor). */
export function ErrorList({ issues, problems, rulesLoaded = true, checking = false, warnings = [], onGoToField, onGoToLine }: Props) {
  const count = issues.length + problems.length;
  return (
    <section aria-labelledby="problems-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="problems-title" className="text-lg font-semibold">
        Problems
      </h2>
      <p role="status" aria-live="polite" className="mt-1 text-sm" data-testid="verdict">
        {checking
          ? 'Checking the text… (a large text is checked once typing pauses)'
          : problems.some((p) => p.refused)
            ? 'The text was refused; the form keeps the last values that were accepted.'
            : problems.length > 0
              ? 'The YAML does not parse; the form keeps the last values that did.'
              : count === 0
                ? rulesLoaded
                  ? 'No problems: this values file installs.'
                  : 'Checking the values against the chart’s schema and rules…'
                : `${count} problem${count === 1 ? '' : 's'}: helm would refuse this values file.`}
      </p>
      {count > 0 ? (
        <ul className="mt-2 space-y-1 text-sm" data-testid="error-list">
          {problems.map((p, i) => (
            <li key={`yaml-${i}`}>
              <button
                type="button"
                className="text-left text-red-800 underline dark:text-red-300"
                onClick={() => onGoToLine(p.line, p.column)}
              >
                {p.refused ? p.message : `YAML syntax error at line ${p.line}, column ${p.column}: ${p.message}`}
              </button>
            </li>
          ))}
          {issues.map((issue, i) => (
            <li key={`${issue.path.join('.')}-${i}`}>
              <button type="button" className="text-left text-red-800 underline dark:text-red-300" onClick={() => onGoToField(issue.path)}>
                {issue.message}
              </button>
              {issue.rule && issue.rule !== issue.message ? (
                <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="rule-message">
                  {issue.rule}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-semibold" id="cluster-warnings-title">
            For the target cluster
          </h3>
          <ul className="mt-1 space-y-1 text-sm" aria-labelledby="cluster-warnings-title" data-testid="cluster-warnings">
            {warnings.map((w) => (
              <li key={w.message}>
                {w.path.length > 0 ? (
                  <button
                    type="button"
                    className="text-left text-amber-900 underline dark:text-amber-200"
                    onClick={() => onGoToField(w.path)}
                  >
                    {w.message}
                  </button>
                ) : (
                  <span className="text-amber-900 dark:text-amber-200">{w.message}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
