// The running bot: the ingest scheduler pulls new answers into data/, the archive is re-opened and
// swapped in behind the SearcherHandle, and the next digest reports the new record — no restart.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/bot/ports.ts';
import type { DigestReply } from '../../../src/bot/reply.ts';
import { runDueDigests } from '../../../src/digest/run.ts';
import { DEFAULT_DIGEST_CONFIG } from '../../../src/digest/schedule.ts';
import { runIngest } from '../../../src/ingest/poll/ingest.ts';
import { startBotIngest, type IngestSummary } from '../../../src/ingest/poll/index.ts';
import { ArchiveRefresher, SearcherHandle } from '../../../src/search/handle.ts';
import { openArchive } from '../../../src/search/open.ts';
import { markAnsweredSeen, type Db } from '../../../src/store/db.ts';
import { SqliteFollowStore } from '../../../src/store/follows.ts';
import type { FakeWqApi, WqValue } from '../../fakes/wqApi.ts';
import { cleanupTmp, day, hasCorpus, newDb, questions, recordingSleep, startFake, tmp } from './helpers.ts';

const asOf = (cut: string) => (v: WqValue): WqValue | undefined => {
  if (day(v.dateTabled)! > cut) return undefined;
  if (!v.dateAnswered || day(v.dateAnswered)! <= cut) return v;
  return { ...v, dateAnswered: null, answerText: null, answeringMemberId: null };
};
const present = (v: WqValue | undefined): v is WqValue => !!v;

describe.skipIf(!hasCorpus)('ingest in the running bot → search and digest', () => {
  let all: WqValue[];
  let api: FakeWqApi | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    all = await questions();
  });
  afterEach(async () => {
    db?.close();
    await api?.close();
  });
  afterAll(cleanupTmp);

  it('a record answered after the follow reaches the searcher and the next digest', async () => {
    const dir = tmp();
    const dataDir = path.join(dir, 'data');
    mkdirSync(dataDir);
    db = newDb(dir);
    api = await startFake(all.map(asOf('2024-09-13')).filter(present));
    const { sleep } = recordingSleep();
    const log: string[] = [];

    // Friday: the archive as the bot starts with it.
    const t0 = new Date('2024-09-13T17:00:00Z');
    await runIngest({ apiUrl: api.url, since: '2024-09-09', until: '2024-09-13', dataDir, db, now: () => t0, client: { sleep } });
    const open = () => openArchive({ data: [dataDir], persist: false }).then((a) => a.engine);
    const handle = new SearcherHandle(await open());
    markAnsweredSeen(db, handle.all(), t0);
    const refresher = new ArchiveRefresher({ handle, open, db, now: () => t0, log: (l) => log.push(l) });

    // A question answered next week, with a heading no other question has: the topic to follow.
    const week = all.map(asOf('2024-09-18')).filter(present);
    const headings = new Map<string, number>();
    for (const v of all) headings.set(v.heading, (headings.get(v.heading) ?? 0) + 1);
    const target = week.find((v) => day(v.dateAnswered)! >= '2024-09-16' && /^[A-Za-z ]{8,}$/.test(v.heading ?? '') && headings.get(v.heading) === 1)!;
    expect(target).toBeDefined();
    const targetId = `commons-${day(target.dateTabled)}-${target.uin}`;
    expect(handle.get(targetId)?.answerText).toBeUndefined(); // not known answered yet

    const channel: ChannelRef = { platform: 'console', channelId: 'c1' };
    new SqliteFollowStore(db, () => new Date('2024-09-14T09:00:00Z')).follow(channel, target.heading);

    // The next Wednesday evening: the API has the week's answers; the scheduler's first run ingests.
    for (const v of week) api.put(v);
    const t2 = new Date('2024-09-18T20:00:00Z');
    let summary: IngestSummary | undefined;
    const sched = startBotIngest({
      db,
      dataDir,
      handle,
      refresher,
      config: { apiUrl: api.url, schedule: { intervalMs: 3_600_000, hours: { from: 420, to: 1320 }, digestTime: '08:00', leadMs: 600_000, zone: 'Europe/London' }, concurrency: 4, timeoutMs: 5000, attempts: 3 },
      clock: () => t2,
      timer: { setTimeout: () => 0, clearTimeout: () => {} },
      ingest: { client: { sleep } },
      onRun: (s) => (summary = s),
      log: (l) => log.push(l),
    })!;
    await sched.idle();
    sched.stop();
    expect(summary?.since).toBe('2024-09-12'); // resumed from the cursor
    expect(summary?.changedIds).toContain(targetId);
    expect(handle.generation).toBe(1); // swapped in, no restart
    expect(handle.get(targetId)?.answerText).toBeTruthy();
    const hits = await handle.search({ query: target.heading, limit: 5 });
    expect(hits.hits.map((h) => h.record.id)).toContain(targetId);

    // Thursday's digest.
    const sent: DigestReply[] = [];
    const result = await runDueDigests({
      db,
      searcher: handle,
      senders: [{ platform: 'console', send: async (_c, d) => void sent.push(d) }],
      now: new Date('2024-09-19T07:00:00Z'),
      config: DEFAULT_DIGEST_CONFIG,
    });
    expect(result.sent).toBe(1);
    const ids = sent[0]!.topics.flatMap((t) => t.records.map((r) => r.id));
    expect(ids).toContain(targetId);
    // Only what arrived after the follow: nothing from Friday's archive.
    for (const id of ids) expect(summary!.changedIds).toContain(id);
  });

  it('a refresh that fails keeps serving the old engine; refreshes asked for together run once more, not once each', async () => {
    const dir = tmp();
    const dataDir = path.join(dir, 'data');
    mkdirSync(dataDir);
    let opens = 0;
    let fail = false;
    const open = async () => {
      opens++;
      if (fail) throw new Error('disk on fire');
      return (await openArchive({ data: [dataDir], persist: false })).engine;
    };
    const handle = new SearcherHandle(await open());
    const refresher = new ArchiveRefresher({ handle, open });
    const results = await Promise.all([refresher.refresh(), refresher.refresh(), refresher.refresh()]);
    expect(opens).toBe(3); // the first, plus one more for the two that came while it ran
    expect(results.every((r) => r.swapped)).toBe(true);
    fail = true;
    const before = handle.engine;
    const r = await refresher.refresh();
    expect(r).toMatchObject({ swapped: false, error: 'disk on fire' });
    expect(handle.engine).toBe(before);
  });
});
