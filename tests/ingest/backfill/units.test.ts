// The backfill's pure parts: windows, paging checks, the rate limiter (on a fake clock).
import { describe, expect, it } from 'vitest';
import { PageChecker } from '../../../src/ingest/backfill/paging.ts';
import { RateLimiter } from '../../../src/ingest/backfill/rate.ts';
import { daysIn, halve, monthPeriods } from '../../../src/ingest/backfill/windows.ts';

describe('windows', () => {
  it('cuts a range into calendar months, the ends cut to the range', () => {
    expect(monthPeriods('2024-01-15', '2024-03-02')).toEqual([
      { since: '2024-01-15', until: '2024-01-31' },
      { since: '2024-02-01', until: '2024-02-29' },
      { since: '2024-03-01', until: '2024-03-02' },
    ]);
    expect(monthPeriods('2014-05-01', '2026-07-10')).toHaveLength(147);
    expect(monthPeriods('2024-02-02', '2024-02-01')).toEqual([]);
  });

  it('halves a window down to single days, covering every day once', () => {
    expect(halve({ since: '2024-09-01', until: '2024-09-30' })).toEqual([
      { since: '2024-09-01', until: '2024-09-15' },
      { since: '2024-09-16', until: '2024-09-30' },
    ]);
    expect(halve({ since: '2024-09-01', until: '2024-09-03' })).toEqual([
      { since: '2024-09-01', until: '2024-09-02' },
      { since: '2024-09-03', until: '2024-09-03' },
    ]);
    expect(() => halve({ since: '2024-09-01', until: '2024-09-01' })).toThrow(/one-day/);
    expect(daysIn({ since: '2024-02-01', until: '2024-02-29' })).toBe(29);
  });
});

describe('paging checks', () => {
  const period = { since: '2024-09-01', until: '2024-09-30' };
  const page = (from: number, n: number, day = '2024-09-10') => Array.from({ length: n }, (_, i) => ({ id: from + i, dateTabled: day }));

  it('accepts pages that add up to totalResults', () => {
    const c = new PageChecker(period, { take: 10, hardCap: 1000 });
    expect(c.page(0, 25, page(1, 10))).toEqual({ fresh: 10 });
    expect(c.page(10, 25, page(11, 10))).toEqual({ fresh: 10 });
    expect(c.page(20, 25, page(21, 5))).toEqual({ fresh: 5 });
    expect(c.end(25)).toBeUndefined();
  });

  it('names a page that repeats the one before (an API ignoring skip)', () => {
    const c = new PageChecker(period, { take: 10, hardCap: 1000 });
    c.page(0, 30, page(1, 10));
    expect(c.page(10, 30, page(1, 10)).problem).toMatch(/repeats the page before it: the API is ignoring skip/);
  });

  it('names a page of questions all listed already, even in a new order', () => {
    const c = new PageChecker(period, { take: 10, hardCap: 1000 });
    c.page(0, 30, page(1, 10));
    c.page(10, 30, page(11, 10));
    expect(c.page(20, 30, page(1, 10).reverse()).problem).toMatch(/every question on the page at skip 20 was listed earlier/);
  });

  it('counts a question shifted onto the next page once, and the total then does not add up', () => {
    const c = new PageChecker(period, { take: 10, hardCap: 1000 });
    c.page(0, 20, page(1, 10));
    expect(c.page(10, 20, [...page(10, 1), ...page(11, 9)])).toEqual({ fresh: 9 });
    expect(c.end(19)).toMatch(/totalResults says 20 questions, but paging listed 19/);
  });

  it('names a totalResults that understates, and one too large to believe', () => {
    const c = new PageChecker(period, { take: 10, hardCap: 1000 });
    expect(c.page(0, 10, page(1, 10)).problem).toBeUndefined();
    expect(c.page(10, 10, page(11, 3)).problem).toMatch(/listed 13 or more questions, but its totalResults says 10/);
    expect(new PageChecker(period, { take: 10, hardCap: 1000 }).page(0, 5000, page(1, 10)).problem).toMatch(/totalResults says 5000.*not believed/);
  });

  it('names a page larger than asked for, and questions from outside the window', () => {
    expect(new PageChecker(period, { take: 10, hardCap: 1000 }).page(0, 30, page(1, 11)).problem).toMatch(/sent 11 questions for a page of 10/);
    expect(new PageChecker(period, { take: 10, hardCap: 1000 }).page(0, 30, page(1, 10, '2024-10-01')).problem).toMatch(/10 question\(s\).*not tabled in 2024-09-01 … 2024-09-30.*ignored the date filter/);
  });
});

describe('rate limiter', () => {
  function fakeClock() {
    let t = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      t += ms;
    };
    return { clock: () => t, sleep, waits, advance: (ms: number) => void (t += ms) };
  }

  it('spaces requests evenly at the rate, across callers in flight together', async () => {
    // The clock stands still: four "workers" asking at once are told to wait for successive slots.
    const waits: number[] = [];
    const r = new RateLimiter({ perSecond: 5, clock: () => 0, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([0, 1, 2, 3].map(() => r.take()));
    expect(waits).toEqual([200, 400, 600]);
  });

  it('does not wait when requests come slower than the rate', async () => {
    const c = fakeClock();
    const r = new RateLimiter({ perSecond: 2, clock: c.clock, sleep: c.sleep });
    for (let i = 0; i < 3; i++) {
      await r.take();
      c.advance(600);
    }
    expect(c.waits).toEqual([]);
  });

  it('holds every request back until a Retry-After has passed', async () => {
    const c = fakeClock();
    const r = new RateLimiter({ perSecond: 10, clock: c.clock, sleep: c.sleep });
    await r.take();
    r.pause(3000);
    await r.take();
    expect(c.clock()).toBe(3000);
    await r.take();
    expect(c.clock()).toBe(3100);
  });

  it('refuses a rate of 0', () => {
    expect(() => new RateLimiter({ perSecond: 0 })).toThrow(/above 0/);
  });
});
