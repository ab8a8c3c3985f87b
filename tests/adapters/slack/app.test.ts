// End to end: the real Bolt app on 127.0.0.1, signed requests exactly as Slack sends them,
// Web API calls and response_url posts caught by a fake Slack.
import { LogLevel } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, slackTextToPlain, stripBotMention, type SlackAdapter } from '../../../adapters/slack/app.ts';
import type { SlackConfig } from '../../../adapters/slack/config.ts';
import { decodePageValue } from '../../../adapters/slack/render.ts';
import {
  appMentionBody,
  blockActionsBody,
  FakeSlack,
  FAKE_BOT_USER_ID,
  sendSigned,
  slackSignature,
  slashCommandBody,
} from '../../fakes/slack.ts';
import { TestBot } from './bot.ts';
import { expectNoPingsOrForeignLinks, expectWithinLimits } from './check.ts';
import { fakeRecord, hasCorpus, recordsMentioning } from './corpus.ts';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const FORM = 'application/x-www-form-urlencoded';

// Real records where the corpus is present (else hand-made ones), all about knife crime.
const RECORDS = hasCorpus
  ? recordsMentioning('knife crime', 5)
  : Array.from({ length: 5 }, (_, i) => fakeRecord({ id: `r${i}`, uin: String(100 + i), heading: 'Knife Crime', answerText: `Knife crime answer ${i}.` }));

function config(over: Partial<SlackConfig> = {}): SlackConfig {
  return {
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    command: '/qa',
    rateLimit: { max: 1000, windowMs: 60_000 },
    logLevel: 'error',
    ...over,
  };
}

interface Harness {
  fake: FakeSlack;
  bot: TestBot;
  adapter: SlackAdapter;
  eventsUrl: string;
}

async function startHarness(over: Partial<SlackConfig> = {}, now?: () => number): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const bot = new TestBot(RECORDS);
  const adapter = createSlackApp({ config: config({ apiUrl: fake.apiUrl, ...over }), bot, ...(now ? { now } : {}) });
  const { port } = await adapter.start();
  return { fake, bot, adapter, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
}

async function stopHarness(h: Harness): Promise<void> {
  await h.adapter.stop();
  await h.fake.stop();
}

