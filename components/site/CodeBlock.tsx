/**
 * A code block with a copy button, markup only: components/islands/bootstrap.ts copies exactly the text shown
 * when the button is pressed (on every page, including the configurator's, whose commands change as you type).
 */
export function CodeBlock({ code, label = 'Copy' }: { code: string; label?: string }) {
  return (
    <div className="relative my-4">
      <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-4 pr-20 text-sm text-slate-100">
        <code>{code}</code>
      </pre>
      <button
        type="button"
        data-copy
        className="absolute right-2 top-2 rounded bg-slate-700 px-2 py-1 text-xs text-white hover:bg-slate-600"
      >
        {label}
      </button>
    </div>
  );
}
