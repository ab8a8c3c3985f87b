// `qa backfill`: the whole Written Questions archive, from nothing, in pieces that survive a kill.
//
// The lister walks the windows (windows.ts) one page at a time; each page's records go into the
// archive in one transaction together with the window's next skip and the details still wanted
// (ledger.ts), so the archive and the progress never disagree and a kill -9 loses at most the
// pages and details in flight. Detail workers fetch the whole text of what the list clipped, from
// the ledger, each written as it arrives; one that keeps failing stays in the ledger (its record
// in the archive, marked clipped) for the next run and blocks nothing. Every request, list or
// detail, retries included, waits for the rate limiter; a 429 pauses them all.
//
// Beside the bot: the archive is SQLite in WAL mode and every write is a short transaction that
// merges by the archive's rules, so the bot's hourly ingest and a backfill can both write. They
// share no cursor (the ingest's is in the state db; the backfill's windows are in the archive),
// and the backfill leaves the ingest's territory to the ingest where digests are concerned (see
// markBacklog). Only two backfills exclude each other (Ledger.lock).
import type { House, QaRecord } from '../../record.ts';
import { QaRecord as QaRecordSchema } from '../../record.ts';
import type { ArchiveStore, IncomingRecord } from '../../store/archive.ts';
import { markAnsweredSeen, type Db } from '../../store/db.ts';
import { fromValue } from '../wqApi.ts';
import { ApiError, BodyTooLargeError, realSleep, WqClient, type ClientOptions } from '../poll/client.ts';
import { addDays, changes, checkIsoDate, isoDateIn, LIST_PATH, needsDetail, readCursor } from '../poll/ingest.ts';
import { Ledger, type WindowRow } from './ledger.ts';
import { PageChecker } from './paging.ts';
import { RateLimiter } from './rate.ts';
import { daysIn, halve, monthPeriods } from './windows.ts';

/** The Written Questions API's first day. */
export const API_START = '2014-05-01';

export interface BackfillOptions {
  apiUrl: string;
  store: ArchiveStore;
  /** The state database: record_seen (backlog marking) and the ingest's cursor. */
  db: Db;
  since?: string;
  until?: string;
  house?: House;
  /** Requests per second, retries included. Default 5. */
  rate?: number;
  /** Requests in flight at once (one lists, the rest fetch details). Default 4. */
  concurrency?: number;
  /** Page size. Default 100. */
  take?: number;
  /** A window holding more questions than this is halved (down to one day). Default 2,500. */
  maxWindow?: number;
  /** totalResults above this is not believed, and paging stops past it. Default 50,000. */
  hardCap?: number;
  /** A response body over this is an error. Default 16 MB. */
  maxBodyBytes?: number;
  /** Requests failing in a row (after their retries) before the API counts as down. Default 3. */
  downAfter?: number;
  /** Details waiting before listing pauses for them (bounded memory and ledger). Default 1,000. */
  highWater?: number;
  log?: (line: string) => void;
  progress?: (p: BackfillProgress) => void;
  now?: () => Date;
  /** Monotonic milliseconds for the rate limiter. */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Timeouts, attempts, fetch (tests). */
  client?: Partial<Omit<ClientOptions, 'baseUrl'>>;
  /** Stop after the page in hand (Ctrl-C). */
  stop?: AbortSignal;
  /** Stop now, dropping what is in flight (a second Ctrl-C). */
  abort?: AbortSignal;
  timeZone?: string;
}

export interface BackfillProgress {
  windowsTotal: number;
  windowsDone: number;
  window?: string;
  pages: number;
  listed: number;
  /** Records new to the archive. */
  added: number;
  /** Records written (new ones, and existing ones changed: clipped texts made whole among them). */
  written: number;
  detailsFetched: number;
  detailsFailed: number;
  /** Details waiting (this run has not tried them yet). */
  detailsQueued: number;
  requests: number;
  retries: number;
}

