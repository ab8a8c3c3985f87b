// runBackfill against the fake API serving 800 real questions (tabled 2-12 September 2024): the
// whole path in-process, with the rate limiter's clock and every sleep injected (nothing waits).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Ledger, BackfillBusyError } from '../../../src/ingest/backfill/ledger.ts';
import { runBackfill, type BackfillOptions, type BackfillProgress } from '../../../src/ingest/backfill/run.ts';
import { cursorKey, runIngest } from '../../../src/ingest/poll/ingest.ts';
import { ArchiveStore as Store } from '../../../src/store/archive.ts';
import type { ArchiveStore } from '../../../src/store/archive.ts';
import { kvSet, type Db } from '../../../src/store/db.ts';
import { misbehave, type FakeWqApi, type WqValue } from '../../fakes/wqApi.ts';
import { cleanupTmp, hasCorpus, newDb, openStore, questions, records, startFake, tmp } from '../poll/helpers.ts';

const LIST = '/api/writtenquestions/questions';
let api: FakeWqApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});
afterAll(cleanupTmp);

interface Setup {
  api: FakeWqApi;
  store: ArchiveStore;
  db: Db;
  qs: WqValue[];
  logs: string[];
  waits: number[];
  run: (o?: Partial<BackfillOptions>) => ReturnType<typeof runBackfill>;
}

async function setup(qs?: WqValue[]): Promise<Setup> {
  qs ??= await questions();
  api = await startFake(qs);
  const dir = tmp('qa-backfill-');
  const store = openStore(dir);
  const db = newDb(dir);
  const logs: string[] = [];
  const waits: number[] = [];
  const a = api;
  const run = (o: Partial<BackfillOptions> = {}) =>
    runBackfill({
      apiUrl: a.url,
      store,
      db,
      since: '2024-09-01',
      until: '2024-09-30',
      take: 20,
      rate: 5,
      // The limiter's clock stands still and sleeps return at once: spacing is asked for, not waited.
      clock: () => 0,
      sleep: async (ms) => void waits.push(ms),
      client: { attempts: 2 },
      log: (l) => logs.push(l),
      now: () => new Date('2026-01-10T12:00:00Z'),
      ...o,
    });
  return { api, store, db, qs, logs, waits, run };
}

const listRequests = (a: FakeWqApi) => a.requests.filter((r) => r.path === LIST);
const detailRequests = (a: FakeWqApi) => a.requests.filter((r) => r.path.startsWith(`${LIST}/`));
type WindowRow = { since: string; until: string; status: string; nextSkip: number; total: number; listed: number; problem: string | null };
const windows = (store: ArchiveStore) =>
  store.db.prepare('SELECT since, until, status, next_skip AS nextSkip, total, listed, problem FROM backfill_windows ORDER BY since, until').all() as WindowRow[];

