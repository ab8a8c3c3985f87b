import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  checkTimeZone,
  digestConfigFromEnv,
  latestScheduledAtOrBefore,
  nextScheduledAfter,
  parseDigestTime,
  wallClock,
  zonedInstant,
} from '../../src/schedule.ts';

const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

/** Walk the schedule from `start` for `days` firings. */
function firings(start: string, days: number, time: string, zone: string): Date[] {
  const out: Date[] = [];
  let t = at(start);
  for (let i = 0; i < days; i++) {
    t = nextScheduledAfter(t, time, zone);
    out.push(t);
  }
  return out;
}

describe('Europe/London', () => {
  const Z = 'Europe/London';
  it('08:00 is 08:00 UTC in winter and 07:00 UTC in summer', () => {
    expect(iso(nextScheduledAfter(at('2025-01-15T12:00:00Z'), '08:00', Z))).toBe('2025-01-16T08:00:00.000Z');
    expect(iso(nextScheduledAfter(at('2025-07-15T12:00:00Z'), '08:00', Z))).toBe('2025-07-16T07:00:00.000Z');
  });

  it('crosses the spring change (last Sunday of March 2025): 08:00 GMT then 08:00 BST', () => {
    expect(firings('2025-03-28T12:00:00Z', 3, '08:00', Z).map(iso)).toEqual([
      '2025-03-29T08:00:00.000Z', // Saturday, GMT
      '2025-03-30T07:00:00.000Z', // Sunday, the change day: already BST at 08:00
      '2025-03-31T07:00:00.000Z',
    ]);
  });

  it('crosses the autumn change (last Sunday of October 2025)', () => {
    expect(firings('2025-10-25T00:00:00Z', 3, '08:00', Z).map(iso)).toEqual([
      '2025-10-25T07:00:00.000Z',
      '2025-10-26T08:00:00.000Z', // GMT again
      '2025-10-27T08:00:00.000Z',
    ]);
  });

  it('a time in the spring-forward gap (01:30 on 30 March 2025) runs once, at 02:30 BST', () => {
    const f = firings('2025-03-29T00:00:00Z', 3, '01:30', Z);
    expect(f.map(iso)).toEqual(['2025-03-29T01:30:00.000Z', '2025-03-30T01:30:00.000Z', '2025-03-31T00:30:00.000Z']);
    expect(wallClock(f[1]!.getTime(), Z)).toMatchObject({ day: 30, hour: 2, minute: 30 });
  });

  it('a time in the autumn overlap (01:30 on 26 October 2025, twice on the clock) runs once, the first time', () => {
    const f = firings('2025-10-25T00:00:00Z', 3, '01:30', Z);
    expect(f.map(iso)).toEqual(['2025-10-25T00:30:00.000Z', '2025-10-26T00:30:00.000Z', '2025-10-27T01:30:00.000Z']);
    // The second 01:30 (01:30 UTC on the 26th) is not a firing.
    expect(iso(nextScheduledAfter(at('2025-10-26T00:30:00Z'), '01:30', Z))).toBe('2025-10-27T01:30:00.000Z');
    expect(iso(latestScheduledAtOrBefore(at('2025-10-26T01:45:00Z'), '01:30', Z))).toBe('2025-10-26T00:30:00.000Z');
  });

  it('latest instant at or before now: exactly at the instant, just before it, and after', () => {
    expect(iso(latestScheduledAtOrBefore(at('2025-03-30T07:00:00Z'), '08:00', Z))).toBe('2025-03-30T07:00:00.000Z');
    expect(iso(latestScheduledAtOrBefore(at('2025-03-30T06:59:59Z'), '08:00', Z))).toBe('2025-03-29T08:00:00.000Z');
    expect(iso(latestScheduledAtOrBefore(at('2025-03-30T23:30:00Z'), '08:00', Z))).toBe('2025-03-30T07:00:00.000Z');
  });
});

