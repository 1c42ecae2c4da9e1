'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import type { ViewMode } from '@/lib/values/editing-session';
import type { EditorMarker, YamlEditorProps } from './YamlEditor';

// Monaco is loaded on demand, in its own chunks, after the form is interactive.
const YamlEditor = dynamic<YamlEditorProps>(() => import('./YamlEditor'), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-slate-600 dark:text-slate-400">Loading the editor…</p>,
});

interface Props {
  text: string;
  mode: ViewMode;
  onModeChange: (mode: ViewMode) => void;
  onTextChange: (text: string) => void;
  schema: unknown;
  markers: EditorMarker[];
  reveal?: { line: number; column: number; nonce: number };
}

function useDarkTheme(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const el = document.documentElement;
    const read = () => setDark(el.classList.contains('dark'));
    read();
    const mo = new MutationObserver(read);
    mo.observe(el, { attributes: true, attributeFilter: ['class'] });
    return () => mo.disconnect();
  }, []);
  return dark;
}

export function YamlPanel({ text, mode, onModeChange, onTextChange, schema, markers, reveal }: Props) {
  const dark = useDarkTheme();
  return (
    <section aria-labelledby="yaml-title" className="flex flex-col rounded-lg border border-slate-200 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h2 id="yaml-title" className="text-lg font-semibold">
          values.yaml
        </h2>
        <label className="ml-auto flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            role="switch"
            checked={mode === 'full'}
            onChange={(e) => onModeChange(e.target.checked ? 'full' : 'changes')}
          />
          Show the full file (with the chart defaults)
        </label>
      </div>
      <p id="yaml-help" className="px-3 pt-2 text-xs text-slate-600 dark:text-slate-400">
        {mode === 'changes' ? 'Only the values that differ from the chart defaults.' : 'The chart’s values.yaml with your changes.'} Edits
        here update the form. In the editor, Tab moves the focus to the next control; press Ctrl+M (Ctrl+Shift+M on a Mac) to make Tab
        indent instead.
      </p>
      <div className="h-[32rem] min-h-64 py-2" data-testid="yaml-editor">
        <YamlEditor
          value={text}
          onChange={onTextChange}
          schema={schema}
          markers={markers}
          reveal={reveal}
          dark={dark}
          label="values.yaml editor"
        />
      </div>
    </section>
  );
}
