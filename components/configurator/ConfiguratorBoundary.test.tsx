// @vitest-environment happy-dom
/**
 * A render that throws leaves the page saying what happened, with the text that was being shown (not the one
 * before), to download or copy, and a way to start again.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { ConfiguratorBoundary } from './ConfiguratorBoundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Stands in for the configurator: hands each text to `keep` before rendering it, and breaks on "boom". */
function Views({ keep }: { keep: (text: string) => void }) {
  const [text, setText] = useState('replicaCount: 2\n');
  if (text.includes('boom')) throw new Error('the form could not show this');
  const edit = (next: string) => {
    keep(next);
    setText(next);
  };
  return (
    <button type="button" onClick={() => edit('replicaCount: 3 # boom\n')}>
      edit
    </button>
  );
}

it('shows the error and the text that broke the render; Start again makes the configurator afresh', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(<ConfiguratorBoundary>{(keep) => <Views keep={keep} />}</ConfiguratorBoundary>);

  fireEvent.click(screen.getByRole('button', { name: 'edit' }));
  // Said at once; the text and its buttons follow (loaded on demand).
  expect(screen.getByRole('alert').textContent).toBe('The configurator stopped: the form could not show this');
  expect((await screen.findByRole('heading')).textContent).toBe('The configurator stopped: the form could not show this');
  expect((screen.getByLabelText('Your values.yaml text') as HTMLTextAreaElement).value).toBe('replicaCount: 3 # boom\n');

  fireEvent.click(screen.getByRole('button', { name: 'Copy your text' }));
  expect(writeText).toHaveBeenCalledWith('replicaCount: 3 # boom\n');

  window.localStorage.setItem('aeterna-configurator-v1', '{"user":{}}');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Start again' })));
  expect(screen.getByRole('button', { name: 'edit' })).toBeTruthy();
  expect(window.localStorage.getItem('aeterna-configurator-v1')).toBeNull();
});
