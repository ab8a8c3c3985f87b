// `qa backfill`: fill the archive from the Written Questions API, window by window, resumably.
import path from 'node:path';
import cliProgress from 'cli-progress';
import { ConfigError } from '../../src/schedule.ts';
import { ingestConfigFromEnv, parseHouse } from '../../src/ingest/poll/index.ts';
import { BackfillBusyError } from '../../src/ingest/backfill/ledger.ts';
import { API_START, runBackfill, type BackfillProgress, type BackfillSummary } from '../../src/ingest/backfill/run.ts';
import { locateArchive } from '../../src/search/open.ts';
import { ArchiveStore, archiveDbPath } from '../../src/store/archive.ts';
import { openDb, stateDbPath } from '../../src/store/db.ts';

const USAGE = `usage: qa backfill [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--rate N] [--house commons|lords] [--data DIR]
                   [--concurrency N] [--page-size N] [--max-window N] [--json]

Fills the archive with every written question tabled in the period (default ${API_START}, the API's
first day, to today), answered or not, from the Written Questions API (WQ_API_URL): a month at a
time (smaller where a month holds more than --max-window), each page's records committed to the
archive database as they come (DIR/archive.sqlite, or ARCHIVE_DB; default DIR: DATA_DIR, else the
repository's data/), then the full text of every question and answer the list clipped. A running
bot searches the records within seconds. Records it brings are not announced in digests.

Stop it (Ctrl-C, or kill) at any time and run the same command again: it resumes where it
stopped and adds nothing twice. Windows whose paging did not add up and details that kept
failing are reported, and tried again by the next run.

  --since, --until  the period, by the date questions were tabled, inclusive
  --rate N          requests per second, retries included (default 5)
  --house           only one House (default both)
  --concurrency N   requests in flight (default 4)
  --page-size N     questions per list page (default 100)
  --max-window N    halve a window holding more questions than this (default 2500)
  --json            print the summary as JSON on stdout

Environment: WQ_API_URL, WQ_API_TIMEOUT (s), WQ_API_ATTEMPTS, DATA_DIR, ARCHIVE_DB, STATE_DB.
Exit status: 0 complete; 1 incomplete (problems reported), or the API stopped answering; 130 stopped by Ctrl-C.
`;

const VALUED = ['since', 'until', 'house', 'data', 'rate', 'concurrency', 'page-size', 'max-window'];

export { USAGE as usage };

