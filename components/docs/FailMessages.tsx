import type { ValidationMessage } from '@/lib/chart/template-messages';
import { ValueLinks } from './ValueLinks';

/**
 * Every message the chart's templates can stop with, as found in templates/_validation.tpl when the site was
 * built (rule messages from validation-rules.json), with the values each one is about, and whether editors and
 * the configurator flag the same rule as you type (the rules JSON Schema can express, in values.editor.schema.json).
 */
export function FailMessages({
  messages,
  valuesOf,
  schemaRuleIds = new Set(),
}: {
  messages: ValidationMessage[];
  valuesOf: (m: ValidationMessage) => string[];
  /** Ids of the rules values.editor.schema.json (and the configurator) check as you type. */
  schemaRuleIds?: Set<string>;
}) {
  const single = messages.filter((m) => !m.aggregate);
  const aggregate = messages.find((m) => m.aggregate);
  if (single.length === 0) {
    return <p>The chart ships no validation messages in this version.</p>;
  }
  return (
    <div>
      {aggregate ? (
        <>
          <p>Helm prints every failing check at once, in one error of this form, one line per problem:</p>
          <pre>
            <code>{aggregate.message.trim()}</code>
          </pre>
          <p>The {single.length} possible lines are:</p>
        </>
      ) : null}
      <ol className="!list-none !pl-0" aria-label="Validation messages">
        {single.map((m, i) => {
          const values = valuesOf(m);
          return (
            <li key={i} className="my-4 rounded-md border border-slate-200 p-4 dark:border-slate-800" data-fail-message>
              <p className="!mt-0 font-mono text-sm text-red-800 dark:text-red-300">{m.message.trim()}</p>
              {m.ruleId && schemaRuleIds.has(m.ruleId) ? (
                <p className="text-sm" data-schema-checked>
                  Also flagged as you type, with this message, by the configurator and by editors that read values.editor.schema.json.
                </p>
              ) : null}
              {values.length ? (
                <p className="!mb-0 text-sm">
                  Values involved: <ValueLinks paths={values} />
                </p>
              ) : null}
              {m.conditions.length ? (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-slate-700 dark:text-slate-300">When the chart checks this</summary>
                  <pre>
                    <code>{m.conditions.map((c) => `if ${c}`).join('\n')}</code>
                  </pre>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
