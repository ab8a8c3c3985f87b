// Paging state. A button's custom_id holds at most 100 characters, too few for a long query, so
// it carries a short random token; the token maps to {query, userId, limit} here. The map lives
// in memory (least recently used dropped first, entries expire after PAGING.ttlMs): after a
// restart or expiry, pressing Previous / Next says "this result page has expired, run the search
// again". Chosen over persistence because a search is cheap to repeat and nothing is lost.
import { randomBytes } from 'node:crypto';
import { PAGING } from './limits.ts';

export interface PageState {
  query: string;
  /** Only this user may turn the pages. */
  userId: string;
  limit: number;
}

export interface PageStoreOptions {
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

export class PageStore {
  private readonly entries = new Map<string, PageState & { touched: number }>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(opts: PageStoreOptions = {}) {
    this.maxEntries = opts.maxEntries ?? PAGING.maxEntries;
    this.ttlMs = opts.ttlMs ?? PAGING.ttlMs;
    this.now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Remember a search; returns its token (11 URL-safe characters). */
  create(state: PageState): string {
    let token: string;
    do token = randomBytes(8).toString('base64url');
    while (this.entries.has(token));
    this.entries.set(token, { ...state, touched: this.now() });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return token;
  }

  /** The search behind a token, or undefined when it expired or was never made (e.g. before a restart). */
  get(token: string): PageState | undefined {
    const e = this.entries.get(token);
    if (!e) return undefined;
    if (this.now() - e.touched > this.ttlMs) {
      this.entries.delete(token);
      return undefined;
    }
    this.entries.delete(token);
    e.touched = this.now();
    this.entries.set(token, e); // most recently used goes last
    return { query: e.query, userId: e.userId, limit: e.limit };
  }
}
