// When the running bot ingests: every INGEST_INTERVAL (default 1h) between INGEST_HOURS (default
// 07-22, local time in the digest's zone), and always once INGEST_BEFORE_DIGEST (default 10m)
// before DIGEST_TIME, so the digest reports what was answered today. Targets are absolute
// instants recomputed after each run, so timers never drift; runs never overlap.
import { ConfigError, parseDigestTime, wallClock, zonedInstant } from '../../schedule.ts';
import { realTimer, startInstantLoop, type Timer } from '../../timing.ts';

export interface IngestSchedule {
  /** Period between runs inside `hours`; undefined: no periodic runs (only the pre-digest one). */
  intervalMs?: number;
  /** Local hours [from, to] (minutes since midnight) periodic runs fall in; ticks are aligned to `from`. */
  hours: { from: number; to: number };
  /** DIGEST_TIME "HH:MM"; undefined: no pre-digest run. */
  digestTime?: string;
  /** How long before the digest the pre-digest run starts. */
  leadMs: number;
  /** IANA zone (DIGEST_TIMEZONE). */
  zone: string;
}

export const DEFAULT_INTERVAL_MS = 60 * 60_000;
export const DEFAULT_HOURS = { from: 7 * 60, to: 22 * 60 };
export const DEFAULT_LEAD_MS = 10 * 60_000;

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** "1h", "30m", "1h30m", "90s", "45" (minutes) → ms; "off"/"0"/"never" → undefined. */
export function parseInterval(s: string, what = 'INGEST_INTERVAL'): number | undefined {
  const t = s.trim().toLowerCase();
  if (['off', 'never', 'none', '0', 'false'].includes(t)) return undefined;
  if (/^\d+$/.test(t)) return check(Number(t) * 60_000, s, what);
  const re = /(\d+(?:\.\d+)?)\s*(ms|min|s|m|h|d)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(t))) {
    total += Number(m[1]) * UNITS[m[2]!]!;
    end = re.lastIndex;
  }
  if (!t || end !== t.length) throw new ConfigError(`${what} must be a duration like 1h, 30m or 1h30m (or "off"), not "${s}"`);
  return check(total, s, what);
}

function check(ms: number, s: string, what: string): number {
  if (ms < 60_000) throw new ConfigError(`${what} must be at least one minute, not "${s}" (the API is shared: be polite)`);
  return Math.round(ms);
}

/** "07-22", "7:30-22:00", "all" → minutes since midnight. */
export function parseHours(s: string): { from: number; to: number } {
  const t = s.trim().toLowerCase();
  if (t === 'all' || t === '0-24' || t === '00-24') return { from: 0, to: 24 * 60 - 1 };
  const m = /^(\d{1,2})(?::(\d{2}))?\s*-\s*(\d{1,2})(?::(\d{2}))?$/.exec(t);
  const from = m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : NaN;
  const to = m ? Number(m[3]) * 60 + Number(m[4] ?? 0) : NaN;
  if (!m || from >= to || to > 24 * 60 || Number(m[2] ?? 0) > 59 || Number(m[4] ?? 0) > 59) {
    throw new ConfigError(`INGEST_HOURS must be a range of local hours like 07-22 or 7:30-22:00 (or "all"), not "${s}"`);
  }
  return { from, to: Math.min(to, 24 * 60 - 1) };
}

type YMD = { year: number; month: number; day: number };
const addDays = (d: YMD, n: number): YMD => {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
};
const at = (d: YMD, minutes: number, zone: string) => zonedInstant(d.year, d.month, d.day, Math.floor(minutes / 60), minutes % 60, zone);

/** The first planned ingest strictly after `now`, or undefined when the schedule plans none. */
export function nextIngestAfter(now: Date, s: IngestSchedule): Date | undefined {
  const t = now.getTime();
  const w = wallClock(t, s.zone);
  const today: YMD = { year: w.year, month: w.month, day: w.day };
  const candidates: number[] = [];
  for (let i = -1; i <= 2; i++) {
    const d = addDays(today, i);
    if (s.intervalMs) {
      const start = at(d, s.hours.from, s.zone);
      const end = at(d, s.hours.to, s.zone);
      if (t < end) {
        const k = t < start ? 0 : Math.floor((t - start) / s.intervalMs) + 1;
        const tick = start + k * s.intervalMs;
        if (tick <= end) candidates.push(tick);
      }
    }
    if (s.digestTime) {
      const { hour, minute } = parseDigestTime(s.digestTime);
      const pre = zonedInstant(d.year, d.month, d.day, hour, minute, s.zone) - s.leadMs;
      if (pre > t) candidates.push(pre);
    }
  }
  const next = candidates.filter((c) => c > t);
  return next.length ? new Date(Math.min(...next)) : undefined;
}

export interface IngestSchedulerOptions extends IngestSchedule {
  /** One ingest (and whatever follows it: the index refresh). Errors go to onError; the schedule goes on. */
  run: (reason: 'start' | 'scheduled') => Promise<unknown>;
  /** Run once at start (catch up after downtime). Default true. */
  runOnStart?: boolean;
  clock?: () => Date;
  timer?: Timer;
  /** Never sleep longer than this (suspend, clock changes). Default 15 min. */
  maxSleepMs?: number;
  onError?: (err: unknown) => void;
}

export interface IngestScheduler {
  stop(): void;
  nextRunAt(): Date | undefined;
  /** Resolves when the run in progress (if any) has finished. */
  idle(): Promise<void>;
}

export function startIngestScheduler(opts: IngestSchedulerOptions): IngestScheduler {
  const clock = opts.clock ?? (() => new Date());
  const next = () => nextIngestAfter(clock(), opts)?.getTime();
  let reason: 'start' | 'scheduled' = (opts.runOnStart ?? true) ? 'start' : 'scheduled';
  return startInstantLoop({
    clock,
    timer: opts.timer ?? realTimer,
    maxSleepMs: opts.maxSleepMs ?? 15 * 60_000,
    runOnStart: opts.runOnStart ?? true,
    first: next,
    run: async () => {
      try {
        await opts.run(reason);
      } catch (err) {
        opts.onError?.(err);
      }
      reason = 'scheduled';
      return next();
    },
  });
}
