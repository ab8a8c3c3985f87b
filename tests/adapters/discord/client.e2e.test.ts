// End to end: the real discord.js client logged in against a fake Discord (REST + gateway on
// 127.0.0.1), the real bot core and search over real corpus records, and a SQLite follow store.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/bot/bot.ts';
import type { ResultsReply } from '../../../src/bot/reply.ts';
import { openSearcher } from '../../../src/search/open.ts';
import { openDb } from '../../../src/store/db.ts';
import { SqliteFollowStore } from '../../../src/store/follows.ts';
import { firstTime } from '../../../src/store/requests.ts';
import { startDiscord, type StartedDiscord } from '../../../adapters/discord/client.ts';
import { COMMANDS, registerCommands } from '../../../adapters/discord/commands.ts';
import { DiscordDigestSender } from '../../../adapters/discord/digest.ts';
import { escapeMarkdown } from '../../../adapters/discord/escape.ts';
import { FakeDiscord, snowflake, type RecordedRequest } from '../../fakes/discord.ts';
import { expectNoPingsOrForeignLinks, expectWithinLimits } from './check.ts';
import { CORPUS_FILE, FIXTURE_FILE, MEMBERS_FILE, hasCorpus, writeSubset } from './corpus.ts';

const TOKEN = 'fake-bot-token.abc';
let fake: FakeDiscord;
let started: StartedDiscord;
let bot: ReturnType<typeof createBot>;
let searcher: Awaited<ReturnType<typeof openSearcher>>;
let follows: SqliteFollowStore;
const listenChannel = snowflake();
const QUERY = 'county lines';

function subsetFile(): string {
  if (!hasCorpus) return FIXTURE_FILE;
  const lines = readFileSync(CORPUS_FILE, 'utf8').split('\n');
  const county = lines.flatMap((l, i) => (/county lines/i.test(l) ? [i] : []));
  return writeSubset({ first: 1500 }, county);
}

beforeAll(async () => {
  searcher = await openSearcher({ data: [subsetFile()], members: hasCorpus ? MEMBERS_FILE : undefined, persist: false });
  const state = openDb(':memory:');
  follows = new SqliteFollowStore(state);
  bot = createBot({ searcher, follows });
  fake = await FakeDiscord.start();
  fake.extraChannels.push(listenChannel);
  started = await startDiscord({ token: TOKEN, listenChannels: [listenChannel], apiUrl: fake.api, rateLimitPerMinute: 6 }, bot, { log: () => {}, firstTime: (id) => firstTime(state, id) });
}, 60_000);

afterAll(async () => {
  await started?.stop();
  await fake?.close();
});

