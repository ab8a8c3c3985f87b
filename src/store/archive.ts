// The archive itself: one SQLite file (ARCHIVE_DB, default archive.sqlite in the archive folder)
// with one row per question, the items it was read from (provenance), and a change log.
//
// Every write goes through `upsert` (or `remove`), in a transaction, and appends to `changes`:
// the search index is a snapshot at some `seq` plus the changes after it, so a search worker
// (or a restart) brings its index up to date by replaying `changesSince(seq)`, never by
// re-reading the sources.
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { recordKey, type QaRecord } from '../record.ts';
import { mergeRecords } from './merge.ts';
import { migrate } from './db.ts';

export type ArchiveDb = Database.Database;

export const ARCHIVE_DB_NAME = 'archive.sqlite';

/** ARCHIVE_DB when set, else archive.sqlite in the archive folder. */
export function archiveDbPath(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.ARCHIVE_DB?.trim() ? path.resolve(env.ARCHIVE_DB.trim()) : path.join(dataDir, ARCHIVE_DB_NAME);
}

/** Append only: never edit a migration that has shipped (see db.ts). */
export const ARCHIVE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE records (
    id         TEXT PRIMARY KEY,
    rkey       TEXT UNIQUE,            -- house-dateTabled-uin: the Parliament's identity (recordKey)
    api_id     INTEGER UNIQUE,         -- the Written Questions API's id, a second key
    seq        INTEGER NOT NULL,       -- the change that last wrote this row
    hash       TEXT NOT NULL,          -- of everything but sources: "did this change anything?"
    answered   INTEGER NOT NULL,       -- has an answer and is not withdrawn (digests, record_seen)
    correction TEXT,                   -- dateAnswerCorrected, or 'undated' when only flagged
    clipped    INTEGER NOT NULL,       -- the source cut its text: a later run fetches the detail
    json       TEXT NOT NULL           -- the QaRecord
  );
  CREATE INDEX records_clipped ON records (id) WHERE clipped = 1;
  CREATE TABLE changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('put', 'delete')),
    at         INTEGER NOT NULL        -- ms since the epoch
  );
  CREATE TABLE provenance (
    record_id  TEXT NOT NULL,
    source     TEXT NOT NULL,          -- "data/x.jsonl line 12", "api detail 1234567 2026-12-02T10:00:00Z" …
    kind       TEXT NOT NULL,          -- SourceKind
    at         INTEGER NOT NULL,
    raw        TEXT,                   -- the item exactly as it came, where it is not kept as a file
    PRIMARY KEY (record_id, source)
  ) WITHOUT ROWID;
  CREATE TABLE source_files (
    path        TEXT PRIMARY KEY,      -- absolute
    size        INTEGER NOT NULL,
    mtime_ms    REAL NOT NULL,
    sha256      TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    summary     TEXT NOT NULL          -- the file's import report (JSON)
  );
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 2: a question by its UIN alone (\`/qa watch 4712\`): UINs are not unique across sessions, so
  // every record with it is a candidate. Building it reads each record once.
  `
  CREATE INDEX records_uin ON records (json_extract(json, '$.uin'));
  `,
];

export interface IncomingRecord {
  record: QaRecord;
  /** Where it came from; `raw` holds the item itself when no file keeps it (API pages). */
  source?: { label: string; kind: string; raw?: string };
}

export interface UpsertResult {
  added: string[];
  updated: string[];
  unchanged: number;
}

export interface Change {
  seq: number;
  id: string;
  /** The record as it is now; undefined when it was removed. */
  record?: QaRecord;
}

/** What record_seen needs, read from columns rather than 660,000 JSON documents. */
export interface SeenInfo {
  id: string;
  dateAnswered?: string;
  answerText?: string;
  isWithdrawn: boolean;
  answerIsCorrection?: boolean;
  dateAnswerCorrected?: string;
}

/** JSON with sorted keys: the same record hashes the same whatever order merging left its fields in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Hash of what a record says (its sources, where it was read from, left out). */
export function recordHash(r: QaRecord): string {
  const { sources: _sources, ...rest } = r;
  return createHash('sha1').update(canonical(rest)).digest('hex');
}

interface Row {
  id: string;
  rkey: string | null;
  api_id: number | null;
  seq: number;
  hash: string;
  json: string;
}

export class ArchiveStore {
  readonly db: ArchiveDb;
  private readonly stmts;

  private constructor(
    db: ArchiveDb,
    readonly file: string,
  ) {
    this.db = db;
    this.stmts = {
      get: db.prepare('SELECT json FROM records WHERE id = ?').pluck(),
      find: db.prepare<[string, string | null, number | null]>('SELECT id, rkey, api_id, seq, hash, json FROM records WHERE id = ? OR rkey = ? OR api_id = ?'),
      change: db.prepare<[string, string, number]>('INSERT INTO changes (record_id, op, at) VALUES (?, ?, ?) RETURNING seq').pluck(),
      put: db.prepare(
        'INSERT OR REPLACE INTO records (id, rkey, api_id, seq, hash, answered, correction, clipped, json) VALUES (@id, @rkey, @api_id, @seq, @hash, @answered, @correction, @clipped, @json)',
      ),
      del: db.prepare('DELETE FROM records WHERE id = ?'),
      provenance: db.prepare('INSERT OR REPLACE INTO provenance (record_id, source, kind, at, raw) VALUES (?, ?, ?, ?, ?)'),
      dropListRaw: db.prepare("UPDATE provenance SET raw = NULL WHERE record_id = ? AND kind = 'wq-api-list' AND raw IS NOT NULL"),
      count: db.prepare('SELECT count(*) FROM records').pluck(),
      seq: db.prepare("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0)").pluck(),
    };
  }

  /** Open (creating and migrating as needed). `readonly` connections never write, nor migrate. */
  static open(file: string, opts: { readonly?: boolean } = {}): ArchiveStore {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file, opts.readonly ? { readonly: true, fileMustExist: true } : {});
    // WAL: the bot's worker reads while ingest, import or a backfill in another process writes.
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 10000');
    db.pragma('synchronous = NORMAL');
    if (!opts.readonly) {
      migrate(db, ARCHIVE_MIGRATIONS, 'archive');
      db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('archive_id', randomUUID());
    }
    return new ArchiveStore(db, file);
  }

  close(): void {
    this.db.close();
  }

  /** Names this archive: an index snapshot of another database (same path, recreated) is not used. */
  get archiveId(): string {
    return this.meta('archive_id') ?? '';
  }

  meta(key: string): string | undefined {
    return this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  get(id: string): QaRecord | undefined {
    const json = this.stmts.get.get(id) as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as QaRecord);
  }

  /** The record holding this question: by id, by house + dateTabled + uin, or by API id. */
  find(r: Pick<QaRecord, 'id' | 'house' | 'dateTabled' | 'uin' | 'apiId'>): QaRecord | undefined {
    const row = this.stmts.find.get(r.id, recordKey(r) ?? null, r.apiId ?? null) as Row | undefined;
    return row ? (JSON.parse(row.json) as QaRecord) : undefined;
  }

  get size(): number {
    return this.stmts.count.get() as number;
  }

  /** The last change written: an index that has applied up to here is current. */
  get seq(): number {
    return this.stmts.seq.get() as number;
  }

  /** Every record of this House with this UIN (it is reused from session to session), the most recently tabled first. */
  byUin(house: QaRecord['house'], uin: string): QaRecord[] {
    const rows = this.db.prepare("SELECT json FROM records WHERE json_extract(json, '$.uin') IN (?, ?)").pluck().all(uin, uin.toLowerCase()) as string[];
    return rows
      .map((j) => JSON.parse(j) as QaRecord)
      .filter((r) => r.house === house)
      .sort((a, b) => (b.dateTabled ?? '').localeCompare(a.dateTabled ?? ''));
  }

  /** The records with these ids that the archive holds (one statement per thousand ids). */
  getMany(ids: readonly string[]): Map<string, QaRecord> {
    const out = new Map<string, QaRecord>();
    const stmt = this.db.prepare('SELECT id, json FROM records WHERE id IN (SELECT value FROM json_each(?))').raw();
    for (let i = 0; i < ids.length; i += 1000) {
      for (const [id, json] of stmt.iterate(JSON.stringify(ids.slice(i, i + 1000))) as IterableIterator<[string, string]>) out.set(id, JSON.parse(json) as QaRecord);
    }
    return out;
  }

  /**
   * Every record, streamed (the archive may not fit in memory as objects twice): in id order, or
   * in the order they first arrived (an index built in that order numbers them as one built in memory would).
   */
  *all(order: 'id' | 'arrival' = 'id'): IterableIterator<QaRecord> {
    const sql = order === 'id' ? 'SELECT json FROM records ORDER BY id' : 'SELECT json FROM records ORDER BY rowid';
    for (const json of this.db.prepare(sql).pluck().iterate()) yield JSON.parse(json as string) as QaRecord;
  }

  /** Run `fn` as one consistent read: the records it reads and `seq` agree, whatever is written meanwhile. */
  read<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }

  /** For record_seen: one row per record from columns, no JSON parsed. */
  *seenInfo(): IterableIterator<SeenInfo> {
    const rows = this.db.prepare('SELECT id, answered, correction FROM records').raw().iterate() as IterableIterator<[string, number, string | null]>;
    for (const [id, answered, correction] of rows) {
      yield {
        id,
        // isAnswered() reads these two: the column already says it.
        dateAnswered: answered ? 'y' : undefined,
        answerText: answered ? 'y' : undefined,
        isWithdrawn: false,
        answerIsCorrection: correction !== null,
        dateAnswerCorrected: correction && correction !== 'undated' ? correction : undefined,
      };
    }
  }

  /**
   * What changed after `seq`, each record once, as it is now, and the seq this reaches: read in
   * one transaction, so the records and the seq agree. At most `limit` changes are read.
   */
  changesSince(seq: number, limit = 50_000): { seq: number; changes: Change[] } {
    return this.db
      .transaction(() => {
        const rows = this.db.prepare('SELECT seq, record_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?').raw().all(seq, limit) as [number, string][];
        if (rows.length === 0) return { seq, changes: [] };
        const last = new Map<string, number>();
        for (const [s, id] of rows) last.set(id, s);
        const changes: Change[] = [];
        for (const [id, s] of last) changes.push({ seq: s, id, record: this.get(id) });
        changes.sort((a, b) => a.seq - b.seq);
        return { seq: rows[rows.length - 1]![0], changes };
      })
      .deferred();
  }

  /**
   * Add or merge records, in one transaction: the same question (house + dateTabled + uin, or
   * API id) becomes one record by the merge rules (full text beats clipped, substantive beats
   * holding, corrections replace). A record that merging leaves as it was is not written again.
   */
  upsert(items: Iterable<IncomingRecord>, at: Date = new Date()): UpsertResult {
    const res: UpsertResult = { added: [], updated: [], unchanged: 0 };
    const t = at.getTime();
    this.db
      .transaction(() => {
        for (const { record, source } of items) this.upsertOne(record, source, t, res);
      })
      .immediate();
    return res;
  }

  private upsertOne(incoming: QaRecord, source: IncomingRecord['source'], t: number, res: UpsertResult): void {
    const rows = this.stmts.find.all(incoming.id, recordKey(incoming) ?? null, incoming.apiId ?? null) as Row[];
    let merged = incoming;
    for (const row of rows) merged = mergeRecords(JSON.parse(row.json) as QaRecord, merged);
    const hash = recordHash(merged);
    if (rows.length === 1 && rows[0]!.id === merged.id && rows[0]!.hash === hash) {
      res.unchanged++;
      return;
    }
    // Rows that merging folded into another id (a record first known only by its API id, say).
    for (const row of rows) {
      if (row.id === merged.id) continue;
      this.stmts.del.run(row.id);
      this.stmts.change.get(row.id, 'delete', t);
      this.db.prepare('UPDATE provenance SET record_id = ? WHERE record_id = ?').run(merged.id, row.id);
    }
    const seq = this.stmts.change.get(merged.id, 'put', t) as number;
    const answered = !!(merged.dateAnswered && merged.answerText) && !merged.isWithdrawn;
    this.stmts.put.run({
      id: merged.id,
      rkey: recordKey(merged) ?? null,
      api_id: merged.apiId ?? null,
      seq,
      hash,
      answered: answered ? 1 : 0,
      correction: merged.answerIsCorrection ? (merged.dateAnswerCorrected ?? 'undated') : null,
      clipped: merged.questionTextClipped || merged.answerTextClipped ? 1 : 0,
      json: JSON.stringify(merged),
    });
    if (source) {
      this.stmts.provenance.run(merged.id, source.label, source.kind, t, source.raw ?? null);
      // A detail item is the whole of what a list item clipped: the list item's copy is then
      // dropped (its row stays, saying it was seen), which halves what a backfill stores.
      if (source.kind === 'wq-api-detail' && source.raw) this.stmts.dropListRaw.run(merged.id);
    }
    if (rows.some((r) => r.id === merged.id)) res.updated.push(merged.id);
    else res.added.push(merged.id);
  }

  /** Take records out of the archive (they stop being searchable at the index's next catch-up). */
  remove(ids: Iterable<string>, at: Date = new Date()): number {
    let n = 0;
    this.db
      .transaction(() => {
        for (const id of ids) {
          if (this.stmts.del.run(id).changes) {
            this.stmts.change.get(id, 'delete', at.getTime());
            n++;
          }
        }
      })
      .immediate();
    return n;
  }

  /** Ids of records whose text a source clipped (a backfill fetches their detail again). */
  clippedIds(limit = 1000, after = ''): string[] {
    return this.db.prepare('SELECT id FROM records WHERE clipped = 1 AND id > ? ORDER BY id LIMIT ?').pluck().all(after, limit) as string[];
  }

  /** The items a record was read from, oldest first. */
  provenance(id: string): { source: string; kind: string; at: number; raw: string | null }[] {
    return this.db.prepare('SELECT source, kind, at, raw FROM provenance WHERE record_id = ? ORDER BY at, source').all(id) as {
      source: string;
      kind: string;
      at: number;
      raw: string | null;
    }[];
  }

  /** A consistent copy in one file, safe while the bot and a backfill write. */
  async backup(file: string): Promise<void> {
    mkdirSync(path.dirname(file), { recursive: true });
    await this.db.backup(file);
    const copy = new Database(file);
    copy.pragma('journal_mode = DELETE');
    copy.close();
  }
}
