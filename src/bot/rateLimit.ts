// Per-user throttle for every platform: at most `max` requests in any `windowMs` (a sliding
// window of request times). In memory: it protects the search from one person hammering it and
// is not state worth keeping across restarts. What the user is told is present.ts's slowDownText.

export interface RateLimit {
  /** Requests allowed per user … */
  max: number;
  /** … in this sliding window. */
  windowMs: number;
}

export type RateDecision =
  | { ok: true }
  | {
      ok: false;
      /** Until the oldest request leaves the window. */
      retryAfterMs: number;
      /** True the first time in a row: where the bot was not addressed directly, say it once, then stay quiet. */
      firstRefusal: boolean;
    };

export class RateLimiter {
  private readonly hits = new Map<string, { times: number[]; warned: boolean }>();
  private lastSweep = 0;

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one request by `user` and say whether it is allowed. Refused requests do not count. */
  take(user: string): RateDecision {
    const t = this.now();
    this.sweep(t);
    let e = this.hits.get(user);
    if (!e) this.hits.set(user, (e = { times: [], warned: false }));
    e.times = e.times.filter((x) => t - x < this.limit.windowMs);
    if (e.times.length < this.limit.max) {
      e.times.push(t);
      e.warned = false;
      return { ok: true };
    }
    const firstRefusal = !e.warned;
    e.warned = true;
    return { ok: false, retryAfterMs: this.limit.windowMs - (t - e.times[0]!), firstRefusal };
  }

  /** Once a window, forget users with nothing left in it, so memory stays bounded. */
  private sweep(t: number): void {
    if (t - this.lastSweep < this.limit.windowMs) return;
    this.lastSweep = t;
    for (const [u, e] of this.hits) if (e.times.every((x) => t - x >= this.limit.windowMs)) this.hits.delete(u);
  }
}
