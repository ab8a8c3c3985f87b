// The API client: Retry-After, backoff with jitter, what is retried and what is not — against the
// fake API on 127.0.0.1 (no real waiting: the sleep is injected).
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, WqClient, backoffDelay, parseRetryAfter } from '../../../src/ingest/poll/client.ts';
import { FakeWqApi } from '../../fakes/wqApi.ts';
import { recordingSleep } from './helpers.ts';

const Q = {
  id: 1728013, house: 'Commons', uin: '4712', dateTabled: '2024-09-09T00:00:00', dateAnswered: '2024-09-16T00:00:00',
  questionText: 'To ask the Secretary of State for the Home Department, what discussions she has had.',
  answerText: '<p>Tackling anti-social behaviour is a top priority.</p>',
  isWithdrawn: false,
};

describe('parseRetryAfter and backoffDelay', () => {
  it('reads delta-seconds and HTTP dates; ignores junk', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    const now = Date.parse('2024-09-16T10:00:00Z');
    expect(parseRetryAfter('Mon, 16 Sep 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 16 Sep 2024 09:00:00 GMT', now)).toBe(0); // in the past: now
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('doubles per retry with jitter in the upper half, capped', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffDelay(3, 1000, 60_000, () => 0.5)).toBe(3000);
    expect(backoffDelay(20, 1000, 60_000, () => 1)).toBe(60_000);
  });
});

describe('WqClient against the fake API', () => {
  let api: FakeWqApi;
  afterEach(() => api?.close());
  const start = async () => {
    api = new FakeWqApi([Q]);
    await api.start();
    const rec = recordingSleep();
    return { rec, client: (o: Partial<ConstructorParameters<typeof WqClient>[0]> = {}) => new WqClient({ baseUrl: api.url, sleep: rec.sleep, backoffMs: 1000, random: () => 1, ...o }) };
  };

  it('waits what Retry-After asks (seconds or a date), then succeeds', async () => {
    const { rec, client } = await start();
    api.faults.set(1, { kind: 'status', status: 429, retryAfter: '12' });
    api.faults.set(2, { kind: 'status', status: 503, retryAfter: new Date(Date.now() + 20_000).toUTCString() });
    const doc = (await client().getJson('/api/writtenquestions/questions/1728013')) as { value: { id: number } };
    expect(doc.value.id).toBe(1728013);
    expect(rec.waits[0]).toBe(12_000);
    expect(rec.waits[1]).toBeGreaterThan(15_000);
    expect(rec.waits[1]).toBeLessThanOrEqual(20_000);
    expect(api.requestCount).toBe(3);
  });

  it('retries 500s, a cut connection and a timeout with growing backoff', async () => {
    const { rec, client } = await start();
    api.faults.set(1, { kind: 'status', status: 500 });
    api.faults.set(2, { kind: 'reset' });
    api.faults.set(3, { kind: 'delay', ms: 2000 });
    const c = client({ timeoutMs: 300 });
    const doc = (await c.getJson('/api/writtenquestions/questions?take=5')) as { totalResults: number };
    expect(doc.totalResults).toBe(1);
    expect(rec.waits).toEqual([1000, 2000, 4000]);
    expect(c.retries).toBe(3);
  });

  it('gives up with a clear ApiError when the API stays down', async () => {
    const { rec, client } = await start();
    api.down({ kind: 'status', status: 502 });
    const err = (await client({ attempts: 4 }).getJson('/api/writtenquestions/questions').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(502);
    expect(err.message).toMatch(/failed after 4 attempt\(s\); last: HTTP 502/);
    expect(api.requestCount).toBe(4);
    expect(rec.waits).toHaveLength(3);
  });

  it('reports an unreachable host as a network failure after retries', async () => {
    const { client } = await start();
    await api.close();
    const err = (await client({ attempts: 2 }).getJson('/api/writtenquestions/questions').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toMatch(/failed after 2 attempt\(s\); last: .*(ECONNREFUSED|fetch failed)/);
  });

  it('does not retry a 404 or a 400', async () => {
    const { rec, client } = await start();
    const err = (await client().getJson('/api/writtenquestions/questions/999').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(404);
    expect(api.requestCount).toBe(1);
    await expect(client().getJson('/api/writtenquestions/questions?skip=-1')).rejects.toMatchObject({ status: 400 });
    expect(rec.waits).toEqual([]);
  });
});
