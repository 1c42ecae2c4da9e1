import type { Heading } from '@/lib/docs/markdown';

/** Links to the `##` sections of the page. */
export function OnThisPage({ headings }: { headings: Heading[] }) {
  const h2 = headings.filter((h) => h.depth === 2);
  if (h2.length < 2) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-white">On this page</p>
      <ul className="space-y-1">
        {h2.map((h) => (
          <li key={h.id}>
            <a className="text-slate-700 hover:underline dark:text-slate-300" href={`#${h.id}`}>
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
