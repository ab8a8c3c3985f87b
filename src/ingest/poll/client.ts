// A polite JSON client for the Written Questions API: every request has a timeout; 429, 5xx,
// timeouts and network failures (including a connection cut mid-body) are retried with
// exponential backoff and full jitter, honouring Retry-After (seconds or an HTTP date).
// Anything else (400, 404 …) fails at once. Sleep, randomness and fetch are injectable so tests
// run the whole retry path without waiting.

export const DEFAULT_WQ_API_URL = 'https://questions-statements-api.parliament.uk';

export interface ClientOptions {
  /** Base URL, e.g. https://questions-statements-api.parliament.uk (WQ_API_URL). */
  baseUrl: string;
  /** Per-attempt timeout (connect + whole body). Default 30 s. */
  timeoutMs?: number;
  /** Attempts per request, the first included. Default 6. */
  attempts?: number;
  /** First backoff; doubles each retry. Default 1 s. */
  backoffMs?: number;
  /** Longest single wait (backoff or Retry-After). Default 60 s. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetch?: typeof fetch;
  /** Told about each retry (for the progress log). */
  onRetry?: (info: RetryInfo) => void;
  /** Aborts waiting and in-flight requests (shutdown). */
  signal?: AbortSignal;
  userAgent?: string;
  /** A response body longer than this fails at once (BodyTooLargeError), never retried. Default: no limit. */
  maxBodyBytes?: number;
  /** Awaited before every attempt, retries included (a backfill's rate limiter). */
  beforeRequest?: () => Promise<void>;
}

export interface RetryInfo {
  url: string;
  attempt: number;
  delayMs: number;
  reason: string;
}

/** The API answered with a status we do not retry (or kept failing): `status` is the last one seen. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly attempts?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The body passed `maxBodyBytes`: an API gone wrong, not a passing fault, so it is not retried. */
export class BodyTooLargeError extends ApiError {
  constructor(url: string, readonly limit: number) {
    super(`GET ${url}: response body over ${limit} bytes`, url, 200, 1);
    this.name = 'BodyTooLargeError';
  }
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export const realSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

/** Exponential backoff with full jitter: a random wait in [base·2^(n-1) / 2, base·2^(n-1)], capped. */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class WqClient {
  readonly baseUrl: string;
  private readonly o: Required<Omit<ClientOptions, 'onRetry' | 'signal' | 'baseUrl' | 'maxBodyBytes' | 'beforeRequest'>> &
    Pick<ClientOptions, 'onRetry' | 'signal' | 'maxBodyBytes' | 'beforeRequest'>;
  /** Requests made, retries included (for the summary). */
  requests = 0;
  retries = 0;

  constructor(opts: ClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.o = {
      timeoutMs: opts.timeoutMs ?? 30_000,
      attempts: Math.max(1, opts.attempts ?? 6),
      backoffMs: opts.backoffMs ?? 1000,
      maxDelayMs: opts.maxDelayMs ?? 60_000,
      sleep: opts.sleep ?? ((ms) => realSleep(ms, opts.signal)),
      random: opts.random ?? Math.random,
      fetch: opts.fetch ?? ((...a) => fetch(...a)),
      userAgent: opts.userAgent ?? 'archive-qa ingest (+https://github.com/)',
      onRetry: opts.onRetry,
      signal: opts.signal,
      maxBodyBytes: opts.maxBodyBytes,
      beforeRequest: opts.beforeRequest,
    };
  }

  /** GET a path (with query) and parse JSON, retrying what is worth retrying. */
  async getJson(pathAndQuery: string): Promise<unknown> {
    const url = `${this.baseUrl}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
    let last = '';
    let lastStatus: number | undefined;
    for (let attempt = 1; attempt <= this.o.attempts; attempt++) {
      if (this.o.signal?.aborted) throw this.o.signal.reason;
      await this.o.beforeRequest?.();
      this.requests++;
      let retryAfter: number | undefined;
      try {
        const signal = this.o.signal ? AbortSignal.any([this.o.signal, AbortSignal.timeout(this.o.timeoutMs)]) : AbortSignal.timeout(this.o.timeoutMs);
        const res = await this.o.fetch(url, { headers: { accept: 'application/json', 'user-agent': this.o.userAgent }, signal });
        lastStatus = res.status;
        if (res.ok) {
          // The body is read under the same timeout; a reset mid-body throws here and is retried.
          const text = this.o.maxBodyBytes === undefined ? await res.text() : await readLimited(res, this.o.maxBodyBytes, url);
          try {
            return JSON.parse(text);
          } catch {
            throw new RetryableError(`invalid JSON in a ${res.status} response (${text.length} bytes; truncated?)`);
          }
        }
        const body = await res.text().catch(() => '');
        if (!RETRY_STATUS.has(res.status)) {
          throw new ApiError(`GET ${url}: HTTP ${res.status}${body ? `: ${body.slice(0, 200)}` : ''}`, url, res.status, attempt);
        }
        retryAfter = parseRetryAfter(res.headers.get('retry-after'));
        last = `HTTP ${res.status}`;
      } catch (err) {
        if (err instanceof ApiError) throw err;
        if (this.o.signal?.aborted) throw this.o.signal.reason;
        last = describeFailure(err, this.o.timeoutMs);
        lastStatus = undefined;
      }
      if (attempt === this.o.attempts) break;
      const backoff = backoffDelay(attempt, this.o.backoffMs, this.o.maxDelayMs, this.o.random);
      // Retry-After is the server's wish: wait at least that long (capped), never less.
      const delay = retryAfter !== undefined ? Math.min(this.o.maxDelayMs, Math.max(retryAfter, Math.round(this.o.backoffMs / 2))) : backoff;
      this.retries++;
      this.o.onRetry?.({ url, attempt, delayMs: delay, reason: last });
      await this.o.sleep(delay);
    }
    throw new ApiError(`GET ${url} failed after ${this.o.attempts} attempt(s); last: ${last}`, url, lastStatus, this.o.attempts);
  }
}

class RetryableError extends Error {}

/** The body as text, stopping (and dropping the connection) as soon as it passes `limit` bytes. */
async function readLimited(res: Response, limit: number, url: string): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > limit) {
    await res.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(url, limit);
  }
  if (!res.body) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw new BodyTooLargeError(url, limit); // leaving the loop cancels the stream
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

function describeFailure(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `${e?.message ?? String(err)}${cause ? ` (${cause})` : ''}`;
}
