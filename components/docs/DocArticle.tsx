import type { ReactNode } from 'react';
import { CodeBlock } from '@/components/site/CodeBlock';
import type { Segment } from '@/lib/docs/markdown';
import { PROSE } from './prose';

/**
 * A rendered Markdown page: HTML parts as produced at build time, fenced code blocks with a copy button, and
 * `<!-- include: name -->` directives replaced by what `directive` returns (generated content).
 */
export function DocArticle({ segments, directive }: { segments: Segment[]; directive: (name: string, arg: string) => ReactNode }) {
  return (
    <div className={PROSE}>
      {segments.map((s, i) =>
        s.kind === 'html' ? (
          <div key={i} dangerouslySetInnerHTML={{ __html: s.html }} />
        ) : s.kind === 'code' ? (
          <CodeBlock key={i} code={s.code} />
        ) : (
          <div key={i}>{directive(s.name, s.arg)}</div>
        ),
      )}
    </div>
  );
}
