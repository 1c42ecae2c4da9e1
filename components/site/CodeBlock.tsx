'use client';

import { useState } from 'react';

/** A code block with a copy button; the copied text is exactly what is shown. */
export function CodeBlock({ code, label = 'Copy' }: { code: string; label?: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(code);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  return (
    <div className="relative my-4">
      <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-4 pr-20 text-sm text-slate-100">
        <code>{code}</code>
      </pre>
      {/* data-copy: on the pages without React (docs, reference), components/islands/bootstrap.ts handles it. */}
      <button
        type="button"
        data-copy
        onClick={copy}
        className="absolute right-2 top-2 rounded bg-slate-700 px-2 py-1 text-xs text-white hover:bg-slate-600"
      >
        {copied ? 'Copied' : label}
      </button>
    </div>
  );
}
