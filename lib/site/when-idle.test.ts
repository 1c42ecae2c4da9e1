import { describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

function idleApi() {
  const idle = new Map<number, () => void>();
  let next = 1;
  return {
    idle,
    api: {
      requestIdleCallback: vi.fn((cb: () => void) => {
        idle.set(next, cb);
        return next++;
      }),
      cancelIdleCallback: vi.fn((id: number) => void idle.delete(id)),
      setTimeout: vi.fn(),
      clearTimeout: vi.fn(),
    },
  };
}

describe('work scheduled for idle time', () => {
  it('runs once the browser is idle, not before, with the deadline given', () => {
    const { idle, api } = idleApi();
    const work = vi.fn();
    whenIdle(work, 1500, 200, api);
    expect(work).not.toHaveBeenCalled();
    expect(api.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
    expect(api.setTimeout).not.toHaveBeenCalled();
    [...idle.values()][0]!();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does not run after it was cancelled, even if the callback still fires', () => {
    const { idle, api } = idleApi();
    const work = vi.fn();
    const cancel = whenIdle(work, 1000, 200, api);
    const callback = [...idle.values()][0]!;
    cancel();
    expect(api.cancelIdleCallback).toHaveBeenCalledWith(1);
    callback();
    expect(work).not.toHaveBeenCalled();
  });

  it('runs the work once however often the callback fires', () => {
    const { idle, api } = idleApi();
    const work = vi.fn();
    whenIdle(work, 1000, 200, api);
    const callback = [...idle.values()][0]!;
    callback();
    callback();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    try {
      const work = vi.fn();
      const api = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout } as Parameters<typeof whenIdle>[3];
      whenIdle(work, 2000, 200, api);
      vi.advanceTimersByTime(199);
      expect(work).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(work).toHaveBeenCalledTimes(1);
      const cancelled = vi.fn();
      whenIdle(cancelled, 2000, 200, api)();
      vi.advanceTimersByTime(1000);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
