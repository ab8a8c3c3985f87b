// When the bot ingests: hourly 07:00–22:00 London time, and 10 minutes before the digest.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/schedule.ts';
import { ingestConfigFromEnv } from '../../../src/ingest/poll/index.ts';
import { DEFAULT_HOURS, nextIngestAfter, parseHours, parseInterval, startIngestScheduler, type IngestSchedule } from '../../../src/ingest/poll/schedule.ts';

const S: IngestSchedule = { intervalMs: 3_600_000, hours: DEFAULT_HOURS, digestTime: '08:00', leadMs: 10 * 60_000, zone: 'Europe/London' };
const next = (iso: string, s: IngestSchedule = S) => nextIngestAfter(new Date(iso), s)?.toISOString();

describe('parseInterval / parseHours', () => {
  it('reads durations', () => {
    expect(parseInterval('1h')).toBe(3_600_000);
    expect(parseInterval('30m')).toBe(1_800_000);
    expect(parseInterval('1h30m')).toBe(5_400_000);
    expect(parseInterval('90')).toBe(5_400_000); // a bare number is minutes
    expect(parseInterval('off')).toBeUndefined();
    expect(() => parseInterval('hourly')).toThrow(ConfigError);
    expect(() => parseInterval('10s')).toThrow(/at least one minute/);
  });
  it('reads hour ranges', () => {
    expect(parseHours('07-22')).toEqual({ from: 420, to: 1320 });
    expect(parseHours('7:30-21:45')).toEqual({ from: 450, to: 1305 });
    expect(() => parseHours('22-07')).toThrow(ConfigError);
  });
  it('reads the environment with defaults, and rejects nonsense clearly', () => {
    const c = ingestConfigFromEnv({});
    expect(c).toMatchObject({ apiUrl: 'https://questions-statements-api.parliament.uk', concurrency: 4, timeoutMs: 30_000, attempts: 6 });
    expect(c.schedule).toMatchObject({ intervalMs: 3_600_000, hours: DEFAULT_HOURS, digestTime: '08:00', leadMs: 600_000, zone: 'Europe/London' });
    expect(ingestConfigFromEnv({ INGEST_INTERVAL: 'off' }).schedule).toBeUndefined();
    expect(ingestConfigFromEnv({ WQ_API_URL: 'http://127.0.0.1:9/' }).apiUrl).toBe('http://127.0.0.1:9');
    expect(() => ingestConfigFromEnv({ WQ_API_URL: 'not a url' })).toThrow(/WQ_API_URL/);
    expect(() => ingestConfigFromEnv({ INGEST_CONCURRENCY: '0' })).toThrow(/INGEST_CONCURRENCY/);
  });
});

describe('nextIngestAfter (Europe/London)', () => {
  it('runs on the hour during the day (BST in September: 07:00 London is 06:00Z)', () => {
    expect(next('2024-09-16T06:05:00Z')).toBe('2024-09-16T06:50:00.000Z'); // 07:50 pre-digest comes before 08:00
    expect(next('2024-09-16T06:50:00Z')).toBe('2024-09-16T07:00:00.000Z');
    expect(next('2024-09-16T12:00:00Z')).toBe('2024-09-16T13:00:00.000Z');
    expect(next('2024-09-16T12:59:59Z')).toBe('2024-09-16T13:00:00.000Z');
  });
  it('is quiet at night, except before an early digest', () => {
    expect(next('2024-09-16T21:00:00Z')).toBe('2024-09-17T06:00:00.000Z'); // 22:00 was the last
    expect(next('2024-09-16T21:00:00Z', { ...S, digestTime: '06:30' })).toBe('2024-09-17T05:20:00.000Z');
  });
  it('follows the zone across the clocks going back (GMT in November: 07:00 is 07:00Z)', () => {
    expect(next('2024-11-04T06:00:00Z', { ...S, digestTime: undefined })).toBe('2024-11-04T07:00:00.000Z');
  });
  it('with periodic runs off, only the pre-digest run remains', () => {
    expect(next('2024-09-16T12:00:00Z', { ...S, intervalMs: undefined })).toBe('2024-09-17T06:50:00.000Z');
  });
});

describe('startIngestScheduler', () => {
  it('runs at start, then at each planned instant, never overlapping', async () => {
    let now = Date.parse('2024-09-16T12:20:00Z');
    const timers: { fn: () => void; at: number }[] = [];
    const timer = { setTimeout: (fn: () => void, ms: number) => timers.push({ fn, at: now + ms }), clearTimeout: () => {} };
    const runs: string[] = [];
    let inFlight = 0;
    let overlapped = false;
    const sched = startIngestScheduler({
      ...S,
      clock: () => new Date(now),
      timer,
      run: async (why) => {
        if (inFlight++) overlapped = true;
        runs.push(`${why}@${new Date(now).toISOString()}`);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        if (runs.length === 2) throw new Error('API down'); // the schedule goes on
      },
      onError: () => {},
    });
    await sched.idle();
    expect(sched.nextRunAt()?.toISOString()).toBe('2024-09-16T13:00:00.000Z');
    // Timers sleep at most 15 minutes at a time (maxSleepMs), waking early and sleeping again.
    for (let i = 0; i < 50 && runs.length < 4; i++) {
      const t = timers.shift()!;
      now = t.at;
      t.fn();
      await sched.idle();
    }
    sched.stop();
    expect(runs).toEqual(['start@2024-09-16T12:20:00.000Z', 'scheduled@2024-09-16T13:00:00.000Z', 'scheduled@2024-09-16T14:00:00.000Z', 'scheduled@2024-09-16T15:00:00.000Z']);
    expect(overlapped).toBe(false);
  });
});
