// Telling channels that a watched question moved on, exactly once, as soon as the archive holds it.
//
// Each check:
//  1. Reads the archive's change log after the watch cursor (kv `watch.seq`): what arrived since
//     the last check, in the archive's own order of arrival, whatever the wall clock says. For each
//     changed record, the watches on it (same House, UIN and day tabled; a watch on a UIN alone is
//     resolved by the first such question tabled near the time it was made) and the watches on the
//     other questions of its group. A step forward (nextEvent) becomes a notice, stored `pending`
//     WITH its content, in the same transaction as the watch's new state and the cursor: a crash
//     either tells it later or has not yet seen it.
//  2. Sends what is unsent, oldest first, as digests are sent (src/digest/once.ts postOnce): the
//     attempt is counted before the platform is called, `sent` written after; a notice whose
//     earlier attempt may have reached the platform is first looked for there
//     (sender.alreadySent), and so is one whose post failed (the platform may have stored it). A
//     failed notice is tried again after `retryAfterMs`, and holds back its channel's newer notices.
import { createHash } from 'node:crypto';
import { setImmediate as breathe } from 'node:timers/promises';
import type { QaRecord } from '../record.ts';
import type { ChannelRef } from '../ports.ts';
import type { MessageReply } from '../bot/reply.ts';
import type { DigestSender } from '../digest/sender.ts';
import { postOnce } from '../digest/once.ts';
import type { Change } from '../store/archive.ts';
import { kvGet, kvSet, type Db } from '../store/db.ts';
import { releaseLock, takeLock, type LockPlace } from '../store/lock.ts';
import { watchNotice } from './notice.ts';
import { nextEvent, type WatchEvent } from './state.ts';
import { awaitedBy, findQuestion, sameGroup, type Questions, type WatchRow } from './store.ts';

export const WATCH_CURSOR = 'watch.seq';
const lockPlace = (db: Db): LockPlace => ({ db, table: 'kv', key: 'watch.lock' });
const PAGE = 1000;

export interface WatchArchive extends Questions {
  readonly seq: number;
  changesSince(seq: number, limit?: number): { seq: number; changes: Change[] };
}

export interface WatchCheckOptions {
  db: Db;
  archive: WatchArchive;
  senders: DigestSender[];
  log?: (line: string) => void;
  /** For the rows' bookkeeping and the retry delay only: what is new is decided by the change log. */
  clock?: () => Date;
  /** A notice whose send failed is tried again after this long. Default 5 min. */
  retryAfterMs?: number;
}

export interface WatchCheckResult {
  /** False when another process held the watch lock. */
  ran: boolean;
  /** Notices composed by this check. */
  found: number;
  sent: number;
  failed: number;
}

interface NoticeRow {
  id: string;
  watch_id: number;
  platform: ChannelRef['platform'];
  channel_id: string;
  event: WatchEvent;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  payload: string;
  updated_at: number;
}

/** Deterministic per watch + event (+ which correction); 25 characters, as digest ids (a Discord nonce). */
export function noticeIdFor(watchId: number, event: WatchEvent, corrected?: string): string {
  return `wn${createHash('sha256').update(`${watchId}\n${event}\n${corrected ?? ''}`).digest('hex').slice(0, 23)}`;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 2000);

export function watchCursor(db: Db): number | undefined {
  const v = kvGet(db, WATCH_CURSOR);
  return v === undefined ? undefined : Number(v);
}

/** Find what is news for the watches and send every notice owed. Never throws for one failed send. */
export async function checkWatches(o: WatchCheckOptions): Promise<WatchCheckResult> {
  const got = takeLock(lockPlace(o.db), { staleMs: 15 * 60_000, staleOnThisHost: true });
  if (!('token' in got)) return { ran: false, found: 0, sent: 0, failed: 0 };
  try {
    const found = await detect(o);
    const { sent, failed } = await deliver(o);
    return { ran: true, found, sent, failed };
  } finally {
    releaseLock(lockPlace(o.db), got.token);
  }
}