const actionsOf = (blocks: any[]) => blocks.find((b) => b.type === 'actions');
const sectionTexts = (blocks: any[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text.text as string);

describe('Slack adapter, end to end', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await stopHarness(h);
  });
  afterEach(() => {
    h.bot.open();
    h.bot.fail = undefined;
  });

  async function slash(text: string, extra: Parameters<typeof slashCommandBody>[0] extends infer T ? Partial<T> : never = {}) {
    const responseUrl = h.fake.newResponseUrl();
    const res = await sendSigned(h.eventsUrl, SECRET, slashCommandBody({ text, response_url: responseUrl, ...extra }), FORM);
    return { res, responseUrl };
  }

  it('acks a slash command before the bot answers, then replies ephemerally through response_url', async () => {
    h.bot.hold();
    const { res, responseUrl } = await slash('knife crime');
    // The HTTP response (the ack) has arrived while the bot is still holding its answer.
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    h.fake.note('ack received');
    expect(h.fake.responses.filter((p) => responseUrl.endsWith(p.id))).toHaveLength(0);
    h.bot.open();
    const post = await h.fake.waitForResponse(responseUrl);
    const order = h.fake.timeline.map((e) => (e.kind === 'note' ? e.what : e.kind === 'response' && responseUrl.endsWith(e.post.id) ? 'respond' : undefined)).filter(Boolean);
    expect(order).toEqual(['ack received', 'respond']);

    expect(h.bot.calls.at(-1)).toEqual({ text: 'knife crime', ctx: { platform: 'slack', channelId: 'C0CHAN001', userId: 'U0USER001', reach: expect.any(Function) } });
    const body = post.body;
    expect(body.response_type).toBe('ephemeral');
    expectWithinLimits(body);
    expectNoPingsOrForeignLinks(body);
    expect(sectionTexts(body.blocks)[0]).toBe(`2 of ${RECORDS.length} answers for *knife crime*`);
    expect(sectionTexts(body.blocks)).toContain(`*<${RECORDS[0]!.url}|${RECORDS[0]!.heading}>*`);
    expect(sectionTexts(body.blocks).some((t) => /\*knife crime\*|\*knife\*|\*crime\*/i.test(t))).toBe(true);
    expect(body.blocks.filter((b: any) => b.type === 'divider')).toHaveLength(1);
    const buttons = actionsOf(body.blocks).elements;
    expect(buttons.map((b: any) => b.action_id)).toEqual(['qa_next', 'qa_share']);
  });

  it('Next and Previous replace the original message with that page', async () => {
    const first = await slash('knife crime');
    const page1 = (await h.fake.waitForResponse(first.responseUrl)).body;
    const next = actionsOf(page1.blocks).elements.find((b: any) => b.action_id === 'qa_next');

    const clickUrl = h.fake.newResponseUrl();
    const res = await sendSigned(h.eventsUrl, SECRET, blockActionsBody({ action_id: 'qa_next', value: next.value, response_url: clickUrl }), FORM);
    expect(res.status).toBe(200);
    const page2 = (await h.fake.waitForResponse(clickUrl)).body;
    expect(h.bot.calls.at(-1)).toMatchObject({ text: 'knife crime', offset: 2 });
    expect(page2.replace_original).toBe(true);
    expect(page2.response_type).toBeUndefined();
    expectWithinLimits(page2);
    expect(sectionTexts(page2.blocks)[0]).toBe(`Answers 3–4 of ${RECORDS.length} for *knife crime*`);
    expect(sectionTexts(page2.blocks)).toContain(`*<${RECORDS[2]!.url}|${RECORDS[2]!.heading}>*`);
    const buttons = actionsOf(page2.blocks).elements;
    expect(buttons.map((b: any) => [b.action_id, decodePageValue(b.value)?.offset])).toEqual([
      ['qa_prev', 0],
      ['qa_next', 4],
      ['qa_share', 2],
    ]);

    const backUrl = h.fake.newResponseUrl();
    await sendSigned(h.eventsUrl, SECRET, blockActionsBody({ action_id: 'qa_prev', value: buttons[0].value, response_url: backUrl }), FORM);
    const back = (await h.fake.waitForResponse(backUrl)).body;
    expect(back.replace_original).toBe(true);
    expect(sectionTexts(back.blocks)[0]).toBe(`2 of ${RECORDS.length} answers for *knife crime*`);
  });

  it('Share in channel posts the current page visibly, saying who shared it', async () => {
    const first = await slash('knife crime');
    const page1 = (await h.fake.waitForResponse(first.responseUrl)).body;
    const share = actionsOf(page1.blocks).elements.find((b: any) => b.action_id === 'qa_share');
    const clickUrl = h.fake.newResponseUrl();
    await sendSigned(h.eventsUrl, SECRET, blockActionsBody({ action_id: 'qa_share', value: share.value, response_url: clickUrl, user_id: 'U0SHARER1' }), FORM);
    const shared = (await h.fake.waitForResponse(clickUrl)).body;
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(actionsOf(shared.blocks)).toBeUndefined();
    const last = shared.blocks.at(-1);
    expect(last.type).toBe('context');
    expect(last.elements[0].text).toBe('Shared by <@U0SHARER1> · `/qa knife crime`');
    expect(sectionTexts(shared.blocks)[0]).toBe(`2 of ${RECORDS.length} answers for *knife crime*`);
    expectNoPingsOrForeignLinks(shared, { allowedMention: 'U0SHARER1' });
  });

  it('Watch on a result asks the bot to watch that question in the channel the result is in, answering only the clicker', async () => {
    const clickUrl = h.fake.newResponseUrl();
    const res = await sendSigned(h.eventsUrl, SECRET, blockActionsBody({ action_id: 'qa_watch', value: 'commons-2024-09-09-4799', response_url: clickUrl, channel_id: 'C0WATCHES' }), FORM);
    expect(res.status).toBe(200);
    const post = (await h.fake.waitForResponse(clickUrl)).body;
    expect(h.bot.calls.at(-1)).toMatchObject({ text: 'watch commons-2024-09-09-4799', ctx: { platform: 'slack', channelId: 'C0WATCHES' } });
    expect(post.replace_original).toBe(false);
    expect(post.response_type).toBe('ephemeral');
  });

  it('a button with a forged or broken value gets a polite note, not a crash', async () => {
    const clickUrl = h.fake.newResponseUrl();
    const calls = h.bot.calls.length;
    await sendSigned(h.eventsUrl, SECRET, blockActionsBody({ action_id: 'qa_next', value: 'not json', response_url: clickUrl }), FORM);
    const post = (await h.fake.waitForResponse(clickUrl)).body;
    expect(post.replace_original).toBe(false);
    expect(post.text).toContain('no longer works');
    expect(h.bot.calls.length).toBe(calls);
  });

  it('@mention in a channel is answered in a thread under the question', async () => {
    const res = await sendSigned(h.eventsUrl, SECRET, appMentionBody({ text: `<@${FAKE_BOT_USER_ID}> knife crime`, ts: '1700000123.000100', channel: 'C0CHAN777', user: 'U0ASKER01' }), 'application/json');
    expect(res.status).toBe(200);
    const call = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0CHAN777');
    expect(call.token).toBe('xoxb-test-token');
    expect(call.args.thread_ts).toBe('1700000123.000100');
    expect(h.bot.calls.at(-1)).toEqual({ text: 'knife crime', ctx: { platform: 'slack', channelId: 'C0CHAN777', userId: 'U0ASKER01', reach: expect.any(Function) } });
    expectWithinLimits(call.args);
    expectNoPingsOrForeignLinks(call.args);
    expect(sectionTexts(call.args.blocks)[0]).toBe(`2 of ${RECORDS.length} answers for *knife crime*`);
    // A public reply pages, but has nothing to "share".
    expect(actionsOf(call.args.blocks).elements.map((b: any) => b.action_id)).toEqual(['qa_next']);
    // Inside an existing thread, the answer stays in that thread.
    await sendSigned(h.eventsUrl, SECRET, appMentionBody({ text: `<@${FAKE_BOT_USER_ID}> help`, ts: '1700000200.000100', thread_ts: '1700000150.000001', channel: 'C0CHAN888' }), 'application/json');
    const inThread = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0CHAN888');
    expect(inThread.args.thread_ts).toBe('1700000150.000001');
    expect(h.fake.calls.some((c) => c.method === 'auth.test')).toBe(true);
  });

  it('/qa help (and a bare /qa) explain the query language', async () => {
    for (const text of ['help', '']) {
      const { responseUrl } = await slash(text);
      const post = (await h.fake.waitForResponse(responseUrl)).body;
      expect(h.bot.calls.at(-1)!.text).toBe('help');
      expect(sectionTexts(post.blocks)).toEqual([':information_source: *How to search*', 'Type a few words: `/qa county lines`']);
    }
  });

  it('no results: a helpful reply with suggestions', async () => {
    const { responseUrl } = await slash('zzyzx quux');
    const post = (await h.fake.waitForResponse(responseUrl)).body;
    const all = sectionTexts(post.blocks).join('\n');
    expect(all).toContain('No answers match that.');
    expect(all).toContain('`/qa help`');
    expect(actionsOf(post.blocks)).toBeUndefined();
  });

  it('mentions and markup typed by a user reach the bot as plain text and come back inert', async () => {
    // What Slack sends when someone types: <!channel> @here <@U123> <https://evil.example|click> &amp; *bold*
    const typed = '<!channel> <!here> <@U123> <https://evil.example|click> &amp;amp; *bold* @everyone';
    const { responseUrl } = await slash(typed);
    const post = (await h.fake.waitForResponse(responseUrl)).body;
    expect(h.bot.calls.at(-1)!.text).toBe('@channel @here @U123 click &amp; *bold* @everyone');
    expectWithinLimits(post);
    expectNoPingsOrForeignLinks(post);
    expect(JSON.stringify(post)).not.toContain('<!');
  });

  it('a failing bot gives the user an apology, not silence', async () => {
    h.bot.fail = new Error('index exploded');
    const { responseUrl } = await slash('knife crime');
    const post = (await h.fake.waitForResponse(responseUrl)).body;
    expect(sectionTexts(post.blocks)[0]).toBe(':x: *Something went wrong*');
  });
});

