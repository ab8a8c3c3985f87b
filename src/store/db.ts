// The bot's persisted state: one SQLite file (STATE_DB, default data/state.sqlite).
// Follows, digest deliveries, per-channel digest progress, when each record was first seen
// answered (and when a correction to it was), in the order of arrival (`arrivals`), watched
// questions and their notices, and a small key/value table for other modules' cursors. Nothing here lives only in
// memory, so a restart (or a crash) loses nothing.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isBacklog, markTabledSeen, nextArrival } from './arrivals.ts';

// The order of arrival (arrivals.ts): each marking of records seen takes the next seq.
export { arrivalSeq } from './arrivals.ts';

export type Db = Database.Database;

export const DEFAULT_STATE_DB = 'data/state.sqlite';

export function stateDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.STATE_DB?.trim() || DEFAULT_STATE_DB;
}

/**
 * Schema changes, applied in order. `PRAGMA user_version` records how many have run. Append
 * only: never edit a migration that has shipped; add a new one (other modules add theirs here
 * too, so the file stays the one place the schema is described).
 * Times are INTEGER milliseconds since the epoch (UTC): compact, and compared as numbers.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: follows, digest state, deliveries, record_seen, kv
  `
  CREATE TABLE follows (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    channel_id  TEXT NOT NULL,
    query       TEXT NOT NULL,          -- as the user typed it (trimmed)
    query_norm  TEXT NOT NULL,          -- lower-cased, whitespace collapsed: the identity of a topic
    created_at  INTEGER NOT NULL,       -- digests for this follow start here (no backlog flood)
    UNIQUE (platform, channel_id, query_norm)
  );
  CREATE TABLE channel_digest (
    platform        TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    last_digest_at  INTEGER NOT NULL,   -- end of the last window delivered (or skipped as empty)
    PRIMARY KEY (platform, channel_id)
  );
  CREATE TABLE deliveries (
    id           TEXT PRIMARY KEY,      -- deterministic from channel + window; ≤ 25 chars (Discord nonce)
    platform     TEXT NOT NULL,
    channel_id   TEXT NOT NULL,
    window_from  INTEGER NOT NULL,
    window_to    INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    payload      TEXT NOT NULL,         -- the composed DigestReply (JSON): a retry sends exactly this
    error        TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    sent_at      INTEGER
  );
  CREATE INDEX deliveries_unsent ON deliveries (platform, channel_id, window_to) WHERE status <> 'sent';
  CREATE TABLE record_seen (
    record_id      TEXT PRIMARY KEY,
    first_seen_at  INTEGER NOT NULL     -- first time the archive held this record answered
  ) WITHOUT ROWID;
  CREATE INDEX record_seen_at ON record_seen (first_seen_at);
  CREATE TABLE kv (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
  );
  `,
  // 2: a correction to an answer already seen counts as news (see markAnsweredSeen)
  `
  ALTER TABLE record_seen ADD COLUMN corrected TEXT;        -- the dateAnswerCorrected last seen ('undated': flagged, no date)
  ALTER TABLE record_seen ADD COLUMN corrected_at INTEGER;  -- when a new correction was first seen
  CREATE INDEX record_seen_corrected_at ON record_seen (corrected_at) WHERE corrected_at IS NOT NULL;
  -- Records seen before this: their corrections so far are not news ('*' until the next whole-archive load).
  UPDATE record_seen SET corrected = '*';
  CREATE INDEX record_seen_untracked ON record_seen (record_id) WHERE corrected = '*';
  `,
  // 3: what is new for a digest follows the order of arrival, not the wall clock (see arrivals).
  // Existing times are translated exactly: each distinct time becomes one arrival, in order.
  `
  CREATE TABLE arrivals (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,   -- only grows, whatever the clock does
    at   INTEGER NOT NULL                     -- wall clock when marked (for people, never compared)
  );
  INSERT INTO arrivals (at)
    SELECT t FROM (SELECT first_seen_at AS t FROM record_seen UNION SELECT corrected_at FROM record_seen WHERE corrected_at IS NOT NULL)
    WHERE t > 0 ORDER BY t;
  ALTER TABLE record_seen ADD COLUMN seen_seq INTEGER NOT NULL DEFAULT 0;   -- 0: backlog, never news
  ALTER TABLE record_seen ADD COLUMN corrected_seq INTEGER;
  UPDATE record_seen SET
    seen_seq = coalesce((SELECT seq FROM arrivals WHERE at = first_seen_at), 0),
    corrected_seq = (SELECT seq FROM arrivals WHERE at = corrected_at);
  CREATE INDEX record_seen_seq ON record_seen (seen_seq);
  CREATE INDEX record_seen_corrected_seq ON record_seen (corrected_seq) WHERE corrected_seq IS NOT NULL;
  ALTER TABLE follows ADD COLUMN created_seq INTEGER NOT NULL DEFAULT 0;     -- arrivals after this are news to it
  UPDATE follows SET created_seq = coalesce((SELECT max(seq) FROM arrivals WHERE at <= follows.created_at), 0);
  ALTER TABLE channel_digest ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0; -- arrivals up to here were digested
  UPDATE channel_digest SET last_seq = coalesce((SELECT max(seq) FROM arrivals WHERE at <= channel_digest.last_digest_at), 0);
  ALTER TABLE deliveries ADD COLUMN seq_from INTEGER;                        -- the window in arrivals: (seq_from, seq_to]
  ALTER TABLE deliveries ADD COLUMN seq_to INTEGER;
  UPDATE deliveries SET
    seq_from = coalesce((SELECT max(seq) FROM arrivals WHERE at <= deliveries.window_from), 0),
    seq_to = coalesce((SELECT max(seq) FROM arrivals WHERE at <= deliveries.window_to), 0);
  `,
  // 4: requests already handled, so a redelivered event or a replayed command is handled once (requests.ts)
  `
  CREATE TABLE handled_requests (
    id  TEXT PRIMARY KEY,   -- the platform's identity of the request (slack:event:Ev…, discord:interaction:…)
    at  INTEGER NOT NULL    -- when first handled; rows older than a day are deleted
  ) WITHOUT ROWID;
  CREATE INDEX handled_requests_at ON handled_requests (at);
  `,
  // 5: watched questions and the notices they owe (src/watch)
  `
  CREATE TABLE watches (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    channel_id  TEXT NOT NULL,
    house       TEXT NOT NULL,          -- Commons | Lords
    uin         TEXT NOT NULL,          -- upper-cased: 4712, HL1234
    date_tabled TEXT,                   -- NULL until a record of the question is found (a UIN alone names it)
    state       TEXT NOT NULL,          -- what the channel was last told (or found at watch time): awaiting | holding | answered | withdrawn
    corrected   TEXT,                   -- the correction last told (dateAnswerCorrected, or 'undated')
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (platform, channel_id, house, uin, date_tabled)
  );
  CREATE INDEX watches_question ON watches (house, uin);
  CREATE TABLE watch_notices (
    id          TEXT PRIMARY KEY,       -- deterministic from watch + event: a retry (or a crash) reuses it; ≤ 25 chars
    watch_id    INTEGER NOT NULL,
    platform    TEXT NOT NULL,
    channel_id  TEXT NOT NULL,
    event       TEXT NOT NULL,          -- holding | answered | corrected | withdrawn
    status      TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    payload     TEXT NOT NULL,          -- the composed notice (JSON): a retry sends exactly this
    error       TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    sent_at     INTEGER
  );
  CREATE INDEX watch_notices_unsent ON watch_notices (created_at) WHERE status <> 'sent';
  `,
  // 6: questions first seen awaiting an answer, and first found overdue, in the order of arrival
  // (src/store/arrivals.ts). What the archive already holds is backlog (tabled.backlog, cleared
  // by the first whole-archive load).
  `
  CREATE TABLE record_tabled (
    record_id      TEXT PRIMARY KEY,
    first_seen_at  INTEGER NOT NULL,    -- when the archive first held it awaiting an answer (for people)
    seen_seq       INTEGER NOT NULL     -- the arrival it came with (0: backlog, never news)
  ) WITHOUT ROWID;
  CREATE INDEX record_tabled_seq ON record_tabled (seen_seq);
  CREATE TABLE record_overdue (
    record_id      TEXT PRIMARY KEY,
    first_seen_at  INTEGER NOT NULL,    -- when a digest run first found it overdue (for people)
    seen_seq       INTEGER NOT NULL     -- the arrival that sweep took (0: the first sweep, backlog)
  ) WITHOUT ROWID;
  CREATE INDEX record_overdue_seq ON record_overdue (seen_seq);
  INSERT INTO kv (key, value, updated_at) VALUES ('tabled.backlog', '1', 0);
  `,
];

/** Open (creating and migrating as needed) the state database. */
export function openDb(path: string = stateDbPath()): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL: the bot reads while the CLI writes, and a crash never leaves a half-written page.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Another process (qa digest --now while the bot runs) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commit).
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS, what = 'state'): void {
  // IMMEDIATE: two processes starting at once must not both run migration N.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`${what} database is at schema version ${version}, newer than this code (${migrations.length}); upgrade the bot`);
    }
    for (let v = version; v < migrations.length; v++) db.exec(migrations[v]!);
    if (version !== migrations.length) db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}

