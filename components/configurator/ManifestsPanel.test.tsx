// @vitest-environment happy-dom
/**
 * The first `npm run dev` builds Helm's engine behind the running site: the manifests panel says it is being
 * built, polls the build's engine.json, and offers the view once it exists.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { PLAIN_CLUSTER } from '@/lib/cluster/profile';
import { ManifestsPanel } from './ManifestsPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

it('while the engine is being built it says so, and offers the manifests once the build wrote engine.json', async () => {
  vi.useFakeTimers();
  const built = { wasm: '/helm-engine/helm-1.wasm', wasmExec: '/helm-engine/wasm_exec-1.js', bytes: 80e6, downloadBytes: 14e6 };
  let ready = false;
  const fetchMock = vi.fn(async () => (ready ? new Response(JSON.stringify(built)) : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetchMock);
  render(
    <ManifestsPanel
      engine={{
        pending: '/base/helm-engine/engine.json',
        worker: '/base/islands/helm-worker-1.js',
        base: '/base',
        archiveUrl: '/base/charts/aeterna-0.2.0.tgz',
      }}
      values=""
      profile={PLAIN_CLUSTER}
    />,
  );
  await act(async () => {});
  expect(screen.getByTestId('engine-building').textContent).toContain('being built on this machine');
  expect(screen.queryByRole('button')).toBeNull();
  expect(fetchMock).toHaveBeenCalledWith('/base/helm-engine/engine.json', { cache: 'no-store' });

  ready = true;
  await act(async () => {
    await vi.advanceTimersByTimeAsync(3000);
  });
  expect(screen.queryByTestId('engine-building')).toBeNull();
  expect(screen.getByRole('button', { name: /Show the manifests \(loads Helm's engine, 14 MB\)/ })).toBeTruthy();
});
