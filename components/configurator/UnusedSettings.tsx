import type { UnusedSetting } from '@/lib/schema/applicability';

/** Values set in blocks that do not apply (hidden in the form): kept in the file, listed so none is silently ignored. */
export function UnusedSettings({ unused }: { unused: readonly UnusedSetting[] }) {
  if (unused.length === 0) return null;
  return (
    <section
      aria-labelledby="unused-title"
      className="rounded-lg border border-amber-300 p-4 text-sm dark:border-amber-700"
      data-testid="unused-settings"
    >
      <h2 id="unused-title" className="font-semibold">
        Set but not used
      </h2>
      <p className="mt-1">These values stay in the file, but the chart does not use them with the current choices:</p>
      <ul className="mt-1 list-disc pl-5">
        {unused.map((u) => (
          <li key={u.path}>
            <code>{u.path}</code> ({u.because})
          </li>
        ))}
      </ul>
    </section>
  );
}
