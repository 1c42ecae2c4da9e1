/**
 * Helpers for the configurator journeys: the editor's text, setting YAML without typing (Monaco auto-indents
 * typed text), fields by their path, downloads, and helm on the downloaded file.
 */
import { expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chartCopyWithStandIns, helm, removeChartCopy } from '../../test/support/chart-copy';
import { chartMetadata } from '../../lib/chart/files';
import { withValuesFileHeader } from '../../lib/values/file-header';

const CONFIGURE = '/configure';

/**
 * Opens the configurator with nothing saved, and waits until the editor is there. The journeys of the form's
 * features work in "All settings" (every value); the first visit's journey, in the first view (`view: 'decisions'`).
 */
export async function openFresh(page: Page, view: 'all' | 'decisions' = 'all'): Promise<void> {
  await page.goto(CONFIGURE);
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(CONFIGURE);
  await waitForEditor(page);
  if (view === 'all') await showAllSettings(page);
}

/** The "All settings" view of the form (the page opens on the few decisions). */
export async function showAllSettings(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'All settings' }).click();
}

export async function waitForEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __aeternaValuesEditor?: unknown }).__aeternaValuesEditor), null, {
    timeout: 30_000,
  });
}

export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __aeternaValuesEditor: { getValue(): string } }).__aeternaValuesEditor.getValue());
}

/** Replaces the editor's text as a paste would (one edit, through Monaco's model, so the page's handlers run). */
export async function setEditorText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const ed = (
      window as unknown as {
        __aeternaValuesEditor: { getModel(): { getFullModelRange(): unknown } | null; executeEdits(s: string, e: unknown[]): void };
      }
    ).__aeternaValuesEditor;
    const model = ed.getModel()!;
    ed.executeEdits('e2e', [{ range: model.getFullModelRange(), text: t }]);
  }, text);
}

export async function expectEditorText(page: Page, expected: string | RegExp): Promise<void> {
  await expect.poll(() => editorText(page)).toEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
}

/** Markers in the editor (ours and monaco-yaml's). */
export function editorMarkers(page: Page): Promise<{ message: string; startLineNumber: number; owner: string }[]> {
  return page.evaluate(() => {
    const ed = (window as unknown as { __aeternaValuesEditor: { getModel(): { uri: unknown } | null } }).__aeternaValuesEditor;
    const api = (
      window as unknown as {
        __aeternaMonaco: {
          editor: { getModelMarkers(f: { resource: unknown }): { message: string; startLineNumber: number; owner: string }[] };
        };
      }
    ).__aeternaMonaco;
    return api.editor
      .getModelMarkers({ resource: ed.getModel()!.uri })
      .map((x) => ({ message: x.message, startLineNumber: x.startLineNumber, owner: x.owner }));
  });
}

/** The form control of a value, e.g. field(page, 'externalRedis.host'). */
export function field(page: Page, dotted: string) {
  return page.locator(`[id="values.${dotted}"]`);
}

/** The text of the option chosen in a select (rjsf's select values are option indexes). */
export function selectedOption(page: Page, dotted: string) {
  return field(page, dotted).locator('option:checked');
}

export async function chooseExternal(page: Page, label: 'Redis' | 'PostgreSQL' | 'Qdrant'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: `${label}: bundled or external` })
    .getByRole('radio', { name: /External/ })
    .check();
}

export async function chooseBundled(page: Page, label: 'Redis' | 'PostgreSQL' | 'Qdrant'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: `${label}: bundled or external` })
    .getByRole('radio', { name: /Bundled/ })
    .check();
}

export async function expectNoProblems(page: Page): Promise<void> {
  await expect(page.getByTestId('verdict')).toHaveText('No problems: this values file installs.');
}

const DOWNLOADS = path.join(process.cwd(), 'test-results', 'configurator-downloads');

/** Clicks "Download values.yaml", checks the file is byte-identical to the editor, and returns its path. */
export async function downloadValues(page: Page, name: string): Promise<string> {
  mkdirSync(DOWNLOADS, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download values.yaml' }).click()]);
  expect(download.suggestedFilename()).toBe('values.yaml');
  const file = path.join(DOWNLOADS, `${name}.yaml`);
  await download.saveAs(file);
  // The download is the editor's text under the header naming the chart version.
  const current = chartMetadata();
  expect(readFileSync(file, 'utf8')).toBe(withValuesFileHeader(await editorText(page), current.version, current.appVersion));
  return file;
}

/** helm lint --strict and helm template (stand-in subcharts) accept the file, with Helm 4 and with Helm 3. */
export async function expectHelmAccepts(valuesFile: string): Promise<void> {
  const chart = await chartCopyWithStandIns({ withUnitTests: false });
  try {
    for (const bin of ['helm', 'helm3'] as const) {
      // Helm 3 built with `go install` assumes Kubernetes 1.20 unless told.
      const kube = bin === 'helm3' ? ['--kube-version', '1.29.0'] : [];
      const lint = await helm(['lint', chart, '--strict', ...kube, '-f', valuesFile], { bin, check: false });
      expect(lint.code, `${bin} lint --strict:\n${lint.stdout}\n${lint.stderr}`).toBe(0);
      // As helm upgrade --install judges it: that reads the cluster, which helm template cannot (the chart would
      // refuse to generate its stable Secrets without this choice, templates/_generated-secrets.tpl).
      const tpl = await helm(
        [
          'template',
          'e2e',
          chart,
          '--namespace',
          'aeterna',
          ...kube,
          '--set',
          'generatedSecrets.withoutCluster=generate',
          '-f',
          valuesFile,
        ],
        {
          bin,
          check: false,
        },
      );
      expect(tpl.code, `${bin} template:\n${tpl.stderr}`).toBe(0);
    }
  } finally {
    await removeChartCopy(chart);
  }
}
