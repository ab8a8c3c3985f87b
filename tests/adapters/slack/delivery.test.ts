// Digests that always get through, end to end on Slack: the real Bolt app and the real digest
// sender against a fake Slack that models membership (a bot reads only where it is a member and
// sees a private channel only when invited) and a Slack that stores a post and then fails.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackAdapter } from '../../../adapters/slack/app.ts';
import { slackPlatform } from '../../../adapters/slack/platform.ts';
import { createBot } from '../../../src/bot/bot.ts';
import { listDeliveries, runDueDigests } from '../../../src/digest/run.ts';
import { DEFAULT_DIGEST_CONFIG } from '../../../src/schedule.ts';
import { markAnsweredSeen } from '../../../src/store/db.ts';
import { SqliteFollowStore } from '../../../src/store/follows.ts';
import { firstTime } from '../../../src/store/requests.ts';
import { SqliteWatchStore } from '../../../src/watch/store.ts';
import type { ChannelRef } from '../../../src/ports.ts';
import { appMentionBody, FakeSlack, FAKE_BOT_USER_ID, sendSigned, slashCommandBody } from '../../fakes/slack.ts';
import { FakeSearcher, fixtureRecords, tmpDb } from '../../digest/helpers.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';
const records = fixtureRecords();
const prisons = records.filter((r) => r.dateAnswered && (r.heading ?? '').toLowerCase().startsWith('prisons'));
const backlog = records.filter((r) => !prisons.includes(r));

