'use client';

/**
 * The live values.yaml editor: Monaco and monaco-yaml bundled with the site (never from a CDN), loaded only when
 * this module is (through next/dynamic with ssr: false). monaco-yaml gives completion, hover and markers from the
 * chart's schema; the configurator adds its own markers, one per problem, in words.
 */
import * as monaco from 'monaco-editor';
import { Editor, loader, type OnMount } from '@monaco-editor/react';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { whenIdle } from '@/lib/site/when-idle';
import { textEdit } from '@/lib/values/text-edit';

const MODEL_URI = 'file:///aeterna/values.yaml';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
    /** The editor instance, for the end-to-end tests and the bench (set the value without typing). */
    __aeternaValuesEditor?: monaco.editor.IStandaloneCodeEditor;
    __aeternaMonaco?: typeof monaco;
  }
}

window.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    if (label === 'yaml') return new Worker(new URL('monaco-yaml/yaml.worker', import.meta.url), { type: 'module' });
    return new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker', import.meta.url), { type: 'module' });
  },
};
loader.config({ monaco });

let yamlConfigured: ReturnType<typeof configureMonacoYaml> | undefined;
function configureSchema(schema: unknown) {
  const options = {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    format: { enable: false },
    schemas: [
      { fileMatch: [MODEL_URI, '**/values.yaml'], uri: 'https://aeterna.invalid/values.schema.json', schema: schema as JSONSchema },
    ],
  };
  if (yamlConfigured) yamlConfigured.update(options);
  else yamlConfigured = configureMonacoYaml(monaco, options);
}

export interface EditorMarker {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
}

export interface YamlEditorProps {
  value: string;
  onChange: (text: string) => void;
  schema: unknown;
  markers: EditorMarker[];
  /** Changes when the user asks to go to a line (from the error list). */
  reveal?: { line: number; column: number; nonce: number };
  dark: boolean;
  label: string;
}

function applyMarkers(model: monaco.editor.ITextModel, markers: EditorMarker[]) {
  monaco.editor.setModelMarkers(
    model,
    'aeterna',
    markers.map((m) => ({
      message: m.message,
      startLineNumber: m.line,
      startColumn: m.column,
      endLineNumber: m.endLine,
      endColumn: m.endColumn,
      severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    })),
  );
}

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  fontSize: 13,
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  wordWrap: 'off',
  automaticLayout: true,
  quickSuggestions: { other: true, comments: false, strings: true },
  renderValidationDecorations: 'on',
  fixedOverflowWidgets: true,
  // Tab moves the focus, so keyboard users are never trapped in the editor; Ctrl+M switches to Tab-indents.
  tabFocusMode: true,
};

/**
 * Puts `value` in the editor as one undoable edit of the span that changed (lib/values/text-edit.ts), where
 * @monaco-editor/react would replace the whole document.
 */
function showValue(ed: monaco.editor.IStandaloneCodeEditor, value: string): void {
  const model = ed.getModel();
  const edit = model ? textEdit(model.getValue(), value) : null;
  if (!model || !edit) return;
  const range = monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end));
  ed.executeEdits('', [{ range, text: edit.text, forceMoveMarkers: true }]);
  ed.pushUndoStop();
}

/**
 * Runs Monaco's text-model edit path once on a scratch copy of `text`, while the page is idle: the first form
 * keystroke otherwise pays for that code's first run (about 15 ms of the first edit's 45). The user's model, its
 * undo stack and its listeners are not touched.
 */
function warmEditPath(text: string): void {
  const scratch = monaco.editor.createModel(text, 'plaintext');
  try {
    const end = scratch.getPositionAt(text.length);
    const at = monaco.Range.fromPositions(end, end);
    scratch.pushEditOperations([], [{ range: at, text: '#', forceMoveMarkers: true }], () => null);
    scratch.pushEditOperations(
      [],
      [{ range: monaco.Range.fromPositions(end, scratch.getPositionAt(text.length + 1)), text: '' }],
      () => null,
    );
  } finally {
    scratch.dispose();
  }
}

export default function YamlEditor({ value, onChange, schema, markers, reveal, dark, label }: YamlEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // Monaco keeps one listener; it calls the latest onChange.
  const onChangeRef = useRef(onChange);
  // The latest value, for onMount (which may be the closure of an earlier render).
  const valueRef = useRef(value);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
    valueRef.current = value;
  });
  // @monaco-editor/react calls updateOptions whenever this object is a new one: on every keystroke, 1.4 ms
  // (15 ms on the first) of Monaco recomputing its configuration for nothing.
  const options = useMemo(() => ({ ...OPTIONS, ariaLabel: label }), [label]);
  // True while showValue edits the model: that change is the page's own, not the user's, and is not reported.
  const showing = useRef(false);
  const show = (ed: monaco.editor.IStandaloneCodeEditor, text: string) => {
    showing.current = true;
    try {
      showValue(ed, text);
    } finally {
      showing.current = false;
    }
  };

  // Before the markers' effect: they are located in this text.
  useEffect(() => {
    if (editorRef.current) show(editorRef.current, value);
  }, [value]);

  useEffect(() => {
    configureSchema(schema);
  }, [schema]);

  // Markers are computed for the current text; setting the same ones again would only make Monaco redraw.
  const applied = useRef('');
  useEffect(() => {
    const model = monaco.editor.getModel(monaco.Uri.parse(MODEL_URI));
    if (!model) return;
    const key = JSON.stringify(markers);
    if (key === applied.current) return;
    applied.current = key;
    applyMarkers(model, markers);
  }, [markers, value]);

  useEffect(() => {
    const ed = editorRef.current;
    if (!ed || !reveal) return;
    ed.revealLineInCenter(reveal.line);
    ed.setPosition({ lineNumber: reveal.line, column: reveal.column });
    ed.focus();
  }, [reveal]);

  const onMount: OnMount = (ed) => {
    editorRef.current = ed;
    window.__aeternaValuesEditor = ed;
    window.__aeternaMonaco = monaco;
    // A model kept from an earlier mount (the same path) holds the text of then.
    show(ed, valueRef.current);
    whenIdle(() => warmEditPath(valueRef.current));
    // Markers may have been computed before the model existed.
    const model = ed.getModel();
    if (model) {
      applied.current = JSON.stringify(markers);
      applyMarkers(model, markers);
    }
  };

  return (
    <Editor
      height="100%"
      language="yaml"
      path={MODEL_URI}
      defaultValue={value}
      theme={dark ? 'vs-dark' : 'vs'}
      onMount={onMount}
      onChange={(text) => {
        if (!showing.current) onChangeRef.current(text ?? '');
      }}
      options={options}
    />
  );
}
