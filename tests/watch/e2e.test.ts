// Watching a question end to end, through the fakes: the fake Written Questions API answers it,
// the ingest writes the archive, the watch check tells the right channel through the real Slack
// and Discord senders (to the fake Slack and the fake Discord), once per event, and nothing again
// after a restart or a send that failed after the platform had stored it.
import { webApi } from '@slack/bolt';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDigestSender } from '../../adapters/discord/digest.ts';
import { createSlackDigestSender } from '../../adapters/slack/digest.ts';
import { createBot, type Bot } from '../../src/bot/bot.ts';
import type { MessageReply } from '../../src/bot/reply.ts';
import type { DigestSender } from '../../src/digest/sender.ts';
import { runIngest } from '../../src/ingest/poll/ingest.ts';
import type { BotContext } from '../../src/ports.ts';
import { ArchiveStore } from '../../src/store/archive.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { checkWatches } from '../../src/watch/check.ts';
import { SqliteWatchStore } from '../../src/watch/store.ts';
import { FakeSearcher, tmpDir } from '../digest/helpers.ts';
import { expectNoPingsOrForeignLinks } from '../adapters/slack/check.ts';
import { FakeDiscord } from '../fakes/discord.ts';
import { FakeSlack } from '../fakes/slack.ts';
import { FakeWqApi, type WqValue } from '../fakes/wqApi.ts';

const SLACK: BotContext = { platform: 'slack', channelId: 'C0WATCH01', userId: 'U0ONE' };
const OTHER_SLACK: BotContext = { platform: 'slack', channelId: 'C0QUIET01', userId: 'U0TWO' };
const at = (d: string) => `${d}T00:00:00`;

function question(id: number, uin: string, patch: Partial<WqValue> = {}): WqValue {
  return {
    id,
    uin,
    house: 'Commons',
    dateTabled: at('2024-09-09'),
    dateForAnswer: at('2024-09-12'),
    heading: `Knife Crime: Question ${uin}`,
    questionText: `To ask the Secretary of State for the Home Department, what steps she is taking on knife crime (${uin}).`,
    answeringBodyId: 1,
    answeringBodyName: 'Home Office',
    askingMemberId: 4001,
    answeringMemberId: 4002,
    isWithdrawn: false,
    isNamedDay: false,
    groupedQuestions: [],
    answerIsHolding: false,
    answerIsCorrection: false,
    dateAnswered: null,
    answerText: null,
    dateAnswerCorrected: null,
    dateHoldingAnswer: null,
    attachmentCount: 0,
    attachments: [],
    ...patch,
  };
}

