// Pull new and changed written questions from the Written Questions API into the archive store.
//
// One run:
//  1. Decide the window: --since/--until, or resume from the cursor in the state db (minus a
//     small overlap, so answers published late on the boundary day are not missed).
//  2. List the window page by page, three ways: answered in it, tabled in it (so "awaiting
//     answer" records exist), corrected in it. Items are collected by API id.
//  3. Compare each item with the archive's record (merge it in and hash the fields that
//     matter): unchanged items are dropped; new or changed items whose text the list clipped get
//     their detail item (full text, HTML answer), a few at a time.
//  4. Write the new and changed records to the archive store in one transaction, each with the
//     API item exactly as it came (provenance: the detail item where the list clipped the text,
//     else the list item; a detail whose fetch failed leaves the clipped record marked clipped).
//  5. Then, in the state db: advance the cursor, mark new answered records seen (so the next
//     digest includes them).
// Nothing is written before step 4, so a run that dies leaves the archive as it was; the next
// run starts from the old cursor. Running twice writes nothing the second time.
import { createHash } from 'node:crypto';
import { localIsoDate } from '../../schedule.ts';
import { QaRecord, type House } from '../../record.ts';
import { kvGet, kvSet, markAnsweredSeen, type Db } from '../../store/db.ts';
import type { ArchiveStore, UpsertResult } from '../../store/archive.ts';
import { releaseLock, takeLock, type LockPlace } from '../../store/lock.ts';
import { setImmediate as breathe } from 'node:timers/promises';
import { mergeRecords } from '../../store/merge.ts';
import { decodeEntities } from '../html.ts';
import { parseWqValue } from '../wqApi.ts';
import { ApiError, WqClient, type ClientOptions } from './client.ts';

export const LIST_PATH = '/api/writtenquestions/questions';

export interface IngestProgress {
  phase: 'list' | 'details' | 'write' | 'done';
  pages: number;
  listed: number;
  detailsFetched: number;
  detailsWanted: number;
  retries: number;
}

export interface IngestOptions {
  /** WQ_API_URL. */
  apiUrl: string;
  /** YYYY-MM-DD, inclusive. Default: the cursor minus `overlapDays`, or `firstRunDays` before today. */
  since?: string;
  /** YYYY-MM-DD, inclusive. Default: today in `timeZone`. */
  until?: string;
  house?: House;
  /** The archive the records are written to. */
  store: ArchiveStore;
  /** The state database: cursor, lock, record_seen. */
  db: Db;
  log?: (line: string) => void;
  progress?: (p: IngestProgress) => void;
  /** Detail fetches in flight at once. Default 4. */
  concurrency?: number;
  /** Page size. Default 100. */
  take?: number;
  /** Days re-read before the cursor. Default 1 (the cursor's own day and the day before). */
  overlapDays?: number;
  /** Window of the very first run without --since. Default 7 days. */
  firstRunDays?: number;
  /** Zone whose date is "today" (Parliament's dates are London dates). Default Europe/London. */
  timeZone?: string;
  now?: () => Date;
  /** Timeouts, retries, injectable sleep/fetch (tests). */
  client?: Omit<ClientOptions, 'baseUrl'>;
  /**
   * How new answered records are marked in record_seen: 'now' (they appear in the next digest)
   * or 'backlog' (marked as always known: a large backfill must not flood the digests). Default 'now'.
   */
  markSeenAs?: 'now' | 'backlog';
  /** Give up instead of waiting when another ingest holds the lock. */
  signal?: AbortSignal;
}

export interface IngestSummary {
  since: string;
  until: string;
  house?: House;
  /** List pages fetched (all three queries). */
  pages: number;
  /** Distinct questions listed. */
  listed: number;
  detailsFetched: number;
  new: number;
  updated: number;
  unchanged: number;
  /** Listed items that are not valid records (reported and skipped). */
  invalid: number;
  /** Records written to the archive store (new + updated after merging). */
  written: number;
  /** Ids of the records added or changed (for the index refresh and tests). */
  changedIds: string[];
  requests: number;
  retries: number;
  /** The cursor after the run. */
  cursor: string;
  ms: number;
}

export class IngestBusyError extends Error {
  constructor(holder: string) {
    super(`another ingest is running (${holder}); try again when it has finished`);
    this.name = 'IngestBusyError';
  }
}