const callback = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.path.endsWith('/callback');
const editOriginal = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${token}/messages/@original`;
const replyTo = (messageId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === messageId;

async function slash(user: ReturnType<FakeDiscord['user']>, query: string, priv?: boolean) {
  const opts: { name: string; type: number; value: unknown }[] = [{ name: 'query', type: 3, value: query }];
  if (priv !== undefined) opts.push({ name: 'private', type: 5, value: priv });
  const i = fake.slashCommand(user, opts);
  const cb = await fake.waitFor(callback(i.id));
  return { ...i, cb };
}

describe('logging in', () => {
  it('identifies with Message Content only because listening channels are set, and is ready', () => {
    expect(started.client.user.id).toBe(fake.bot.id);
    expect(fake.identifyIntents! & (1 << 15)).toBe(1 << 15);
    const rest = fake.requests.find((r) => r.path === '/gateway/bot')!;
    expect(rest.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('without listening channels it asks for no privileged intent', async () => {
    const other = await FakeDiscord.start();
    const s = await startDiscord({ token: TOKEN, listenChannels: [], apiUrl: other.api, rateLimitPerMinute: 5 }, bot, { log: () => {} });
    try {
      const privileged = (1 << 1) | (1 << 8) | (1 << 15); // GuildMembers, GuildPresences, MessageContent
      expect(other.identifyIntents! & privileged).toBe(0);
      expect(other.identifyIntents! & (1 << 9)).toBe(1 << 9); // GuildMessages, for mentions
    } finally {
      await s.stop();
      await other.close();
    }
  });
});

describe('/qa', () => {
  it('defers, then edits the reply with one embed per hit, a summary, paging and source buttons, and no pings', async () => {
    const alice = fake.user('alice');
    const { token, cb } = await slash(alice, QUERY);
    expect(cb.body.type).toBe(5); // deferred: "archive-qa is thinking…"
    expect((cb.body.data?.flags ?? 0) & 64).toBe(0); // public
    expect(cb.headers.authorization).toBeUndefined();
    const edit = await fake.waitFor(editOriginal(token));
    expect(edit.headers.authorization).toBeUndefined();
    const body = edit.body;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const expected = (await bot.handle(QUERY, { platform: 'discord', channelId: fake.channelId, userId: alice.id }, { limit: 5 })) as ResultsReply;
    expect(expected.kind).toBe('results');
    expect(expected.total).toBeGreaterThan(5);
    expect(expected.awaiting).toBeGreaterThan(0);
    expect(body.content.split('\n')[0]).toBe(`**5 of ${expected.total.toLocaleString('en-GB')} questions (${expected.total - expected.awaiting!} answered)** for \`${QUERY}\``);
    expect(body.embeds).toHaveLength(5);
    body.embeds.forEach((e: any, i: number) => {
      const r = expected.hits[i]!.record;
      expect(e.url).toBe(r.url);
      expect(e.title).toBe(escapeMarkdown(r.heading ?? e.title.replace(/\\/g, '')));
      expect(e.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['Answered by']));
      expect(e.footer.text).toContain(r.uin ? `UIN ${r.uin}` : r.id);
    });
    expect(body.embeds.some((e: any) => /\*\*(county|lines|county lines)\*\*/i.test(e.description ?? ''))).toBe(true);
    expectWithinLimits(body);
    expectNoPingsOrForeignLinks(body, expected.hits.map((h) => h.record.url));
    const buttons = body.components[0].components;
    expect(buttons.map((b: any) => b.label)).toEqual(['◀ Previous', 'Next ▶', expect.stringMatching(/^Source: /)]);
    expect(buttons[0].disabled).toBe(true);
    expect(buttons[2].url).toBe(expected.hits[0]!.record.url);
  });

  it('private:true defers ephemerally', async () => {
    const { cb, token } = await slash(fake.user('pat'), QUERY, true);
    expect(cb.body).toEqual({ type: 5, data: { flags: 64 } });
    await fake.waitFor(editOriginal(token));
  });

  it('Next turns the page for the asker; anyone else gets a polite ephemeral refusal; an unknown page has expired', async () => {
    const alice = fake.user('alice2');
    const { token } = await slash(alice, QUERY);
    await fake.waitFor(editOriginal(token));
    const original = fake.originals.get(token);
    const next = original.components[0].components[1].custom_id as string;
    expect(next).toMatch(/^qa:n:[A-Za-z0-9_-]+:5$/);

    const bob = fake.user('bob');
    const refused = fake.buttonPress(bob, next, original);
    const r = await fake.waitFor(callback(refused.id));
    expect(r.body.type).toBe(4);
    expect(r.body.data.flags).toBe(64);
    expect(r.body.data.content).toBe(`Only the person who ran this search can turn its pages. You can run it yourself: \`/qa query:${QUERY}\``);
    expect(r.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const press = fake.buttonPress(alice, next, original);
    const cb = await fake.waitFor(callback(press.id));
    expect(cb.body).toEqual({ type: 6 });
    const edit = await fake.waitFor(editOriginal(press.token));
    expect(edit.body.content.split('\n')[0]).toMatch(/^\*\*Questions 6–(\d+) of [\d,]+\*\* for `/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const prev = edit.body.components[0].components[0];
    expect(prev).toMatchObject({ disabled: false, custom_id: next.replace(/^qa:n:(.*):5$/, 'qa:p:$1:0') });
    const page2 = (await bot.handle(QUERY, { platform: 'discord', channelId: fake.channelId, userId: alice.id }, { offset: 5, limit: 5 })) as ResultsReply;
    expect(edit.body.embeds.map((e: any) => e.url)).toEqual(page2.hits.map((h) => h.record.url));
    expect(fake.requests.some(editOriginal(refused.token))).toBe(false);

    const stale = fake.buttonPress(alice, 'qa:n:doesnotexist:5', original);
    const s = await fake.waitFor(callback(stale.id));
    expect(s.body).toMatchObject({ type: 4, data: { flags: 64, content: 'This result page has expired. Run the search again to get fresh pages.' } });
  });

  it('a Watch button asks the bot to watch that question in this channel, answering only the presser', async () => {
    const calls: string[] = [];
    const reaches: unknown[] = [];
    const handle = bot.handle;
    bot.handle = async (text, ctx, opts) => {
      calls.push(`${ctx.platform}:${ctx.channelId}:${text}`);
      // The press carries the bot's permissions there: a watch is refused where notices could not arrive.
      reaches.push(await ctx.reach?.());
      return handle(text, ctx, opts);
    };
    try {
      const press = fake.buttonPress(fake.user('watcher'), 'qa_watch:commons-2024-09-09-4799', { id: '1', channel_id: fake.channelId });
      const r = await fake.waitFor(callback(press.id));
      expect(r.body.type).toBe(4);
      expect(r.body.data.flags).toBe(64);
      expect(r.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
      // This bot has no watch store: it says so, which shows the press reached it as a watch.
      expect(r.body.data.embeds[0].title).toBe('Watching questions is not available here.');
      expect(calls).toEqual([`discord:${fake.channelId}:watch commons-2024-09-09-4799`]);
      // Every permission but Send Messages (1 << 11).
      const noSend = (BigInt('2248473465835073') & ~(1n << 11n)).toString();
      const refused = fake.buttonPress(fake.user('watcher'), 'qa_watch:commons-2024-09-09-4799', { id: '1', channel_id: fake.channelId }, { appPermissions: noSend });
      await fake.waitFor(callback(refused.id));
      expect(reaches[0]).toEqual({ ok: true });
      expect(reaches[1]).toMatchObject({ ok: false, why: expect.stringMatching(/lack Send Messages/) });
    } finally {
      bot.handle = handle;
    }
  });

  it('help, follow, following and unfollow go through the same query option', async () => {
    const u = fake.user('follower');
    const run = async (q: string) => {
      const { token } = await slash(u, q);
      return (await fake.waitFor(editOriginal(token))).body;
    };
    const help = await run('help');
    expect(help.embeds[0].description.length).toBeGreaterThan(100);
    expectWithinLimits(help);
    const followed = await run('follow county lines');
    expect(JSON.stringify(followed.embeds)).toMatch(/county lines/);
    const list = await run('following');
    expect(list.embeds[0].description).toMatch(/^\*\*1\.\*\* `county lines` · since \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await run('unfollow 1');
    const empty = await run('following');
    expect(empty.embeds[0].title).toBe('This channel follows no topics yet');
  });

  it('a follow where the bot cannot post is refused at once, saying what to do; a group DM too', async () => {
    const u = fake.user('refused');
    const channel = { platform: 'discord' as const, channelId: fake.channelId };
    const before = follows.list(channel).length;
    const query = [{ name: 'query', type: 3, value: 'follow county lines' }];
    // Every permission but Send Messages (1 << 11).
    const noSend = (BigInt('2248473465835073') & ~(1n << 11n)).toString();
    const a = fake.slashCommand(u, query, 'qa', { appPermissions: noSend });
    const refused = (await fake.waitFor(editOriginal(a.token))).body;
    expect(JSON.stringify(refused.embeds)).toMatch(/lack Send Messages/);
    expect(JSON.stringify(refused.embeds)).toMatch(/Permissions/);
    const b = fake.slashCommand(u, query, 'qa', { context: 2 });
    expect(JSON.stringify((await fake.waitFor(editOriginal(b.token))).body.embeds)).toMatch(/group DM/);
    expect(follows.list(channel)).toHaveLength(before);
  });

  it('a replayed interaction is handled once: a second `unfollow 1` removes nothing more', async () => {
    const u = fake.user('replayer');
    const run = async (q: string) => (await fake.waitFor(editOriginal((await slash(u, q)).token))).body;
    await run('follow knife crime');
    await run('follow county lines funding');
    const channel = { platform: 'discord' as const, channelId: fake.channelId };
    const n = follows.list(channel).length;
    const first = fake.slashCommand(u, [{ name: 'query', type: 3, value: 'unfollow 1' }]);
    await fake.waitFor(editOriginal(first.token));
    fake.slashCommand(u, [{ name: 'query', type: 3, value: 'unfollow 1' }], 'qa', { id: first.id });
    // A later command, answered after the replay was dealt with (one gateway, in order).
    await run('following');
    expect(follows.list(channel)).toHaveLength(n - 1);
    expect(fake.requests.filter(callback(first.id))).toHaveLength(1);
    for (const q of ['knife crime', 'county lines funding']) await run(`unfollow ${q}`);
  });

  it('a query full of mentions and markdown pings nobody and cannot link', async () => {
    const { token } = await slash(fake.user('mallory'), '@everyone <@123> [click](https://evil.example) **county** lines');
    const body = (await fake.waitFor(editOriginal(token))).body;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectWithinLimits(body);
    const urls = (body.embeds as any[]).map((e) => e.url).filter(Boolean);
    expectNoPingsOrForeignLinks(body, urls);
  });

  it('rate limits each user with a friendly ephemeral message, others are unaffected', async () => {
    const carol = fake.user('carol');
    for (let i = 0; i < 6; i++) {
      const { cb } = await slash(carol, `prison ${i}`);
      expect(cb.body.type).toBe(5);
    }
    const { cb } = await slash(carol, 'prison again');
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags).toBe(64);
    expect(cb.body.data.content).toMatch(/^You're asking faster than I can keep up \(6 requests a minute at most\)\. Please try again in \d+ seconds?\.$/);
    const { cb: other } = await slash(fake.user('dave'), 'prison');
    expect(other.body.type).toBe(5);
  });
});

describe('messages', () => {
  it('a message mentioning the bot gets a reply to that message with the top results, pinging nobody', async () => {
    const erin = fake.user('erin');
    const ignored = fake.userMessage(erin, 'county lines, without asking the bot');
    const id = fake.userMessage(erin, `<@${fake.bot.id}> what did ministers say about county lines funding?`, { mentionBot: true });
    const post = await fake.waitFor(replyTo(id));
    expect(post.path).toBe(`/channels/${fake.channelId}/messages`);
    expect(post.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post.body.message_reference).toMatchObject({ message_id: id });
    const expected = (await bot.handle('what did ministers say about county lines funding?', { platform: 'discord', channelId: fake.channelId, userId: erin.id }, { limit: 3 })) as ResultsReply;
    expect(expected.kind).toBe('results');
    const hitEmbeds = post.body.embeds.filter((e: any) => e.url);
    expect(hitEmbeds.map((e: any) => e.url)).toEqual(expected.hits.map((h) => h.record.url));
    expect(hitEmbeds.length).toBeLessThanOrEqual(3);
    expectWithinLimits(post.body);
    expectNoPingsOrForeignLinks(post.body, [...expected.hits.map((h) => h.record.url), ...(expected.answer?.quotes.map((q) => q.record.url) ?? [])]);
    expect(fake.requests.some(replyTo(ignored))).toBe(false);
  });

  it('a message in a listening channel is answered without a mention; bots are ignored', async () => {
    const botMsg = fake.userMessage({ ...fake.user('otherbot'), bot: true }, 'county lines', { channelId: listenChannel });
    const id = fake.userMessage(fake.user('fran'), 'county lines', { channelId: listenChannel });
    const post = await fake.waitFor(replyTo(id));
    expect(post.path).toBe(`/channels/${listenChannel}/messages`);
    expect(post.body.embeds.length).toBeGreaterThan(0);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(fake.requests.some(replyTo(botMsg))).toBe(false);
  });
});

describe('registering commands and sending digests against the fake', () => {
  it('registers to the guild when DISCORD_GUILD_ID is set, globally otherwise', async () => {
    const g = await registerCommands({ token: TOKEN, apiUrl: fake.api, guildId: fake.guildId });
    expect(g).toEqual({ scope: 'guild', applicationId: fake.applicationId, guildId: fake.guildId, names: ['qa'] });
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put.body).toEqual(COMMANDS);
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(fake.requests.some((r) => r.path === '/applications/@me')).toBe(true);

    const gl = await registerCommands({ token: TOKEN, apiUrl: fake.api, applicationId: fake.applicationId });
    expect(gl.scope).toBe('global');
    const putGlobal = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/commands`);
    expect(putGlobal.body[0]).toMatchObject({ name: 'qa', options: [{ name: 'query', type: 3, required: true }, { name: 'private', type: 5 }] });
    expect(fake.commands.get('global')!.map((c) => c.name)).toEqual(['qa']);
  });

  it('npm run discord:register (the script) registers against DISCORD_API_URL and reports where', async () => {
    const env = { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.api, DISCORD_GUILD_ID: fake.guildId, DISCORD_APPLICATION_ID: fake.applicationId };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'adapters/discord/register.ts'], { env, cwd: new URL('../../../', import.meta.url) });
    expect(stdout).toBe(`Registered /qa for application ${fake.applicationId} guild ${fake.guildId} (available now).\n`);
    const bad = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'adapters/discord/register.ts'], {
      env: { ...env, DISCORD_GUILD_ID: 'not-an-id' },
      cwd: new URL('../../../', import.meta.url),
    }).catch((e: { code: number; stderr: string }) => e);
    expect((bad as { code: number }).code).toBe(1);
    expect((bad as { stderr: string }).stderr).toContain('DISCORD_GUILD_ID must be a Discord id');
  }, 30_000);

  /** A one-topic digest of the first `shown` real hits for QUERY, claiming `total` new answers since `day`. */
  async function digestOf(shown: number, total: number, day: string) {
    const records = (await bot.handle(QUERY, { platform: 'discord', channelId: 'x', userId: 'y' }, { limit: shown })) as ResultsReply;
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 864e5).toISOString().replace('.000', '');
    return {
      kind: 'digest' as const,
      from: `${day}T00:00:00Z`,
      to: next,
      topics: [{ query: QUERY, total, records: records.hits.map((h) => h.record), lines: records.hits.map(() => 'line'), since: day }],
    };
  }

  it('a digest goes out with embeds, no pings and a nonce; a resend with the same deliveryId is deduplicated', async () => {
    const digest = await digestOf(3, 7, '2025-01-01');
    const channel = { platform: 'discord' as const, channelId: fake.channelId };
    const sender = DiscordDigestSender.fromConfig({ token: TOKEN, apiUrl: fake.api });
    const before = fake.created.length;
    await sender.send(channel, digest, 'delivery-1');
    await started.digestSender.send(channel, digest, 'delivery-1'); // crash-recovered resend
    expect(fake.created.length).toBe(before + 1);
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.body?.enforce_nonce);
    expect(posts).toHaveLength(2);
    expect(posts[0]!.body.nonce).toBe(posts[1]!.body.nonce);
    expect(posts[0]!.body.nonce.length).toBeLessThanOrEqual(25);
    expect(posts[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(posts[0]!.body.embeds[0].description).toContain('and 4 more');
    await sender.send(channel, digest, 'delivery-2');
    expect(fake.created.length).toBe(before + 2);
    await expect(sender.send({ platform: 'slack', channelId: 'C1' }, digest, 'd')).rejects.toThrow(/cannot send to a slack channel/);
  });

  it('after a longer outage than the nonce window, alreadySent finds a digest whose last part reached the channel', async () => {
    const digest = await digestOf(2, 2, '2025-02-01');
    const channel = { platform: 'discord' as const, channelId: fake.channelId };
    const sender = DiscordDigestSender.fromConfig({ token: TOKEN, apiUrl: fake.api });
    expect(await sender.alreadySent(channel, 'delivery-late')).toBe(false);
    await sender.send(channel, digest, 'delivery-late');
    const posted = fake.created.at(-1);
    expect(posted.content).toMatch(/^-# digest delivery-late · part 1 of 1$/m);
    expect(await sender.alreadySent(channel, 'delivery-late')).toBe(true);
    expect(await sender.alreadySent(channel, 'delivery-other')).toBe(false);
    // Only the first of two parts arrived before a crash: not sent yet, so it is sent again.
    // biome-ignore lint/complexity/useLiteralKeys: the test reaches the sender's private REST client on purpose
    await sender['rest'].post(`/channels/${fake.channelId}/messages`, { body: { content: '-# digest delivery-half · part 1 of 2' } });
    expect(await sender.alreadySent(channel, 'delivery-half')).toBe(false);
  });
});
