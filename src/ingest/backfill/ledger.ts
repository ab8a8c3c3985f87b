// What a backfill has done, kept in the archive database it writes, so that progress and the
// records it describes are committed together (a page's records and the skip after them in one
// transaction): after a kill -9 the next run starts exactly where the archive stops.
//
//   backfill_windows  one row per period listed: todo → listing (next_skip) → done, or split
//                     into halves, or problem (paging that did not add up: listed again next run)
//   backfill_details  questions whose text the list clipped and whose detail is still wanted;
//                     a row goes when the detail is in the archive, and one that failed stays
//                     for the next run (the record meanwhile stays in the archive, marked clipped)
//
// The tables are created here rather than in the archive's migrations: only the backfill reads
// them, and an archive that was never backfilled has none.
import { randomUUID } from 'node:crypto';
import type { ArchiveDb } from '../../store/archive.ts';
import { refreshLock, releaseLock, takeLock, type LockPlace } from '../../store/lock.ts';
import type { Period } from './windows.ts';

export type WindowStatus = 'todo' | 'listing' | 'done' | 'split' | 'problem';

export interface WindowRow extends Period {
  /** 'Commons', 'Lords', or '' for both Houses. */
  house: string;
  status: WindowStatus;
  nextSkip: number;
  total: number | null;
  listed: number;
  invalid: number;
  problem: string | null;
  /** The London date the window was finished: a window reaching that day may still grow. */
  doneOn: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS backfill_windows (
  house      TEXT NOT NULL,
  since      TEXT NOT NULL,
  until      TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('todo', 'listing', 'done', 'split', 'problem')),
  next_skip  INTEGER NOT NULL DEFAULT 0,
  total      INTEGER,
  listed     INTEGER NOT NULL DEFAULT 0,
  invalid    INTEGER NOT NULL DEFAULT 0,
  problem    TEXT,
  done_on    TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (house, since, until)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS backfill_details (
  api_id    INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL,
  tries     INTEGER NOT NULL DEFAULT 0,
  run       TEXT,                      -- the run that last tried and failed (not tried again in it)
  error     TEXT
);
`;

const LOCK_KEY = 'backfill.lock';
/** A lock held from another host (whose process cannot be checked) that has not been written for this long is taken over. */
const LOCK_STALE_MS = 15 * 60_000;

export class BackfillBusyError extends Error {
  constructor(holder: string) {
    super(`another backfill is writing this archive (${holder}); wait for it to finish, or stop it (it resumes later)`);
    this.name = 'BackfillBusyError';
  }
}

type Raw = { house: string; since: string; until: string; status: WindowStatus; next_skip: number; total: number | null; listed: number; invalid: number; problem: string | null; done_on: string | null };
const toRow = (r: Raw): WindowRow => ({
  house: r.house,
  since: r.since,
  until: r.until,
  status: r.status,
  nextSkip: r.next_skip,
  total: r.total,
  listed: r.listed,
  invalid: r.invalid,
  problem: r.problem,
  doneOn: r.done_on,
});

export class Ledger {
  readonly runId = randomUUID();
  private lockToken?: string;

  constructor(
    readonly db: ArchiveDb,
    private readonly now: () => Date = () => new Date(),
  ) {
    db.exec(SCHEMA);
  }

  // ---- windows ---------------------------------------------------------------------------

  /** Add the periods not already known (a period already listed, split or done keeps its row). */
  plan(house: string, periods: Period[]): void {
    const ins = this.db.prepare("INSERT OR IGNORE INTO backfill_windows (house, since, until, status, updated_at) VALUES (?, ?, ?, 'todo', ?)");
    const t = this.now().getTime();
    this.db.transaction(() => {
      for (const p of periods) ins.run(house, p.since, p.until, t);
    })();
  }

  /**
   * The windows of [since, until] still to list, in date order: not done (or done on a day the
   * window reached, so it may have grown since), and not split (their halves are rows of their own).
   */
  pending(house: string, since: string, until: string): WindowRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM backfill_windows WHERE house = ? AND since >= ? AND until <= ?
           AND (status IN ('todo', 'listing', 'problem') OR (status = 'done' AND until >= done_on))
         ORDER BY since, until`,
      )
      .all(house, since, until) as Raw[];
    return rows.map(toRow);
  }

  /** Every window of the range, split ones left out (for the progress totals). */
  all(house: string, since: string, until: string): WindowRow[] {
    return (this.db.prepare("SELECT * FROM backfill_windows WHERE house = ? AND since >= ? AND until <= ? AND status <> 'split' ORDER BY since").all(house, since, until) as Raw[]).map(toRow);
  }

  get(w: Pick<WindowRow, 'house' | 'since' | 'until'>): WindowRow | undefined {
    const r = this.db.prepare('SELECT * FROM backfill_windows WHERE house = ? AND since = ? AND until = ?').get(w.house, w.since, w.until) as Raw | undefined;
    return r && toRow(r);
  }

  /** Record a listed page: call inside the transaction that writes the page's records. */
  pageListed(w: WindowRow, nextSkip: number, total: number, added: number, invalid: number): void {
    this.db
      .prepare("UPDATE backfill_windows SET status = 'listing', next_skip = ?, total = ?, listed = listed + ?, invalid = invalid + ?, problem = NULL, updated_at = ? WHERE house = ? AND since = ? AND until = ?")
      .run(nextSkip, total, added, invalid, this.now().getTime(), w.house, w.since, w.until);
  }

  /** Start a window again from the first page (a window with a problem, or one that may have grown). */
  restart(w: WindowRow): void {
    this.db
      .prepare("UPDATE backfill_windows SET status = 'todo', next_skip = 0, listed = 0, invalid = 0, total = NULL, updated_at = ? WHERE house = ? AND since = ? AND until = ?")
      .run(this.now().getTime(), w.house, w.since, w.until);
  }

  finish(w: WindowRow, doneOn: string): void {
    this.db
      .prepare("UPDATE backfill_windows SET status = 'done', problem = NULL, done_on = ?, updated_at = ? WHERE house = ? AND since = ? AND until = ?")
      .run(doneOn, this.now().getTime(), w.house, w.since, w.until);
  }

  problem(w: WindowRow, message: string): void {
    this.db
      .prepare("UPDATE backfill_windows SET status = 'problem', problem = ?, updated_at = ? WHERE house = ? AND since = ? AND until = ?")
      .run(message, this.now().getTime(), w.house, w.since, w.until);
  }

  /** Replace a window by its halves, in one transaction. */
  split(w: WindowRow, halves: Period[]): void {
    const t = this.now().getTime();
    this.db.transaction(() => {
      this.db.prepare("UPDATE backfill_windows SET status = 'split', updated_at = ? WHERE house = ? AND since = ? AND until = ?").run(t, w.house, w.since, w.until);
      const ins = this.db.prepare("INSERT OR IGNORE INTO backfill_windows (house, since, until, status, updated_at) VALUES (?, ?, ?, 'todo', ?)");
      for (const h of halves) ins.run(w.house, h.since, h.until, t);
    })();
  }

  // ---- details ---------------------------------------------------------------------------

  /** Want these details (inside the page's transaction). Returns how many were not wanted already. */
  want(items: { apiId: number; recordId: string }[]): number {
    const ins = this.db.prepare('INSERT INTO backfill_details (api_id, record_id) VALUES (?, ?) ON CONFLICT (api_id) DO UPDATE SET run = NULL');
    let n = 0;
    for (const i of items) n += ins.run(i.apiId, i.recordId).changes;
    return n;
  }

  /** Up to `limit` wanted details this run has not tried yet, but for those in `busy`. */
  nextDetails(limit: number, busy: ReadonlySet<number>): { apiId: number; recordId: string; tries: number }[] {
    const rows = this.db
      .prepare('SELECT api_id AS apiId, record_id AS recordId, tries FROM backfill_details WHERE run IS NULL OR run <> ? ORDER BY api_id LIMIT ?')
      .all(this.runId, limit + busy.size) as { apiId: number; recordId: string; tries: number }[];
    return rows.filter((r) => !busy.has(r.apiId)).slice(0, limit);
  }

  /** The detail is in the archive (inside the transaction that wrote it). */
  got(apiId: number): void {
    this.db.prepare('DELETE FROM backfill_details WHERE api_id = ?').run(apiId);
  }

  /** The detail failed: kept for the next run, not tried again in this one. */
  failed(apiId: number, error: string): void {
    this.db.prepare('UPDATE backfill_details SET tries = tries + 1, run = ?, error = ? WHERE api_id = ?').run(this.runId, error.slice(0, 500), apiId);
  }

  /** Details wanted and not yet tried in this run (the queue ahead), and all still wanted. */
  detailCounts(): { untried: number; wanted: number } {
    const r = this.db.prepare('SELECT count(*) AS wanted, sum(CASE WHEN run IS NULL OR run <> ? THEN 1 ELSE 0 END) AS untried FROM backfill_details').get(this.runId) as {
      wanted: number;
      untried: number | null;
    };
    return { wanted: r.wanted, untried: r.untried ?? 0 };
  }

  failures(limit = 5): { apiId: number; recordId: string; tries: number; error: string | null }[] {
    return this.db
      .prepare('SELECT api_id AS apiId, record_id AS recordId, tries, error FROM backfill_details WHERE run = ? ORDER BY api_id LIMIT ?')
      .all(this.runId, limit) as { apiId: number; recordId: string; tries: number; error: string | null }[];
  }

  // ---- lock ------------------------------------------------------------------------------

  /**
   * One backfill per archive: two would list the same windows and fight over their rows. The
   * lock is a meta row naming the holder; a holder that died (same host: no such process;
   * another host: nothing written for 15 minutes) is taken over. The hourly ingest takes no part: see run.ts.
   */
  lock(): void {
    const got = takeLock(this.lockPlace, { staleMs: LOCK_STALE_MS, staleOnThisHost: false, now: () => this.now().getTime() });
    if ('holder' in got) throw new BackfillBusyError(got.holder);
    this.lockToken = got.token;
  }

  /** Say we are still alive (each page). */
  heartbeat(): void {
    if (this.lockToken) refreshLock(this.lockPlace, this.lockToken, this.now().getTime());
  }

  unlock(): void {
    if (!this.lockToken) return;
    releaseLock(this.lockPlace, this.lockToken);
    this.lockToken = undefined;
  }

  private get lockPlace(): LockPlace {
    return { db: this.db, table: 'meta', key: LOCK_KEY };
  }
}
