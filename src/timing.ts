// Run a job at absolute instants: the shared loop of the digest and ingest schedulers.
// Targets are instants, not intervals, so timers never drift; a timer that fires early (or a
// sleep cut short by maxSleepMs, so a suspended machine or a clock change is noticed) just
// sleeps again; runs never overlap.

export interface Timer {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimer: Timer = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };

export interface InstantLoopOptions {
  clock: () => Date;
  timer: Timer;
  maxSleepMs: number;
  /** One run; resolves to the next instant (epoch ms) to run at, or undefined for none. */
  run: () => Promise<number | undefined>;
  /** The first instant when not running at once. */
  first?: () => number | undefined;
  /** Run immediately on start (catching up after downtime). */
  runOnStart: boolean;
}

export interface InstantLoop {
  stop(): void;
  /** When the next run is planned (undefined while a run is in progress or after stop). */
  nextRunAt(): Date | undefined;
  /** Resolves when the run in progress (if any) has finished. */
  idle(): Promise<void>;
}

export function startInstantLoop(o: InstantLoopOptions): InstantLoop {
  let stopped = false;
  let handle: unknown;
  let target: number | undefined;
  let running: Promise<void> = Promise.resolve();

  const sleep = () => {
    if (stopped || target === undefined) return;
    handle = o.timer.setTimeout(wake, Math.max(0, Math.min(target - o.clock().getTime(), o.maxSleepMs)));
  };
  const wake = () => {
    handle = undefined;
    if (stopped) return;
    if (target !== undefined && o.clock().getTime() < target) return sleep();
    running = tick();
  };
  const tick = async () => {
    target = undefined;
    const next = await o.run();
    if (stopped) return;
    target = next;
    sleep();
  };

  if (o.runOnStart) running = tick();
  else {
    target = o.first?.();
    sleep();
  }
  return {
    stop() {
      stopped = true;
      if (handle !== undefined) o.timer.clearTimeout(handle);
      handle = undefined;
      target = undefined;
    },
    nextRunAt: () => (target === undefined ? undefined : new Date(target)),
    idle: () => running,
  };
}