export interface WindowProblem {
  since: string;
  until: string;
  problem: string;
}

export interface BackfillSummary extends BackfillProgress {
  since: string;
  until: string;
  house?: House;
  /** complete: every window listed and every detail in; incomplete: problems or details left; stopped: Ctrl-C; down: the API stopped answering. */
  outcome: 'complete' | 'incomplete' | 'stopped' | 'down';
  /** Why the run stopped early (down), or undefined. */
  reason?: string;
  invalid: number;
  updated: number;
  /** Windows whose paging did not add up, or whose list request failed (listed again next run). */
  problems: WindowProblem[];
  /** Details still wanted after this run (failed ones among them). */
  detailsLeft: number;
  ms: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Resolves everyone waiting when something changes (work queued, a detail done, a stop). */
class Wakeup {
  private waiters: (() => void)[] = [];
  wait(): Promise<void> {
    return new Promise((r) => this.waiters.push(r));
  }
  notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/**
 * An API item → record. Which endpoint it came from is known, not guessed from its length (a
 * whole question can be exactly 255 characters, as long as a clipped one).
 */
function toRecord(kind: 'wq-api-list' | 'wq-api-detail', item: { value: Obj; links?: unknown }, file: string): { record?: QaRecord; reason?: string } {
  const p = fromValue(item.value, { kind, file, where: `API id ${String(item.value.id)}` });
  if (!p.ok) return { reason: p.reason };
  const res = QaRecordSchema.safeParse(p.draft);
  if (!res.success) return { reason: res.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
  return { record: res.data };
}

/** The list cut the text and the archive does not already hold it whole (nor a different answer). */
export function wantsDetail(existing: QaRecord | undefined, listed: QaRecord, value: Obj): boolean {
  if (!needsDetail(listed, value)) return false;
  if (!existing || existing.questionTextClipped || existing.answerTextClipped) return true;
  return changes(existing, listed);
}

export async function runBackfill(opts: BackfillOptions): Promise<BackfillSummary> {
  const t0 = performance.now();
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => {});
  const { store, db } = opts;
  const zone = opts.timeZone ?? 'Europe/London';
  const today = isoDateIn(now(), zone);
  const since = checkIsoDate(opts.since ?? API_START, '--since');
  const until = checkIsoDate(opts.until ?? today, '--until');
  if (since > until) throw new Error(`the window is empty: since ${since} is after until ${until}`);
  const take = opts.take ?? 100;
  const maxWindow = opts.maxWindow ?? 2500;
  const hardCap = opts.hardCap ?? 50_000;
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const downAfter = opts.downAfter ?? 3;
  const highWater = opts.highWater ?? 1000;
  const houseKey = opts.house ?? '';

  const ledger = new Ledger(store.db, now);
  ledger.lock();
  try {
    ledger.plan(houseKey, monthPeriods(since, until));
    const queue = ledger.pending(houseKey, since, until);
    const p: BackfillProgress = {
      windowsTotal: ledger.all(houseKey, since, until).length,
      windowsDone: 0,
      pages: 0,
      listed: 0,
      added: 0,
      written: 0,
      detailsFetched: 0,
      detailsFailed: 0,
      detailsQueued: ledger.detailCounts().untried,
      requests: 0,
      retries: 0,
    };
    p.windowsDone = p.windowsTotal - queue.length;
    let invalid = 0;
    let updated = 0;
    const problems: WindowProblem[] = [];

    let stopping = false;
    let down: string | undefined;
    // Two ways round: the lister tells detail workers of new work; workers tell the lister of
    // work done (it may be waiting for the queue to shrink). One shared signal would let idle
    // workers wake each other for ever.
    const work = new Wakeup();
    const drained = new Wakeup();
    const wakeAll = () => {
      work.notify();
      drained.notify();
    };
    const onStop = () => {
      if (!stopping) log('backfill: stopping after the requests in hand …');
      stopping = true;
      wakeAll();
    };
    if (opts.stop?.aborted) stopping = true;
    opts.stop?.addEventListener('abort', onStop, { once: true });

    // (A second Ctrl-C cuts a wait for a slot short, as it does a retry's.)
    const limiter = new RateLimiter({ perSecond: opts.rate ?? 5, clock: opts.clock, sleep: opts.sleep ?? ((ms) => realSleep(ms, opts.abort)) });
    const client = new WqClient({
      ...opts.client,
      baseUrl: opts.apiUrl,
      sleep: opts.client?.sleep ?? opts.sleep,
      signal: opts.abort,
      maxBodyBytes: opts.maxBodyBytes ?? 16 * 1024 * 1024,
      userAgent: 'archive-qa backfill (+https://github.com/)',
      beforeRequest: () => limiter.take(),
      onRetry: (i) => {
        if (/HTTP 429/.test(i.reason)) limiter.pause(i.delayMs);
        log(`backfill: ${i.reason} from ${i.url.replace(opts.apiUrl.replace(/\/+$/, ''), '')}; retry ${i.attempt} in ${(i.delayMs / 1000).toFixed(1)} s`);
      },
    });
    const report = () => {
      p.requests = client.requests;
      p.retries = client.retries;
      opts.progress?.({ ...p });
    };

    // The API is down when several requests in a row failed after all their retries.
    let failuresInARow = 0;
    const succeeded = () => void (failuresInARow = 0);
    const failed = (err: unknown) => {
      const outage = err instanceof ApiError && !(err instanceof BodyTooLargeError) && (err.status === undefined || RETRY_STATUS.has(err.status));
      if (!outage) return;
      if (++failuresInARow >= downAfter && !down) {
        down = (err as Error).message;
        log(`backfill: ${failuresInARow} requests in a row failed after their retries; the API looks down. Stopping.`);
        stopping = true;
        wakeAll();
      }
    };
    const aborted = () => opts.abort?.aborted === true;

    // Records the backfill brings are backlog: marked seen at the epoch, so no digest announces
    // them. But an answer (or correction) dated where the hourly ingest looks (its cursor less
    // its day of overlap) is left to the ingest, which marks it as news; otherwise whichever ran
    // first would decide whether today's answers reach the digest.
    const markBacklog = (records: QaRecord[]) => {
      const cursors = [readCursor(db), opts.house ? readCursor(db, opts.house) : undefined].filter((c): c is string => !!c).sort();
      const before = cursors[0] ? addDays(cursors[0], -1) : undefined;
      const old = before ? records.filter((r) => (r.dateAnswerCorrected ?? r.dateAnswered ?? '') < before) : records;
      if (old.length) markAnsweredSeen(db, old, new Date(0));
    };

    const started = now().toISOString();
    const label = (kind: 'list' | 'detail', id: unknown) => `api ${kind} ${String(id)} backfill ${started}`;

    // ---- details ----------------------------------------------------------------------------
    let listing = true;
    const busy = new Set<number>();
    let batch: { apiId: number; recordId: string }[] = [];
    const nextDetail = () => {
      if (batch.length === 0) batch = ledger.nextDetails(64, busy);
      return batch.shift();
    };
    const fetchDetail = async (apiId: number): Promise<void> => {
      let doc: unknown;
      try {
        doc = await client.getJson(`${LIST_PATH}/${apiId}?expandMember=true`);
      } catch (err) {
        if (aborted()) throw err;
        const msg = err instanceof Error ? err.message : String(err);
        ledger.failed(apiId, msg);
        p.detailsFailed++;
        log(`backfill: detail ${apiId} failed (${msg}); the record stays clipped and the next run tries again`);
        failed(err);
        return;
      }
      succeeded();
      const value = isObj(doc) && isObj(doc.value) && doc.value.id === apiId ? doc.value : undefined;
      const parsed = value ? toRecord('wq-api-detail', { value, links: (doc as Obj).links }, `${opts.apiUrl} backfill ${started}`) : { reason: 'not a detail item for this id' };
      if (!parsed.record) {
        ledger.failed(apiId, `unusable detail: ${parsed.reason}`);
        p.detailsFailed++;
        log(`backfill: detail ${apiId} unusable (${parsed.reason}); the record stays clipped`);
        return;
      }
      markBacklog([parsed.record]);
      store.db
        .transaction(() => {
          const r = store.upsert([{ record: parsed.record!, source: { label: label('detail', apiId), kind: 'wq-api-detail', raw: JSON.stringify({ value, links: (doc as Obj).links }) } }], now());
          updated += r.updated.length;
          p.added += r.added.length;
          p.written += r.added.length + r.updated.length;
          ledger.got(apiId);
          ledger.heartbeat();
        })
        .immediate();
      p.detailsFetched++;
    };
    const detailWorker = async (): Promise<void> => {
      while (!stopping) {
        const next = nextDetail();
        if (!next) {
          // Nothing untried is left but what is in flight: the count says so too (no one waits on a stale count).
          p.detailsQueued = busy.size;
          drained.notify();
          if (!listing) return;
          await work.wait();
          continue;
        }
        busy.add(next.apiId);
        try {
          await fetchDetail(next.apiId);
        } finally {
          busy.delete(next.apiId);
          p.detailsQueued = Math.max(0, p.detailsQueued - 1);
          report();
          drained.notify();
        }
      }
    };

    // ---- windows ----------------------------------------------------------------------------
    const listWindow = async (w: WindowRow): Promise<'done' | 'problem' | 'split' | 'stopped'> => {
      if (w.status === 'problem' || w.status === 'done') {
        ledger.restart(w);
        w = ledger.get(w)!;
      }
      const checker = new PageChecker(w, { take, hardCap });
      let skip = w.nextSkip;
      let listed = w.listed;
      const base: Record<string, string> = {
        tabledWhenFrom: w.since,
        tabledWhenTo: w.until,
        includeWithdrawn: 'true',
        expandMember: 'true',
        ...(opts.house ? { house: opts.house } : {}),
      };
      const problem = (message: string) => {
        ledger.problem(w, message);
        problems.push({ since: w.since, until: w.until, problem: message });
        log(`backfill: ${w.since} … ${w.until}: ${message}. Not marked done; the next run lists it again.`);
        return 'problem' as const;
      };
      for (;;) {
        if (stopping) return 'stopped';
        // Details first when too many wait: the ledger, and the work a kill would leave, stay small.
        while (p.detailsQueued > highWater && !stopping) await drained.wait();
        if (stopping) return 'stopped';
        const qs = new URLSearchParams({ ...base, take: String(take), skip: String(skip) });
        let doc: unknown;
        try {
          doc = await client.getJson(`${LIST_PATH}?${qs}`);
        } catch (err) {
          if (aborted()) throw err;
          const msg = err instanceof Error ? err.message : String(err);
          failed(err);
          if (err instanceof BodyTooLargeError) return problem(`the page at skip ${skip} is over ${err.limit} bytes`);
          // The window keeps its place: the next run resumes at this page.
          problems.push({ since: w.since, until: w.until, problem: `the page at skip ${skip} failed: ${msg}` });
          log(`backfill: ${w.since} … ${w.until}: the page at skip ${skip} failed (${msg}); the next run resumes there`);
          return 'problem';
        }
        succeeded();
        if (!isObj(doc) || !Array.isArray(doc.results) || typeof doc.totalResults !== 'number') return problem(`the page at skip ${skip} is not a list response ({totalResults, results})`);
        const total = doc.totalResults;
        if (skip === 0 && total > maxWindow && daysIn(w) > 1) {
          const halves = halve(w);
          ledger.split(w, halves);
          log(`backfill: ${w.since} … ${w.until} holds ${total} questions; listing it in halves`);
          queue.unshift(...halves.map((h) => ledger.get({ house: w.house, ...h })!).filter((h) => h.status !== 'done'));
          p.windowsTotal += 1;
          return 'split';
        }
        const results = doc.results as unknown[];
        const items: { value: Obj; links?: unknown }[] = [];
        let bad = 0;
        let noId = 0;
        for (const it of results) {
          if (isObj(it) && isObj(it.value) && typeof it.value.id === 'number') items.push({ value: it.value, links: it.links });
          else {
            bad++;
            noId++;
            log(`backfill: ${w.since} … ${w.until} skip ${skip}: an item without a value or id skipped`);
          }
        }
        const verdict = checker.page(
          skip,
          total,
          items.map((i) => ({ id: i.value.id as number, dateTabled: typeof i.value.dateTabled === 'string' ? i.value.dateTabled.slice(0, 10) : undefined })),
        );
        const incoming: IncomingRecord[] = [];
        const wants: { apiId: number; recordId: string }[] = [];
        for (const item of items) {
          const { record, reason } = toRecord('wq-api-list', item, `${opts.apiUrl} backfill ${started}`);
          if (!record) {
            bad++;
            log(`backfill: API id ${String(item.value.id)} skipped: ${reason}`);
            continue;
          }
          if (wantsDetail(store.find(record), record, item.value)) wants.push({ apiId: item.value.id as number, recordId: record.id });
          incoming.push({ record, source: { label: label('list', item.value.id), kind: 'wq-api-list', raw: JSON.stringify(item) } });
        }
        markBacklog(incoming.map((i) => i.record));
        let queued = 0;
        store.db
          .transaction(() => {
            const r = store.upsert(incoming, now());
            p.added += r.added.length;
            updated += r.updated.length;
            p.written += r.added.length + r.updated.length;
            queued = ledger.want(wants);
            ledger.pageListed(w, skip + results.length, total, verdict.fresh + noId, bad);
            ledger.heartbeat();
          })
          .immediate();
        listed += verdict.fresh + noId;
        invalid += bad;
        p.pages++;
        p.listed += verdict.fresh + noId;
        p.detailsQueued += queued;
        report();
        if (queued) work.notify();
        if (verdict.problem) return problem(verdict.problem);
        skip += results.length;
        // The end: an empty page, or a short one at totalResults. A full page at totalResults is
        // followed by one more request, which must come back empty (else totalResults understates).
        if (results.length === 0 || (skip >= total && results.length < take)) break;
      }
      const mismatch = checker.end(listed);
      if (mismatch) return problem(mismatch);
      ledger.finish(w, today);
      return 'done';
    };

    const lister = async (): Promise<void> => {
      try {
        while (queue.length && !stopping) {
          const w = queue.shift()!;
          p.window = `${w.since} … ${w.until}`;
          const r = await listWindow(w);
          if (r === 'done') p.windowsDone++;
          report();
        }
      } finally {
        listing = false;
        work.notify();
      }
    };

    log(`backfill: ${opts.house ?? 'both Houses'}, tabled ${since} … ${until}: ${queue.length} of ${p.windowsTotal} window(s) to list, ${p.detailsQueued} detail(s) waiting from earlier runs`);
    report();
    const results = await Promise.allSettled([lister(), ...Array.from({ length: Math.max(1, concurrency - 1) }, detailWorker)]);
    const err = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (err) throw err.reason;

    const left = ledger.detailCounts().wanted;
    report();
    const outcome = down ? 'down' : stopping ? 'stopped' : problems.length || left || queue.length ? 'incomplete' : 'complete';
    return { ...p, since, until, house: opts.house, outcome, reason: down, invalid, updated, problems, detailsLeft: left, ms: Math.round(performance.now() - t0) };
  } finally {
    ledger.unlock();
  }
}
