// Delivering digests exactly once.
//
// Per channel, every run:
//  1. An unsent delivery (pending after a crash, or failed) is finished first, with the payload
//     stored when it was composed, so a retry sends the same content under the same deliveryId.
//     Nothing newer is composed until it is sent: windows stay contiguous and none is skipped.
//  2. If a scheduled instant has passed since the channel's last digest, one window is composed:
//     what arrived after the last digest's arrival seq up to the latest (db.ts arrivals). When it
//     is due is the clock's business; what is in it is not, so a clock set wrong delays a digest
//     at worst and loses nothing. After downtime of several days this one window is the catch-up.
//  3. The delivery is stored `pending` WITH its payload before the platform is called; postOnce
//     (once.ts) counts the attempt before sending, confirms a send that failed (the platform may
//     have stored it) and, after a crash, asks sender.alreadySent (Slack: message metadata;
//     Discord: nonce, then a marker line) before sending again; `sent` + the channel's progress
//     are written in one transaction afterwards.
// A lock row in kv keeps two processes (the bot's scheduler and `qa digest --now`) from working
// at once; a lock left by a dead process is taken over.
import { realTimer, startInstantLoop, type Timer } from '../timing.ts';
import { createHash } from 'node:crypto';
import type { ChannelRef, Follow } from '../ports.ts';
import type { DigestReply } from '../bot/reply.ts';
import type { Searcher } from '../search/types.ts';
import { arrivalSeq, kvGet, type Db } from '../store/db.ts';
import { SqliteFollowStore } from '../store/follows.ts';
import { refreshLock, releaseLock, takeLock, type LockPlace } from '../store/lock.ts';
import { composeDigest, emptyDigest, sweepOverdue } from './compose.ts';
import { latestScheduledAtOrBefore, nextScheduledAfter, type DigestConfig } from '../schedule.ts';
import type { DigestSender } from './sender.ts';
import { postOnce } from './once.ts';
import { readDigestPayload } from './payload.ts';

export interface RunOptions {
  db: Db;
  searcher: Searcher;
  senders: DigestSender[];
  now: Date;
  config: DigestConfig;
  /** Only this channel: a channel id, or `platform:id`. */
  channel?: string;
  /** Compose and return digests; send nothing, write nothing. */
  dryRun?: boolean;
  /** End the window at `now` instead of the latest scheduled instant (qa digest --now). */
  force?: boolean;
  log?: (line: string) => void;
}

export type OutcomeStatus =
  | 'sent' // delivered now
  | 'already-sent' // a crashed attempt had reached the platform: recorded, not resent
  | 'failed' // sender threw: kept, retried next run
  | 'nothing-new' // window closed with nothing to say (DIGEST_EMPTY=skip)
  | 'not-due'
  | 'no-sender' // no sender registered for this platform in this process: left for one that has
  | 'dry-run';

export interface ChannelOutcome {
  channel: ChannelRef;
  status: OutcomeStatus;
  deliveryId?: string;
  digest?: DigestReply;
  /** True when this was a stored (previously pending/failed) delivery being retried. */
  retry?: boolean;
  error?: string;
}

export interface RunResult {
  /** False when another process held the digest lock (nothing was done). */
  ran: boolean;
  outcomes: ChannelOutcome[];
  sent: number;
  failed: number;
}

interface DeliveryRow {
  id: string;
  platform: ChannelRef['platform'];
  channel_id: string;
  window_from: number;
  window_to: number;
  seq_from: number;
  seq_to: number;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  payload: string;
  error: string | null;
}

/**
 * Deterministic per channel + window (arrivals, and the scheduled end, which tells apart two
 * empty digests); 25 characters, the most a Discord nonce may have.
 */
export function deliveryIdFor(channel: ChannelRef, seqFrom: number, seqTo: number, to: number): string {
  const h = createHash('sha256').update(`${channel.platform}\n${channel.channelId}\n${seqFrom}\n${seqTo}\n${to}`).digest('hex');
  return `dg${h.slice(0, 23)}`;
}

interface LastDigest {
  /** When it was (the clock's word: decides when the next is due). */
  at: number;
  /** The last arrival it covered (decides what the next holds). */
  seq: number;
}

function lastDigest(db: Db, channel: ChannelRef): LastDigest | undefined {
  return db
    .prepare('SELECT last_digest_at AS at, last_seq AS seq FROM channel_digest WHERE platform = ? AND channel_id = ?')
    .get(channel.platform, channel.channelId) as LastDigest | undefined;
}