async function detect(o: WatchCheckOptions): Promise<number> {
  const { db, archive } = o;
  const now = () => (o.clock ?? (() => new Date()))().getTime();
  let cursor = watchCursor(db);
  // The first check starts at the archive as it is: a watch made earlier recorded where its question stood.
  if (cursor === undefined || !db.prepare('SELECT 1 FROM watches LIMIT 1').get()) {
    kvSet(db, WATCH_CURSOR, String(archive.seq));
    return 0;
  }
  let found = 0;
  const byQuestion = db.prepare('SELECT * FROM watches WHERE house = ? AND uin = ?');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO watch_notices (id, watch_id, platform, channel_id, event, status, attempts, payload, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
  );
  const update = db.prepare('UPDATE watches SET state = ?, corrected = ?, updated_at = ? WHERE id = ?');

  const tell = (row: WatchRow, r: QaRecord, grouped: boolean) => {
    const next = nextEvent({ state: row.state, corrected: row.corrected ?? undefined }, r, grouped);
    if (!next) return;
    const own = grouped ? findQuestion(archive, { house: row.house, uin: row.uin, dateTabled: row.date_tabled! }) : r;
    const notice = watchNotice(next.event, { uin: row.uin, dateTabled: row.date_tabled ?? undefined }, own, r);
    const t = now();
    if (insert.run(noticeIdFor(row.id, next.event, next.told.corrected), row.id, row.platform, row.channel_id, next.event, JSON.stringify(notice), t, t).changes) found++;
    update.run(next.told.state, next.told.corrected ?? null, t, row.id);
  };

  const consider = (r: QaRecord) => {
    if (!r.uin || !r.dateTabled) return;
    for (const row of byQuestion.all(r.house, r.uin.toUpperCase()) as WatchRow[]) {
      if (row.date_tabled === null) {
        if (!awaitedBy(row, r)) continue;
        // The question a UIN-only watch waited for has arrived: the watch names it from now on
        // (or goes, when the channel also watches it by its link).
        const twin = db.prepare('SELECT id FROM watches WHERE platform = ? AND channel_id = ? AND house = ? AND uin = ? AND date_tabled = ?').get(row.platform, row.channel_id, row.house, row.uin, r.dateTabled);
        if (twin) {
          db.prepare('DELETE FROM watches WHERE id = ?').run(row.id);
          continue;
        }
        db.prepare('UPDATE watches SET date_tabled = ? WHERE id = ?').run(r.dateTabled, row.id);
        row.date_tabled = r.dateTabled;
      }
      if (row.date_tabled === r.dateTabled) tell(row, r, false);
    }
    // Grouped questions are answered together: the answer to one is the answer to the others.
    if (!r.answerText || r.isWithdrawn) return;
    for (const uin of r.groupedQuestions) {
      for (const row of byQuestion.all(r.house, uin.toUpperCase()) as WatchRow[]) {
        if (row.date_tabled === null || !sameGroup(row.date_tabled, r)) continue;
        const own = findQuestion(archive, { house: row.house, uin: row.uin, dateTabled: row.date_tabled });
        if (own?.answerText) continue; // it has its own answer: that one is told
        tell(row, r, true);
      }
    }
  };

  for (;;) {
    const page = archive.changesSince(cursor, PAGE);
    if (page.changes.length === 0) break;
    db.transaction(() => {
      for (const c of page.changes) if (c.record) consider(c.record);
      kvSet(db, WATCH_CURSOR, String(page.seq));
    }).immediate();
    cursor = page.seq;
    await breathe();
  }
  return found;
}

async function deliver(o: WatchCheckOptions): Promise<{ sent: number; failed: number }> {
  const { db } = o;
  const now = () => (o.clock ?? (() => new Date()))().getTime();
  const retryAfter = o.retryAfterMs ?? 5 * 60_000;
  const rows = db.prepare("SELECT * FROM watch_notices WHERE status <> 'sent' ORDER BY created_at, id").all() as NoticeRow[];
  const blocked = new Set<string>();
  let sent = 0;
  let failed = 0;
  const markSent = (id: string) => {
    const t = now();
    db.prepare("UPDATE watch_notices SET status = 'sent', sent_at = ?, updated_at = ?, error = NULL WHERE id = ?").run(t, t, id);
  };
  const fail = (row: NoticeRow, err: unknown) => {
    db.prepare("UPDATE watch_notices SET status = 'failed', error = ?, updated_at = ? WHERE id = ?").run(errorText(err), now(), row.id);
    o.log?.(`watch: ${row.platform}:${row.channel_id}: notice ${row.id} not sent (will retry): ${errorText(err)}`);
    failed++;
  };
  for (const row of rows) {
    const key = `${row.platform}:${row.channel_id}`;
    if (blocked.has(key)) continue;
    const sender = o.senders.find((s) => s.platform === row.platform);
    // Left for a process that posts to this platform; and newer notices wait behind an owed one.
    if (!sender?.sendNotice || (row.status === 'failed' && now() - row.updated_at < retryAfter)) {
      blocked.add(key);
      continue;
    }
    const channel: ChannelRef = { platform: row.platform, channelId: row.channel_id };
    const sendNotice = sender.sendNotice.bind(sender);
    const alreadySent = sender.alreadySent?.bind(sender);
    // The digests' order of operations (postOnce): confirm an earlier attempt before posting
    // again, count the attempt before the platform is called, confirm a post that failed.
    const outcome = await postOnce({
      attempts: row.attempts,
      countAttempt: () => db.prepare("UPDATE watch_notices SET status = 'pending', attempts = attempts + 1, updated_at = ? WHERE id = ?").run(now(), row.id),
      post: () => sendNotice(channel, JSON.parse(row.payload) as MessageReply, row.id),
      ...(alreadySent ? { alreadySent: () => alreadySent(channel, row.id) } : {}),
    });
    if (outcome.status === 'failed') {
      fail(row, outcome.error);
      blocked.add(key);
      continue;
    }
    markSent(row.id);
    if (outcome.status === 'already-sent') o.log?.(`watch: ${key}: notice ${row.id} had already been delivered; recorded`);
    else sent++;
  }
  return { sent, failed };
}

export interface Watcher {
  /** Check now (after an ingest); checks never overlap. */
  check(): Promise<void>;
  stop(): void;
  /** Resolves when the check in progress (if any) is done. */
  idle(): Promise<void>;
}

/**
 * Checks now, when asked (after each ingest), and every `pollMs` when the archive has changed
 * (another process's import or backfill) or a notice is owed.
 */
export function startWatcher(o: WatchCheckOptions & { pollMs?: number }): Watcher {
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;
  const check = () => {
    chain = chain.then(async () => {
      if (stopped) return;
      try {
        const res = await checkWatches(o);
        if (res.found || res.sent || res.failed) o.log?.(`watch: ${res.found} new, ${res.sent} sent${res.failed ? `, ${res.failed} failed` : ''}`);
      } catch (err) {
        o.log?.(`watch: check failed: ${errorText(err)}`);
      }
    });
    return chain;
  };
  const timer = setInterval(() => {
    const owed = o.db.prepare("SELECT 1 FROM watch_notices WHERE status <> 'sent' LIMIT 1").get();
    if (owed || watchCursor(o.db) !== o.archive.seq) void check();
  }, o.pollMs ?? 60_000);
  timer.unref();
  return {
    check,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
    idle: () => chain,
  };
}
