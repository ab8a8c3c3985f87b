// What the backfill asks of the API client: a body size limit that is not retried, and a hook
// before every attempt (the rate limiter) that retries pass through too. Fetch is injected.
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, WqClient } from '../../../src/ingest/poll/client.ts';

/** A fetch that answers from a list of responses, in turn, counting calls. */
function fakeFetch(responses: (() => Response)[]) {
  let calls = 0;
  const fetch = (async () => responses[Math.min(calls++, responses.length - 1)]!()) as unknown as typeof globalThis.fetch;
  return { fetch, calls: () => calls };
}

/** A body streamed in chunks with no content-length (the limit must be enforced while reading). */
function streamed(chunks: number, size: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent++ >= chunks) return c.close();
      c.enqueue(new TextEncoder().encode('x'.repeat(size)));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('WqClient limits for the backfill', () => {
  it('stops reading a body at the limit and does not retry it', async () => {
    const f = fakeFetch([() => streamed(100, 10_000)]);
    const client = new WqClient({ baseUrl: 'http://api.test', fetch: f.fetch, maxBodyBytes: 50_000, sleep: async () => {} });
    await expect(client.getJson('/x')).rejects.toThrow(BodyTooLargeError);
    expect(f.calls()).toBe(1);
  });

  it('refuses a declared content-length over the limit before reading', async () => {
    const f = fakeFetch([() => new Response('{"a":1}'.padEnd(2000, ' '), { status: 200, headers: { 'content-length': '2000' } })]);
    const client = new WqClient({ baseUrl: 'http://api.test', fetch: f.fetch, maxBodyBytes: 1000, sleep: async () => {} });
    await expect(client.getJson('/x')).rejects.toThrow(/response body over 1000 bytes/);
  });

  it('reads a body under the limit as usual', async () => {
    const f = fakeFetch([() => new Response(JSON.stringify({ totalResults: 0, results: [] }), { status: 200 })]);
    const client = new WqClient({ baseUrl: 'http://api.test', fetch: f.fetch, maxBodyBytes: 1000 });
    expect(await client.getJson('/x')).toEqual({ totalResults: 0, results: [] });
  });

  it('awaits the before-request hook for every attempt, retries included', async () => {
    const f = fakeFetch([() => new Response('busy', { status: 503 }), () => new Response('busy', { status: 429, headers: { 'retry-after': '3' } }), () => new Response('{}', { status: 200 })]);
    const order: string[] = [];
    const client = new WqClient({
      baseUrl: 'http://api.test',
      fetch: f.fetch,
      beforeRequest: async () => void order.push('slot'),
      sleep: async (ms) => void order.push(`sleep ${ms}`),
      random: () => 1,
    });
    expect(await client.getJson('/x')).toEqual({});
    expect(order).toEqual(['slot', 'sleep 1000', 'slot', 'sleep 3000', 'slot']);
  });
});