describe('Slack: follows only where digests can arrive, and digests arrive once', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;
  let t: ReturnType<typeof tmpDb>;
  let searcher: FakeSearcher;
  let follows: SqliteFollowStore;
  let watches: SqliteWatchStore;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    t = tmpDb();
    searcher = new FakeSearcher(backlog);
    markAnsweredSeen(t.db, backlog, new Date('2025-03-01T00:00:00Z'));
    follows = new SqliteFollowStore(t.db, () => new Date('2025-03-01T10:00:00Z'));
    // An archive that holds no question yet: a watch waits for it.
    watches = new SqliteWatchStore(t.db, { find: () => undefined, byUin: () => [] }, () => new Date('2025-03-01T10:00:00Z'));
    adapter = createSlackApp({
      config: { botToken: 'xoxb-deliver', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, command: '/qa', rateLimit: { max: 100, windowMs: 60_000 }, logLevel: 'error' },
      bot: createBot({ searcher, follows, watches }),
      firstTime: (id) => firstTime(t.db, id),
    });
    const { port } = await adapter.start();
    eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.stop();
    t?.cleanup();
  });
  afterEach(() => {
    fake.doneThenFail.clear();
    fake.chatWritePublic = true;
  });

  async function slash(text: string, channel: string) {
    const responseUrl = fake.newResponseUrl();
    const res = await sendSigned(eventsUrl, SECRET, slashCommandBody({ text, response_url: responseUrl, channel_id: channel }), FORM);
    expect(res.status).toBe(200);
    const body = (await fake.waitForResponse(responseUrl)).body;
    return JSON.stringify(body.blocks ?? body.text);
  }
  const ch = (channelId: string): ChannelRef => ({ platform: 'slack', channelId });

  it('a follow in a private channel the bot is not in is refused at once, saying to invite the bot', async () => {
    fake.setConversation('G0PRIV001', { kind: 'private', member: false });
    const said = await slash('follow prisons', 'G0PRIV001');
    expect(said).toMatch(/private channel I am not in/);
    expect(said).toMatch(/\/invite @qa/);
    expect(follows.list(ch('G0PRIV001'))).toEqual([]);
  });

  it('a follow in a direct message between other people is refused; in an archived channel too', async () => {
    fake.setConversation('D0OTHERS1', { kind: 'im', member: false });
    expect(await slash('follow prisons', 'D0OTHERS1')).toMatch(/direct message between other people/);
    fake.setConversation('C0ARCHIV1', { kind: 'public', member: true, archived: true });
    expect(await slash('follow prisons', 'C0ARCHIV1')).toMatch(/archived/);
    expect(follows.list(ch('D0OTHERS1'))).toEqual([]);
    expect(follows.list(ch('C0ARCHIV1'))).toEqual([]);
  });

  it('a watch is refused where its notices could not arrive, as a follow is; in a public channel the bot joins', async () => {
    fake.setConversation('G0PRIV002', { kind: 'private', member: false });
    const said = await slash('watch 4712', 'G0PRIV002');
    expect(said).toMatch(/private channel I am not in/);
    expect(said).toMatch(/\/invite @qa/);
    expect(watches.list(ch('G0PRIV002'))).toEqual([]);
    // What names no question is said so without looking at the channel.
    fake.setConversation('G0PRIV003', { kind: 'private', member: false });
    expect(await slash('watch county lines', 'G0PRIV003')).toMatch(/does not name a written question/);
    expect(fake.calls.some((c) => c.method === 'conversations.info' && c.args.channel === 'G0PRIV003')).toBe(false);
    fake.setConversation('C0PUBW001', { kind: 'public', member: false });
    expect(await slash('watch 4712', 'C0PUBW001')).toMatch(/Watching UIN 4712/);
    expect(fake.conversations.get('C0PUBW001')!.member).toBe(true);
    expect(watches.list(ch('C0PUBW001'))).toHaveLength(1);
  });

  it('a follow in a public channel the bot is not in joins it, so the digest can be confirmed later', async () => {
    fake.setConversation('C0PUBLIC1', { kind: 'public', member: false });
    expect(await slash('follow prisons', 'C0PUBLIC1')).toMatch(/Following/);
    expect(fake.calls.some((c) => c.method === 'conversations.join' && c.args.channel === 'C0PUBLIC1')).toBe(true);
    expect(fake.conversations.get('C0PUBLIC1')!.member).toBe(true);
    expect(follows.list(ch('C0PUBLIC1')).map((f) => f.query)).toEqual(['prisons']);
  });

  async function senderFromEnv() {
    return (await slackPlatform.digestSender({ SLACK_BOT_TOKEN: 'xoxb-deliver', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }, () => {})).digestSender;
  }
  const posts = (channel: string) => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
  const stored = (channel: string) => (fake.channels.get(channel) ?? []).filter((m) => m.metadata?.event_type === 'qa_digest');

  for (const how of ['http500', 'cut'] as const) {
    it(`a digest Slack stores and then fails to answer (${how === 'cut' ? 'connection cut' : 'HTTP 500'}) arrives once`, async () => {
      const channel = `C0STORE${how === 'cut' ? 'C' : '5'}1`;
      const db = tmpDb();
      try {
        const s = new FakeSearcher(backlog);
        markAnsweredSeen(db.db, backlog, new Date('2025-03-01T00:00:00Z'));
        new SqliteFollowStore(db.db, () => new Date('2025-03-01T10:00:00Z')).follow(ch(channel), 'prisons');
        for (const r of prisons.slice(0, 2)) s.add(r);
        markAnsweredSeen(db.db, prisons.slice(0, 2), new Date('2025-03-01T12:00:00Z'));
        fake.doneThenFail.set('chat.postMessage', { times: 5, how });
        const sender = await senderFromEnv();
        const run = (at: string) => runDueDigests({ db: db.db, searcher: s, senders: [sender], now: new Date(at), config: DEFAULT_DIGEST_CONFIG });
        expect((await run('2025-03-02T08:00:00Z')).outcomes.map((o) => o.status)).toEqual(['sent']);
        expect((await run('2025-03-02T08:05:00Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
        expect(posts(channel)).toHaveLength(1);
        expect(stored(channel)).toHaveLength(1);
        expect(listDeliveries(db.db).map((d) => d.status)).toEqual(['sent']);
      } finally {
        db.cleanup();
      }
    });
  }

  it('after a crash, a digest posted to a public channel the bot never joined is found (the bot joins to read), not posted again', async () => {
    const channel = 'C0NOTJOIN';
    fake.setConversation(channel, { kind: 'public', member: false });
    const db = tmpDb();
    try {
      const s = new FakeSearcher(backlog);
      markAnsweredSeen(db.db, backlog, new Date('2025-03-01T00:00:00Z'));
      // A follow from before follows joined the channel.
      new SqliteFollowStore(db.db, () => new Date('2025-03-01T10:00:00Z')).follow(ch(channel), 'prisons');
      s.add(prisons[0]!);
      markAnsweredSeen(db.db, [prisons[0]!], new Date('2025-03-01T12:00:00Z'));
      const sender = await senderFromEnv();
      // The post reaches Slack (chat:write.public), then the process dies before recording it.
      const crashing = { ...sender, send: async (...a: Parameters<typeof sender.send>) => {
        await sender.send(...a);
        throw new Error('crash stand-in');
      }, alreadySent: async () => {
        throw new Error('process gone');
      } };
      const run = (at: string, senders = [sender]) => runDueDigests({ db: db.db, searcher: s, senders, now: new Date(at), config: DEFAULT_DIGEST_CONFIG });
      expect((await run('2025-03-02T08:00:00Z', [crashing])).outcomes.map((o) => o.status)).toEqual(['failed']);
      expect(fake.conversations.get(channel)!.member).toBe(false);
      const r = await run('2025-03-02T08:10:00Z');
      expect(r.outcomes.map((o) => o.status)).toEqual(['already-sent', 'not-due']);
      expect(posts(channel)).toHaveLength(1);
      expect(fake.calls.filter((c) => c.method === 'conversations.history' && c.args.channel === channel).length).toBeGreaterThan(1);
      expect(fake.conversations.get(channel)!.member).toBe(true);
    } finally {
      db.cleanup();
    }
  });

  it('a private channel the bot was removed from: the check says to invite it, and nothing is posted blindly', async () => {
    const channel = 'G0REMOVED';
    fake.setConversation(channel, { kind: 'private', member: false });
    const sender = await senderFromEnv();
    await expect(sender.alreadySent!(ch(channel), 'dg-any')).rejects.toThrow(/invite it/);
    await expect(sender.send(ch(channel), { kind: 'digest', from: '2025-03-01T08:00:00Z', to: '2025-03-02T08:00:00Z', topics: [] }, 'dg-any')).rejects.toThrow(/channel_not_found/);
    expect(stored(channel)).toEqual([]);
  });

  it('a replayed command is handled once: a second `unfollow 1` removes nothing more', async () => {
    const channel = 'C0REPLAY1';
    await slash('follow prisons', channel);
    await slash('follow dental', channel);
    const responseUrl = fake.newResponseUrl();
    const body = slashCommandBody({ text: 'unfollow 1', response_url: responseUrl, channel_id: channel });
    expect((await sendSigned(eventsUrl, SECRET, body, FORM)).status).toBe(200);
    await fake.waitForResponse(responseUrl);
    // The same signed request again (same trigger_id): acknowledged, not handled.
    expect((await sendSigned(eventsUrl, SECRET, body, FORM)).status).toBe(200);
    expect(await slash('following', channel)).toMatch(/dental/);
    expect(follows.list(ch(channel)).map((f) => f.query)).toEqual(['dental']);
    expect(fake.responses.filter((p) => responseUrl.endsWith(p.id))).toHaveLength(1);
  });

  it("Slack's redelivery of an event (X-Slack-Retry-Num, the same event_id) is answered once", async () => {
    const channel = 'C0RETRY01';
    const mention = appMentionBody({ text: `<@${FAKE_BOT_USER_ID}> prisons`, channel, ts: '1700000500.000100' });
    expect((await sendSigned(eventsUrl, SECRET, mention, 'application/json')).status).toBe(200);
    await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === '1700000500.000100');
    const retry = await sendSigned(eventsUrl, SECRET, mention, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    // A later mention, answered after the retry was dealt with.
    await sendSigned(eventsUrl, SECRET, appMentionBody({ text: `<@${FAKE_BOT_USER_ID}> dental`, channel, ts: '1700000501.000100' }), 'application/json');
    await fake.waitForCall('chat.postMessage', (c) => c.args.thread_ts === '1700000501.000100');
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700000500.000100')).toHaveLength(1);
  });
});
