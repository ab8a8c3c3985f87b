// `qa ingest`: pull answered (and newly tabled, and corrected) written questions from the
// Written Questions API into the archive store, resuming from the cursor in the state db.
import { locateArchive } from '../../src/search/open.ts';
import { ArchiveStore, archiveDbPath } from '../../src/store/archive.ts';
import path from 'node:path';
import { ConfigError } from '../../src/schedule.ts';
import { ApiError, IngestBusyError, ingestConfigFromEnv, parseHouse, readCursor, runIngest, type IngestProgress } from '../../src/ingest/poll/index.ts';
import { openDb, stateDbPath } from '../../src/store/db.ts';

const USAGE = `usage: qa ingest [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--house commons|lords] [--data DIR]
                 [--backlog] [--concurrency N] [--json]

Pulls questions answered, tabled or corrected in the window from the Written Questions API
(WQ_API_URL), fetches the full text of every answer the list clipped, and writes what is new or
changed to the archive database (DIR/archive.sqlite, or ARCHIVE_DB; default DIR: DATA_DIR, else the
repository's data/), in one transaction. A running bot searches it within seconds. Without --since it resumes
from where the last run ended (with a day's overlap). Running it twice adds nothing twice.

  --since, --until  the window, inclusive (default: from the cursor, or the last 7 days, to today)
  --house           only one House (default both)
  --backlog         a backfill: do not announce these records as new in digests
  --concurrency N   detail requests in flight (default INGEST_CONCURRENCY or 4)
  --json            print the summary as JSON on stdout

Environment: WQ_API_URL, WQ_API_TIMEOUT (s), WQ_API_ATTEMPTS, INGEST_CONCURRENCY, DATA_DIR, ARCHIVE_DB, STATE_DB.
`;
export { USAGE as usage };

export async function run(argv: string[]): Promise<number> {
  const opt: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (m && ['since', 'until', 'house', 'data', 'concurrency'].includes(m[1]!)) {
      const v = m[2] ?? argv[++i];
      if (v === undefined) return usageError(`--${m[1]} needs a value`);
      opt[m[1]!] = v;
    } else if (m && ['backlog', 'json'].includes(m[1]!)) flags.add(m[1]!);
    else return usageError(`unknown argument "${a}"`);
  }

  let config;
  let house;
  let concurrency: number;
  try {
    config = ingestConfigFromEnv(process.env);
    house = parseHouse(opt.house);
    concurrency = opt.concurrency !== undefined ? Number(opt.concurrency) : config.concurrency;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new ConfigError(`--concurrency must be a whole number from 1 to 16, not "${opt.concurrency}"`);
  } catch (err) {
    if (err instanceof ConfigError) return usageError(err.message);
    throw err;
  }

  // --data names the archive folder itself: its database is the one written.
  const store = ArchiveStore.open(opt.data ? archiveDbPath(path.resolve(opt.data)) : locateArchive().dbFile);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const tty = process.stderr.isTTY === true;
  let lastProgress = 0;
  const progress = (p: IngestProgress) => {
    const line = `ingest: ${p.pages} page(s), ${p.listed} question(s) listed, ${p.detailsFetched}/${p.detailsWanted} detail(s) fetched${p.retries ? `, ${p.retries} retried` : ''}`;
    const now = Date.now();
    if (tty) process.stderr.write(`\r${line}\x1b[K${p.phase === 'done' ? '\n' : ''}`);
    else if (p.phase === 'done' || now - lastProgress >= 5000) {
      lastProgress = now;
      log(line);
    }
  };

  const db = openDb(stateDbPath());
  try {
    const s = await runIngest({
      apiUrl: config.apiUrl,
      since: opt.since,
      until: opt.until,
      house,
      store,
      db,
      log: tty ? (l) => process.stderr.write(`\r\x1b[K${l}\n`) : log,
      progress,
      concurrency,
      client: { timeoutMs: config.timeoutMs, attempts: config.attempts },
      markSeenAs: flags.has('backlog') ? 'backlog' : 'now',
    });
    if (flags.has('json')) process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
    log(
      `ingest: ${s.since} … ${s.until}: ${s.listed} listed, ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged` +
        `${s.invalid ? `, ${s.invalid} invalid` : ''}; ${s.detailsFetched} detail(s), ${s.requests} request(s)` +
        `${s.written ? `; wrote ${s.written} record(s) to the archive` : '; nothing new, nothing written'}. Next run resumes from ${s.cursor}.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ApiError) {
      const cursor = readCursor(db, house);
      log(`qa ingest: the Written Questions API (${config.apiUrl}) did not answer: ${err.message}`);
      log(`qa ingest: nothing was written; the next run resumes from ${cursor ?? 'the same window'}.`);
      return 1;
    }
    if (err instanceof IngestBusyError) {
      log(`qa ingest: ${err.message}`);
      return 1;
    }
    if (err instanceof Error && /must be a date|window is empty/.test(err.message)) return usageError(err.message);
    throw err;
  } finally {
    db.close();
    store.close();
  }
}

function usageError(msg: string): number {
  process.stderr.write(`qa ingest: ${msg}\n\n${USAGE}`);
  return 2;
}