describe.skipIf(!hasCorpus)('runBackfill', () => {
  it('fills an empty archive: pages of 20, a month halved until each window fits, every clipped text fetched whole', async () => {
    const s = await setup();
    const sum = await s.run({ maxWindow: 300 });
    expect(sum.outcome).toBe('complete');
    expect(sum.problems).toEqual([]);
    expect(sum.added).toBe(800);
    expect(s.store.size).toBe(800);
    // Every record whole: the clipped list items were replaced by their details.
    const recs = records(s.store);
    expect(recs.filter((r) => r.questionTextClipped || r.answerTextClipped)).toEqual([]);
    expect(sum.detailsFetched).toBe(detailRequests(s.api).length);
    expect(sum.detailsFetched).toBeGreaterThan(400);
    // September (800) was halved until each window held at most 300; each is done and adds up.
    const ws = windows(s.store);
    expect(ws.filter((w) => w.status === 'split').map((w) => `${w.since}…${w.until}`)).toContain('2024-09-01…2024-09-30');
    const done = ws.filter((w) => w.status === 'done');
    expect(done.every((w) => w.total! <= 300 && w.listed === w.total)).toBe(true);
    expect(done.reduce((n, w) => n + w.listed, 0)).toBe(800);
    // Windows holding more than one page were paged through: some list requests skip past 0.
    expect(listRequests(s.api).some((r) => Number(r.query.skip) >= 100)).toBe(true);
    expect(listRequests(s.api).every((r) => r.query.take === '20' && r.query.includeWithdrawn === 'true')).toBe(true);
    // Each record keeps the items it was read from, as they came.
    const withDetail = recs.find((r) => s.store.provenance(r.id).some((p) => p.kind === 'wq-api-detail'))!;
    const prov = s.store.provenance(withDetail.id);
    expect(prov.map((p) => p.kind).sort()).toEqual(['wq-api-detail', 'wq-api-list']);
    expect(JSON.parse(prov.find((p) => p.kind === 'wq-api-detail')!.raw!).value.id).toBe(withDetail.apiId);
    // Backlog: every answered record is known to the digests as seen at the epoch.
    expect(s.db.prepare('SELECT count(*) AS n, max(first_seen_at) AS latest FROM record_seen').get()).toEqual({ n: 800, latest: 0 });
    // Spaced at 5 requests/s: the limiter asked for waits in steps of 200 ms.
    expect(s.waits.length).toBeGreaterThan(0);
    expect(s.waits.every((w) => w % 200 === 0)).toBe(true);

    // Running it again asks nothing and writes nothing.
    const seq = s.store.seq;
    const n = s.api.requestCount;
    const again = await s.run({ maxWindow: 300 });
    expect(again).toMatchObject({ outcome: 'complete', requests: 0, written: 0 });
    expect(s.api.requestCount).toBe(n);
    expect(s.store.seq).toBe(seq);
  });

  it('reports a totalResults that understates, keeps what was listed, does not mark the window done; the next run completes it', async () => {
    const s = await setup();
    s.api.tamperList = misbehave.total((real) => Math.max(0, real - 300));
    const sum = await s.run();
    expect(sum.outcome).toBe('incomplete');
    expect(sum.problems).toEqual([{ since: '2024-09-01', until: '2024-09-30', problem: expect.stringMatching(/listed 520 or more questions, but its totalResults says 500 \(it understates/) }]);
    expect(windows(s.store)[0]).toMatchObject({ status: 'problem' });
    expect(s.store.size).toBe(520);
    expect(s.logs.join('\n')).toMatch(/Not marked done; the next run lists it again/);

    s.api.tamperList = undefined;
    const next = await s.run();
    expect(next.outcome).toBe('complete');
    expect(s.store.size).toBe(800);
    // Questions already whole were not fetched again.
    expect(next.detailsFetched).toBeLessThan(sum.detailsFetched);
  });

  it('reports a totalResults that overstates (pages end early)', async () => {
    const s = await setup();
    s.api.tamperList = misbehave.total((real) => real + 5);
    const sum = await s.run();
    expect(sum.problems[0]!.problem).toMatch(/totalResults says 805 questions, but paging listed 800/);
    expect(windows(s.store)[0]).toMatchObject({ status: 'problem' });
  });

  it('stops on the second page of an API that ignores skip, instead of looping', async () => {
    const s = await setup();
    s.api.tamperList = misbehave.ignoreSkip(s.api);
    const sum = await s.run();
    expect(sum.problems[0]!.problem).toMatch(/the page at skip 20 repeats the page before it: the API is ignoring skip/);
    expect(listRequests(s.api)).toHaveLength(2);
    expect(s.store.size).toBe(20);
  });

  it('stops pages that never end at the hard cap', async () => {
    const s = await setup();
    s.api.tamperList = misbehave.endless();
    const sum = await s.run({ hardCap: 1000, highWater: 10_000 });
    expect(sum.problems[0]!.problem).toMatch(/totalResults says \d+ questions, more than one window may hold \(1000\); not believed|paging went past 1000/);
    expect(listRequests(s.api).length).toBeLessThanOrEqual(1000 / 20 + 2);
  });

  it('refuses a response body over the size limit without retrying it', async () => {
    const s = await setup();
    s.api.tamperList = misbehave.huge(200_000);
    const sum = await s.run({ maxBodyBytes: 100_000 });
    expect(sum.problems[0]!.problem).toMatch(/page at skip 0 is over 100000 bytes/);
    expect(listRequests(s.api)).toHaveLength(1);
    expect(s.store.size).toBe(0);
  });

  it('reports invalid items and skips them; the rest of the page lands and the window still adds up', async () => {
    const qs = await questions();
    qs[5] = { ...qs[5]!, answeringBodyId: 'Home Office' as unknown as number };
    const s = await setup(qs);
    const sum = await s.run();
    expect(sum.invalid).toBe(1);
    expect(s.logs.join('\n')).toContain(`API id ${qs[5]!.id} skipped: answeringBodyId`);
    expect(s.store.size).toBe(799);
    expect(sum.outcome).toBe('complete');
  });

  it('a detail that always answers 500 leaves its record clipped and blocks nothing; the next run fetches only it', async () => {
    const qs = await questions();
    const victim = qs.find((q) => typeof q.answerText === 'string' && q.answerText.length > 400)!;
    const fresh = await setup(qs);
    fresh.api.faultFor = (_n, path) => (path === `${LIST}/${victim.id}` ? { kind: 'status', status: 500 } : undefined);
    const sum = await fresh.run();
    expect(sum.outcome).toBe('incomplete');
    expect(sum.detailsFailed).toBe(1);
    expect(sum.detailsLeft).toBe(1);
    expect(fresh.store.size).toBe(800);
    const rec = records(fresh.store).find((r) => r.apiId === victim.id)!;
    expect(rec.answerTextClipped).toBe(true);
    expect(records(fresh.store).filter((r) => r.questionTextClipped || r.answerTextClipped)).toHaveLength(1);
    expect(fresh.logs.join('\n')).toMatch(new RegExp(`detail ${victim.id} failed .*HTTP 500.*stays clipped`));

    fresh.api.faultFor = undefined;
    const before = fresh.api.requestCount;
    const next = await fresh.run();
    expect(next).toMatchObject({ outcome: 'complete', detailsFetched: 1, detailsLeft: 0, requests: 1 });
    expect(fresh.api.requests.slice(before).map((r) => r.path)).toEqual([`${LIST}/${victim.id}`]);
    expect(records(fresh.store).find((r) => r.apiId === victim.id)!.answerTextClipped).toBe(false);
  });

  it('stops cleanly, saying why, when the API stays down', async () => {
    const s = await setup();
    s.api.down({ kind: 'status', status: 503, retryAfter: '2' });
    const sum = await s.run({ since: '2024-06-01' });
    expect(sum.outcome).toBe('down');
    expect(sum.reason).toMatch(/failed after 2 attempt\(s\); last: HTTP 503/);
    // Three windows tried, two attempts each, then it gave up; Retry-After was honoured.
    expect(s.api.requestCount).toBe(6);
    expect(s.waits).toContain(2000);
    expect(windows(s.store).every((w) => w.status === 'todo')).toBe(true);
  });

  it('Ctrl-C finishes the page in hand, and the next run resumes at the next page', async () => {
    const s = await setup();
    const stop = new AbortController();
    const sum = await s.run({ stop: stop.signal, progress: (p: BackfillProgress) => p.pages === 2 && stop.abort() });
    expect(sum.outcome).toBe('stopped');
    expect(sum.pages).toBe(2);
    expect(windows(s.store)[0]).toMatchObject({ status: 'listing', nextSkip: 40 });
    expect(s.store.size).toBe(40);
    const n = s.api.requests.length;
    const next = await s.run();
    expect(next.outcome).toBe('complete');
    expect(listRequests({ requests: s.api.requests.slice(n) } as FakeWqApi)[0]!.query.skip).toBe('40');
    expect(s.store.size).toBe(800);
  });

  it('leaves answers where the hourly ingest looks to the ingest: only older ones are marked as backlog', async () => {
    const s = await setup();
    kvSet(s.db, cursorKey(), JSON.stringify({ until: '2024-09-20' }));
    await s.run();
    // (A correction dated there is the ingest's news too.)
    const answered = s.qs.map((q) => String(q.dateAnswerCorrected ?? q.dateAnswered).slice(0, 10));
    const older = answered.filter((d) => d < '2024-09-19').length;
    expect(older).toBeGreaterThan(0);
    expect(older).toBeLessThan(800);
    expect(s.db.prepare('SELECT count(*) FROM record_seen').pluck().get()).toBe(older);
  });

  it('with a short detail queue, listing waits for the details and everything still lands', async () => {
    const s = await setup();
    let most = 0;
    const sum = await s.run({ highWater: 5, concurrency: 3, progress: (p) => void (most = Math.max(most, p.detailsQueued)) });
    expect(sum.outcome).toBe('complete');
    expect(s.store.size).toBe(800);
    // At most one page's worth of details beyond the mark before listing paused.
    expect(most).toBeLessThanOrEqual(5 + 20);
  });

  it('runs beside the hourly ingest on the same archive file: both finish, each question once, whole', async () => {
    const s = await setup();
    // The ingest as the bot runs it: its own connection to the same database, its own lock and cursor.
    const other = Store.open(s.store.file);
    try {
      const [b, i] = await Promise.all([
        s.run(),
        runIngest({ apiUrl: s.api.url, store: other, db: s.db, since: '2024-09-09', until: '2024-09-12', take: 20, client: { sleep: async () => {} }, now: () => new Date('2026-01-10T12:00:00Z') }),
      ]);
      expect(b.outcome).toBe('complete');
      expect(i.listed).toBeGreaterThan(0);
    } finally {
      other.close();
    }
    const recs = records(s.store);
    expect(recs).toHaveLength(800);
    expect(new Set(recs.map((r) => r.apiId)).size).toBe(800);
    expect(recs.filter((r) => r.questionTextClipped || r.answerTextClipped)).toEqual([]);
  });

  it('one backfill per archive: a second is refused while the first holds the lock', async () => {
    const s = await setup();
    const other = new Ledger(s.store.db);
    other.lock();
    await expect(s.run()).rejects.toThrow(BackfillBusyError);
    other.unlock();
    expect((await s.run()).outcome).toBe('complete');
  });
});
