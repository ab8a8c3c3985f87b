// The running bot: the ingest scheduler pulls new answers into the archive store, search applies
// the store's changes (a LiveIndex over the same store, as the search worker holds), and the next
// digest reports the new record — no restart, no rebuild.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/ports.ts';
import type { DigestReply } from '../../../src/bot/reply.ts';
import { runDueDigests } from '../../../src/digest/run.ts';
import { DEFAULT_DIGEST_CONFIG } from '../../../src/schedule.ts';
import { htmlToText } from '../../../src/ingest/html.ts';
import { runIngest } from '../../../src/ingest/poll/ingest.ts';
import { startBotIngest, type IngestConfig, type IngestSummary } from '../../../src/ingest/poll/index.ts';
import { LiveIndex } from '../../../src/search/live.ts';
import { ArchiveStore } from '../../../src/store/archive.ts';
import { markAnsweredSeen, type Db } from '../../../src/store/db.ts';
import { SqliteFollowStore } from '../../../src/store/follows.ts';
import type { Timer } from '../../../src/timing.ts';
import type { FakeWqApi, WqValue } from '../../fakes/wqApi.ts';
import { cleanupTmp, day, hasCorpus, newDb, openStore, questions, recordingSleep, startFake, tmp } from './helpers.ts';

const asOf = (cut: string) => (v: WqValue): WqValue | undefined => {
  if (day(v.dateTabled)! > cut) return undefined;
  if (!v.dateAnswered || day(v.dateAnswered)! <= cut) return v;
  return { ...v, dateAnswered: null, answerText: null, answeringMemberId: null };
};
const present = (v: WqValue | undefined): v is WqValue => !!v;

const config = (apiUrl: string): IngestConfig => ({
  apiUrl,
  schedule: { intervalMs: 3_600_000, hours: { from: 420, to: 1320 }, digestTime: '08:00', leadMs: 600_000, zone: 'Europe/London' },
  concurrency: 4,
  timeoutMs: 5000,
  attempts: 3,
});

/** A timer the test fires by hand: the scheduler's sleeps wait until `fire()`. */
function manualTimer(): Timer & { fire: () => void; pending: () => boolean } {
  let fn: (() => void) | undefined;
  return {
    setTimeout: (f) => {
      fn = f;
      return 1;
    },
    clearTimeout: () => void (fn = undefined),
    fire: () => {
      const f = fn;
      fn = undefined;
      f?.();
    },
    pending: () => fn !== undefined,
  };
}

/**
 * A question answered in 2024-09-16…18 under a heading no other question has (a topic to follow),
 * and a word of its answer no other question has (searching for it finds that answer first).
 */
function pickTarget(all: WqValue[], week: WqValue[], not: number[] = []): { target: WqValue; word: string } {
  const headings = new Map<string, number>();
  for (const v of all) headings.set(v.heading, (headings.get(v.heading) ?? 0) + 1);
  // (The question's own heading and text count as others: before its answer arrives, the word must find nothing of it.)
  const texts = all.flatMap((v) => [`${v.heading} ${v.questionText}`.toLowerCase(), ...(v.answerText ? [{ id: v.id, t: v.answerText.toLowerCase() }] : [])]);
  for (const v of week) {
    if (not.includes(v.id) || !(day(v.dateAnswered)! >= '2024-09-16') || !/^[A-Za-z ]{8,}$/.test(v.heading ?? '') || headings.get(v.heading) !== 1) continue;
    const words = htmlToText(v.answerText).toLowerCase().match(/\b[a-z]{7,}\b/g) ?? [];
    // Unique by its first six letters, so no other word shares its stem ("futures" would find "future").
    const word = words.find((w) => texts.every((x) => (typeof x === 'string' ? !x.includes(w.slice(0, 6)) : x.id === v.id || !x.t.includes(w.slice(0, 6)))));
    if (word) return { target: v, word };
  }
  throw new Error('no question to follow in the week');
}
/** startBotIngest's refresh: the search index catching up with the store, a moment later (as the worker would). */
function refresher(live: LiveIndex) {
  const r = {
    calls: 0,
    done: 0,
    refresh: async () => {
      r.calls++;
      await new Promise((res) => setTimeout(res, 20));
      const n = await live.catchUp();
      r.done++;
      return n;
    },
  };
  return r;
}
const idOf = (v: WqValue) => `commons-${day(v.dateTabled)}-${v.uin}`;

