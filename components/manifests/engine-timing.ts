/**
 * The manifests view's User Timing entries, for the browser's performance panel, the bench
 * (scripts/bench/manifests.ts) and the e2e tests, which read them by these names.
 */
import type { EnginePhases } from '../../lib/engine/protocol';
import { TIMING } from './engine-timing-names';

const has = (name: string) => performance.getEntriesByName(name).length > 0;

/** The engine's start-up phases, from the worker's clock (ms since the epoch) and the page's. */
export function measureEngineStart(created: number, times: { init: number; loaded: number; started: number }, transferSize?: number): void {
  const at = (t: number) => t - performance.timeOrigin;
  if (has(TIMING.opened)) performance.measure(TIMING.viewCode, { start: TIMING.opened, end: created });
  performance.measure(TIMING.worker, { start: created, end: at(times.init) });
  performance.measure(TIMING.loadAndCompile, { start: at(times.init), end: at(times.loaded), detail: { transferSize } });
  performance.measure(TIMING.start, { start: at(times.loaded), end: at(times.started) });
}

/**
 * `detail.phases`: the engine's own phases of that render (the bench prints them beside the page's). A page whose
 * `globalThis.__helmEngineProfile` is true before the view opens (the bench's init script) has the parse timed apart.
 */
export function measureRender(ms: number, phases?: EnginePhases): void {
  performance.measure(TIMING.render, { start: performance.now() - ms, duration: ms, detail: { phases } });
}

/** Once per page, after the frame that shows the first manifests of a view opened by a click. */
export function measureFirstManifests(): void {
  if (!has(TIMING.opened) || has(TIMING.firstManifests)) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!has(TIMING.firstManifests)) performance.measure(TIMING.firstManifests, TIMING.opened);
    }),
  );
}
