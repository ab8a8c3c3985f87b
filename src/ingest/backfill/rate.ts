// Requests per second for a backfill: the API publishes no limit, so we set our own and keep to
// it across every request in flight (retries included). Requests are spaced evenly rather than
// sent in bursts, and a 429's Retry-After pauses everyone, not just the request that got it.
// Clock and sleep are injectable: the tests run it without waiting.

export interface RateLimiterOptions {
  /** Requests per second (> 0). */
  perSecond: number;
  /** Milliseconds, monotonic. Default performance.now. */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class RateLimiter {
  private readonly interval: number;
  private readonly clock: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** The earliest time the next request may start. */
  private next = -Infinity;
  /** Nothing starts before this (a Retry-After from the server). */
  private pausedUntil = -Infinity;

  constructor(o: RateLimiterOptions) {
    if (!(o.perSecond > 0)) throw new Error(`the rate must be above 0 requests/s, not ${o.perSecond}`);
    this.interval = 1000 / o.perSecond;
    this.clock = o.clock ?? (() => performance.now());
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Resolves when this request may go. Each caller takes the next free slot, so callers never share one. */
  async take(): Promise<void> {
    const now = this.clock();
    const at = Math.max(now, this.next, this.pausedUntil);
    this.next = at + this.interval;
    if (at > now) await this.sleep(at - now);
  }

  /** The server asked us to wait (429 + Retry-After): nobody starts a request before then. */
  pause(ms: number): void {
    const until = this.clock() + ms;
    if (until > this.pausedUntil) this.pausedUntil = until;
    if (this.next < until) this.next = until;
  }
}