export function lastDigestAt(db: Db, channel: ChannelRef): number | undefined {
  return lastDigest(db, channel)?.at;
}

function advance(db: Db, channel: ChannelRef, to: number, seqTo: number): void {
  // The time is the latest written (a clock that was ahead is corrected by the next digest);
  // the arrival seq only grows.
  db.prepare(
    `INSERT INTO channel_digest (platform, channel_id, last_digest_at, last_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, channel_id) DO UPDATE SET last_digest_at = excluded.last_digest_at, last_seq = max(last_seq, excluded.last_seq)`,
  ).run(channel.platform, channel.channelId, to, seqTo);
}

function unsentDeliveries(db: Db, channel: ChannelRef): DeliveryRow[] {
  return db
    .prepare(`SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? AND status <> 'sent' ORDER BY window_to`)
    .all(channel.platform, channel.channelId) as DeliveryRow[];
}

/** Every delivery of a channel, oldest first (for operators and tests). */
export function listDeliveries(db: Db, channel?: ChannelRef): (Omit<DeliveryRow, 'payload'> & { payload: DigestReply })[] {
  const rows = (
    channel
      ? db.prepare('SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? ORDER BY window_to').all(channel.platform, channel.channelId)
      : db.prepare('SELECT * FROM deliveries ORDER BY window_to').all()
  ) as DeliveryRow[];
  return rows.map((r) => {
    const read = readDigestPayload(r.payload);
    if (!read.ok) throw new Error(`delivery ${r.id}: stored payload unreadable: ${read.error}`);
    return { ...r, payload: read.digest };
  });
}

function channelsToVisit(db: Db): ChannelRef[] {
  // Channels with follows, plus any with an unsent delivery (its content was owed when composed).
  const rows = db
    .prepare(
      `SELECT platform, channel_id FROM follows
       UNION SELECT platform, channel_id FROM deliveries WHERE status <> 'sent'
       ORDER BY platform, channel_id`,
    )
    .all() as { platform: ChannelRef['platform']; channel_id: string }[];
  return rows.map((r) => ({ platform: r.platform, channelId: r.channel_id }));
}

function matchesChannel(c: ChannelRef, filter: string | undefined): boolean {
  if (!filter) return true;
  const i = filter.indexOf(':');
  if (i > 0 && ['slack', 'discord', 'console'].includes(filter.slice(0, i))) {
    return c.platform === filter.slice(0, i) && c.channelId === filter.slice(i + 1);
  }
  return c.channelId === filter;
}

// ---- lock ---------------------------------------------------------------------------------

/** A run older than this is taken over even if its process seems alive (pid reuse, another host). */
const LOCK = { staleMs: 15 * 60_000, staleOnThisHost: true };
const lockPlace = (db: Db): LockPlace => ({ db, table: 'kv', key: 'digest.lock' });

function acquireLock(db: Db): string | undefined {
  const got = takeLock(lockPlace(db), LOCK);
  return 'token' in got ? got.token : undefined;
}

/**
 * Says the run is alive before each channel, so a long run (many channels, each platform call
 * bounded by its timeout) keeps its lock; false when another process took it over meanwhile.
 */
function keepLock(db: Db, token: string): boolean {
  return db
    .transaction(() => {
      const v = kvGet(db, lockPlace(db).key);
      if (!v || (JSON.parse(v) as { token?: string }).token !== token) return false;
      refreshLock(lockPlace(db), token);
      return true;
    })
    .immediate();
}

// ---- run ----------------------------------------------------------------------------------

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 2000);

/** Compose and deliver every due digest (or, with `force`, every channel's digest up to now). */
export async function runDueDigests(opts: RunOptions): Promise<RunResult> {
  const { db, dryRun } = opts;
  const token = dryRun ? 'dry-run' : acquireLock(db);
  if (!token) {
    opts.log?.('digest: another process is sending digests; skipped');
    return { ran: false, outcomes: [], sent: 0, failed: 0 };
  }
  try {
    const outcomes: ChannelOutcome[] = [];
    for (const channel of channelsToVisit(db)) {
      if (!matchesChannel(channel, opts.channel)) continue;
      if (!dryRun && !keepLock(db, token)) {
        opts.log?.('digest: another process took over the digest lock; this run stops here');
        break;
      }
      outcomes.push(...(await runChannel(opts, channel)));
    }
    return {
      ran: true,
      outcomes,
      sent: outcomes.filter((o) => o.status === 'sent').length,
      failed: outcomes.filter((o) => o.status === 'failed').length,
    };
  } finally {
    if (!dryRun) releaseLock(lockPlace(db), token);
  }
}

