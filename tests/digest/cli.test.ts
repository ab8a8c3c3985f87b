// `qa digest` end to end, as an operator runs it: a real archive folder (Written Questions API
// JSON Lines), a state db in a temp folder, the console sender printing digests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import { locateArchive } from '../../src/search/open.ts';
import { FakeDiscord } from '../fakes/discord.ts';
import { FakeSlack } from '../fakes/slack.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// The archive folder is DATA_DIR, so its database and index live in it (and go with it).
// A folder of its own: two runs of the suite on one machine (CI beside a developer's) must not share one.
const dir = mkdtempSync(path.join(tmpdir(), 'qa-digest-cli-'));
const data = path.join(dir, 'data');
const stateDb = path.join(dir, 'state.sqlite');
// The archive database of a --data folder lives under index/archives/: remove it with the folder,
// or a second run of this file starts from the first one's records.
const archiveDir = path.dirname(locateArchive({ data: [data] }).dbFile);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(archiveDir, { recursive: true, force: true });
});

const qa = (...args: string[]) => qaWith({}, ...args);

function qaWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/qa.js'), 'digest', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: data, STATE_DB: stateDb, DIGEST_TIME: '08:00', DIGEST_TIMEZONE: 'Europe/London', DIGEST_EMPTY: 'skip', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('qa digest', { timeout: 120_000 }, () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let platformEnv: Record<string, string>;
  beforeAll(async () => {
    slack = await new FakeSlack().start();
    discord = await FakeDiscord.start();
    platformEnv = {
      SLACK_BOT_TOKEN: 'xoxb-digest-cli',
      SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: 'digest-cli.token',
      DISCORD_API_URL: discord.api,
    };
  });
  afterAll(async () => {
    await slack?.stop();
    await discord?.close();
  });

  it('first load floods nothing; --dry-run previews; --now prints console digests once and posts to Slack and Discord', async () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(archiveDir, { recursive: true, force: true });
    mkdirSync(data, { recursive: true });
    const lines = readFileSync(path.join(here, 'fixtures/wq-api.jsonl'), 'utf8').trim().split('\n');
    const isDental = (l: string) => /"heading": "Dental/.test(l);
    writeFileSync(path.join(data, 'a.jsonl'), lines.filter((l) => !isDental(l)).join('\n') + '\n');

    const first = await qa('--now');
    expect(first.code, first.err).toBe(0);
    expect(first.err).toContain('no channel follows anything');

    const db = openDb(stateDb);
    const follows = new SqliteFollowStore(db);
    follows.follow({ platform: 'console', channelId: 'term' }, 'dental');
    follows.follow({ platform: 'console', channelId: 'term' }, 'prisons'); // all prison answers are backlog
    follows.follow({ platform: 'slack', channelId: 'C42' }, 'dental');
    follows.follow({ platform: 'discord', channelId: discord.channelId }, 'dental');
    db.close();
    // New answers arrive in the archive.
    writeFileSync(path.join(data, 'b.jsonl'), lines.filter(isDental).join('\n') + '\n');

    const dry = await qa('--now', '--dry-run', '--channel', 'console:term');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('▸ dental (5 new)');
    expect(dry.out).toContain('and 2 more — /qa dental from:2024-07-25');
    expect(dry.out).not.toContain('prisons');

    // Without platform settings the Slack and Discord digests wait for a run that has them.
    const consoleOnly = await qa('--now', '--channel', 'slack:C42');
    expect(consoleOnly.code, consoleOnly.err).toBe(0);
    expect(consoleOnly.err).toContain('slack:C42: not sent: no slack settings in this environment');

    const sent = await qaWith(platformEnv, '--now');
    expect(sent.code, sent.err).toBe(0);
    expect(sent.out.match(/── digest for console:term/g)).toHaveLength(1);
    expect(sent.out).toContain('Dental Services: Recruitment — Department of Health and Social Care, 16 Sep 2024');
    expect(sent.err).toMatch(/console:term: sent dg[0-9a-f]{23}/);
    // It logs in to post, and only to post.
    expect(sent.err).toMatch(/slack:C42: sent dg[0-9a-f]{23}/);
    const post = await slack.waitForCall('chat.postMessage');
    expect(post.args.channel).toBe('C42');
    expect(JSON.stringify(post.args.blocks)).toContain('Dental Services: Recruitment');
    expect(sent.err).toMatch(new RegExp(`discord:${discord.channelId}: sent dg`));
    expect(discord.created.filter((m) => m.channel_id === discord.channelId)).toHaveLength(1);
    expect(JSON.stringify(discord.created[0])).toContain('Dental Services: Recruitment');
    expect(discord.requests.some((r) => r.path === '/gateway/bot')).toBe(false);

    const again = await qaWith(platformEnv, '--now');
    expect(again.code, again.err).toBe(0);
    expect(again.out).not.toContain('── digest');
    expect(again.err).toContain('console:term: nothing new');
  });

  it('rejects bad options and configuration with a clear message', async () => {
    const bad = await qa('--later');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown option "--later"');
    const zone = await qaWith({ DIGEST_TIMEZONE: 'Europe/Londn' });
    expect(zone.code).toBe(2);
    expect(zone.err).toContain('DIGEST_TIMEZONE must be an IANA time zone');
  });
});