// ---- record_seen ------------------------------------------------------------------------

const SEEN_BATCH = 500; // rows per INSERT statement: far fewer statement executions than one-by-one

/**
 * Record that these ids are in the archive, answered, as of `at` (ids already known keep their
 * first arrival). Pass only ANSWERED records (see markAnsweredSeen): a question that gets its answer
 * later must count as new then. On the very first load every existing record is marked at that
 * moment, so nothing in the backlog ever appears in a digest. `at` = the epoch: backlog (seq 0).
 * Returns how many ids were new.
 */
export function markSeen(db: Db, ids: Iterable<string>, at: Date, seq?: number): number {
  const t = at.getTime();
  const stmts = new Map<number, Database.Statement>();
  const stmt = (n: number) => {
    let s = stmts.get(n);
    if (!s) {
      s = db.prepare(`INSERT OR IGNORE INTO record_seen (record_id, first_seen_at, seen_seq) VALUES ${Array(n).fill('(?, ?, ?)').join(', ')}`);
      stmts.set(n, s);
    }
    return s;
  };
  let added = 0;
  db.transaction(() => {
    const s = seq ?? (isBacklog(at) ? 0 : nextArrival(db, at));
    let batch: (string | number)[] = [];
    const flush = () => {
      if (batch.length) added += stmt(batch.length / 3).run(batch).changes;
      batch = [];
    };
    for (const id of ids) {
      batch.push(id, t, s);
      if (batch.length >= SEEN_BATCH * 3) flush();
    }
    flush();
  })();
  return added;
}

