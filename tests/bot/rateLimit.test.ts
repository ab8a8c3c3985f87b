// The one per-user rate limiter (Slack and Discord both use it) and what a user over it is told.
import { describe, expect, it } from 'vitest';
import { describeRate, slowDownText } from '../../src/bot/present.ts';
import { RateLimiter } from '../../src/bot/rateLimit.ts';

describe('RateLimiter', () => {
  it('is a sliding window per user, and refused requests do not count', () => {
    let t = 0;
    const l = new RateLimiter({ max: 2, windowMs: 1000 }, () => t);
    expect([l.take('a').ok, l.take('a').ok, l.take('a').ok, l.take('b').ok]).toEqual([true, true, false, true]);
    t = 500;
    expect(l.take('a')).toMatchObject({ ok: false, retryAfterMs: 500 });
    t = 1001; // both earlier requests have left the window
    expect([l.take('a').ok, l.take('a').ok, l.take('a').ok]).toEqual([true, true, false]);
  });

  it('refuses with the wait, and says it is the first refusal in a row once', () => {
    let now = 0;
    const r = new RateLimiter({ max: 3, windowMs: 60_000 }, () => now);
    expect([r.take('u'), r.take('u'), r.take('u')].every((d) => d.ok)).toBe(true);
    expect(r.take('other').ok).toBe(true);
    now = 10_000;
    expect(r.take('u')).toEqual({ ok: false, retryAfterMs: 50_000, firstRefusal: true });
    expect(r.take('u')).toMatchObject({ ok: false, firstRefusal: false });
    now = 60_000;
    expect(r.take('u').ok).toBe(true);
    now = 61_000;
    r.take('u');
    r.take('u');
    expect(r.take('u')).toMatchObject({ ok: false, firstRefusal: true }); // allowed in between: a new run
  });
});

describe('slowDownText', () => {
  it('says the limit and the wait, in whole seconds', () => {
    expect(describeRate({ max: 10, windowMs: 60_000 })).toBe('10 requests a minute');
    expect(describeRate({ max: 3, windowMs: 10_000 })).toBe('3 requests every 10 seconds');
    expect(describeRate({ max: 1, windowMs: 3_600_000 })).toBe('1 request an hour');
    expect(slowDownText({ max: 10, windowMs: 60_000 }, 50_000)).toBe(
      "You're asking faster than I can keep up (10 requests a minute at most). Please try again in 50 seconds.",
    );
    expect(slowDownText({ max: 10, windowMs: 60_000 }, 400)).toMatch(/try again in 1 second\.$/);
  });
});