describe('request signatures (Bolt verification stays on)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await stopHarness(h);
  });

  const body = () => slashCommandBody({ text: 'knife crime', response_url: h.fake.newResponseUrl() });
  const now = () => Math.floor(Date.now() / 1000);

  it('a correctly signed request is accepted (the control for the cases below)', async () => {
    const res = await sendSigned(h.eventsUrl, SECRET, body(), FORM);
    expect(res.status).toBe(200);
  });

  it.each([
    ['missing signature headers', (b: string) => sendSigned(h.eventsUrl, SECRET, b, FORM, { unsigned: true })],
    ['a signature made with another secret (forged)', (b: string) => sendSigned(h.eventsUrl, SECRET, b, FORM, { secret: 'ffffffffffffffffffffffffffffffff' })],
    ['a malformed signature', (b: string) => sendSigned(h.eventsUrl, SECRET, b, FORM, { signature: 'v0=nothex' })],
    ['a body changed after signing (tampered)', (b: string) => sendSigned(h.eventsUrl, SECRET, b.replace('knife', 'spoon'), FORM, { signature: slackSignature(SECRET, now(), b), timestamp: now() })],
    ['a correctly signed request more than 5 minutes old (stale)', (b: string) => sendSigned(h.eventsUrl, SECRET, b, FORM, { timestamp: now() - 6 * 60 })],
  ])('rejects %s with 401 and runs nothing', async (_name, send) => {
    const before = h.bot.calls.length;
    const res = await send(body());
    expect(res.status).toBe(401);
    expect(h.bot.calls.length).toBe(before);
  });

  it('rejects a forged event and a forged button click too', async () => {
    const before = h.bot.calls.length;
    const posts = h.fake.timeline.length;
    const ev = await sendSigned(h.eventsUrl, SECRET, appMentionBody({ text: `<@${FAKE_BOT_USER_ID}> knife` }), 'application/json', { secret: 'ffffffffffffffffffffffffffffffff' });
    const click = await sendSigned(h.eventsUrl, SECRET, blockActionsBody({ action_id: 'qa_share', value: '{"q":"x","o":0}', response_url: h.fake.newResponseUrl() }), FORM, { unsigned: true });
    expect([ev.status, click.status]).toEqual([401, 401]);
    expect(h.bot.calls.length).toBe(before);
    // Nothing at all reached the fake Slack: no reply, no Web API call.
    expect(h.fake.timeline.length).toBe(posts);
  });
});

