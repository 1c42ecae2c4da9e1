/**
 * Runs work the page wants done soon but not during a keystroke or the first paint: in the browser's idle time
 * (requestIdleCallback), or after `timeoutMs` at the latest. Where there is no requestIdleCallback (Safari before
 * 18.x), a timer of `fallbackMs` stands in.
 */

interface IdleApi {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout: (cb: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

/** Schedules `work` once; the returned function cancels it if it has not run (an effect's cleanup). */
export function whenIdle(
  work: () => void,
  timeoutMs = 2000,
  fallbackMs = 200,
  api: IdleApi = globalThis as unknown as IdleApi,
): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (api.requestIdleCallback && api.cancelIdleCallback) {
    const id = api.requestIdleCallback(run, { timeout: timeoutMs });
    return () => {
      done = true;
      api.cancelIdleCallback!(id);
    };
  }
  const id = api.setTimeout(run, fallbackMs);
  return () => {
    done = true;
    api.clearTimeout(id as never);
  };
}
