/**
 * The configurator survives what is pasted into it: alias bombs, a 10 MB file, a text that makes a render throw,
 * a share link that unpacks to 10 MB. Each time the page says what happened in words, keeps the user's text, and
 * goes on working (the form answers, Download gives the current text or says why not).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import lz from 'lz-string';
import { VALUES_EXPAND_TOO_FAR } from '../lib/values/input-limits';
import { ALIAS_BOMB } from '../lib/values/yaml-document';
import {
  downloadValues,
  editorText,
  expectEditorText,
  field,
  openFresh,
  setEditorText,
  showAllSettings,
  waitForEditor,
} from './support/configurator';
import { ALIAS_BOMB_TEXT, LONG_ALIASES_TEXT } from '../test/fixtures/hostile/yaml';

const BOMB = ALIAS_BOMB_TEXT;
const LONG_ALIASES = LONG_ALIASES_TEXT;

const REFUSED_DOWNLOAD = 'Not downloaded: the text in the editor was refused (see Problems). Copy values.yaml copies it as it is.';

async function expectRefusedDownload(page: Page) {
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download values.yaml' }).click();
  await expect(page.getByTestId('download-status')).toHaveText(REFUSED_DOWNLOAD);
  expect(downloads).toBe(0);
}

/** The text parsed and was checked (the chart defaults alone miss credentials: "2 problems" is a verdict too). */
const CHECKED = /^(No problems|\d+ problems?): /;

/** The form still drives the file: a field edit replaces the refused text with the values. */
async function expectFormWorks(page: Page) {
  await field(page, 'replicaCount').fill('3');
  await expectEditorText(page, 'replicaCount: 3\n');
  await expect(page.getByTestId('verdict')).toHaveText(CHECKED);
}

test('a 234-character alias bomb is a problem in words; Download refuses it; the form goes on', async ({ page }) => {
  expect(BOMB.length).toBe(234);
  await openFresh(page);
  await setEditorText(page, BOMB);
  await expect(page.getByTestId('error-list')).toHaveText(ALIAS_BOMB);
  await expect(page.getByTestId('verdict')).toHaveText('The text was refused; the form keeps the last values that were accepted.');
  expect(await editorText(page)).toBe(BOMB);
  await expectRefusedDownload(page);
  await expectFormWorks(page);
});

test('0.6 MB of aliases to one long string is refused, not a crash', async ({ page }) => {
  await openFresh(page);
  await setEditorText(page, LONG_ALIASES);
  await expect(page.getByTestId('error-list')).toHaveText(VALUES_EXPAND_TOO_FAR);
  await expectRefusedDownload(page);
  await expectFormWorks(page);
});

test('a 10 MB file is refused with its size; Undo brings the text before back, and Download gives exactly that', async ({ page }) => {
  await openFresh(page);
  await setEditorText(page, 'terminationGracePeriodSeconds: 45\n');
  await expect(page.getByTestId('verdict')).toHaveText(CHECKED);
  // Made in the page (10 MB through the automation protocol is slow), as one edit, as a paste is.
  await page.evaluate(() => {
    const line = 'x'.repeat(99) + '\n';
    const text = `# ${'-'.repeat(97)}\n${line.repeat(99_999)}`;
    const ed = (
      window as unknown as {
        __aeternaValuesEditor: {
          getModel(): { getFullModelRange(): unknown };
          executeEdits(s: string, e: unknown[]): void;
          pushUndoStop(): void;
        };
      }
    ).__aeternaValuesEditor;
    ed.pushUndoStop();
    ed.executeEdits('e2e', [{ range: ed.getModel().getFullModelRange(), text }]);
    ed.pushUndoStop();
  });
  expect(
    await page.evaluate(
      () => (window as unknown as { __aeternaValuesEditor: { getValue(): string } }).__aeternaValuesEditor.getValue().length,
    ),
  ).toBe(10_000_000);
  await expect(page.getByTestId('error-list')).toHaveText(
    "The text is 10.0 MB; the configurator accepts values files up to 1 MB (the chart's full values.yaml is 52 KB). Undo (Ctrl+Z) in the editor brings back your text from before; for a file this large, split it or use helm directly: helm upgrade --install aeterna aeterna/aeterna -f values.yaml",
  );
  await expectRefusedDownload(page);

  await page.evaluate(() =>
    (window as unknown as { __aeternaValuesEditor: { trigger(s: string, id: string, a: unknown): void } }).__aeternaValuesEditor.trigger(
      'e2e',
      'undo',
      null,
    ),
  );
  await expectEditorText(page, 'terminationGracePeriodSeconds: 45\n');
  await expect(page.getByTestId('verdict')).toHaveText(CHECKED);
  await expect(field(page, 'terminationGracePeriodSeconds')).toHaveValue('45');
  await downloadValues(page, 'after-refused-paste');
});

