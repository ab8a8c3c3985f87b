// `npm run bench:load [-- --data DIR] [--n 50] [--in-thread] [--profile FILE] [--only slack|discord]`:
// while the archive's index is
// loaded, N signed Slack slash commands and N Discord slash-command interactions arrive at once,
// against the fakes in tests/fakes (nothing leaves 127.0.0.1). Measures the acknowledgement
// (Slack: the HTTP response to the signed POST; Discord: the interaction callback POST reaching
// the fake) and the full answer (Slack: the response_url post; Discord: the PATCH of
// @original). Printed, never asserted; the target is acknowledgement p99 ≤ 200 ms.
// The archive is the real corpus, or DIR (for the full-archive size, one written by
// `npm run bench:replicate`), opened as `npm start` opens it.
import { createBot } from '../src/bot/bot.ts';
import { locateArchive, openArchive } from '../src/search/open.ts';
import type { Searcher } from '../src/search/types.ts';
import { WorkerSearcher } from '../src/search/worker-searcher.ts';
import { openDb } from '../src/store/db.ts';
import { SqliteFollowStore } from '../src/store/follows.ts';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { BurstResult } from './load-driver.ts';
import { startDriver, startPlatforms, stopDriver } from './bot-under-load.ts';
import { CORPUS, devQueries, latency, MEMBERS, memory, percentile, type Latency } from './lib.ts';
import { type IncomingMessage, Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The bot's own part of a Slack acknowledgement: from its thread accepting the connection to the
 * response's end, for the first request on each connection (a later one's start is not seen).
 * The driver's figure adds the driver thread's time and the sockets' (all three threads share the
 * host's cores). This thread's only HTTP server is the Slack receiver; the fakes run in the driver's.
 */
const botSideAcks: number[] = [];
const emit = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
  if (event === 'connection') (args[0] as Socket & { acceptedAt?: number }).acceptedAt = performance.now();
  if (event === 'request') {
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const sock = req.socket as Socket & { acceptedAt?: number; served?: number };
    const first = (sock.served = (sock.served ?? 0) + 1) === 1;
    if (first && sock.acceptedAt !== undefined) {
      const t0 = sock.acceptedAt;
      res.on('finish', () => botSideAcks.push(performance.now() - t0));
    }
  }
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof Server.prototype.emit;


function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fmtLat = (l: Latency & { p99: number }) =>
  `p50 ${l.p50.toFixed(0)} ms  p95 ${l.p95.toFixed(0)} ms  p99 ${l.p99.toFixed(0)} ms  max ${l.max.toFixed(0)} ms`;

function withP99(ms: number[]): Latency & { p99: number } {
  return { ...latency(ms), p99: percentile([...ms].sort((a, b) => a - b), 99) };
}

async function main(): Promise<void> {
  const data = arg('data') ?? CORPUS;
  const n = Number(arg('n') ?? 50);
  const log = (l: string) => process.stderr.write(l + '\n');

  // As `npm start` runs it: the archive opened from its persisted index (built first if it is
  // missing or stale), searched in a worker thread. --in-thread searches on the main thread
  // instead, for comparison.
  const inThread = process.argv.includes('--in-thread');
  log(`load: opening ${data} (search ${inThread ? 'on the main thread' : 'in a worker thread'}) …`);
  const t0 = performance.now();
  let searcher: Searcher;
  let closeSearcher = async () => {};
  const opts = { data: [data], members: MEMBERS, log };
  if (inThread) searcher = (await openArchive(opts)).engine;
  else {
    // As npm start: the worker imports, loads the index and searches; this thread holds no records.
    const worker = await WorkerSearcher.start(locateArchive(opts), log);
    searcher = worker;
    closeSearcher = () => worker.close();
  }
  log(`load: ${searcher.size.toLocaleString('en-GB')} records ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; heap ${memory().heapUsedMB} MB`);
  const bot = createBot({ searcher, follows: new SqliteFollowStore(openDb(':memory:')) });
  const queries = (await devQueries()).slice(0, n);
  while (queries.length < n) queries.push(queries[queries.length % 130]!);

  // The fakes and the clients sending the burst run in a thread of their own (bot-under-load.ts).
  const driver = startDriver(arg('only'));
  const platforms = await startPlatforms(bot, await driver.next<{ slackApiUrl: string; discordApi: string }>('ready'));
  const { eventsUrl } = platforms;

  // --profile FILE: a CPU profile of this (the bot's) thread during the burst, for Chrome DevTools.
  const profileFile = arg('profile');
  const session = profileFile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const burst = driver.next<BurstResult>('result');
  driver.worker.postMessage({ kind: 'go', eventsUrl, queries });
  const ackedBefore = botSideAcks.length;
  const { slackAck, slackDone, discordAck, discordDone, failures, burstMs } = await burst;
  const slackAckBotSide = botSideAcks.slice(ackedBefore);
  if (session && profileFile) {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(profileFile, JSON.stringify(profile));
    session.disconnect();
  }

  const line = (label: string, ms: number[]) => (ms.length ? [`${label}${fmtLat(withP99(ms))}`] : []);
  const met = (ms: number[]) => (!ms.length ? 'not sent' : withP99(ms).p99 <= 200 ? 'met' : 'NOT MET');
  const out = [
    `bench:load · ${searcher.size.toLocaleString('en-GB')} records · ${slackAck.length} Slack slash commands + ${discordAck.length} Discord interactions at once · ${new Date().toISOString()}`,
    ...line('Slack ack (HTTP 200 to the signed POST):     ', slackAck),
    ...line('  of which the bot\'s, from accepting the connection: ', slackAckBotSide),
    ...line('Slack answer (response_url post):            ', slackDone),
    ...line('Discord ack (interaction callback):          ', discordAck),
    ...line('Discord answer (PATCH @original):            ', discordDone),
    `whole burst ${(burstMs / 1000).toFixed(1)} s; failures ${failures}; heap ${memory().heapUsedMB} MB`,
    `target ack p99 ≤ 200 ms: Slack ${met(slackAck)} (the bot's part: ${met(slackAckBotSide)}), Discord ${met(discordAck)}`,
  ];
  process.stdout.write(out.join('\n') + '\n');

  await platforms.stop();
  await stopDriver(driver);
  await closeSearcher();
}

await main();
