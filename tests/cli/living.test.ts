// The living archive through `npm start`, as an operator runs it: the real Bolt app against the
// fake Slack, the bot's scheduled ingest against the fake Written Questions API. While the first
// ingest brings hundreds of new answers, signed /qa commands keep arriving and are all
// acknowledged and answered; once it is done, the new answers are found by search and reach the
// next daily digest, with no restart and no rebuild of the index.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorKey } from '../../src/ingest/poll/ingest.ts';
import { kvSet, openDb } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import { freePort } from '../fakes/port.ts';
import { FakeSlack, sendSigned, slashCommandBody } from '../fakes/slack.ts';
import type { FakeWqApi, WqValue } from '../fakes/wqApi.ts';
import { hasCorpus, questions, startFake } from '../ingest/poll/helpers.ts';
import { ARCHIVE_DIR } from '../search/helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = '0123456789abcdef0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';
const CHANNEL = 'C0CHAN001';

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(SLACK_|DISCORD_|DIGEST_|INGEST_|WQ_API|STATE_DB|ARCHIVE_DB|DATA_DIR|MEMBERS_FILE|PORT$)/.test(k)) delete env[k];
  return { ...env, ...extra };
}


/** The UTC "HH:MM" of the first whole minute at least `leadMs` from now. */
function digestTimeAfter(leadMs: number): { time: string; at: number } {
  const at = Math.ceil((Date.now() + leadMs) / 60_000) * 60_000;
  return { time: new Date(at).toISOString().slice(11, 16), at };
}

describe.skipIf(!hasCorpus)('npm start on a living archive (Slack, scheduled ingest, digest)', () => {
  let dir: string;
  let api: FakeWqApi;
  let fake: FakeSlack;
  let child: ChildProcess;
  let stderr = '';
  let eventsUrl = '';
  let topic: WqValue;
  let digestAt = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'qa-living-'));
    cpSync(ARCHIVE_DIR, path.join(dir, 'data'), { recursive: true });
    const qs = await questions();
    api = await startFake(qs);
    // Each API request takes a little while, so the ingest lasts long enough for commands to arrive during it.
    api.faultFor = () => ({ kind: 'delay', ms: 15 });
    fake = await new FakeSlack().start();
    // A topic only the new answers hold: the heading of one answered question the API serves.
    topic = qs.find((q) => q.answerText && q.heading && /^[A-Z][a-z]+: [A-Z][a-z]+$/.test(q.heading) && qs.filter((o) => o.heading === q.heading).length === 1)!;

    // The state the operator has: the ingest cursor (the archive runs to early September 2024),
    // and the channel's follow of the topic, made before the new answers arrive.
    const state = openDb(path.join(dir, 'state.sqlite'));
    kvSet(state, cursorKey(), JSON.stringify({ until: '2024-09-08' }));
    new SqliteFollowStore(state, () => new Date(Date.now() - 60_000)).follow({ platform: 'slack', channelId: CHANNEL }, `"${topic.heading}"`);
    state.close();

    const port = await freePort();
    const digest = digestTimeAfter(45_000);
    digestAt = digest.at;
    child = spawn(process.execPath, ['bin/qa.js', 'start'], {
      cwd: ROOT,
      env: cleanEnv({
        SLACK_BOT_TOKEN: 'xoxb-living-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        DATA_DIR: path.join(dir, 'data'),
        STATE_DB: path.join(dir, 'state.sqlite'),
        WQ_API_URL: api.url,
        INGEST_INTERVAL: '1h',
        INGEST_HOURS: 'all',
        DIGEST_TIMEZONE: 'UTC',
        DIGEST_TIME: digest.time,
      }),
    });
    child.stderr!.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', () => stderr.includes('Slack: listening') && resolve());
      child.on('exit', (code) => reject(new Error(`qa start exited ${code}: ${stderr}`)));
    });
    eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await fake?.stop();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Each command from another person of the newsroom: one person's commands are rate-limited.
  let user = 0;
  async function slash(text: string): Promise<{ status: number; answer: Promise<string> }> {
    const responseUrl = fake.newResponseUrl();
    const res = await sendSigned(eventsUrl, SECRET, slashCommandBody({ text, response_url: responseUrl, channel_id: CHANNEL, user_id: `U0USER${++user}` }), FORM);
    return { status: res.status, answer: fake.waitForResponse(responseUrl).then((r) => JSON.stringify(r.body)) };
  }

  it('acknowledges and answers every command while the ingest runs, then finds the new answers', async () => {
    const ingested = /ingest: \d+ listed, (\d+) new/;
    const sent: { status: number; answer: Promise<string>; during: boolean }[] = [];
    // A signed /qa every 250 ms until the ingest has written and search has caught up (the run
    // ends when the worker has applied what it wrote, not when the last record is written).
    const deadline = Date.now() + 75_000;
    while (!stderr.includes('ingest: search is up to date')) {
      if (Date.now() > deadline) throw new Error(`the ingest did not finish: ${stderr}`);
      const during = stderr.includes('ingest: both Houses');
      sent.push({ ...(await slash('county lines')), during });
      await new Promise((r) => setTimeout(r, 250));
      expect(child.exitCode).toBeNull();
    }
    const newCount = Number(ingested.exec(stderr)![1]);
    expect(newCount).toBeGreaterThan(300);
    expect(sent.filter((s) => s.during).length).toBeGreaterThan(0);
    expect(sent.map((s) => s.status).every((s) => s === 200)).toBe(true);
    for (const s of sent) expect(await s.answer).toContain('Drugs: Organised Crime');

    // Searched through the running bot, no restart: the new answer, and the index was not rebuilt.
    const found = await slash(`"${topic.heading}"`);
    expect(found.status).toBe(200);
    expect(await found.answer).toContain(`${topic.uin}`);
    expect(stderr.match(/index: built from the archive/g)).toHaveLength(1); // the first start, before the ingest
    expect(stderr).not.toMatch(/building afresh/);
  }, 90_000);

  it('puts the new answer in the next daily digest, through the running bot', async () => {
    const call = fake.waitForCall('chat.postMessage', (c) => c.args.channel === CHANNEL && JSON.stringify(c.args).includes(String(topic.heading)));
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no digest by ${new Date(digestAt).toISOString()}: ${stderr}`)), Math.max(0, digestAt - Date.now()) + 30_000));
    const posted = await Promise.race([call, timeout]);
    expect(JSON.stringify(posted.args)).toContain(String(topic.uin));
  }, 150_000);

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
