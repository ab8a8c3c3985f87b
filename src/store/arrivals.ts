// What else a digest can tell besides new answers (issue 17): questions newly tabled, and
// questions that fell overdue. Like record_seen, each keeps when a record was first seen so
// (awaiting an answer; overdue), so "new" means arrived since, whatever the record's own dates.
import type { Db } from './db.ts';

type Table = 'record_tabled' | 'record_overdue';

function mark(db: Db, table: Table, ids: Iterable<string>, at: number): number {
  const stmt = db.prepare(`INSERT OR IGNORE INTO ${table} (record_id, first_seen_at) VALUES (?, ?)`);
  let added = 0;
  db.transaction(() => {
    for (const id of ids) added += stmt.run(id, at).changes;
  })();
  return added;
}

function between(db: Db, table: Table, after: number, upTo: number): string[] {
  return db.prepare(`SELECT record_id FROM ${table} WHERE first_seen_at > ? AND first_seen_at <= ?`).pluck().all(after, upTo) as string[];
}

/**
 * Questions seen awaiting an answer (not withdrawn) as of `at`: called with every record
 * markAnsweredSeen is given, so the first load, the ingest and a backfill (as backlog) mark them alike.
 */
export function markTabledSeen(db: Db, records: Iterable<{ id: string; answered: boolean; isWithdrawn: boolean }>, at: number): number {
  function* awaiting() {
    for (const r of records) if (!r.answered && !r.isWithdrawn) yield r.id;
  }
  return mark(db, 'record_tabled', awaiting(), at);
}

/** Ids first seen awaiting an answer in (after, upTo]. */
export const tabledBetween = (db: Db, after: number, upTo: number) => between(db, 'record_tabled', after, upTo);

const SWEPT = 'overdue.swept';

/**
 * Record which questions are overdue now (ids from a search for is:overdue), as of `at`. The very
 * first sweep marks them as always known: a deployment's backlog of overdue questions is not news.
 */
export function markOverdueSeen(db: Db, ids: Iterable<string>, at: number): number {
  return db.transaction(() => {
    const first = !db.prepare('SELECT 1 FROM kv WHERE key = ?').get(SWEPT);
    const added = mark(db, 'record_overdue', ids, first ? 0 : at);
    if (first) db.prepare('INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)').run(SWEPT, '1', at);
    return added;
  })();
}

/** Ids first found overdue in (after, upTo]. */
export const overdueBetween = (db: Db, after: number, upTo: number) => between(db, 'record_overdue', after, upTo);
