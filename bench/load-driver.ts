// The other side of `npm run bench:load`, in its own thread: the fake Slack and Discord
// (tests/fakes) and the burst of signed slash commands and interactions, timed from here.
// Protocol with bench/load.ts: → {kind:'ready', slackApiUrl, discordApi}; ← {kind:'go', eventsUrl,
// queries}; → {kind:'result', …BurstResult}; ← {kind:'close'}; → {kind:'closed'}.
// bench/living.ts also uses: ← {kind:'steady', eventsUrl, queries, everyMs} (a command every
// everyMs, Slack and Discord in turn, until ← {kind:'stop'}; → {kind:'steady-result', …BurstResult});
// ← {kind:'api', n} (→ {kind:'api-ready', url, since, until}: a fake Written Questions API serving
// n new answers, in this thread so that serving it costs the bot's thread nothing).
import { parentPort, workerData } from 'node:worker_threads';
import { FakeSlack, sendSigned, slashCommandBody } from '../tests/fakes/slack.ts';
import { FakeDiscord, type RecordedRequest } from '../tests/fakes/discord.ts';

export interface BurstResult {
  slackAck: number[];
  slackDone: number[];
  discordAck: number[];
  discordDone: number[];
  failures: number;
  burstMs: number;
}

const port = parentPort!;
const { secret, only } = workerData as { secret: string; only?: 'slack' | 'discord' };
const fakeSlack = await new FakeSlack().start();
const fakeDiscord = await FakeDiscord.start();

async function burst(eventsUrl: string, queries: string[]): Promise<BurstResult> {
  // Warm both paths once (first-use JIT, connection setup), then the burst.
  {
    const url = fakeSlack.newResponseUrl();
    await sendSigned(eventsUrl, secret, slashCommandBody({ text: 'school meals', response_url: url }), 'application/x-www-form-urlencoded');
    await fakeSlack.waitForResponse(url);
    const i = fakeDiscord.slashCommand(fakeDiscord.user('warm'), [{ name: 'query', type: 3, value: 'school meals' }]);
    await fakeDiscord.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`), 60_000);
  }
  const out: BurstResult = { slackAck: [], slackDone: [], discordAck: [], discordDone: [], failures: 0, burstMs: 0 };
  const burstStart = performance.now();
  const slackJobs = (only === 'discord' ? [] : queries).map(async (q, k) => {
    const url = fakeSlack.newResponseUrl();
    const s0 = performance.now();
    const res = await sendSigned(eventsUrl, secret, slashCommandBody({ text: q, response_url: url, user_id: `U0LOAD${String(k).padStart(3, '0')}` }), 'application/x-www-form-urlencoded');
    out.slackAck.push(performance.now() - s0);
    if (res.status !== 200) out.failures++;
    await fakeSlack.waitForResponse(url);
    out.slackDone.push(performance.now() - s0);
  });
  const discordJobs = (only === 'slack' ? [] : queries).map(async (q, k) => {
    const d0 = performance.now();
    const i = fakeDiscord.slashCommand(fakeDiscord.user(`load${k}`), [{ name: 'query', type: 3, value: q }]);
    const isCallback = (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${i.id}/`) && r.path.endsWith('/callback');
    const isAnswer = (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`);
    const answered = fakeDiscord.waitFor(isAnswer, 120_000);
    await fakeDiscord.waitFor(isCallback, 120_000);
    out.discordAck.push(performance.now() - d0);
    await answered;
    out.discordDone.push(performance.now() - d0);
  });
  const settled = await Promise.allSettled([...slackJobs, ...discordJobs]);
  out.failures += settled.filter((s) => s.status === 'rejected').length;
  out.burstMs = performance.now() - burstStart;
  return out;
}

/** A command every `everyMs`, Slack and Discord in turn, until stopped; each timed on its own. */
function steady(eventsUrl: string, queries: string[], everyMs: number): () => Promise<BurstResult> {
  const out: BurstResult = { slackAck: [], slackDone: [], discordAck: [], discordDone: [], failures: 0, burstMs: 0 };
  const jobs: Promise<unknown>[] = [];
  const started = performance.now();
  let k = 0;
  const tick = () => {
    const q = queries[k % queries.length]!;
    const n = k++;
    const slack = n % 2 === 0;
    jobs.push(
      (async () => {
        if (!slack) return;
        const url = fakeSlack.newResponseUrl();
        const s0 = performance.now();
        const res = await sendSigned(eventsUrl, secret, slashCommandBody({ text: q, response_url: url, user_id: `U0STDY${n}` }), 'application/x-www-form-urlencoded');
        out.slackAck.push(performance.now() - s0);
        if (res.status !== 200) out.failures++;
        await fakeSlack.waitForResponse(url);
        out.slackDone.push(performance.now() - s0);
      })(),
      (async () => {
        if (slack) return;
        const d0 = performance.now();
        const i = fakeDiscord.slashCommand(fakeDiscord.user(`steady${n}`), [{ name: 'query', type: 3, value: q }]);
        const answered = fakeDiscord.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`), 120_000);
        await fakeDiscord.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${i.id}/`) && r.path.endsWith('/callback'), 120_000);
        out.discordAck.push(performance.now() - d0);
        await answered;
        out.discordDone.push(performance.now() - d0);
      })(),
    );
  };
  const timer = setInterval(tick, everyMs);
  tick();
  return async () => {
    clearInterval(timer);
    const settled = await Promise.allSettled(jobs);
    out.failures += settled.filter((s) => s.status === 'rejected').length;
    out.burstMs = performance.now() - started;
    return out;
  };
}

let stopSteady: (() => Promise<BurstResult>) | undefined;
let api: { close(): Promise<void> } | undefined;

type Msg =
  | { kind: 'go'; eventsUrl: string; queries: string[] }
  | { kind: 'steady'; eventsUrl: string; queries: string[]; everyMs: number }
  | { kind: 'stop' }
  | { kind: 'api'; n: number }
  | { kind: 'close' };

port.on('message', async (m: Msg) => {
  if (m.kind === 'go') port.postMessage({ kind: 'result', ...(await burst(m.eventsUrl, m.queries)) });
  else if (m.kind === 'steady') stopSteady = steady(m.eventsUrl, m.queries, m.everyMs);
  else if (m.kind === 'stop') port.postMessage({ kind: 'steady-result', ...(await stopSteady!()) });
  else if (m.kind === 'api') {
    const { startNewAnswersApi } = await import('./new-answers.ts');
    const served = await startNewAnswersApi(m.n);
    api = served.api;
    port.postMessage({ kind: 'api-ready', url: served.api.url, since: served.since, until: served.until, marker: served.marker });
  } else {
    await api?.close();
    await fakeDiscord.close();
    await fakeSlack.stop();
    port.postMessage({ kind: 'closed' });
  }
});
port.postMessage({ kind: 'ready', slackApiUrl: fakeSlack.apiUrl, discordApi: fakeDiscord.api });
