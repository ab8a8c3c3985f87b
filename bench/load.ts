// `npm run bench:load [-- --data DIR] [--n 50] [--in-thread]`: while the archive's index is
// loaded, N signed Slack slash commands and N Discord slash-command interactions arrive at once,
// against the fakes in tests/fakes (nothing leaves 127.0.0.1). Measures the acknowledgement
// (Slack: the HTTP response to the signed POST; Discord: the interaction callback POST reaching
// the fake) and the full answer (Slack: the response_url post; Discord: the PATCH of
// @original). Printed, never asserted; the target is acknowledgement p99 ≤ 200 ms.
// The archive is the real corpus, or DIR (for the full-archive size, one written by
// `npm run bench:replicate`), opened as `npm start` opens it.
import { createBot } from '../src/bot/bot.ts';
import { locateRecords, openArchive } from '../src/search/open.ts';
import type { Searcher } from '../src/search/types.ts';
import { WorkerSearcher } from '../src/search/worker-searcher.ts';
import { openDb } from '../src/store/db.ts';
import { SqliteFollowStore } from '../src/store/follows.ts';
import { createSlackApp } from '../adapters/slack/app.ts';
import { startDiscord } from '../adapters/discord/client.ts';
import { FakeSlack, sendSigned, slashCommandBody } from '../tests/fakes/slack.ts';
import { FakeDiscord, type RecordedRequest } from '../tests/fakes/discord.ts';
import { CORPUS, devQueries, latency, MEMBERS, memory, percentile, type Latency } from './lib.ts';

const SECRET = 'bench-signing-secret-0123456789abcdef';

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
    // As npm start: this thread keeps the records, the worker loads the index.
    const located = await locateRecords(opts);
    const worker = await WorkerSearcher.start(located.store, located.indexDir);
    searcher = worker;
    closeSearcher = () => worker.close();
  }
  log(`load: ${searcher.size.toLocaleString('en-GB')} records ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; heap ${memory().heapUsedMB} MB`);
  const bot = createBot({ searcher, follows: new SqliteFollowStore(openDb(':memory:')) });
  const queries = (await devQueries()).slice(0, n);
  while (queries.length < n) queries.push(queries[queries.length % 130]!);

  // Slack: the real Bolt app over HTTP, signed requests.
  const fakeSlack = await new FakeSlack().start();
  const slack = createSlackApp({
    config: {
      botToken: 'xoxb-bench',
      signingSecret: SECRET,
      port: 0,
      host: '127.0.0.1',
      command: '/qa',
      rateLimit: { max: 100_000, windowMs: 60_000 },
      logLevel: 'error',
      apiUrl: fakeSlack.apiUrl,
    },
    bot,
  });
  const { port } = await slack.start();
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

  // Discord: the real discord.js client logged in against the fake gateway and REST.
  const fakeDiscord = await FakeDiscord.start();
  const discord = await startDiscord({ token: 'bench-token.abc', listenChannels: [], apiUrl: fakeDiscord.api, rateLimitPerMinute: 100_000 }, bot, { log: () => {} });

  // Warm both paths once (first-use JIT, connection setup), then the burst.
  {
    const url = fakeSlack.newResponseUrl();
    await sendSigned(eventsUrl, SECRET, slashCommandBody({ text: 'school meals', response_url: url }), 'application/x-www-form-urlencoded');
    await fakeSlack.waitForResponse(url);
    const i = fakeDiscord.slashCommand(fakeDiscord.user('warm'), [{ name: 'query', type: 3, value: 'school meals' }]);
    await fakeDiscord.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`), 60_000);
  }

  const slackAck: number[] = [];
  const slackDone: number[] = [];
  const discordAck: number[] = [];
  const discordDone: number[] = [];
  let failures = 0;
  const burstStart = performance.now();
  const slackJobs = queries.map(async (q, k) => {
    const url = fakeSlack.newResponseUrl();
    const s0 = performance.now();
    const res = await sendSigned(eventsUrl, SECRET, slashCommandBody({ text: q, response_url: url, user_id: `U0LOAD${String(k).padStart(3, '0')}` }), 'application/x-www-form-urlencoded');
    slackAck.push(performance.now() - s0);
    if (res.status !== 200) failures++;
    await fakeSlack.waitForResponse(url);
    slackDone.push(performance.now() - s0);
  });
  const discordJobs = queries.map(async (q, k) => {
    const d0 = performance.now();
    const i = fakeDiscord.slashCommand(fakeDiscord.user(`load${k}`), [{ name: 'query', type: 3, value: q }]);
    const isCallback = (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${i.id}/`) && r.path.endsWith('/callback');
    const isAnswer = (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`);
    const answered = fakeDiscord.waitFor(isAnswer, 120_000);
    await fakeDiscord.waitFor(isCallback, 120_000);
    discordAck.push(performance.now() - d0);
    await answered;
    discordDone.push(performance.now() - d0);
  });
  const settled = await Promise.allSettled([...slackJobs, ...discordJobs]);
  failures += settled.filter((s) => s.status === 'rejected').length;
  const burstMs = performance.now() - burstStart;

  const out = [
    `bench:load · ${searcher.size.toLocaleString('en-GB')} records · ${n} Slack slash commands + ${n} Discord interactions at once · ${new Date().toISOString()}`,
    `Slack ack (HTTP 200 to the signed POST):     ${fmtLat(withP99(slackAck))}`,
    `Slack answer (response_url post):            ${fmtLat(withP99(slackDone))}`,
    `Discord ack (interaction callback):          ${fmtLat(withP99(discordAck))}`,
    `Discord answer (PATCH @original):            ${fmtLat(withP99(discordDone))}`,
    `whole burst ${(burstMs / 1000).toFixed(1)} s; failures ${failures}; heap ${memory().heapUsedMB} MB`,
    `target ack p99 ≤ 200 ms: Slack ${withP99(slackAck).p99 <= 200 ? 'met' : 'NOT MET'}, Discord ${withP99(discordAck).p99 <= 200 ? 'met' : 'NOT MET'}`,
  ];
  process.stdout.write(out.join('\n') + '\n');

  await discord.stop();
  await fakeDiscord.close();
  await slack.stop();
  await fakeSlack.stop();
  await closeSearcher();
}

await main();