describe.skipIf(!hasCorpus)('ingest in the running bot → search and digest', () => {
  let all: WqValue[];
  let api: FakeWqApi | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    all = await questions();
  });
  afterEach(async () => {
    db?.close();
    db = undefined;
    await api?.close();
    api = undefined;
  });
  afterAll(cleanupTmp);

  it('a record answered after the follow reaches search after a scheduled run, and the next digest', async () => {
    const dir = tmp();
    db = newDb(dir);
    const store = openStore(dir); // ArchiveStore.open(<dir>/archive.sqlite)
    api = await startFake(all.map(asOf('2024-09-13')).filter(present));
    const { sleep } = recordingSleep();
    const log: string[] = [];

    // Friday: the archive as the bot starts with it, and search over it.
    const t0 = new Date('2024-09-13T17:00:00Z');
    await runIngest({ apiUrl: api.url, since: '2024-09-09', until: '2024-09-13', store, db, now: () => t0, client: { sleep } });
    const { live } = await LiveIndex.open({ store, indexDir: path.join(dir, 'index'), persist: false });
    expect(live.engine.size).toBe(store.size);
    markAnsweredSeen(db, store.all(), t0);
    const r = refresher(live);

    const week = all.map(asOf('2024-09-18')).filter(present);
    const { target, word } = pickTarget(all, week);
    const targetId = idOf(target);
    expect(store.get(targetId)?.answerText).toBeUndefined(); // not known answered yet
    const found = async (q: string) => (await live.engine.search({ query: q, limit: 5 })).hits.map((h) => h.record.id);
    expect(await found(word)).not.toContain(targetId);
    const channel: ChannelRef = { platform: 'console', channelId: 'c1' };
    new SqliteFollowStore(db, () => new Date('2024-09-14T09:00:00Z')).follow(channel, target.heading);

    // Tuesday evening the bot starts; its first run finds nothing new (the API has not moved).
    let clock = new Date('2024-09-17T20:30:00Z');
    const timer = manualTimer();
    const summaries: (IngestSummary | undefined)[] = [];
    const ends: { refreshed: number; behind: number }[] = [];
    const sched = startBotIngest({
      db,
      store,
      refresh: r.refresh,
      config: config(api.url),
      clock: () => clock,
      timer,
      ingest: { client: { sleep } },
      // What the run left behind when it ended: search must already have caught up.
      onRun: (s) => {
        summaries.push(s);
        ends.push({ refreshed: r.done, behind: live.behind });
      },
      log: (l) => log.push(l),
    })!;
    await sched.idle();
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ new: 0, updated: 0, written: 0 });
    expect(ends).toEqual([{ refreshed: 1, behind: 0 }]);
    const seqBefore = live.seq;
    expect(seqBefore).toBe(store.seq);
    const engine = live.engine;

    // Wednesday evening: the API has the week's answers; the scheduled run ingests them.
    for (const v of week) api.put(v);
    const next = sched.nextRunAt()!;
    expect(next.getTime()).toBeGreaterThan(clock.getTime());
    clock = new Date('2024-09-18T20:00:00Z');
    expect(timer.pending()).toBe(true);
    timer.fire();
    await sched.idle();
    sched.stop();
    expect(summaries).toHaveLength(2);
    const summary = summaries[1]!;
    expect(summary.since).toBe('2024-09-16'); // resumed from the cursor (the 17th, less a day)
    expect(summary.changedIds).toContain(targetId);
    expect(summary.written).toBeGreaterThan(0);
    // Search caught up with the store in place: no rebuild, no restart.
    expect(live.engine).toBe(engine);
    expect(ends).toEqual([{ refreshed: 1, behind: 0 }, { refreshed: 2, behind: 0 }]);
    expect(r.calls).toBe(2);
    expect(live.seq).toBe(store.seq);
    expect(live.seq).toBeGreaterThan(seqBefore);
    expect(live.engine.size).toBe(store.size);
    expect(live.engine.get(targetId)?.answerText).toBeTruthy();
    expect((await found(word))[0]).toBe(targetId);
    expect(await found(target.heading)).toContain(targetId);

    // Thursday's digest.
    const sent: DigestReply[] = [];
    const result = await runDueDigests({
      db,
      searcher: live.engine,
      senders: [{ platform: 'console', send: async (_c, d) => void sent.push(d) }],
      now: new Date('2024-09-19T07:00:00Z'),
      config: DEFAULT_DIGEST_CONFIG,
    });
    expect(result.sent).toBe(1);
    const ids = sent[0]!.topics.flatMap((t) => t.records.map((r) => r.id));
    expect(ids).toContain(targetId);
    // Only what arrived after the follow: nothing from Friday's archive.
    for (const id of ids) expect(summary.changedIds).toContain(id);
  });

  it('a failed run still brings search up to the store (another process wrote meanwhile); the next run ingests', async () => {
    const dir = tmp();
    db = newDb(dir);
    const store = openStore(dir);
    api = await startFake(all.map(asOf('2024-09-13')).filter(present));
    const { sleep } = recordingSleep();
    const t0 = new Date('2024-09-13T17:00:00Z');
    await runIngest({ apiUrl: api.url, since: '2024-09-09', until: '2024-09-13', store, db, now: () => t0, client: { sleep } });
    const { live } = await LiveIndex.open({ store, indexDir: path.join(dir, 'index'), persist: false });
    const r = refresher(live);
    const found = async (q: string) => (await live.engine.search({ query: q, limit: 5 })).hits.map((h) => h.record.id);

    // While the API is down, another process (a backfill, `qa import`) writes to the same archive
    // file through its own connection: a question answered on the 16th.
    const week = all.map(asOf('2024-09-18')).filter(present);
    const { target: other } = pickTarget(all, week);
    const otherId = idOf(other);
    const writer = ArchiveStore.open(path.join(dir, 'archive.sqlite'));
    const imported = { ...store.get(otherId)!, answerText: 'Zymurgical figures, imported while the API was down.', dateAnswered: day(other.dateAnswered)! };
    expect(writer.upsert([{ record: imported, source: { label: 'a backfill', kind: 'wq-api-detail' } }]).updated).toEqual([otherId]);
    writer.close();
    expect(live.behind).toBe(1); // search has not seen it yet
    expect(await found('zymurgical')).not.toContain(otherId);

    api.down({ kind: 'status', status: 503 });
    let clock = new Date('2024-09-18T20:00:00Z');
    const timer = manualTimer();
    const summaries: (IngestSummary | undefined)[] = [];
    const ends: { refreshed: number; behind: number }[] = [];
    const log: string[] = [];
    const sched = startBotIngest({
      db,
      store,
      refresh: r.refresh,
      config: { ...config(api.url), attempts: 2 },
      clock: () => clock,
      timer,
      ingest: { client: { sleep } },
      // What the run left behind when it ended: search must already have caught up.
      onRun: (s) => {
        summaries.push(s);
        ends.push({ refreshed: r.done, behind: live.behind });
      },
      log: (l) => log.push(l),
    })!;
    await sched.idle();
    expect(summaries).toEqual([undefined]); // the run failed …
    expect(log.some((l) => /^ingest: failed: .*HTTP 503/.test(l))).toBe(true);
    expect(ends).toEqual([{ refreshed: 1, behind: 0 }]); // … and search still caught up, before the run ended
    expect(live.seq).toBe(store.seq);
    expect(live.engine.get(otherId)?.answerText).toBe('Zymurgical figures, imported while the API was down.');
    expect((await found('zymurgical'))[0]).toBe(otherId);

    // The API is back, with the week's answers: the next scheduled run ingests them, and search has them.
    api.down(undefined);
    for (const v of week) api.put(v);
    const { target, word } = pickTarget(all, week, [other.id]);
    expect(live.engine.get(idOf(target))?.answerText).toBeUndefined();
    expect(await found(word)).not.toContain(idOf(target));
    clock = new Date(sched.nextRunAt()!.getTime() + 1000);
    timer.fire();
    await sched.idle();
    sched.stop();
    expect(summaries).toHaveLength(2);
    expect(summaries[1]!.changedIds).toContain(idOf(target));
    expect(ends).toEqual([{ refreshed: 1, behind: 0 }, { refreshed: 2, behind: 0 }]);
    expect(r.calls).toBe(2);
    expect(live.seq).toBe(store.seq);
    expect(live.engine.get(idOf(target))?.answerText).toBeTruthy();
    expect((await found(word))[0]).toBe(idOf(target));
  });
});
