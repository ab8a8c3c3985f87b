// When digests are due: DIGEST_TIME ("HH:MM", local wall-clock time) in DIGEST_TIMEZONE (IANA).
// Pure functions of an injected `now`; zone offsets come from Intl (no tz database of our own).
//
// Daylight saving, following Temporal's 'compatible' rule:
// - spring-forward gap (e.g. 01:30 on the last Sunday of March in London does not exist):
//   the digest runs at the same distance past the jump, 02:30 BST, i.e. once, a little later;
// - autumn overlap (01:30 happens twice on the last Sunday of October): the first 01:30 only.
// Every local day therefore has exactly one scheduled instant.

import { ConfigError } from './config.ts';

export interface DigestConfig {
  /** "HH:MM", 24-hour. */
  time: string;
  /** IANA zone, e.g. Europe/London. */
  timeZone: string;
  /** What a channel with nothing new gets: nothing ('skip') or a one-line "nothing new" ('post'). */
  empty: 'skip' | 'post';
}

export const DEFAULT_DIGEST_CONFIG: DigestConfig = { time: '08:00', timeZone: 'Europe/London', empty: 'skip' };

export { ConfigError };

export function parseDigestTime(s: string): { hour: number; minute: number } {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!m || hour > 23 || minute > 59) {
    throw new ConfigError(`DIGEST_TIME must be a 24-hour time like 08:00, not "${s}"`);
  }
  return { hour, minute };
}

export function checkTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(`DIGEST_TIMEZONE must be an IANA time zone like Europe/London or America/New_York, not "${zone}"`);
  }
}

/** Reads DIGEST_TIME, DIGEST_TIMEZONE, DIGEST_EMPTY; throws ConfigError with a clear message. */
export function digestConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DigestConfig {
  const time = env.DIGEST_TIME?.trim() || DEFAULT_DIGEST_CONFIG.time;
  const timeZone = env.DIGEST_TIMEZONE?.trim() || DEFAULT_DIGEST_CONFIG.timeZone;
  const emptyRaw = env.DIGEST_EMPTY?.trim().toLowerCase() || DEFAULT_DIGEST_CONFIG.empty;
  if (emptyRaw !== 'skip' && emptyRaw !== 'post') {
    throw new ConfigError(`DIGEST_EMPTY must be "skip" (post nothing when there is nothing new) or "post", not "${env.DIGEST_EMPTY}"`);
  }
  parseDigestTime(time);
  checkTimeZone(timeZone);
  return { time, timeZone, empty: emptyRaw };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Wall-clock reading in `zone` at instant `t` (ms). */
export function wallClock(t: number, zone: string): Wall {
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(t))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour! % 24, minute: p.minute!, second: p.second! };
}

/** The zone's offset from UTC at instant `t`, in ms (London in summer: +3 600 000). */
export function zoneOffset(t: number, zone: string): number {
  const w = wallClock(t, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (t - (((t % 1000) + 1000) % 1000));
}

const DAY = 86_400_000;

/** The instant the wall clock in `zone` reads year-month-day hour:minute (gap: later; overlap: earlier). */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, zone: string): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets either side of any transition near this day (transitions are months apart).
  const before = zoneOffset(guess - DAY, zone);
  const after = zoneOffset(guess + DAY, zone);
  const valid = [...new Set([before, after])].map((o) => guess - o).filter((t) => zoneOffset(t, zone) === guess - t);
  if (valid.length) return Math.min(...valid); // overlap: the first occurrence
  return guess - before; // gap: read with the pre-transition offset, i.e. just after the jump
}

function localDateOf(t: number, zone: string): { year: number; month: number; day: number } {
  const w = wallClock(t, zone);
  return { year: w.year, month: w.month, day: w.day };
}

function addDays(d: { year: number; month: number; day: number }, n: number) {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

function instantOn(d: { year: number; month: number; day: number }, time: string, zone: string): number {
  const { hour, minute } = parseDigestTime(time);
  return zonedInstant(d.year, d.month, d.day, hour, minute, zone);
}

/** The most recent scheduled digest instant at or before `now`. */
export function latestScheduledAtOrBefore(now: Date, time: string, zone: string): Date {
  const t = now.getTime();
  const today = localDateOf(t, zone);
  for (let i = 0; i <= 2; i++) {
    const inst = instantOn(addDays(today, -i), time, zone);
    if (inst <= t) return new Date(inst);
  }
  throw new Error('unreachable: no scheduled instant in the last three days');
}

/** The first scheduled digest instant strictly after `now`. */
export function nextScheduledAfter(now: Date, time: string, zone: string): Date {
  const t = now.getTime();
  const today = localDateOf(t, zone);
  for (let i = 0; i <= 2; i++) {
    const inst = instantOn(addDays(today, i), time, zone);
    if (inst > t) return new Date(inst);
  }
  throw new Error('unreachable: no scheduled instant in the next three days');
}

/** YYYY-MM-DD of instant `t` in `zone` (for "from:<date>" and digest headings). */
export function localIsoDate(t: Date | number, zone: string): string {
  const d = localDateOf(typeof t === 'number' ? t : t.getTime(), zone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
