'use client';

/** What ./ConfiguratorBoundary.tsx shows once a render threw: the error, the user's text to keep, and Start again. */
import { saveTextFile } from './save-file';

export default function ConfiguratorStopped({ message, text, onStartAgain }: { message: string; text: string; onStartAgain: () => void }) {
  return (
    <section
      role="alert"
      aria-labelledby="broken-title"
      className="space-y-3 rounded-lg border border-red-500 p-4"
      data-testid="configurator-broken"
    >
      <h2 id="broken-title" className="text-lg font-semibold">
        The configurator stopped: {message}
      </h2>
      <p className="text-sm">
        Your text is below, as it was: download or copy it before starting again. Starting again opens the chart defaults and forgets what
        this browser saved.
      </p>
      <textarea
        readOnly
        value={text}
        aria-label="Your values.yaml text"
        className="h-48 w-full rounded border border-slate-300 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => saveTextFile(text, 'values.yaml')}
          className="rounded border border-slate-400 px-3 py-1.5 text-sm"
        >
          Download your text
        </button>
        <button
          type="button"
          onClick={() => void navigator.clipboard.writeText(text)}
          className="rounded border border-slate-400 px-3 py-1.5 text-sm"
        >
          Copy your text
        </button>
        <button type="button" onClick={onStartAgain} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
          Start again
        </button>
      </div>
    </section>
  );
}
