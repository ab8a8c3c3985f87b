import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { existsSync } from 'node:fs';
import {
  MIGRATIONS,
  backupDb,
  kvDelete,
  kvGet,
  kvSet,
  markAnsweredSeen,
  markSeen,
  migrate,
  openDb,
  seenBetween,
  arrivalSeq,
  arrivedBetween,
} from '../../src/store/db.ts';
import { markOverdueSeen, overdueBetween, tabledBetween } from '../../src/store/arrivals.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import { fixtureRecords, tmpDb, tmpDir } from '../digest/helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function fresh() {
  const t = tmpDb();
  cleanups.push(t.cleanup);
  return t;
}

describe('openDb', () => {
  it('creates the file and its folder, in WAL mode, at the latest schema version', () => {
    const { dir, cleanup } = tmpDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'nested', 'state.sqlite');
    const db = openDb(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(['arrivals', 'channel_digest', 'deliveries', 'follows', 'handled_requests', 'kv', 'record_overdue', 'record_seen', 'record_tabled', 'sqlite_sequence', 'watch_notices', 'watches']);
    db.close();
  });

  it('reopening keeps the data and runs no migration twice', () => {
    const { db, file } = fresh();
    new SqliteFollowStore(db).follow({ platform: 'slack', channelId: 'C1' }, 'prisons');
    db.close();
    const again = openDb(file);
    expect(new SqliteFollowStore(again).list({ platform: 'slack', channelId: 'C1' }).map((f) => f.query)).toEqual(['prisons']);
    again.close();
  });

  it('applies only the missing migrations, in order, and refuses a database newer than the code', () => {
    const db = new Database(':memory:');
    migrate(db, ['CREATE TABLE a (x)']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (y)']); // would fail if migration 1 ran again
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(() => migrate(db, ['CREATE TABLE a (x)'])).toThrow(/newer than this code/);
    // A failing migration leaves the version where it was (one transaction).
    expect(() => migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (y)', 'CREATE TABLE c (z); SELECT nonsense('])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'c'`).pluck().get()).toBe(0);
  });
});

describe('record_seen', () => {
  it('keeps the first time a record was seen', () => {
    const { db } = fresh();
    expect(markSeen(db, ['a', 'b'], new Date(1000))).toBe(2);
    expect(markSeen(db, ['b', 'c'], new Date(2000))).toBe(1);
    expect(seenBetween(db, 0, 1000).sort()).toEqual(['a', 'b']);
    expect(seenBetween(db, 1000, 2000)).toEqual(['c']); // start exclusive, end inclusive
    expect(seenBetween(db, 2000, 9000)).toEqual([]);
  });

  it('handles many ids across batches (and a generator)', () => {
    const { db } = fresh();
    function* ids() {
      for (let i = 0; i < 12_345; i++) yield `r${i}`;
    }
    expect(markSeen(db, ids(), new Date(5))).toBe(12_345);
    expect(markSeen(db, ids(), new Date(6))).toBe(0);
    expect(db.prepare('SELECT count(*) FROM record_seen WHERE first_seen_at = 5').pluck().get()).toBe(12_345);
  });

  it('markAnsweredSeen marks only answered, not withdrawn, records', () => {
    const { db } = fresh();
    const recs = fixtureRecords();
    const unanswered = recs.filter((r) => !r.dateAnswered);
    expect(unanswered.length).toBeGreaterThan(0);
    const withdrawn = { ...recs[0]!, id: 'withdrawn-1', isWithdrawn: true };
    const n = markAnsweredSeen(db, [...recs, withdrawn], new Date(10));
    expect(n).toBe(recs.length - unanswered.length);
    const seen = new Set(seenBetween(db, 0, 10));
    for (const r of unanswered) expect(seen.has(r.id)).toBe(false);
    expect(seen.has('withdrawn-1')).toBe(false);
    // The question gets its answer later: it counts as seen (new) from then.
    const answeredLater = { ...unanswered[0]!, dateAnswered: '2025-01-02', answerText: 'An answer.' };
    expect(markAnsweredSeen(db, [answeredLater], new Date(20))).toBe(1);
    expect(seenBetween(db, 10, 20)).toEqual([answeredLater.id]);
  });

  it('a correction to an answer already seen is news when first seen, once; a record first seen corrected is news once, as itself', () => {
    const { db } = fresh();
    const recs = fixtureRecords().filter((r) => r.dateAnswered && r.answerText && !r.isWithdrawn && !r.answerIsCorrection);
    const [a, b] = recs;
    const firstCorrected = { ...recs[2]!, answerIsCorrection: true, dateAnswerCorrected: '2025-02-01' };
    // The first load (the backlog) holds a, b and a record that was already corrected.
    markAnsweredSeen(db, [a!, b!, firstCorrected], new Date(10));
    expect(seenBetween(db, 0, 10).sort()).toEqual([a!.id, b!.id, firstCorrected.id].sort());
    // Reloading the same archive later changes nothing.
    markAnsweredSeen(db, [a!, b!, firstCorrected], new Date(20));
    expect(seenBetween(db, 10, 20)).toEqual([]);
    // The department corrects a's answer: seen at 30, news in the window that holds 30 only.
    const aCorrected = { ...a!, answerIsCorrection: true, dateAnswerCorrected: '2025-03-04', answerText: 'A corrected answer.' };
    expect(markAnsweredSeen(db, [aCorrected, b!, firstCorrected], new Date(30))).toBe(0);
    expect(seenBetween(db, 20, 30)).toEqual([a!.id]);
    markAnsweredSeen(db, [aCorrected, b!, firstCorrected], new Date(40));
    expect(seenBetween(db, 30, 40)).toEqual([]);
    // A second correction is news again.
    markAnsweredSeen(db, [{ ...aCorrected, dateAnswerCorrected: '2025-04-01' }], new Date(50));
    expect(seenBetween(db, 40, 50)).toEqual([a!.id]);
    // A source that flags the correction but gives no date: still news, once.
    const bFlagged = { ...b!, answerIsCorrection: true, dateAnswerCorrected: undefined };
    markAnsweredSeen(db, [bFlagged], new Date(60));
    expect(seenBetween(db, 50, 60)).toEqual([b!.id]);
    markAnsweredSeen(db, [bFlagged], new Date(70));
    expect(seenBetween(db, 60, 70)).toEqual([]);
  });

  it('the upgrade to arrivals keeps every window where it was: each distinct time becomes one arrival, in order', () => {
    const old = new Database(':memory:');
    migrate(old, MIGRATIONS.slice(0, 2));
    old.exec(`
      INSERT INTO record_seen (record_id, first_seen_at, corrected, corrected_at) VALUES ('backlog', 0, NULL, NULL), ('a', 10, '2025-01-01', 30), ('b', 20, NULL, NULL);
      INSERT INTO follows (platform, channel_id, query, query_norm, created_at) VALUES ('slack', 'C1', 'x', 'x', 15);
      INSERT INTO channel_digest (platform, channel_id, last_digest_at) VALUES ('slack', 'C1', 25);
      INSERT INTO deliveries (id, platform, channel_id, window_from, window_to, status, attempts, payload, created_at, updated_at)
        VALUES ('d1', 'slack', 'C1', 25, 40, 'pending', 0, '{}', 40, 40);
    `);
    migrate(old);
    expect(old.prepare('SELECT seq, at FROM arrivals ORDER BY seq').raw().all()).toEqual([[1, 10], [2, 20], [3, 30]]);
    expect(old.prepare('SELECT record_id, seen_seq, corrected_seq FROM record_seen ORDER BY record_id').raw().all()).toEqual([['a', 1, 3], ['b', 2, null], ['backlog', 0, null]]);
    expect(old.prepare('SELECT created_seq FROM follows').pluck().get()).toBe(1);
    expect(old.prepare('SELECT last_seq FROM channel_digest').pluck().get()).toBe(2);
    expect(old.prepare('SELECT seq_from, seq_to FROM deliveries').raw().get()).toEqual([2, 3]);
    expect(arrivedBetween(old, 1, 3).sort()).toEqual(['a', 'b']);
    expect(arrivalSeq(old)).toBe(3);
    old.close();
  });

  it('arrivals only grow, whatever the clock says: a marking with an earlier time is still after the last', () => {
    const { db } = fresh();
    markSeen(db, ['a'], new Date(5000));
    const s1 = arrivalSeq(db);
    markSeen(db, ['b'], new Date(1000)); // the clock was set back
    expect(arrivalSeq(db)).toBe(s1 + 1);
    expect(arrivedBetween(db, s1, arrivalSeq(db))).toEqual(['b']);
    markSeen(db, ['backlogged'], new Date(0)); // the epoch: backlog, never news
    expect(arrivalSeq(db)).toBe(s1 + 1);
    expect(arrivedBetween(db, 0, arrivalSeq(db)).sort()).toEqual(['a', 'b']);
  });

  it('watches and tabled/overdue come after the arrivals (5, 6): a database at schema 4 upgrades keeping its windows; what the archive held is tabled backlog', () => {
    expect(MIGRATIONS).toHaveLength(6);
    const old = new Database(':memory:');
    migrate(old, MIGRATIONS.slice(0, 4));
    markSeen(old, ['a'], new Date(10));
    migrate(old);
    expect(old.pragma('user_version', { simple: true })).toBe(6);
    expect(arrivedBetween(old, 0, arrivalSeq(old))).toEqual(['a']);
    // The first whole-archive load after the upgrade: questions already awaiting an answer are not news.
    const recs = fixtureRecords();
    const waiting = recs.filter((r) => !r.dateAnswered && !r.isWithdrawn);
    expect(waiting.length).toBeGreaterThan(0);
    markAnsweredSeen(old, recs, new Date(20), { wholeArchive: true });
    expect(tabledBetween(old, 0, arrivalSeq(old))).toEqual([]);
    // A question tabled later is news in the arrival that brought it, whatever the clock said.
    const s = arrivalSeq(old);
    markAnsweredSeen(old, [{ ...waiting[0]!, id: 'new-question' }], new Date(5), { wholeArchive: true });
    expect(tabledBetween(old, s, arrivalSeq(old))).toEqual(['new-question']);
    old.close();
  });

  it('overdue sweeps: the first is backlog; a later one takes an arrival only when something fell overdue', () => {
    const { db } = fresh();
    expect(markOverdueSeen(db, ['x'], new Date(10))).toBe(1);
    expect(arrivalSeq(db)).toBe(0);
    expect(markOverdueSeen(db, ['x'], new Date(20))).toBe(0);
    expect(arrivalSeq(db)).toBe(0);
    expect(markOverdueSeen(db, ['x', 'y'], new Date(5))).toBe(1); // the clock was set back
    expect(arrivalSeq(db)).toBe(1);
    expect(overdueBetween(db, 0, arrivalSeq(db))).toEqual(['y']);
  });

  it('after the upgrade that tracks corrections, corrections made before it are not news; later ones are', () => {
    // A state database from before: schema 1, records seen.
    const old = new Database(':memory:');
    migrate(old, MIGRATIONS.slice(0, 1));
    const recs = fixtureRecords().filter((r) => r.dateAnswered && r.answerText && !r.isWithdrawn && !r.answerIsCorrection);
    const [a, b] = recs;
    old.prepare('INSERT INTO record_seen (record_id, first_seen_at) VALUES (?, 10), (?, 10)').run(a!.id, b!.id); // as schema 1 wrote them
    migrate(old); // the upgrade
    // a was corrected before the upgrade; the first whole-archive load after it says nothing.
    const aCorrected = { ...a!, answerIsCorrection: true, dateAnswerCorrected: '2025-01-05' };
    markAnsweredSeen(old, [aCorrected, b!], new Date(20), { wholeArchive: true });
    expect(seenBetween(old, 10, 20)).toEqual([]);
    // b is corrected after the upgrade: news.
    markAnsweredSeen(old, [aCorrected, { ...b!, answerIsCorrection: true, dateAnswerCorrected: '2025-02-01' }], new Date(30), { wholeArchive: true });
    expect(seenBetween(old, 20, 30)).toEqual([b!.id]);
    old.close();
  });
});

describe('kv', () => {
  it('gets, sets, overwrites and deletes', () => {
    const { db } = fresh();
    expect(kvGet(db, 'ingest.cursor')).toBeUndefined();
    kvSet(db, 'ingest.cursor', '2025-01-01');
    kvSet(db, 'ingest.cursor', '2025-02-01');
    expect(kvGet(db, 'ingest.cursor')).toBe('2025-02-01');
    kvDelete(db, 'ingest.cursor');
    expect(kvGet(db, 'ingest.cursor')).toBeUndefined();
  });
});

describe('backup', () => {
  it('writes one self-contained file with everything in it', async () => {
    const { db, dir } = fresh();
    new SqliteFollowStore(db).follow({ platform: 'discord', channelId: '42' }, 'knife crime');
    markSeen(db, ['x'], new Date(1));
    const file = path.join(dir, 'backup', 'copy.sqlite');
    await backupDb(db, file);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT query FROM follows').pluck().all()).toEqual(['knife crime']);
    expect(copy.prepare('SELECT record_id FROM record_seen').pluck().all()).toEqual(['x']);
    expect(existsSync(file + '-wal')).toBe(false);
    copy.close();
  });
});