/** The "answered" test the digest uses: has an answer and was not withdrawn. */
export function isAnswered(r: { dateAnswered?: string; answerText?: string; hasAnswer?: boolean; isWithdrawn: boolean }): boolean {
  // hasAnswer: a record as the search index keeps it (RecordMeta), without its text.
  return !!(r.dateAnswered && (r.answerText || r.hasAnswer)) && !r.isWithdrawn;
}

/** markSeen for the answered records among `records` (call after every archive load / ingest). */
export function markAnsweredSeen(
  db: Db,
  records: Iterable<{ id: string; dateAnswered?: string; answerText?: string; isWithdrawn: boolean; answerIsCorrection?: boolean; dateAnswerCorrected?: string }>,
  at: Date,
  opts: { wholeArchive?: boolean } = {},
): number {
  const corrections: [string, string][] = [];
  const awaiting: string[] = [];
  function* answered() {
    for (const r of records) {
      if (!isAnswered(r)) {
        if (!r.isWithdrawn) awaiting.push(r.id);
        continue;
      }
      // Some sources flag a correction without its date: the flag alone then marks it (once).
      if (r.answerIsCorrection) corrections.push([r.id, r.dateAnswerCorrected ?? 'undated']);
      yield r.id;
    }
  }
  let added = 0;
  db.transaction(() => {
    const seq = isBacklog(at) ? 0 : nextArrival(db, at);
    added = markSeen(db, answered(), at, seq);
    // Questions awaiting an answer, in the same arrival: a follow that opts in (`… tabled`) is told of new ones.
    markTabledSeen(db, awaiting, at, seq, opts);
    // A department that corrects an answer already seen makes it news again: the correction is
    // stamped when first seen. A record first seen now carries its correction in with it (and
    // so does the whole backlog on the very first load): no separate announcement. Nor does a
    // record seen before corrections were tracked ('*', see migration 2).
    const t = at.getTime();
    const stmt = db.prepare(
      `UPDATE record_seen SET corrected = ?,
         corrected_at = CASE WHEN seen_seq = ? OR corrected = '*' THEN corrected_at ELSE ? END,
         corrected_seq = CASE WHEN seen_seq = ? OR corrected = '*' THEN corrected_seq ELSE ? END
       WHERE record_id = ? AND corrected IS NOT ?`,
    );
    for (const [id, date] of corrections) stmt.run(date, seq, t, seq, seq, id, date);
    // Given the whole archive, every record's correction state is now known: the rest have none.
    if (opts.wholeArchive) db.prepare("UPDATE record_seen SET corrected = NULL WHERE corrected = '*'").run();
  })();
  return added;
}

