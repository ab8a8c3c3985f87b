// The order of arrival (the `arrivals` table), and what else a digest can tell besides new
// answers (issue 17): questions newly tabled, and questions that fell overdue. Each marking of
// records seen (an ingest's page, a start-up's load, a digest run's overdue sweep) takes the next
// seq; record_seen, record_tabled and record_overdue keep the seq at which a record was first
// seen so (answered; awaiting an answer; overdue), so "new" means arrived after the seq a digest
// last covered, whatever the record's own dates and whatever the wall clock said.
import type Database from 'better-sqlite3';

// The state database (db.ts names it so too): taken from the driver, so this module and db.ts,
// which opens the database and calls it, do not import each other.
type Db = Database.Database;

/**
 * The order of arrival: each marking takes the next `seq`, and a digest or a watch asks for what
 * arrived after the seq it last covered. Unlike a time, a seq never goes back or jumps ahead when
 * the machine's clock is set wrong or corrected.
 */
export function arrivalSeq(db: Db): number {
  return db.prepare("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'arrivals'), 0)").pluck().get() as number;
}

/** A new arrival, stamped with the clock's time (for people, never compared). */
export function nextArrival(db: Db, at: Date): number {
  return Number(db.prepare('INSERT INTO arrivals (at) VALUES (?)').run(at.getTime()).lastInsertRowid);
}

/** The epoch marks the backlog: records a backfill brings are never news. */
export const isBacklog = (at: Date) => at.getTime() === 0;

type Table = 'record_tabled' | 'record_overdue';

function mark(db: Db, table: Table, ids: Iterable<string>, at: number, seq: number): number {
  const stmt = db.prepare(`INSERT OR IGNORE INTO ${table} (record_id, first_seen_at, seen_seq) VALUES (?, ?, ?)`);
  let added = 0;
  db.transaction(() => {
    for (const id of ids) added += stmt.run(id, at, seq).changes;
  })();
  return added;
}

function between(db: Db, table: Table, afterSeq: number, upToSeq: number): string[] {
  return db.prepare(`SELECT record_id FROM ${table} WHERE seen_seq > ? AND seen_seq <= ?`).pluck().all(afterSeq, upToSeq) as string[];
}

/** Set by migration 6, cleared by the first whole-archive load after it (see markTabledSeen). */
export const TABLED_BACKLOG = 'tabled.backlog';

/**
 * Questions seen awaiting an answer (not withdrawn) at arrival `seq` (0: backlog): called by
 * markAnsweredSeen with every record it is given, in the same arrival, so the first load, the
 * ingest and a backfill (as backlog) mark them alike. The first whole-archive load after the
 * table was made marks what it holds as backlog: a state database from before knew no tabled
 * questions, and what the archive already held then is not news.
 */
export function markTabledSeen(db: Db, ids: Iterable<string>, at: Date, seq: number, opts: { wholeArchive?: boolean } = {}): number {
  return db.transaction(() => {
    const backlog = opts.wholeArchive && db.prepare('SELECT 1 FROM kv WHERE key = ?').get(TABLED_BACKLOG) !== undefined;
    if (backlog) db.prepare('DELETE FROM kv WHERE key = ?').run(TABLED_BACKLOG);
    return mark(db, 'record_tabled', ids, at.getTime(), backlog ? 0 : seq);
  })();
}

/** Ids first seen awaiting an answer in the arrivals (afterSeq, upToSeq]. */
export const tabledBetween = (db: Db, afterSeq: number, upToSeq: number) => between(db, 'record_tabled', afterSeq, upToSeq);

const SWEPT = 'overdue.swept';

/**
 * Record which questions are overdue now (ids from a search for is:overdue), as of `at`. What is
 * newly found overdue takes the next arrival, so the digests composed after the sweep hold it and
 * those composed before it do not; a sweep that finds nothing new takes none. The very first
 * sweep marks them as always known (seq 0): a deployment's backlog of overdue questions is not news.
 */
export function markOverdueSeen(db: Db, ids: Iterable<string>, at: Date): number {
  return db
    .transaction(() => {
      const first = !db.prepare('SELECT 1 FROM kv WHERE key = ?').get(SWEPT);
      if (first) db.prepare('INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)').run(SWEPT, '1', at.getTime());
      const known = db.prepare('SELECT 1 FROM record_overdue WHERE record_id = ?');
      const fresh = [...ids].filter((id) => known.get(id) === undefined);
      if (fresh.length === 0) return 0;
      return mark(db, 'record_overdue', fresh, at.getTime(), first ? 0 : nextArrival(db, at));
    })
    .immediate();
}

/** Ids first found overdue in the arrivals (afterSeq, upToSeq]. */
export const overdueBetween = (db: Db, afterSeq: number, upToSeq: number) => between(db, 'record_overdue', afterSeq, upToSeq);
