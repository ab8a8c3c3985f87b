// Socket Mode, end to end: the real Bolt app given an app token opens its connection through
// the fake Slack's apps.connections.open, receives envelopes over the fake's WebSocket exactly
// as Slack sends them, acknowledges each over the socket, and answers through response_url.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackAdapter } from '../../../adapters/slack/app.ts';
import { FakeSlack, slashCommandPayload } from '../../fakes/slack.ts';
import { TestBot } from './bot.ts';
import { expectNoPingsOrForeignLinks, expectWithinLimits } from './check.ts';
import { fakeRecord, hasCorpus, recordsMentioning } from './corpus.ts';

const APP_TOKEN = 'xapp-1-A0APP0001-1234-abcdef';
const RECORDS = hasCorpus
  ? recordsMentioning('knife crime', 5)
  : Array.from({ length: 5 }, (_, i) => fakeRecord({ id: `r${i}`, uin: String(100 + i), heading: 'Knife Crime', answerText: `Knife crime answer ${i}.` }));

describe('Slack adapter in Socket Mode, end to end', () => {
  let fake: FakeSlack;
  let bot: TestBot;
  let adapter: SlackAdapter;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    bot = new TestBot(RECORDS);
    adapter = createSlackApp({
      config: { botToken: 'xoxb-test-token', signingSecret: 'not-used-in-socket-mode', appToken: APP_TOKEN, port: 0, command: '/qa', rateLimit: { max: 1000, windowMs: 60_000 }, logLevel: 'error', apiUrl: fake.apiUrl },
      bot,
    });
    expect(await adapter.start()).toEqual({ mode: 'socket' });
    await fake.socketConnected();
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.stop();
  });
  afterEach(() => bot.open());

  it('opens its connection with the app token, not the bot token', () => {
    const open = fake.calls.filter((c) => c.method === 'apps.connections.open');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((c) => c.token === APP_TOKEN)).toBe(true);
  });

  it('acknowledges a slash command envelope before the bot answers, then replies ephemerally through response_url', async () => {
    bot.hold();
    const responseUrl = fake.newResponseUrl();
    const envelopeId = fake.sendEnvelope('slash_commands', slashCommandPayload({ text: 'knife crime', response_url: responseUrl }));
    const reply = await fake.waitForSocketReply(envelopeId);
    expect(reply.envelope_id).toBe(envelopeId);
    fake.note('ack received');
    expect(fake.responses.filter((p) => responseUrl.endsWith(p.id))).toHaveLength(0);
    bot.open();
    const post = await fake.waitForResponse(responseUrl);
    const order = fake.timeline.map((e) => (e.kind === 'note' && e.what === 'ack received' ? 'ack' : e.kind === 'response' && responseUrl.endsWith(e.post.id) ? 'respond' : undefined)).filter(Boolean);
    expect(order).toEqual(['ack', 'respond']);

    expect(bot.calls.at(-1)).toEqual({ text: 'knife crime', ctx: { platform: 'slack', channelId: 'C0CHAN001', userId: 'U0USER001', reach: expect.any(Function) } });
    expect(post.body.response_type).toBe('ephemeral');
    expectWithinLimits(post.body);
    expectNoPingsOrForeignLinks(post.body);
    const sections = post.body.blocks.filter((b: any) => b.type === 'section').map((b: any) => b.text.text as string);
    expect(sections[0]).toBe(`2 of ${RECORDS.length} answers for *knife crime*`);
  });

  it('answers an @everyone in the query without pinging anyone', async () => {
    const responseUrl = fake.newResponseUrl();
    const envelopeId = fake.sendEnvelope('slash_commands', slashCommandPayload({ text: 'knife crime <!everyone>', response_url: responseUrl }));
    await fake.waitForSocketReply(envelopeId);
    const post = await fake.waitForResponse(responseUrl);
    expectNoPingsOrForeignLinks(post.body);
  });
});
