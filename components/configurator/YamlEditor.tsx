'use client';

/**
 * The live values.yaml editor: Monaco and monaco-yaml bundled with the site (never from a CDN), loaded only when
 * this module is (through next/dynamic with ssr: false). monaco-yaml gives completion, hover and markers from the
 * chart's schema; the configurator adds its own markers, one per problem, in words.
 */
import * as monaco from 'monaco-editor';
import { Editor, loader, type OnMount } from '@monaco-editor/react';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import { useEffect, useLayoutEffect, useRef } from 'react';

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

export default function YamlEditor({ value, onChange, schema, markers, reveal, dark, label }: YamlEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // Monaco keeps one listener; it calls the latest onChange.
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

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
      value={value}
      theme={dark ? 'vs-dark' : 'vs'}
      onMount={onMount}
      onChange={(text) => onChangeRef.current(text ?? '')}
      options={{
        ariaLabel: label,
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
      }}
    />
  );
}