describe('a signed request that is not an event', () => {
  const warnings: string[] = [];
  const logger = {
    debug() {},
    info() {},
    warn: (...m: unknown[]) => void warnings.push(m.map(String).join(' ')),
    error: (...m: unknown[]) => void warnings.push(m.map(String).join(' ')),
    setLevel() {},
    getLevel: () => LogLevel.WARN,
    setName() {},
  };
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
    adapter = createSlackApp({ config: config({ apiUrl: fake.apiUrl }), bot: new TestBot(RECORDS), logger });
    eventsUrl = `http://127.0.0.1:${(await adapter.start()).port}/slack/events`;
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.stop();
  });

  // Bolt reads body.ssl_check outside any handler: unguarded, `null` ends the process.
  it.each([
    ['payload=null', FORM],
    ['payload=%5B%5D', FORM],
    ['payload=1', FORM],
    ['null', 'application/json'],
    ['"text"', 'application/json'],
    ['{not json', 'application/json'],
  ] as const)('%s (%s) is answered 400 and logged, and the app goes on answering', async (raw, type) => {
    const before = warnings.length;
    const res = await sendSigned(eventsUrl, SECRET, raw, type);
    expect(res.status).toBe(400);
    expect(warnings.slice(before).join('\n')).toMatch(/not an event|Malformed/);
    const responseUrl = fake.newResponseUrl();
    const ok = await sendSigned(eventsUrl, SECRET, slashCommandBody({ text: 'knife crime', response_url: responseUrl }), FORM);
    expect(ok.status).toBe(200);
    await fake.waitForResponse(responseUrl);
  });

  it('unsigned, it is refused with 401 before its body is read as an event', async () => {
    const res = await sendSigned(eventsUrl, SECRET, 'payload=null', FORM, { unsigned: true });
    expect(res.status).toBe(401);
  });
});