describe('America/New_York', () => {
  const Z = 'America/New_York';
  it('08:00 is 13:00 UTC in winter (EST) and 12:00 UTC in summer (EDT), across 9 March 2025', () => {
    expect(firings('2025-03-07T20:00:00Z', 3, '08:00', Z).map(iso)).toEqual([
      '2025-03-08T13:00:00.000Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-10T12:00:00.000Z',
    ]);
  });
  it('02:30 does not exist on 9 March 2025: runs once at 03:30 EDT', () => {
    const f = firings('2025-03-08T00:00:00Z', 3, '02:30', Z);
    expect(f.map(iso)).toEqual(['2025-03-08T07:30:00.000Z', '2025-03-09T07:30:00.000Z', '2025-03-10T06:30:00.000Z']);
  });
  it('01:30 happens twice on 2 November 2025: runs at the first (EDT) only', () => {
    const f = firings('2025-11-01T00:00:00Z', 3, '01:30', Z);
    expect(f.map(iso)).toEqual(['2025-11-01T05:30:00.000Z', '2025-11-02T05:30:00.000Z', '2025-11-03T06:30:00.000Z']);
  });
  it('latest instant uses the zone\'s date, not UTC\'s (UTC is already tomorrow at 22:00 New York time)', () => {
    expect(iso(latestScheduledAtOrBefore(at('2025-07-16T02:00:00Z'), '21:00', Z))).toBe('2025-07-16T01:00:00.000Z');
    expect(iso(latestScheduledAtOrBefore(at('2025-07-16T00:30:00Z'), '21:00', Z))).toBe('2025-07-15T01:00:00.000Z');
  });
});

describe('a whole year, several zones', () => {
  for (const [zone, time] of [
    ['Europe/London', '08:00'],
    ['Europe/London', '01:30'],
    ['America/New_York', '02:30'],
    ['Australia/Sydney', '02:30'],
    ['Asia/Kolkata', '00:00'],
  ] as const) {
    it(`${zone} ${time}: exactly one firing per local day, at the set time unless the clock skipped it`, () => {
      const f = firings('2025-01-01T00:00:00Z', 365, time, zone);
      const days = f.map((d) => {
        const w = wallClock(d.getTime(), zone);
        return `${w.year}-${w.month}-${w.day}`;
      });
      expect(new Set(days).size).toBe(365);
      const [h, m] = time.split(':').map(Number);
      const off = f.filter((d) => {
        const w = wallClock(d.getTime(), zone);
        return w.hour !== h || w.minute !== m;
      });
      // Only the spring-forward day may differ, and then by exactly the jump (1 hour).
      expect(off.length).toBeLessThanOrEqual(1);
      for (const d of off) expect(wallClock(d.getTime(), zone).hour).toBe(h! + 1);
      // Gaps between firings are 23, 24 or 25 hours.
      for (let i = 1; i < f.length; i++) expect([23, 24, 25]).toContain((f[i]!.getTime() - f[i - 1]!.getTime()) / 3_600_000);
    });
  }
});

describe('configuration', () => {
  it('rejects malformed times and zones with clear errors', () => {
    for (const bad of ['8am', '24:00', '07:60', '0800', '', '7:5']) expect(() => parseDigestTime(bad)).toThrow(ConfigError);
    expect(() => parseDigestTime('8am')).toThrow(/DIGEST_TIME must be a 24-hour time like 08:00/);
    expect(parseDigestTime('7:05')).toEqual({ hour: 7, minute: 5 });
    expect(() => checkTimeZone('Europe/Lundun')).toThrow(/DIGEST_TIMEZONE must be an IANA time zone/);
  });
  it('reads the environment with defaults', () => {
    expect(digestConfigFromEnv({})).toEqual({ time: '08:00', timeZone: 'Europe/London', empty: 'skip' });
    expect(digestConfigFromEnv({ DIGEST_TIME: '17:30', DIGEST_TIMEZONE: 'America/New_York', DIGEST_EMPTY: 'post' })).toEqual({
      time: '17:30',
      timeZone: 'America/New_York',
      empty: 'post',
    });
    expect(() => digestConfigFromEnv({ DIGEST_EMPTY: 'always' })).toThrow(/DIGEST_EMPTY/);
    expect(() => digestConfigFromEnv({ DIGEST_TIME: '25:00' })).toThrow(ConfigError);
  });
  it('zonedInstant is the identity for UTC', () => {
    expect(zonedInstant(2025, 3, 30, 1, 30, 'UTC')).toBe(Date.UTC(2025, 2, 30, 1, 30));
  });
});
