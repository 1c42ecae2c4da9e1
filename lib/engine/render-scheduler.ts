/**
 * Which render Helm's engine (one Web Worker, one render at a time) does next, and a watchdog on it. Renders come
 * in lanes (the editor's values, the defaults beside them, the version comparison): one render is in flight at a
 * time, and each lane keeps at most one waiting, the newest, so a burst of keystrokes on a large file renders the
 * last one only instead of queueing every one. A render unanswered after RENDER_TIMEOUT_MS has the worker
 * replaced (the WebAssembly call cannot be interrupted otherwise); renders wait for the fresh one.
 * Pure: the worker (`attach`), its restart and the clock are given, so tests drive it with fake timers.
 */

/**
 * A render of this chart takes 0.13-0.93 s (1.5 s with a cold engine on a busy 2-core machine); 20 s is more than ten
 * times the slowest seen, so only a render that would never end (or would end too late to matter) is stopped.
 */
export const RENDER_TIMEOUT_MS = 20_000;

export const renderStopped = (ms: number = RENDER_TIMEOUT_MS) =>
  `The render took longer than ${Math.round(ms / 1000)} s and was stopped: Helm's engine was restarted for the next one.`;

export type RenderOutcome<R> = { kind: 'done'; response: R } | { kind: 'superseded' } | { kind: 'stopped'; message: string };

export interface Engine<J> {
  /** Sends a render to the running engine; its answer comes back through `answered(id, …)`. */
  send(id: number, job: J): void;
  /** Ends the engine and starts a fresh one, which calls `ready()` once it runs. */
  restart(): void;
}

export interface SchedulerOptions {
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

interface Waiting<J, R> {
  lane: string;
  job: J;
  resolve: (o: RenderOutcome<R>) => void;
}

export class RenderScheduler<J, R> {
  private engine: Engine<J> | null = null;
  private running = false;
  private nextId = 1;
  private inFlight: (Waiting<J, R> & { id: number; timer: unknown }) | null = null;
  /** By lane, in the order the lanes first waited. */
  private readonly waiting = new Map<string, Waiting<J, R>>();
  private readonly timeoutMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(options: SchedulerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? RENDER_TIMEOUT_MS;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  /** The engine renders go to (started, not running yet: it calls `ready()`). Renders can be submitted before. */
  attach(engine: Engine<J>): void {
    this.engine = engine;
  }

  /** A render in `lane`; a render of the same lane still waiting is answered `superseded`. */
  submit(lane: string, job: J): Promise<RenderOutcome<R>> {
    return new Promise((resolve) => {
      const older = this.waiting.get(lane);
      if (older) older.resolve({ kind: 'superseded' });
      this.waiting.set(lane, { lane, job, resolve });
      this.next();
    });
  }

  /** The engine runs (first start, or after a restart). */
  ready(): void {
    this.running = this.engine !== null;
    this.next();
  }

  /** The engine answered render `id` (answers of a replaced engine, or unknown ids, are ignored). */
  answered(id: number, response: R): void {
    const f = this.inFlight;
    if (!f || f.id !== id) return;
    this.clearTimer(f.timer);
    this.inFlight = null;
    f.resolve({ kind: 'done', response });
    this.next();
  }

  /** The engine is gone (it failed to start, or the view closed): nothing waiting will be rendered by it. */
  dispose(): void {
    if (this.inFlight) this.clearTimer(this.inFlight.timer);
    this.inFlight = null;
    this.running = false;
    this.engine = null;
    for (const w of this.waiting.values()) w.resolve({ kind: 'superseded' });
    this.waiting.clear();
  }

  private next(): void {
    if (!this.running || this.inFlight) return;
    const first = this.waiting.values().next();
    if (first.done) return;
    const w = first.value;
    this.waiting.delete(w.lane);
    const id = this.nextId++;
    const timer = this.setTimer(() => this.stop(id), this.timeoutMs);
    this.inFlight = { ...w, id, timer };
    this.engine!.send(id, w.job);
  }

  private stop(id: number): void {
    const f = this.inFlight;
    if (!f || f.id !== id) return;
    this.inFlight = null;
    this.running = false;
    f.resolve({ kind: 'stopped', message: renderStopped(this.timeoutMs) });
    this.engine?.restart();
  }
}