describe('watching a question, through the fake API, Slack and Discord', () => {
  const { dir, cleanup } = tmpDir();
  let api: FakeWqApi;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let db: Db;
  let store: ArchiveStore;
  let bot: Bot;
  let senders: DigestSender[];
  let DISCORD: BotContext;
  const clock = () => new Date('2024-09-11T09:00:00Z');

  function open() {
    db = openDb(path.join(dir, 'state.sqlite'));
    store = ArchiveStore.open(path.join(dir, 'archive.sqlite'));
    bot = createBot({ searcher: new FakeSearcher([]), watches: new SqliteWatchStore(db, store, clock) });
  }
  const ingest = () => runIngest({ apiUrl: api.url, store, db, since: '2024-09-01', until: '2024-09-30' });
  const check = (extra: { senders?: DigestSender[]; retryAfterMs?: number } = {}) => checkWatches({ db, archive: store, senders, clock, ...extra });
  const ask = async (text: string, ctx: BotContext) => (await bot.handle(text, ctx)) as MessageReply;
  const said = (m: MessageReply) => [m.title, ...m.paragraphs.map((p) => p.map((i) => i.text).join(''))].join('\n');
  const slackPosts = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
  const discordPosts = () => discord.created.filter((m) => m.channel_id === DISCORD.channelId);

  beforeAll(async () => {
    api = new FakeWqApi([
      question(1, '4712'),
      question(2, '4713', { groupedQuestions: ['4714'] }),
      question(3, '4714', { groupedQuestions: ['4713'] }),
      question(4, '4715', { dateAnswered: at('2024-09-10'), answerText: '<p>We published the knife crime plan on 1 September.</p>' }),
    ]);
    api.members = new Map([
      [4001, { name: 'Jane Asker', party: 'Labour', memberFrom: 'Exampleton' }],
      [4002, { name: 'Dame Minister' }],
    ]);
    await api.start();
    slack = await new FakeSlack().start();
    discord = await FakeDiscord.start();
    DISCORD = { platform: 'discord', channelId: discord.channelId, userId: 'D0ONE' };
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    senders = [createSlackDigestSender(client), DiscordDigestSender.fromConfig({ token: 'discord.token', apiUrl: discord.api })];
    open();
    await ingest();
    expect(await check()).toMatchObject({ ran: true, found: 0, sent: 0 });
  }, 30_000);

  afterAll(async () => {
    db?.close();
    store?.close();
    await api?.close();
    await slack?.stop();
    await discord?.close();
    cleanup();
  });

  it('watch says where the question stands at once, by UIN, by link, or when already answered', async () => {
    const w = await ask('watch 4712', SLACK);
    expect(w.title).toBe('Watching UIN 4712.');
    expect(said(w)).toContain('overdue since 13 Sep 2024'); // due 12 Sep, and today is later
    const grouped = await ask('watch https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4714', DISCORD);
    expect(grouped.title).toBe('Watching UIN 4714.');
    const answered = await ask('watch 4715', OTHER_SLACK);
    expect(answered.title).toBe('UIN 4715 is already answered.');
    expect(said(answered)).toContain('We published the knife crime plan');
    expect((await ask('watch 4712', SLACK)).title).toBe('This channel already watches UIN 4712.');
    expect((await ask('watch county lines', SLACK)).title).toBe('That does not name a written question.');
    const later = await ask('watch 4799', SLACK);
    expect(said(later)).toContain('does not hold this question yet');
  });

  it('the ingest that brings the answers is followed by one notice each, to the right channel', async () => {
    api.update(1, { dateAnswered: at('2024-09-13'), answerText: '<p>The Government has funded 20 new knife crime teams. <!channel> @everyone</p>' });
    api.update(2, { dateAnswered: at('2024-09-13'), answerText: '<p>Both questions are answered together: surrender schemes continue.</p>' });
    api.put(question(5, '4799', { dateTabled: at('2024-09-10'), dateAnswered: at('2024-09-13'), answerIsHolding: true, dateHoldingAnswer: at('2024-09-13'), answerText: '<p>I will reply as soon as possible.</p>' }));
    await ingest();
    const res = await check();
    expect(res).toMatchObject({ ran: true, found: 3, sent: 3, failed: 0 });

    const posts = slackPosts(SLACK.channelId);
    expect(posts).toHaveLength(2);
    const [answer, holding] = posts.map((p) => JSON.stringify(p.args.blocks));
    expect(answer).toContain('Answered: UIN 4712');
    expect(answer).toContain('The Government has funded 20 new knife crime teams');
    expect(answer).toContain('https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712');
    expect(holding).toContain('Holding answer: UIN 4799');
    for (const p of posts) expectNoPingsOrForeignLinks(p.args);
    expect(slackPosts(OTHER_SLACK.channelId)).toHaveLength(0);

    // Grouped questions count as answered with their group.
    const d = discordPosts();
    expect(d).toHaveLength(1);
    const embed = JSON.stringify(d[0].embeds);
    expect(embed).toContain('UIN 4714');
    expect(embed).toContain('Answered together with UIN 4713');
    expect(d[0].content).toMatch(/^-# digest wn/m);

    // Nothing new: nothing sent.
    await ingest();
    expect(await check()).toMatchObject({ found: 0, sent: 0 });
    expect(slackPosts(SLACK.channelId)).toHaveLength(2);
  }, 20_000);

  it('a correction is told once more; the grouped question answered in its own right is not told again', async () => {
    api.update(1, { answerIsCorrection: true, dateAnswerCorrected: at('2024-09-20'), answerText: '<p>The Government has funded 24 new knife crime teams.</p>' });
    api.update(3, { dateAnswered: at('2024-09-13'), answerText: '<p>Both questions are answered together: surrender schemes continue.</p>' });
    await ingest();
    expect(await check()).toMatchObject({ found: 1, sent: 1 });
    const posts = slackPosts(SLACK.channelId);
    expect(posts).toHaveLength(3);
    expect(JSON.stringify(posts[2]!.args.blocks)).toContain('Answer corrected: UIN 4712');
    expect(JSON.stringify(posts[2]!.args.blocks)).toContain('24 new knife crime teams');
    expect(discordPosts()).toHaveLength(1);
  }, 20_000);

  it('after a restart nothing is told again, and watching lists where each question stands', async () => {
    db.close();
    store.close();
    open();
    await ingest();
    expect(await check()).toMatchObject({ ran: true, found: 0, sent: 0 });
    expect(slackPosts(SLACK.channelId)).toHaveLength(3);
    expect(discordPosts()).toHaveLength(1);
    const list = said(await ask('watching', SLACK));
    expect(list).toContain('1. UIN 4712');
    expect(list).toContain('answered on 13 Sep 2024, corrected 20 Sep 2024');
    expect(list).toContain('2. UIN 4799');
    expect(list).toContain('holding answer on 13 Sep 2024');
    expect(said(await ask('watching', DISCORD))).toContain('answered on 13 Sep 2024');
  }, 20_000);

  it('a send that failed after Slack stored the message is found there, not posted twice', async () => {
    const [slackSender] = senders;
    // The connection is cut after Slack has the message: the sender sees a failure.
    const cut: DigestSender = { ...slackSender!, sendNotice: async (c, n, id) => {
      await slackSender!.sendNotice!(c, n, id);
      throw new Error('socket hang up');
    } };
    api.update(1, { isWithdrawn: true });
    await ingest();
    // The failed post is looked for at once (postOnce, as digests do): Slack has it, so it counts as sent.
    expect(await check({ senders: [cut, senders[1]!] })).toMatchObject({ found: 1, sent: 1, failed: 0 });
    expect(slackPosts(SLACK.channelId)).toHaveLength(4);
    expect(await check({ retryAfterMs: 0 })).toMatchObject({ found: 0, sent: 0, failed: 0 });
    expect(db.prepare("SELECT count(*) FROM watch_notices WHERE status <> 'sent'").pluck().get()).toBe(0);
    expect(slackPosts(SLACK.channelId)).toHaveLength(4);
  }, 20_000);

  it('unwatch stops the notices', async () => {
    expect((await ask('unwatch 2', SLACK)).title).toBe('No longer watching UIN 4799.');
    api.update(5, { answerIsHolding: false, answerText: '<p>The answer proper.</p>' });
    await ingest();
    expect(await check()).toMatchObject({ found: 0 });
    expect(said(await ask('watching', SLACK))).not.toContain('4799');
    expect((await ask('unwatch 4799', SLACK)).title).toBe('This channel does not watch that.');
    // "unwatch all" ends every watch of the channel, and says so when there are none.
    expect(said(await ask('watching', SLACK))).toContain('UIN');
    expect((await ask('unwatch all', SLACK)).title).toMatch(/^No longer watching all \d+\.$/);
    expect((await ask('unwatch all', SLACK)).title).toBe('This channel watches no question.');
  }, 20_000);
});