describe('per-user rate limit', () => {
  let h: Harness;
  let clock = 1_000_000;
  beforeAll(async () => {
    h = await startHarness({ rateLimit: { max: 2, windowMs: 60_000 } }, () => clock);
  });
  afterAll(async () => {
    await stopHarness(h);
  });

  it('answers a friendly message when a user asks too often, without troubling the bot; others are unaffected', async () => {
    const send = async (user: string) => {
      const responseUrl = h.fake.newResponseUrl();
      const res = await sendSigned(h.eventsUrl, SECRET, slashCommandBody({ text: 'knife crime', response_url: responseUrl, user_id: user }), FORM);
      return { res, responseUrl };
    };
    for (let i = 0; i < 2; i++) {
      const { res, responseUrl } = await send('U0BUSY001');
      expect(res.body).toBe('');
      await h.fake.waitForResponse(responseUrl);
    }
    const third = await send('U0BUSY001');
    expect(third.res.status).toBe(200);
    const ack = JSON.parse(third.res.body);
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toContain('2 requests a minute');
    expect(ack.text).toMatch(/try again in 60 seconds/);
    expect(h.bot.calls.filter((c) => c.ctx.userId === 'U0BUSY001')).toHaveLength(2);

    const other = await send('U0CALM001');
    expect(other.res.body).toBe('');
    await h.fake.waitForResponse(other.responseUrl);

    clock += 60_001; // the window slides
    const later = await send('U0BUSY001');
    expect(later.res.body).toBe('');
    await h.fake.waitForResponse(later.responseUrl);
    expect(h.bot.calls.filter((c) => c.ctx.userId === 'U0BUSY001')).toHaveLength(3);
  });
});

describe('Slack text helpers', () => {
  it('slackTextToPlain undoes Slack formatting of what a person typed', () => {
    expect(slackTextToPlain('a &amp; b &lt;c&gt; <https://x.example|x.example> <@U1|ada> <#C1|general> <!here> <mailto:a@b.c|a@b.c> &amp;lt;')).toBe(
      'a & b <c> x.example @ada #general @here a@b.c &lt;',
    );
  });
  it('stripBotMention removes the leading mention of the bot', () => {
    expect(stripBotMention('<@U0BOT0001> knife crime', 'U0BOT0001')).toBe('knife crime');
    expect(stripBotMention('<@U0BOT0001>: what about <@U0BOT0001> prisons', 'U0BOT0001')).toBe('what about  prisons');
    expect(stripBotMention('hey <@U0BOT0001> prisons', 'U0BOT0001')).toBe('hey  prisons');
  });
});