test('a large text is checked once typing pauses, and says so meanwhile', async ({ page }) => {
  await openFresh(page);
  // 300 KB of comments over one value: above the 200 KB at which parsing waits for a pause.
  const large = `${'# a long comment line, as a generated file may have\n'.repeat(6_000)}replicaCount: 4\n`;
  await setEditorText(page, large);
  await expect(page.getByTestId('verdict')).toHaveText('Checking the text… (a large text is checked once typing pauses)');
  await expect(page.getByTestId('verdict')).toHaveText(CHECKED);
  await expect(field(page, 'replicaCount')).toHaveValue('4');
});

test('a render that throws shows what happened and the text that broke it, and Start again recovers', async ({ page }) => {
  await openFresh(page);
  await setEditorText(page, 'replicaCount: 2\n');
  await expect(page.getByTestId('verdict')).toHaveText(CHECKED);
  // Any exception while the page renders: here Number#toFixed, which the manifests panel's button calls as it renders.
  await page.evaluate(() => {
    const original = Number.prototype.toFixed;
    (window as unknown as { __restoreToFixed: () => void }).__restoreToFixed = () => {
      Number.prototype.toFixed = original;
    };
    Number.prototype.toFixed = () => {
      throw new Error('toFixed broke (a test)');
    };
  });
  const breaking = 'replicaCount: 5 # the text that broke it\n';
  await setEditorText(page, breaking);
  const broken = page.getByTestId('configurator-broken');
  await expect(broken.getByRole('heading')).toHaveText('The configurator stopped: toFixed broke (a test)');
  await expect(broken.getByLabel('Your values.yaml text')).toHaveValue(breaking);
  await page.evaluate(() => (window as unknown as { __restoreToFixed: () => void }).__restoreToFixed());

  const [download] = await Promise.all([page.waitForEvent('download'), broken.getByRole('button', { name: 'Download your text' }).click()]);
  const saved = await download.path();
  expect(readFileSync(saved, 'utf8')).toBe(breaking);

  await broken.getByRole('button', { name: 'Start again' }).click();
  await waitForEditor(page);
  await showAllSettings(page);
  await expectEditorText(page, '{}\n');
  await expectFormWorks(page);
});

test('a share link that unpacks to 10 MB is not opened: the page says why and keeps the saved work', async ({ page }) => {
  // 8,434 characters that unpack to 10 MB (test/fixtures/share-links/README.md).
  const packed = readFileSync('test/fixtures/share-links/unpacks-to-10mb.txt', 'utf8').trim();
  expect(lz.decompressFromEncodedURIComponent(packed)).toHaveLength(10_000_025);
  await openFresh(page);
  await setEditorText(page, 'replicaCount: 4\n');
  await expect(field(page, 'replicaCount')).toHaveValue('4');
  await page.waitForTimeout(400); // saved after typing pauses (250 ms)

  await page.goto('about:blank');
  await page.goto(`/configure#values=${packed}`);
  await waitForEditor(page);
  await expect(page.getByTestId('share-refused')).toHaveText(
    `This share link holds ${packed.length.toLocaleString('en-US')} characters of packed values; the configurator opens links of up to 6,000 (the chart's production example makes about 2,000). It was not opened, and what you had here is unchanged. Ask for the values.yaml file instead.`,
  );
  await expectEditorText(page, 'replicaCount: 4\n');
  await expect(page.getByTestId('origin')).toContainText('Restored from your last visit');
});