/**
 * Ids that arrived answered, or with a new correction, in the arrivals (afterSeq, upToSeq]:
 * what a digest window holds, whatever the clock said when they arrived.
 */
export function arrivedBetween(db: Db, afterSeq: number, upToSeq: number): string[] {
  return seenIn(db, 'seen_seq', 'corrected_seq', afterSeq, upToSeq);
}

/** Ids first seen answered, or seen with a new correction, in (after, upTo] by the wall clock (for people; digests use arrivedBetween). */
export function seenBetween(db: Db, after: number, upTo: number): string[] {
  return seenIn(db, 'first_seen_at', 'corrected_at', after, upTo);
}

/** record_seen rows whose answer (column `seen`) or correction (column `corrected`) falls in (after, upTo]. */
function seenIn(db: Db, seen: 'seen_seq' | 'first_seen_at', corrected: 'corrected_seq' | 'corrected_at', after: number, upTo: number): string[] {
  return db
    .prepare(`SELECT record_id FROM record_seen WHERE ${seen} > ? AND ${seen} <= ? UNION SELECT record_id FROM record_seen WHERE ${corrected} > ? AND ${corrected} <= ?`)
    .pluck()
    .all(after, upTo, after, upTo) as string[];
}

// ---- kv ---------------------------------------------------------------------------------

export function kvGet(db: Db, key: string): string | undefined {
  return db.prepare('SELECT value FROM kv WHERE key = ?').pluck().get(key) as string | undefined;
}

export function kvSet(db: Db, key: string, value: string, at: Date = new Date()): void {
  db.prepare(
    'INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  ).run(key, value, at.getTime());
}

export function kvDelete(db: Db, key: string): void {
  db.prepare('DELETE FROM kv WHERE key = ?').run(key);
}

/** A consistent copy of the whole state in one file, safe while the bot is running. */
export async function backupDb(db: Db, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  await db.backup(file);
  // The copy inherits WAL mode; switch it to a plain rollback journal so it stays one file
  // (opening a WAL database creates -wal/-shm files beside it).
  const copy = new Database(file);
  copy.pragma('journal_mode = DELETE');
  copy.close();
}