type Obj = Record<string, unknown>;
type Item = { value: Obj; links?: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const DAY = 86_400_000;

export const cursorKey = (house?: House) => `ingest.wq.cursor${house ? `.${house.toLowerCase()}` : ''}`;
const LOCK_KEY = 'ingest.lock';
/** Records written per transaction, and items handled between two turns of the event loop: the bot's acknowledgements wait for no more than that. */
const WRITE_PAGE = 100;
const YIELD_EVERY = 50;
const LOCK_STALE_MS = 30 * 60_000;

/** The cursor: the last day (YYYY-MM-DD) a completed run covered, or undefined. */
export function readCursor(db: Db, house?: House): string | undefined {
  const raw = kvGet(db, cursorKey(house));
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as { until?: string };
    return typeof v.until === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.until) ? v.until : undefined;
  } catch {
    return undefined;
  }
}

/** The date (YYYY-MM-DD) of `t` in `zone`: schedule.ts's, the one way the project computes it. */
export const isoDateIn = (t: Date, zone: string): string => localIsoDate(t, zone);

export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

export function checkIsoDate(s: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`)) || new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) !== s) {
    throw new Error(`${what} must be a date like 2024-09-16, not "${s}"`);
  }
  return s;
}

/** The window a run covers, from options and the cursor. */
export function resolveWindow(opts: Pick<IngestOptions, 'since' | 'until' | 'house' | 'overlapDays' | 'firstRunDays' | 'timeZone' | 'now' | 'db'>): {
  since: string;
  until: string;
  from: 'option' | 'cursor' | 'first-run';
} {
  const today = isoDateIn((opts.now ?? (() => new Date()))(), opts.timeZone ?? 'Europe/London');
  const until = opts.until ? checkIsoDate(opts.until, '--until') : today;
  let since: string;
  let from: 'option' | 'cursor' | 'first-run';
  if (opts.since) {
    since = checkIsoDate(opts.since, '--since');
    from = 'option';
  } else {
    const cursor = readCursor(opts.db, opts.house);
    if (cursor) {
      since = addDays(cursor, -(opts.overlapDays ?? 1));
      from = 'cursor';
    } else {
      since = addDays(until, -(opts.firstRunDays ?? 7));
      from = 'first-run';
    }
  }
  if (since > until) throw new Error(`the window is empty: since ${since} is after until ${until}`);
  return { since, until, from };
}

/** The fields that make a record what it is (not where it was read from, nor the members' details). */
const HASHED: (keyof QaRecord)[] = [
  'id', 'uin', 'house', 'heading', 'questionText', 'questionTextClipped', 'answerText', 'answerTextClipped',
  'dateTabled', 'dateForAnswer', 'dateAnswered', 'answeringBodyId', 'answeringBody', 'askingMemberId', 'answeringMemberId',
  'answerIsHolding', 'answerIsCorrection', 'dateAnswerCorrected', 'dateHoldingAnswer', 'isWithdrawn', 'isNamedDay',
  'groupedQuestions', 'attachmentCount',
];

export function contentHash(r: QaRecord): string {
  const h = createHash('sha256');
  for (const k of HASHED) h.update(`${k}=${JSON.stringify(r[k] ?? null)}\n`);
  return h.digest('hex');
}

/** Would adding `incoming` change the archive's record `existing`? */
export function changes(existing: QaRecord | undefined, incoming: QaRecord): boolean {
  if (!existing) return true;
  return contentHash(mergeRecords(existing, incoming)) !== contentHash(existing);
}

/**
 * The list's clipped answer is consistent with the full answer we hold (compared on letters
 * and digits: the list runs paragraphs and table cells together). When it is not, the answer changed in a way the flags do not
 * show, and the detail is fetched to find out.
 */
function clippedPrefixMatches(existing: QaRecord, listValue: Obj): boolean {
  // Letters and digits only: the list runs paragraphs and table cells together, we separate them.
  const squash = (s: string) => decodeEntities(s).replace(/[^\p{L}\p{N}]+/gu, '');
  const a = typeof listValue.answerText === 'string' ? listValue.answerText.replace(/\.\.\.$/, '') : '';
  const q = typeof listValue.questionText === 'string' ? listValue.questionText : '';
  const okA = !a || (!!existing.answerText && squash(existing.answerText).startsWith(squash(a).slice(0, 200)));
  const okQ = !q || squash(existing.questionText).startsWith(squash(q).slice(0, 200));
  return okA && okQ;
}

/**
 * The list cut the text (255 characters), or ran an answer's paragraphs together ("Mission.Policing"):
 * the detail item has the whole text, the answer as HTML with its paragraphs.
 */
export function needsDetail(r: QaRecord, listValue: Obj): boolean {
  if (r.questionTextClipped || r.answerTextClipped) return true;
  return typeof listValue.answerText === 'string' && /[a-z0-9)][.?!:][A-Z]/.test(listValue.answerText);
}

/**
 * The record an API item becomes, parsed exactly as load.ts will parse the line it is written to
 * (parseWqValue: an item whose text looks cut is a list item), so what is compared here is what
 * the archive will hold.
 */
function toRecord(item: Item, file: string): { record?: QaRecord; reason?: string } {
  const p = parseWqValue(item, file, `API id ${String(item.value.id)}`);
  if (!p.ok) return { reason: p.reason };
  const res = QaRecord.safeParse(p.draft);
  if (!res.success) return { reason: res.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
  return { record: res.data };
}

const lockPlace = (db: Db): LockPlace => ({ db, table: 'kv', key: LOCK_KEY });

function acquireLock(db: Db): string {
  const got = takeLock(lockPlace(db), { staleMs: LOCK_STALE_MS, staleOnThisHost: true });
  if ('holder' in got) throw new IngestBusyError(got.holder);
  return got.token;
}

/** Run `fn` over `items` with at most `limit` in flight; the first failure stops new work and is thrown. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed !== undefined) throw failed;
}

export async function runIngest(opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => {});
  const { db } = opts;
  const take = opts.take ?? 100;
  const { since, until, from } = resolveWindow(opts);
  const { store } = opts;

  const token = acquireLock(db);
  try {
    const client = new WqClient({
      ...opts.client,
      baseUrl: opts.apiUrl,
      signal: opts.signal ?? opts.client?.signal,
      onRetry: (i) => {
        log(`ingest: ${i.reason} from ${i.url.replace(opts.apiUrl.replace(/\/+$/, ''), '')}; retry ${i.attempt} in ${(i.delayMs / 1000).toFixed(1)} s`);
        opts.client?.onRetry?.(i);
      },
    });
    const started = now();
    log(`ingest: ${opts.house ?? 'both Houses'}, ${since} … ${until}${from === 'cursor' ? ' (resuming from the cursor)' : from === 'first-run' ? ' (first run: no cursor yet)' : ''}`);

    const prog: IngestProgress = { phase: 'list', pages: 0, listed: 0, detailsFetched: 0, detailsWanted: 0, retries: 0 };
    const report = () => opts.progress?.({ ...prog, retries: client.retries });

    // 2. List the window.
    const items = new Map<number, Item>();
    const base = { expandMember: 'true', ...(opts.house ? { house: opts.house } : {}) };
    const queries: Record<string, string>[] = [
      { answeredWhenFrom: since, answeredWhenTo: until, ...base },
      { tabledWhenFrom: since, tabledWhenTo: until, includeWithdrawn: 'true', ...base },
      { correctedWhenFrom: since, correctedWhenTo: until, ...base },
    ];
    for (const q of queries) {
      let skip = 0;
      for (let guard = 0; guard < 100_000; guard++) {
        const qs = new URLSearchParams({ ...q, take: String(take), skip: String(skip) });
        const doc = await client.getJson(`${LIST_PATH}?${qs}`);
        if (!isObj(doc) || !Array.isArray(doc.results) || typeof doc.totalResults !== 'number') {
          throw new ApiError(`GET ${LIST_PATH}?${qs}: not a list response (expected {totalResults, results})`, `${opts.apiUrl}${LIST_PATH}?${qs}`);
        }
        prog.pages++;
        for (const it of doc.results) {
          if (isObj(it) && isObj(it.value) && typeof it.value.id === 'number' && !items.has(it.value.id)) {
            items.set(it.value.id, { value: it.value, links: it.links });
          }
        }
        prog.listed = items.size;
        report();
        skip += doc.results.length;
        if (doc.results.length === 0 || skip >= doc.totalResults) break;
      }
    }

    // 3. Compare with the archive; fetch details where the list clipped something we need.
    const existing = (r: QaRecord) => store.find(r);
    const fileLabel = `${opts.apiUrl} ${started.toISOString()}`;
    type Slot = { item: Item; record?: QaRecord; reason?: string; status?: 'new' | 'updated' | 'unchanged'; detail?: boolean };
    const slots: Slot[] = [];
    const wantDetail: Slot[] = [];
    let k = 0;
    for (const item of items.values()) {
      if (++k % YIELD_EVERY === 0) await breathe();
      const slot: Slot = { item, ...toRecord(item, fileLabel) };
      slots.push(slot);
      if (!slot.record) continue;
      const r = slot.record;
      const ex = existing(r);
      // Fetch the whole text when the list cut it and the archive lacks it: a new or changed
      // question, one the archive holds only clipped, or one whose answer differs from ours.
      if (needsDetail(r, item.value) && (!ex || changes(ex, r) || ex.questionTextClipped || ex.answerTextClipped || !clippedPrefixMatches(ex, item.value))) {
        wantDetail.push(slot);
      }
    }
    prog.phase = 'details';
    prog.detailsWanted = wantDetail.length;
    report();
    await pool(wantDetail, opts.concurrency ?? 4, async (slot) => {
      const id = slot.item.value.id as number;
      let doc: unknown;
      try {
        doc = await client.getJson(`${LIST_PATH}/${id}?expandMember=true`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) {
          log(`ingest: detail ${id} not found (404); keeping the list item`);
          return;
        }
        throw err;
      }
      if (!isObj(doc) || !isObj(doc.value) || doc.value.id !== id) {
        log(`ingest: detail ${id}: unexpected response; keeping the list item`);
        return;
      }
      const detailItem: Item = { value: doc.value, links: doc.links };
      const full = toRecord(detailItem, fileLabel);
      if (full.record) {
        slot.item = detailItem;
        slot.record = full.record;
        slot.detail = true;
      } else log(`ingest: detail ${id}: not a valid record (${full.reason}); keeping the list item`);
      prog.detailsFetched++;
      report();
    });

    let invalid = 0;
    for (const [i, s] of slots.entries()) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await breathe();
      if (!s.record) {
        invalid++;
        log(`ingest: API id ${String(s.item.value.id)} skipped: ${s.reason}`);
        continue;
      }
      const ex = existing(s.record);
      s.status = !ex ? 'new' : changes(ex, s.record) ? 'updated' : 'unchanged';
    }
    const changed = slots.filter((s) => s.status === 'new' || s.status === 'updated');

    // 4. The archive, with each item as the API returned it, a page of records per transaction:
    // the bot's thread answers Slack and Discord between them. A run that dies part-way leaves
    // whole records, which the next run finds unchanged.
    prog.phase = 'write';
    report();
    const written: UpsertResult = { added: [], updated: [], unchanged: 0 };
    for (let i = 0; i < changed.length; i += WRITE_PAGE) {
      const res = store.upsert(
        changed.slice(i, i + WRITE_PAGE).map((s) => ({
          record: s.record!,
          source: { label: `api ${s.detail ? 'detail' : 'list'} ${String(s.item.value.id)} ${started.toISOString()}`, kind: s.detail ? 'wq-api-detail' : 'wq-api-list', raw: JSON.stringify(s.item) },
        })),
        now(),
      );
      written.added.push(...res.added);
      written.updated.push(...res.updated);
      await breathe();
    }
    const writtenIds = [...new Set([...written.added, ...written.updated])];
    if (writtenIds.length) log(`ingest: wrote ${writtenIds.length} record(s) to the archive`);

    // 5. Cursor and first-seen, together, once the archive holds the records.
    const old = readCursor(db, opts.house);
    const cursor = !old || until > old ? until : old;
    const seenAt = opts.markSeenAs === 'backlog' ? new Date(0) : now();
    // Every listed record, not only those written now: a run that died after writing the
    // archive but before this left some unmarked, and they must still reach a digest.
    const listedNow: QaRecord[] = [];
    for (const [i, s] of slots.entries()) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await breathe();
      const r = s.record && store.find(s.record);
      if (r) listedNow.push(r);
    }
    db.transaction(() => {
      kvSet(db, cursorKey(opts.house), JSON.stringify({ until: cursor, at: now().toISOString(), written: writtenIds.length }), now());
      markAnsweredSeen(db, listedNow, seenAt);
    })();

    prog.phase = 'done';
    report();
    return {
      since,
      until,
      house: opts.house,
      pages: prog.pages,
      listed: items.size,
      detailsFetched: prog.detailsFetched,
      new: slots.filter((s) => s.status === 'new').length,
      updated: slots.filter((s) => s.status === 'updated').length,
      unchanged: slots.filter((s) => s.status === 'unchanged').length,
      invalid,
      written: writtenIds.length,
      changedIds: writtenIds,
      requests: client.requests,
      retries: client.retries,
      cursor,
      ms: Math.round(performance.now() - t0),
    };
  } finally {
    releaseLock(lockPlace(db), token);
  }
}
