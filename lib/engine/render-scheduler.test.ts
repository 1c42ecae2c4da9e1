import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDER_TIMEOUT_MS, RenderScheduler, renderStopped, type RenderOutcome } from './render-scheduler';

function setup() {
  const sent: { id: number; job: string }[] = [];
  const restart = vi.fn();
  const s = new RenderScheduler<string, string>();
  s.attach({ send: (id, job) => sent.push({ id, job }), restart });
  const outcomes: Record<string, RenderOutcome<string>> = {};
  const submit = (lane: string, job: string) => void s.submit(lane, job).then((o) => (outcomes[job] = o));
  return { s, sent, restart, outcomes, submit };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('RenderScheduler', () => {
  it('waits for the engine, then sends one render at a time', async () => {
    const { s, sent, submit, outcomes } = setup();
    submit('values', 'v1');
    submit('defaults', 'd1');
    expect(sent).toEqual([]);
    s.ready();
    expect(sent).toEqual([{ id: 1, job: 'v1' }]);
    s.answered(1, 'out-v1');
    expect(sent.map((x) => x.job)).toEqual(['v1', 'd1']);
    s.answered(2, 'out-d1');
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual({ v1: { kind: 'done', response: 'out-v1' }, d1: { kind: 'done', response: 'out-d1' } });
  });

  it('keeps only the newest waiting render of a lane (the older ones are answered superseded); the one in flight finishes', async () => {
    const { s, sent, submit, outcomes } = setup();
    s.ready();
    submit('values', 'v1'); // in flight
    submit('values', 'v2');
    submit('values', 'v3');
    submit('values', 'v4');
    expect(sent.map((x) => x.job)).toEqual(['v1']);
    s.answered(1, 'out-v1');
    expect(sent.map((x) => x.job)).toEqual(['v1', 'v4']);
    s.answered(2, 'out-v4');
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual({
      v1: { kind: 'done', response: 'out-v1' },
      v2: { kind: 'superseded' },
      v3: { kind: 'superseded' },
      v4: { kind: 'done', response: 'out-v4' },
    });
  });

  it(`stops a render unanswered after ${RENDER_TIMEOUT_MS / 1000} s: restarts the engine, says so, and goes on once the new one runs`, async () => {
    const { s, sent, submit, outcomes, restart } = setup();
    s.ready();
    submit('values', 'stuck');
    submit('defaults', 'next');
    await vi.advanceTimersByTimeAsync(RENDER_TIMEOUT_MS - 1);
    expect(restart).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(restart).toHaveBeenCalledTimes(1);
    expect(outcomes.stuck).toEqual({ kind: 'stopped', message: renderStopped() });
    expect(renderStopped()).toBe("The render took longer than 20 s and was stopped: Helm's engine was restarted for the next one.");
    // Nothing is sent to the engine being replaced; its late answer is ignored.
    expect(sent.map((x) => x.job)).toEqual(['stuck']);
    s.answered(1, 'too late');
    s.ready();
    expect(sent.map((x) => x.job)).toEqual(['stuck', 'next']);
    s.answered(2, 'out-next');
    await vi.runAllTimersAsync();
    expect(outcomes.next).toEqual({ kind: 'done', response: 'out-next' });
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it('answers everything waiting when the engine is gone, and sends nothing more', async () => {
    const { s, sent, submit, outcomes } = setup();
    submit('values', 'v1');
    s.dispose();
    await vi.runAllTimersAsync();
    expect(outcomes.v1).toEqual({ kind: 'superseded' });
    expect(sent).toEqual([]);
  });
});
