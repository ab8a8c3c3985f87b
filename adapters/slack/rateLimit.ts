// Per-user throttle: a sliding window of request times, in memory (it protects the search
// from one person hammering it; it is not state worth keeping across restarts).
import type { RateLimit } from './config.ts';

export interface RateDecision {
  ok: boolean;
  /** When refused: ms until the oldest request leaves the window. */
  retryAfterMs: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one request by `user` and say whether it is allowed. Refused requests do not count. */
  take(user: string): RateDecision {
    const t = this.now();
    const since = t - this.limit.windowMs;
    const recent = (this.hits.get(user) ?? []).filter((x) => x > since);
    if (recent.length >= this.limit.max) {
      this.hits.set(user, recent);
      return { ok: false, retryAfterMs: recent[0]! + this.limit.windowMs - t };
    }
    recent.push(t);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000) this.prune(since);
    return { ok: true, retryAfterMs: 0 };
  }

  private prune(since: number): void {
    for (const [u, times] of this.hits) if (!times.some((x) => x > since)) this.hits.delete(u);
  }
}

/** "10 requests a minute", "3 requests every 10 seconds". */
export function describeRate(l: RateLimit): string {
  const req = `${l.max} request${l.max === 1 ? '' : 's'}`;
  const units: [number, string][] = [[3_600_000, 'hour'], [60_000, 'minute'], [1000, 'second'], [1, 'millisecond']];
  for (const [ms, name] of units) {
    if (l.windowMs % ms === 0) {
      const n = l.windowMs / ms;
      return n === 1 ? `${req} a ${name}` : `${req} every ${n} ${name}s`;
    }
  }
  return `${req} every ${l.windowMs} ms`;
}

export function rateLimitedText(l: RateLimit, retryAfterMs: number): string {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `:hourglass_flowing_sand: You're asking faster than I can keep up (${describeRate(l)} at most). Please try again in ${s} second${s === 1 ? '' : 's'}.`;
}
