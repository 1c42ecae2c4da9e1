import type { SchemaRule } from '@/lib/reference/rules';
import { ValueLinks } from './ValueLinks';

/** The cross-value rules of values.schema.json, in the chart author's words. */
export function SchemaRules({ rules, known }: { rules: SchemaRule[]; known: Set<string> }) {
  if (!rules.length) return <p>The schema has no rules that tie values together in this version.</p>;
  return (
    <ul aria-label="Schema rules">
      {rules.map((r, i) => {
        const paths = r.paths.filter((p) => known.has(p));
        const leaves = paths.filter((p) => !paths.some((q) => q !== p && q.startsWith(`${p}.`)));
        return (
          <li key={i} data-schema-rule>
            {r.description}
            {leaves.length ? (
              <>
                {' '}
                (
                <ValueLinks paths={leaves} />
                )
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