async function runChannel(opts: RunOptions, channel: ChannelRef): Promise<ChannelOutcome[]> {
  const { db, config, now } = opts;
  const sender = opts.senders.find((s) => s.platform === channel.platform);
  const out: ChannelOutcome[] = [];

  // 1. Finish what is owed before composing anything newer.
  for (const row of unsentDeliveries(db, channel)) {
    const read = readDigestPayload(row.payload);
    if (!read.ok) {
      out.push(unreadable(opts, channel, row, read.error));
      return out; // as with a failed send: nothing newer goes before it
    }
    const digest = read.digest;
    if (opts.dryRun) {
      out.push({ channel, status: 'dry-run', deliveryId: row.id, digest, retry: true });
      return out; // the newer window is composed only after this one is sent
    }
    if (!sender) {
      out.push({ channel, status: 'no-sender', deliveryId: row.id, retry: true });
      return out;
    }
    const o = await deliver(opts, sender, channel, row, digest);
    out.push({ ...o, retry: true });
    if (o.status === 'failed') return out;
  }

  // 2. A new window, if one is due.
  const follows = new SqliteFollowStore(db).list(channel);
  if (follows.length === 0) return out;
  const last = lastDigest(db, channel);
  const scheduled = latestScheduledAtOrBefore(now, config.time, config.timeZone).getTime();
  let from = last?.at ?? Math.min(...follows.map((f) => Date.parse(f.createdAt)));
  // Written while the clock was ahead: count it (and remember it) as the latest scheduled
  // instant, so the next digest comes at the next one rather than when the clock catches up.
  if (from > now.getTime()) {
    from = scheduled;
    if (last && !opts.dryRun) {
      db.prepare('UPDATE channel_digest SET last_digest_at = ? WHERE platform = ? AND channel_id = ? AND last_digest_at = ?').run(from, channel.platform, channel.channelId, last.at);
      last.at = from;
    }
  }
  const to = opts.force ? now.getTime() : scheduled;
  if (to <= from) {
    out.push({ channel, status: 'not-due' });
    return out;
  }
  if (!sender && !opts.dryRun) {
    out.push({ channel, status: 'no-sender' });
    return out;
  }
  const onTopicError = (f: Follow, err: unknown) => opts.log?.(`digest: ${channel.platform}:${channel.channelId}: topic "${f.query}" skipped: ${errorText(err)}`);
  // Questions that fell overdue since the last sweep take the next arrival: sweep, then take the window's end.
  await sweepOverdue(db, opts.searcher, follows, now, onTopicError);
  const upToSeq = arrivalSeq(db);
  let digest = await composeDigest({
    db,
    searcher: opts.searcher,
    follows,
    afterSeq: last?.seq,
    upToSeq,
    from: last ? from : undefined,
    to,
    timeZone: config.timeZone,
    onTopicError,
  });
  if (!digest && config.empty === 'post') digest = emptyDigest(from, to);
  if (opts.dryRun) {
    out.push({ channel, status: digest ? 'dry-run' : 'nothing-new', digest: digest ?? undefined });
    return out;
  }
  if (!digest) {
    advance(db, channel, to, upToSeq);
    out.push({ channel, status: 'nothing-new' });
    return out;
  }

  // 3. Persist before sending: a crash from here on resends this exact payload.
  const seqFrom = last?.seq ?? Math.min(...follows.map((f) => f.afterSeq));
  const id = deliveryIdFor(channel, seqFrom, upToSeq, to);
  const created = db
    .transaction(() => {
      // Re-check under the write lock that nobody else moved this channel on meanwhile.
      const now = lastDigest(db, channel);
      if (now?.at !== last?.at || now?.seq !== last?.seq || unsentDeliveries(db, channel).length) return undefined;
      const t = Date.now();
      const info = db
        .prepare(
          `INSERT OR IGNORE INTO deliveries (id, platform, channel_id, window_from, window_to, seq_from, seq_to, status, attempts, payload, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
        )
        .run(id, channel.platform, channel.channelId, from, to, seqFrom, upToSeq, JSON.stringify(digest), t, t);
      return info.changes ? (db.prepare('SELECT * FROM deliveries WHERE id = ?').get(id) as DeliveryRow) : undefined;
    })
    .immediate();
  if (!created) return out;
  out.push(await deliver(opts, sender!, channel, created, digest));
  return out;
}

async function deliver(opts: RunOptions, sender: DigestSender, channel: ChannelRef, row: DeliveryRow, digest: DigestReply): Promise<ChannelOutcome> {
  const { db } = opts;
  const outcome = await postOnce({
    attempts: row.attempts,
    countAttempt: () =>
      db.prepare(`UPDATE deliveries SET status = 'pending', attempts = attempts + 1, updated_at = ? WHERE id = ?`).run(Date.now(), row.id),
    post: () => sender.send(channel, digest, row.id),
    ...(sender.alreadySent ? { alreadySent: () => sender.alreadySent!(channel, row.id) } : {}),
  });
  if (outcome.status === 'failed') {
    recordFailure(db, row.id, outcome.error);
    opts.log?.(`digest: ${channel.platform}:${channel.channelId}: send failed (will retry): ${outcome.error}`);
    return { channel, status: 'failed', deliveryId: row.id, digest, error: outcome.error };
  }
  db.transaction(() => {
    const t = Date.now();
    db.prepare(`UPDATE deliveries SET status = 'sent', sent_at = ?, updated_at = ?, error = NULL WHERE id = ?`).run(t, t, row.id);
    advance(db, channel, row.window_to, row.seq_to);
  })();
  if (outcome.status === 'already-sent') opts.log?.(`digest: ${channel.platform}:${channel.channelId}: ${row.id} had already been delivered; recorded`);
  return { channel, status: outcome.status, deliveryId: row.id, digest };
}

/** A stored payload that fails its schema: not sent, kept as failed with the reason, and logged. */
function unreadable(opts: RunOptions, channel: ChannelRef, row: DeliveryRow, reason: string): ChannelOutcome {
  const error = errorText(`stored payload unreadable, not sent: ${reason}`);
  if (!opts.dryRun) recordFailure(opts.db, row.id, error);
  opts.log?.(`digest: ${channel.platform}:${channel.channelId}: delivery ${row.id}: ${error}`);
  return { channel, status: 'failed', deliveryId: row.id, retry: true, error };
}

function recordFailure(db: Db, id: string, error: string): void {
  db.prepare(`UPDATE deliveries SET status = 'failed', error = ?, updated_at = ? WHERE id = ?`).run(error, Date.now(), id);
}

// ---- scheduler ----------------------------------------------------------------------------

export type { Timer } from '../timing.ts';

export interface SchedulerOptions extends Omit<RunOptions, 'now' | 'channel' | 'dryRun' | 'force'> {
  /** Injected clock (tests); default the real one. */
  clock?: () => Date;
  timer?: Timer;
  /** After a failed send, try again this soon rather than at the next day's digest. Default 5 min. */
  retryDelayMs?: number;
  /** Never sleep longer than this: a suspended machine or a clock change is noticed within it. Default 1 h. */
  maxSleepMs?: number;
  /** Called before each run, e.g. to mark newly ingested records seen. */
  beforeRun?: () => void | Promise<void>;
  onRun?: (result: RunResult, at: Date) => void;
  onError?: (err: unknown) => void;
}

export interface DigestScheduler {
  stop(): void;
  /** When the next run is planned (undefined while a run is in progress or after stop). */
  nextRunAt(): Date | undefined;
  /** Resolves when the run in progress (if any) has finished. */
  idle(): Promise<void>;
}

/**
 * Runs due digests now (catching up whatever was missed while the bot was down), then at every
 * scheduled instant. Targets are absolute instants recomputed from the schedule, so timers never
 * drift; a timer that fires early just sleeps again; runs never overlap, and a run is harmless
 * when repeated because what is due is decided from the database.
 */
export function startDigestScheduler(opts: SchedulerOptions): DigestScheduler {
  const clock = opts.clock ?? (() => new Date());
  const retryDelay = opts.retryDelayMs ?? 5 * 60_000;
  return startInstantLoop({
    clock,
    timer: opts.timer ?? realTimer,
    maxSleepMs: opts.maxSleepMs ?? 60 * 60_000,
    runOnStart: true,
    run: async () => {
      let failed = false;
      try {
        await opts.beforeRun?.();
        const now = clock();
        const result = await runDueDigests({ ...opts, now });
        failed = result.failed > 0 || !result.ran;
        opts.onRun?.(result, now);
      } catch (err) {
        failed = true;
        opts.onError?.(err);
      }
      const now = clock();
      const next = nextScheduledAfter(now, opts.config.time, opts.config.timeZone).getTime();
      // After a failure, try again soon rather than at the next day's digest.
      return failed ? Math.min(next, now.getTime() + retryDelay) : next;
    },
  });
}