export async function run(argv: string[]): Promise<number> {
  const opt: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (m && VALUED.includes(m[1]!)) {
      const v = m[2] ?? argv[++i];
      if (v === undefined) return usageError(`--${m[1]} needs a value`);
      opt[m[1]!] = v;
    } else if (a === '--json') json = true;
    else return usageError(`unknown argument "${a}"`);
  }

  let config;
  let house;
  let rate: number;
  let concurrency: number;
  let take: number;
  let maxWindow: number;
  try {
    config = ingestConfigFromEnv(process.env);
    house = parseHouse(opt.house);
    rate = num(opt.rate, 5, '--rate', 0.01, 10_000, false);
    concurrency = num(opt.concurrency, 4, '--concurrency', 1, 32);
    take = num(opt['page-size'], 100, '--page-size', 1, 1000);
    maxWindow = num(opt['max-window'], 2500, '--max-window', 1, 1_000_000);
    for (const k of ['since', 'until'] as const) {
      const v = opt[k];
      if (v !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)) {
        throw new ConfigError(`--${k} must be a date like 2024-09-16, not "${v}"`);
      }
    }
  } catch (err) {
    if (err instanceof ConfigError) return usageError(err.message);
    if (err instanceof RangeError) return usageError(`--since/--until must be dates like 2024-09-16`);
    throw err;
  }

  const store = ArchiveStore.open(opt.data ? archiveDbPath(path.resolve(opt.data)) : locateArchive().dbFile);
  const db = openDb(stateDbPath());
  const tty = process.stderr.isTTY === true;
  const bars = tty
    ? new cliProgress.MultiBar(
        {
          format: 'backfill [{bar}] {value}/{total} windows | {records} records | details {details} | {rate} req/s | ETA {etaLeft} | {window}',
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let bar: cliProgress.SingleBar | undefined;
  // Log lines go above the bar on a terminal.
  const log = (s: string) => (bars ? bars.log(`${s}\n`) : process.stderr.write(`${s}\n`));
  const t0 = Date.now();
  let first: BackfillProgress | undefined;
  const rates: [number, number][] = [];
  let last: BackfillProgress | undefined;
  const payload = (p: BackfillProgress) => {
    const t = Date.now();
    rates.push([t, p.requests]);
    while (rates.length > 2 && t - rates[0]![0] > 10_000) rates.shift();
    const [t1, r1] = rates[0]!;
    const rps = t > t1 ? ((p.requests - r1) * 1000) / (t - t1) : 0;
    // ETA in requests: the details waiting, plus the windows left at this run's requests per window.
    first ??= p;
    const doneNow = p.windowsDone - first.windowsDone;
    const perWindow = doneNow > 0 ? (p.requests - p.detailsQueued) / doneNow : undefined;
    const left = p.windowsTotal - p.windowsDone;
    const eta = rps > 0 && (left === 0 || perWindow) ? formatSeconds((p.detailsQueued + left * (perWindow ?? 0)) / rps) : '…';
    return {
      records: p.added,
      etaLeft: eta,
      details: `${p.detailsFetched}${p.detailsQueued ? ` (+${p.detailsQueued} queued)` : ''}${p.detailsFailed ? `, ${p.detailsFailed} failed` : ''}`,
      rate: rps.toFixed(1),
      window: p.window ?? '',
    };
  };
  let lastLine = 0;
  const progress = (p: BackfillProgress) => {
    const first = !last;
    last = p;
    const pl = payload(p);
    if (bars) {
      if (first || !bar) bar = bars!.create(p.windowsTotal, p.windowsDone, pl);
      else {
        bar.setTotal(p.windowsTotal);
        bar.update(p.windowsDone, pl);
      }
    } else if (Date.now() - lastLine >= 5000) {
      lastLine = Date.now();
      const elapsed = (Date.now() - t0) / 1000;
      process.stderr.write(
        `backfill: ${p.windowsDone}/${p.windowsTotal} windows, ${p.added} records, ${pl.details} details, ${p.requests} requests (${pl.rate}/s), ETA ${pl.etaLeft}${p.window ? `, at ${p.window}` : ''}, ${elapsed.toFixed(0)} s\n`,
      );
    }
  };

  // Ctrl-C: finish the page in hand and stop; a second Ctrl-C stops at once.
  const stop = new AbortController();
  const abort = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) abort.abort(new Error('interrupted'));
    else stop.abort();
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  const again = ['npx qa backfill', ...argv.filter((a) => a !== '--json')].join(' ');
  try {
    const s = await runBackfill({
      apiUrl: config.apiUrl,
      store,
      db,
      since: opt.since,
      until: opt.until,
      house,
      rate,
      concurrency,
      take,
      maxWindow,
      client: { timeoutMs: config.timeoutMs, attempts: config.attempts },
      log,
      progress,
      stop: stop.signal,
      abort: abort.signal,
    });
    bars?.stop();
    if (json) process.stdout.write(`${JSON.stringify({ ...s, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }, null, 2)}\n`);
    for (const line of summary(s, again)) process.stderr.write(`${line}\n`);
    return s.outcome === 'complete' ? 0 : s.outcome === 'stopped' ? 130 : 1;
  } catch (err) {
    bars?.stop();
    if (err instanceof BackfillBusyError) {
      process.stderr.write(`qa backfill: ${err.message}\n`);
      return 1;
    }
    if (abort.signal.aborted) {
      process.stderr.write(`qa backfill: stopped at once; what was in flight is fetched again by: ${again}\n`);
      return 130;
    }
    if (err instanceof Error && /must be a date|window is empty|rate must be/.test(err.message)) return usageError(err.message);
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
    db.close();
    store.close();
  }
}

function summary(s: BackfillSummary, again: string): string[] {
  const lines = [
    `backfill: ${s.house ?? 'both Houses'}, ${s.since} … ${s.until}: ${s.windowsDone}/${s.windowsTotal} windows done; ${s.listed} questions listed in ${s.pages} pages, ` +
      `${s.added} added, ${s.updated} updated (clipped texts made whole among them)${s.invalid ? `, ${s.invalid} invalid (skipped)` : ''}; ${s.detailsFetched} details fetched` +
      `${s.detailsFailed ? `, ${s.detailsFailed} failed` : ''}; ${s.requests} requests (${s.retries} retried) in ${(s.ms / 1000).toFixed(1)} s.`,
  ];
  for (const p of s.problems.slice(0, 10)) lines.push(`backfill: problem: ${p.since} … ${p.until}: ${p.problem}`);
  if (s.problems.length > 10) lines.push(`backfill: … and ${s.problems.length - 10} more problem(s)`);
  if (s.detailsLeft) lines.push(`backfill: ${s.detailsLeft} question(s) still clipped (their detail failed or was not reached); they are in the archive, and the next run fetches them.`);
  if (s.outcome === 'down') lines.push(`backfill: the Written Questions API stopped answering (${s.reason}). Progress is saved; when it is back, resume with: ${again}`);
  else if (s.outcome === 'stopped') lines.push(`backfill: stopped. Progress is saved; resume with: ${again}`);
  else if (s.outcome === 'incomplete') lines.push(`backfill: not complete; run the same command again to retry what is left: ${again}`);
  else lines.push('backfill: complete.');
  return lines;
}

function formatSeconds(sec: number): string {
  if (!Number.isFinite(sec)) return '…';
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  return h ? `${h} h ${m} min` : m ? `${m} min ${Math.round(sec % 60)} s` : `${Math.round(sec)} s`;
}

function num(v: string | undefined, fallback: number, what: string, min: number, max: number, integer = true): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    throw new ConfigError(`${what} must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}, not "${v}"`);
  }
  return n;
}

function usageError(msg: string): number {
  process.stderr.write(`qa backfill: ${msg}\n\n${USAGE}`);
  return 2;
}
