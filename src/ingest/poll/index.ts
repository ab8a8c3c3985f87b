// Ingest from the Written Questions API, for the CLI and the running bot.
//
// Start-up (app/commands/start.ts) wires it like this:
//
//   const searcher = await WorkerSearcher.start(locateArchive({ data: [dataDir] }));
//   const ingest = startBotIngest({ db, store: searcher.archive, refresh: () => searcher.refresh(), config, log });
//   startDigestScheduler({ ..., searcher, beforeRun: () => ingest?.idle() });
//   // on shutdown: ingest?.stop()
import type { House } from '../../record.ts';
import { ConfigError, DEFAULT_DIGEST_CONFIG, type DigestConfig } from '../../schedule.ts';
import type { Timer } from '../../timing.ts';
import type { ArchiveStore } from '../../store/archive.ts';
import type { Db } from '../../store/db.ts';
import { DEFAULT_WQ_API_URL } from './client.ts';
import { IngestBusyError, runIngest, type IngestOptions, type IngestSummary } from './ingest.ts';
import { DEFAULT_HOURS, DEFAULT_INTERVAL_MS, DEFAULT_LEAD_MS, parseHours, parseInterval, startIngestScheduler, type IngestSchedule, type IngestScheduler } from './schedule.ts';

export { ApiError, WqClient, DEFAULT_WQ_API_URL, parseRetryAfter } from './client.ts';
export { runIngest, readCursor, IngestBusyError, type IngestOptions, type IngestSummary, type IngestProgress } from './ingest.ts';
export { startIngestScheduler, nextIngestAfter, parseInterval, parseHours, type IngestScheduler } from './schedule.ts';

export interface IngestConfig {
  apiUrl: string;
  /** Undefined when INGEST_INTERVAL=off: the bot does not ingest at all. */
  schedule?: IngestSchedule;
  concurrency: number;
  timeoutMs: number;
  /** Attempts per request before the API counts as down (WQ_API_ATTEMPTS, default 6). */
  attempts: number;
  house?: House;
}

/**
 * WQ_API_URL (https://questions-statements-api.parliament.uk), INGEST_INTERVAL (1h; "off" turns
 * scheduled ingest off), INGEST_HOURS (07-22), INGEST_BEFORE_DIGEST (10m), INGEST_CONCURRENCY (4),
 * WQ_API_TIMEOUT (seconds, 30), WQ_API_ATTEMPTS (6), INGEST_HOUSE (both; commons|lords). Throws ConfigError.
 */
export function ingestConfigFromEnv(env: NodeJS.ProcessEnv = process.env, digest: DigestConfig = DEFAULT_DIGEST_CONFIG): IngestConfig {
  const apiUrl = (env.WQ_API_URL?.trim() || DEFAULT_WQ_API_URL).replace(/\/+$/, '');
  try {
    new URL(apiUrl);
  } catch {
    throw new ConfigError(`WQ_API_URL must be a URL like ${DEFAULT_WQ_API_URL}, not "${env.WQ_API_URL}"`);
  }
  const rawInterval = env.INGEST_INTERVAL?.trim();
  const off = rawInterval !== undefined && rawInterval !== '' && parseInterval(rawInterval) === undefined;
  const intervalMs = rawInterval ? parseInterval(rawInterval) : DEFAULT_INTERVAL_MS;
  const hours = env.INGEST_HOURS?.trim() ? parseHours(env.INGEST_HOURS) : DEFAULT_HOURS;
  const lead = env.INGEST_BEFORE_DIGEST?.trim() ? parseInterval(env.INGEST_BEFORE_DIGEST, 'INGEST_BEFORE_DIGEST') : DEFAULT_LEAD_MS;
  const concurrency = positiveInt(env.INGEST_CONCURRENCY, 4, 'INGEST_CONCURRENCY', 16);
  const timeoutMs = positiveInt(env.WQ_API_TIMEOUT, 30, 'WQ_API_TIMEOUT', 600) * 1000;
  const attempts = positiveInt(env.WQ_API_ATTEMPTS, 6, 'WQ_API_ATTEMPTS', 20);
  const house = parseHouse(env.INGEST_HOUSE, 'INGEST_HOUSE');
  return {
    apiUrl,
    schedule: off ? undefined : { intervalMs, hours, digestTime: lead === undefined ? undefined : digest.time, leadMs: lead ?? 0, zone: digest.timeZone },
    concurrency,
    timeoutMs,
    attempts,
    house,
  };
}

export function parseHouse(v: string | undefined, what = '--house'): House | undefined {
  const t = v?.trim().toLowerCase();
  if (!t || t === 'both' || t === 'bicameral') return undefined;
  if (t === 'commons') return 'Commons';
  if (t === 'lords') return 'Lords';
  throw new ConfigError(`${what} must be commons or lords (or both), not "${v}"`);
}

function positiveInt(v: string | undefined, fallback: number, what: string, max: number): number {
  if (!v?.trim()) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new ConfigError(`${what} must be a whole number from 1 to ${max}, not "${v}"`);
  return n;
}

export interface BotIngestOptions {
  db: Db;
  store: ArchiveStore;
  /** Bring search up to the store (the worker applies the changes): awaited before a run ends. */
  refresh: () => Promise<unknown>;
  config: IngestConfig;
  log?: (line: string) => void;
  clock?: () => Date;
  timer?: Timer;
  /** Extra runIngest options (tests: client sleep, take). */
  ingest?: Partial<IngestOptions>;
  onRun?: (summary: IngestSummary | undefined) => void;
}

/**
 * The bot's ingest: on the schedule, pull from the API into the archive store, then have search
 * apply what was written (in the worker, in seconds, no rebuild), so new records reach search
 * and the next digest without a restart. Returns undefined when INGEST_INTERVAL=off.
 */
export function startBotIngest(o: BotIngestOptions): IngestScheduler | undefined {
  const { schedule } = o.config;
  if (!schedule) return undefined;
  const log = o.log ?? (() => {});
  const run = async (): Promise<IngestSummary | undefined> => {
    let summary: IngestSummary | undefined;
    try {
      summary = await runIngest({
        apiUrl: o.config.apiUrl,
        house: o.config.house,
        store: o.store,
        db: o.db,
        concurrency: o.config.concurrency,
        client: { timeoutMs: o.config.timeoutMs, attempts: o.config.attempts },
        now: o.clock,
        log,
        ...o.ingest,
      });
      log(`ingest: ${summary.listed} listed, ${summary.new} new, ${summary.updated} updated${summary.written ? `, ${summary.written} written` : ', nothing written'}`);
    } catch (err) {
      if (err instanceof IngestBusyError) log(`ingest: skipped: ${err.message}`);
      else throw err;
    } finally {
      // Also after a failed run: another process (qa import, a backfill) may have written. A
      // refresh that fails is said, and does not hide the ingest's own outcome.
      await o.refresh().then(
        () => log('ingest: search is up to date'),
        (err: unknown) => log(`ingest: search could not catch up (${err instanceof Error ? err.message : String(err)}); it tries again on its own`),
      );
      o.onRun?.(summary);
    }
    return summary;
  };
  return startIngestScheduler({
    ...schedule,
    run,
    clock: o.clock,
    timer: o.timer,
    onError: (err) => log(`ingest: failed: ${err instanceof Error ? err.message : String(err)} (next try at the next scheduled time)`),
  });
}
