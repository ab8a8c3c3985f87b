// Ingest from the Written Questions API, for the CLI and the running bot.
//
// Start-up (src/cli/commands/start.ts) wires it like this:
//
//   const archive = await openArchive({ log });
//   const handle = new SearcherHandle(archive.engine);            // give the bot `handle`, not the engine
//   const refresher = new ArchiveRefresher({ handle, db, log, open: () => openArchive({ log }).then((a) => a.engine) });
//   const ingest = startBotIngest({ db, dataDir: archiveDataDir(), handle, refresher, config: ingestConfigFromEnv(process.env, digestConfig), log });
//   startDigestScheduler({ ..., searcher: handle, beforeRun: () => refresher.idle() });
//   // on shutdown: ingest?.stop()
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { House } from '../../record.ts';
import { ConfigError, DEFAULT_DIGEST_CONFIG, type DigestConfig } from '../../digest/schedule.ts';
import type { Timer } from '../../timing.ts';
import type { ArchiveRefresher, SearcherHandle } from '../../search/handle.ts';
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

/** Names, sizes and mtimes of the archive's files: changes when any ingest or `qa import` writes. */
export async function dataSignature(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await fs.readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || /\.sqlite(-\w+)?$/.test(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const st = await fs.stat(p).catch(() => undefined);
        if (st) parts.push(`${path.relative(dir, p)}|${st.size}|${st.mtimeMs}`);
      }
    }
  };
  await walk(dir);
  return parts.join('\n');
}

export interface BotIngestOptions {
  db: Db;
  dataDir: string;
  handle: SearcherHandle;
  refresher: ArchiveRefresher;
  config: IngestConfig;
  log?: (line: string) => void;
  clock?: () => Date;
  timer?: Timer;
  /** Extra runIngest options (tests: client sleep, take). */
  ingest?: Partial<IngestOptions>;
  onRun?: (summary: IngestSummary | undefined) => void;
}

/**
 * The bot's ingest: on the schedule, pull from the API into data/, then re-open the archive when
 * data/ changed (this run's file, or one written by `qa ingest`/`qa import` meanwhile), so new
 * records reach search and the next digest without a restart. Returns undefined when
 * INGEST_INTERVAL=off.
 */
export function startBotIngest(o: BotIngestOptions): IngestScheduler | undefined {
  const { schedule } = o.config;
  if (!schedule) return undefined;
  const log = o.log ?? (() => {});
  let seen: string | undefined;
  const run = async (): Promise<IngestSummary | undefined> => {
    seen ??= await dataSignature(o.dataDir);
    let summary: IngestSummary | undefined;
    try {
      summary = await runIngest({
        apiUrl: o.config.apiUrl,
        house: o.config.house,
        dataDir: o.dataDir,
        db: o.db,
        concurrency: o.config.concurrency,
        client: { timeoutMs: o.config.timeoutMs, attempts: o.config.attempts },
        existing: (id) => o.handle.get(id),
        now: o.clock,
        log,
        ...o.ingest,
      });
      log(`ingest: ${summary.listed} listed, ${summary.new} new, ${summary.updated} updated${summary.files.length ? ` → ${summary.files.join(', ')}` : ', nothing written'}`);
    } catch (err) {
      if (err instanceof IngestBusyError) log(`ingest: skipped: ${err.message}`);
      else throw err;
    } finally {
      // Refresh whenever data/ changed, even if this run failed after another process wrote.
      const now = await dataSignature(o.dataDir);
      if (now !== seen) {
        seen = now;
        await o.refresher.refresh();
      }
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
