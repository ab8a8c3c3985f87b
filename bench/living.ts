// `npm run bench:living [-- --data DIR] [--ingest 2000] [--every 250]`: the bot on a growing
// archive, opened as `npm start` opens it on Slack and Discord (the index in the search worker,
// no records on this thread). A command arrives every --every ms (a signed Slack slash command and
// a Discord interaction in turn) while the bot's own ingest (runIngest, the code the scheduler runs) pulls --ingest
// new answers from a fake Written Questions API and the worker applies them in place. Measures
// start-up to ready, acknowledgements and answers during the ingest, the time from the archive
// write to the new answers being searchable, and the process's peak RSS (every thread).
// Printed, never asserted. Nothing leaves 127.0.0.1.
import { createBot } from '../src/bot/bot.ts';
import { runIngest } from '../src/ingest/poll/ingest.ts';
import { locateArchive } from '../src/search/open.ts';
import { WorkerSearcher } from '../src/search/worker-searcher.ts';
import { openDb } from '../src/store/db.ts';
import { SqliteFollowStore } from '../src/store/follows.ts';
import type { BurstResult } from './load-driver.ts';
import { startDriver, startPlatforms, stopDriver } from './bot-under-load.ts';
import { CORPUS, devQueries, latency, MEMBERS, percentile, type Latency } from './lib.ts';


function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const withP99 = (ms: number[]): Latency & { p99: number } => ({ ...latency(ms), p99: percentile([...ms].sort((a, b) => a - b), 99) });
const fmt = (ms: number[]) => {
  if (!ms.length) return 'none';
  const l = withP99(ms);
  return `p50 ${l.p50.toFixed(0)} ms  p95 ${l.p95.toFixed(0)} ms  p99 ${l.p99.toFixed(0)} ms  max ${l.max.toFixed(0)} ms  (${ms.length}; over 3 s: ${ms.filter((x) => x > 3000).length})`;
};
const maxRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  const data = arg('data');
  const n = Number(arg('ingest') ?? 2000);
  const everyMs = Number(arg('every') ?? 250);
  const log = (l: string) => process.stderr.write(`${l}\n`);

  // As npm start: DATA_DIR's archive when --data names one, else the real corpus as an archive of its own.
  const at = locateArchive(data ? { data: [data], dbFile: `${data}/archive.sqlite`, members: MEMBERS } : { data: [CORPUS], members: MEMBERS });
  log(`living: opening ${at.dbFile} …`);
  const t0 = performance.now();
  const searcher = await WorkerSearcher.start(at, log);
  const readyMs = performance.now() - t0;
  const before = searcher.size;
  log(`living: ${before.toLocaleString('en-GB')} records ready in ${(readyMs / 1000).toFixed(1)} s (${searcher.how}); peak RSS so far ${maxRssMB()} MB`);

  const bot = createBot({ searcher, follows: new SqliteFollowStore(openDb(':memory:')) });
  const queries = await devQueries();
  const driver = startDriver();
  const platforms = await startPlatforms(bot, await driver.next<{ slackApiUrl: string; discordApi: string }>('ready'));
  const apiReady = driver.next<{ url: string; since: string; until: string; marker: string }>('api-ready');
  driver.worker.postMessage({ kind: 'api', n });
  const api = await apiReady;

  // Commands keep arriving from before the ingest starts until after its answers are searchable.
  driver.worker.postMessage({ kind: 'steady', eventsUrl: platforms.eventsUrl, queries, everyMs });
  await new Promise((r) => setTimeout(r, 2000));
  const state = openDb(':memory:');
  const i0 = performance.now();
  const summary = await runIngest({ apiUrl: api.url, since: api.since, until: api.until, store: searcher.archive, db: state, log: () => {} });
  const ingestMs = performance.now() - i0;
  const r0 = performance.now();
  const refreshed = await searcher.refresh();
  const refreshMs = performance.now() - r0;
  const found = (await searcher.matchAll(api.marker)).length;
  await new Promise((r) => setTimeout(r, 2000));
  const steadyDone = driver.next<BurstResult>('steady-result');
  driver.worker.postMessage({ kind: 'stop' });
  const steady = await steadyDone;

  process.stdout.write(
    [
      `bench:living · ${before.toLocaleString('en-GB')} records → ${searcher.size.toLocaleString('en-GB')} · a command every ${everyMs} ms (Slack and Discord in turn) through an ingest of ${n} new answers · ${new Date().toISOString()}`,
      `start-up to ready (worker: import check, ${searcher.how === 'loaded' ? 'snapshot load + replay' : 'index build'}): ${(readyMs / 1000).toFixed(1)} s`,
      `ingest (${summary.requests} requests to the local fake API, ${summary.written} written, 100 per transaction): ${(ingestMs / 1000).toFixed(1)} s`,
      `ingest done → all searchable (the worker had ${refreshed.applied} changes left to apply): ${(refreshMs / 1000).toFixed(2)} s; the new answers found: ${found} of ${n}`,
      `Slack ack:      ${fmt(steady.slackAck)}`,
      `Slack answer:   ${fmt(steady.slackDone)}`,
      `Discord ack:    ${fmt(steady.discordAck)}`,
      `Discord answer: ${fmt(steady.discordDone)}`,
      `failures ${steady.failures}; peak RSS of the process (every thread) ${maxRssMB()} MB`,
    ].join('\n') + '\n',
  );

  await platforms.stop();
  await stopDriver(driver);
  // The new answers are the benchmark's own: take them out again, so the archive is as it was.
  searcher.archive.remove(summary.changedIds);
  await searcher.close();
}

await main();
