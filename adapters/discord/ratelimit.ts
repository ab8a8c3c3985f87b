// Per-user rate limit: at most `max` searches in any `windowMs` (sliding window).
import { RATE } from './limits.ts';

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; /** True the first time in a row: tell the user once, then stay quiet. */ firstRefusal: boolean };

export class RateLimiter {
  private readonly hits = new Map<string, { times: number[]; warned: boolean }>();
  private lastSweep = 0;

  constructor(
    readonly max: number = RATE.perMinute,
    readonly windowMs: number = RATE.windowMs,
    private readonly now: () => number = Date.now,
  ) {}

  take(userId: string): RateDecision {
    const t = this.now();
    this.sweep(t);
    let e = this.hits.get(userId);
    if (!e) this.hits.set(userId, (e = { times: [], warned: false }));
    e.times = e.times.filter((x) => t - x < this.windowMs);
    if (e.times.length < this.max) {
      e.times.push(t);
      e.warned = false;
      return { ok: true };
    }
    const firstRefusal = !e.warned;
    e.warned = true;
    return { ok: false, retryAfterMs: this.windowMs - (t - e.times[0]!), firstRefusal };
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < this.windowMs) return;
    this.lastSweep = t;
    for (const [k, e] of this.hits) if (e.times.every((x) => t - x >= this.windowMs)) this.hits.delete(k);
  }
}

export function rateLimitText(retryAfterMs: number): string {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're searching faster than I can keep up with. Please wait ${s} second${s === 1 ? '' : 's'} and try again.`;
}
