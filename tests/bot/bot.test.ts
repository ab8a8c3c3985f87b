// The bot: what a person types becomes a neutral Reply. Driven over the fixture archive.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, DEFAULT_PAGE_SIZE, type Bot } from '../../src/bot/bot.ts';
import { ANSWER_DEPTH } from '../../src/bot/answer.ts';
import type { BotContext, ChannelRef, Follow, FollowStore } from '../../src/ports.ts';
import { excerptText, type MessageReply, type Reply, type ResultsReply } from '../../src/bot/reply.ts';
import type { Engine } from '../../src/search/engine.ts';
import { sentences } from '../../src/search/sentences.ts';
import { MAX_QUERY_LENGTH } from '../../src/search/query.ts';
import type { Searcher } from '../../src/search/types.ts';
import { chargepointsArchive, fixtureEngine } from '../search/helpers.ts';

const ctx: BotContext = { platform: 'console', channelId: 'c1', userId: 'u1' };

class MemoryFollows implements FollowStore {
  private rows: (Follow & { channel: string })[] = [];
  private next = 1;
  follow(channel: ChannelRef, query: string) {
    const had = this.rows.find((r) => r.channel === channel.channelId && r.query === query);
    if (had) return { already: had };
    const f = { id: this.next++, query, createdAt: '2026-01-01T00:00:00.000Z', afterSeq: 0, channel: channel.channelId };
    this.rows.push(f);
    return f;
  }
  unfollow(channel: ChannelRef, which: string) {
    const mine = this.list(channel);
    const f = /^\d+$/.test(which) ? mine[Number(which) - 1] : mine.find((r) => r.query === which);
    if (f) this.rows = this.rows.filter((r) => r.id !== f.id);
    return f;
  }
  list(channel: ChannelRef) {
    return this.rows.filter((r) => r.channel === channel.channelId);
  }
}

const text = (r: Reply) => (r.kind === 'message' ? [r.title, ...r.paragraphs.map((p) => p.map((i) => i.text).join(''))].join('\n') : JSON.stringify(r));
function asMessage(r: Reply): MessageReply {
  expect(r.kind).toBe('message');
  return r as MessageReply;
}
function asResults(r: Reply): ResultsReply {
  expect(r.kind).toBe('results');
  return r as ResultsReply;
}

let engine: Engine;
let bot: Bot;
beforeAll(async () => {
  engine = await fixtureEngine();
  bot = createBot({ searcher: engine, pageSize: 3, command: 'qa>' });
});

describe('searching', () => {
  it('a topic gives the first page of results, as the searcher ranks them', async () => {
    const r = asResults(await bot.handle('county lines', ctx));
    const direct = await engine.search({ query: 'county lines', limit: 3 });
    expect(r.query).toBe('county lines');
    expect(r.total).toBe(direct.total);
    expect(r.offset).toBe(0);
    expect(r.limit).toBe(3);
    expect(r.hits.map((h) => h.record.id)).toEqual(direct.hits.map((h) => h.record.id));
    expect(r.answer).toBeUndefined();
    expect(r.noAnswerNote).toBeUndefined();
  });

  it('offset and limit page on', async () => {
    const r = asResults(await bot.handle('county lines', ctx, { offset: 3 }));
    const direct = await engine.search({ query: 'county lines', limit: 3, offset: 3 });
    expect(r.offset).toBe(3);
    expect(r.hits.map((h) => h.record.id)).toEqual(direct.hits.map((h) => h.record.id));
    expect(asResults(await bot.handle('county lines', ctx, { limit: 1 })).hits).toHaveLength(1);
  });

  it('the default page size is DEFAULT_PAGE_SIZE', async () => {
    const r = asResults(await createBot({ searcher: engine }).handle('dept:"home office"', ctx));
    expect(r.hits).toHaveLength(DEFAULT_PAGE_SIZE);
  });

  it('a question leads with a quoted answer, when a sentence answers it', async () => {
    const r = asResults(await bot.handle('how much has the Additional Roles Reimbursement Scheme cost?', ctx));
    expect(r.answer).toBeDefined();
    const q = r.answer!.quotes[0];
    expect(sentences(q.record.answerText!)).toContain(q.text);
    expect(q.text).toMatch(/£\d/);
  });

  it('a greeting or thanks on its own is answered, not searched for; a greeting before a query is not searched for either', async () => {
    const asked: string[] = [];
    const spy: Searcher = {
      search: async (req) => {
        asked.push(req.query);
        return engine.search(req);
      },
      matchAll: (query) => engine.matchAll(query),
      stats: (query) => engine.stats(query),
      timeliness: (query) => engine.timeliness(query),
      get: (id) => engine.get(id),
      size: engine.size,
    };
    const b = createBot({ searcher: spy, command: '/qa' });
    expect(text(await b.handle('hi', ctx))).toContain('/qa county lines');
    expect(asMessage(await b.handle('Hello bot 👋', ctx)).title).toBe('Hello.');
    expect(asMessage(await b.handle('Thanks!', ctx)).title).toBe('You’re welcome.');
    expect(asked).toEqual([]);
    const plain = asResults(await b.handle('county lines', ctx));
    const greeted = asResults(await b.handle('hey, any news on county lines', ctx));
    expect(greeted.hits.map((h) => h.record.id)).toEqual(plain.hits.map((h) => h.record.id));
  });

  it('a question asking a figure shows, in each hit, the passage holding one beside its words', async () => {
    const b = createBot({ searcher: chargepointsArchive().engine });
    const passage = async (q: string) => excerptText(asResults(await b.handle(q, ctx)).hits[0]!.excerpt);
    expect(await passage('how many electric vehicle chargepoints are there?')).toContain('71,000');
    expect(await passage('electric vehicle chargepoints')).not.toContain('71,000');
  });

  it('"has anyone asked about …?" is answered by the questions listed, with how to see the latest first', async () => {
    const r = asResults(await createBot({ searcher: engine, command: '/qa' }).handle('has anyone asked about knife crime?', ctx));
    expect(r.answer).toBeUndefined();
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.noAnswerNote).toContain('/qa has anyone asked about knife crime sort:newest');
  });

  it('"what has the government said about …?" is answered by the answers listed, with how to see the latest first', async () => {
    const r = asResults(await createBot({ searcher: engine, command: '/qa' }).handle('what has the government said about knife crime?', ctx));
    expect(r.answer).toBeUndefined();
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.noAnswerNote).toBe('The answers below answer that, best match first; for the latest first: /qa what has the government said about knife crime sort:newest');
  });

  it('a request for records ending in a question mark lists them; a chat opening asking whose view is answered by the answers listed', async () => {
    const b = createBot({ searcher: engine, command: '/qa' });
    for (const input of ['any new answers on knife crime?', 'show me answers on knife crime?', 'tell me about knife crime?']) {
      const r = asResults(await b.handle(input, ctx));
      expect(r.hits.length, input).toBeGreaterThan(0);
      expect([r.answer, r.noAnswerNote], input).toEqual([undefined, undefined]);
    }
    const view = asResults(await b.handle("what's the government's position on knife crime?", ctx));
    expect(view.noAnswerNote).toMatch(/^The answers below answer that/);
  });

  it('a question\'s answer is read from the best ANSWER_DEPTH records, past the page shown', async () => {
    const q = 'what is being done about solar power?';
    const limits: number[] = [];
    // The record whose sentence answers, as the bot reads the ranking unchanged.
    const answering = asResults(await createBot({ searcher: engine, pageSize: 1 }).handle(q, ctx)).answer!.quotes[0]!.record.id;
    // The same ranking with that record moved to the end: it is no longer on a one-record page.
    const moved: Searcher = {
      search: async (req) => {
        limits.push(req.limit ?? 0);
        const res = await engine.search(req);
        const rest = res.hits.filter((h) => h.record.id !== answering);
        return { ...res, hits: [...rest, ...res.hits.filter((h) => h.record.id === answering)] };
      },
      matchAll: (query) => engine.matchAll(query),
      stats: (query) => engine.stats(query),
      timeliness: (query) => engine.timeliness(query),
      get: (id) => engine.get(id),
      size: engine.size,
    };
    const r = asResults(await createBot({ searcher: moved, pageSize: 1 }).handle(q, ctx));
    expect(limits).toEqual([ANSWER_DEPTH]);
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]!.record.id).not.toBe(answering);
    expect(r.answer?.quotes[0]?.record.id).toBe(answering);
    // Not a question: the page alone is fetched.
    await createBot({ searcher: moved, pageSize: 1 }).handle('knife crime', ctx);
    expect(limits).toEqual([ANSWER_DEPTH, 1]);
  });

  it('a question nothing answers gets a note instead, and later pages get neither', async () => {
    const r = asResults(await bot.handle('when will the county lines review report?', ctx));
    expect(r.answer).toBeUndefined();
    expect(r.noAnswerNote).toMatch(/closest answers/);
    const page2 = asResults(await bot.handle('when will the county lines review report?', ctx, { offset: 3 }));
    expect(page2.answer).toBeUndefined();
    expect(page2.noAnswerNote).toBeUndefined();
  });

  it('a question of no particular kind ("is there any help …?") gets the answers listed, and says what gets a quoted answer', async () => {
    const r = asResults(await bot.handle('is there any help for county lines victims?', ctx));
    expect(r.answer).toBeUndefined();
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.noAnswerNote).toMatch(/a figure, a date or what is being done/);
    expect(asResults(await bot.handle('when will the county lines review report?', ctx)).noAnswerNote).not.toMatch(/a figure, a date/);
  });

  it('a page past the last result says how many there are, not "100–2 of 2"', async () => {
    const m = asMessage(await bot.handle('"Additional Roles Reimbursement Scheme"', ctx, { offset: 99 }));
    expect(m.tone).toBe('warning');
    expect(m.title).toBe('There is 1 answer for that; nothing from number 100 on.');
  });

  it('no results is a friendly message naming the query and the help command', async () => {
    const m = asMessage(await bot.handle('zzzqqqxxx', ctx));
    expect(m.tone).toBe('info');
    expect(text(m)).toContain('zzzqqqxxx');
    expect(text(m)).toContain('qa> help');
    // Why: the word is nowhere in the archive, nor anything spelt like it.
    expect(text(m)).toContain('“zzzqqqxxx” is not in the archive, nor a close spelling.');
  });

  it('no results says first what the search made of the query: a UIN no question has', async () => {
    const m = asMessage(await bot.handle('UIN 99999', ctx));
    expect(m.tone).toBe('info');
    expect(text(m)).toContain('No question numbered 99999 is in the archive.');
  });

  it('a UIN typed as uin:N is looked up through the bot, as UIN N is, not refused as an unknown filter', async () => {
    const [first] = (await engine.search({ query: 'county lines', limit: 1 })).hits;
    for (const q of [`uin:${first!.record.uin}`, `UIN ${first!.record.uin}`]) {
      const r = asResults(await bot.handle(q, ctx));
      expect(r.hits.map((h) => h.record.uin), q).toContain(first!.record.uin);
      expect(r.notices[0], q).toContain('as a question\'s UIN');
    }
  });

  it('notices from the searcher are passed on', async () => {
    const r = asResults(await bot.handle('grooming gangz', ctx));
    expect(r.notices.join(' ')).toMatch(/close spellings/);
  });
});

describe('bad queries are warnings, not errors', () => {
  it.each(['"county lines', 'knife dpt:dwp', 'OR knife', 'from:2025 to:2024', '?!', 'the of and', 'house:mars'])('%j', async (q) => {
    const m = asMessage(await bot.handle(q, ctx));
    expect(m.tone).toBe('warning');
    expect(text(m)).toContain(`Your query: ${q.trim()}`);
    expect(m.paragraphs.length).toBeGreaterThanOrEqual(2); // the hint, then the query
  });

  it('an unknown filter suggests the right one', async () => {
    expect(text(await bot.handle('knife dpt:dwp', ctx))).toContain('Did you mean dept:?');
  });

  it('an over-long input is refused before parsing', async () => {
    const m = asMessage(await bot.handle('knife '.repeat(400), ctx));
    expect(m.tone).toBe('warning');
    expect(m.title).toContain(String(MAX_QUERY_LENGTH));
    // a long-but-not-doubled query is a QueryError from the parser, also a warning
    expect(asMessage(await bot.handle('knife '.repeat(120), ctx)).title).toContain(String(MAX_QUERY_LENGTH));
  });

  it('a failure that is not the query\'s fault is not swallowed', async () => {
    const broken: Searcher = {
      search: async () => {
        throw new Error('disk on fire');
      },
      matchAll: async () => [],
      stats: async () => {
        throw new Error('disk on fire');
      },
      timeliness: async () => {
        throw new Error('disk on fire');
      },
      get: () => undefined,
      size: 0,
    };
    await expect(createBot({ searcher: broken }).handle('county lines', ctx)).rejects.toThrow('disk on fire');
  });
});

describe('commands', () => {
  it('help, ? and an empty line show help with this platform\'s command', async () => {
    for (const input of ['help', 'HELP', '?', '', '   ', 'what can you do?', 'commands']) {
      const m = asMessage(await bot.handle(input, ctx));
      expect(m.title).toMatch(/Searching/);
      expect(text(m)).toContain('qa> stats county lines');
    }
  });

  it('"more" or "next page" typed says where the next page is (the list\'s button), not a search for the word', async () => {
    for (const input of ['more', 'Next page', 'show more', 'page 2']) {
      expect(asMessage(await bot.handle(input, ctx)).title, input).toBe('More of a list comes with the Next ▶ button under it.');
    }
    expect((await bot.handle('more county lines', ctx)).kind).toBe('results');
  });

  it('stats that count nothing say why, as a search does (a period past the archive)', async () => {
    const m = asMessage(await bot.handle('stats county lines from:2099', ctx));
    expect(m.title).toMatch(/No answers/);
    expect(text(m)).toMatch(/The archive's questions run from \S+ to \S+: none is dated from:2099-01-01\./);
  });

  it('stats <query> counts the records the query matches', async () => {
    const r = await bot.handle('stats county lines', ctx);
    expect(r.kind).toBe('stats');
    if (r.kind !== 'stats') return;
    expect(r.query).toBe('county lines');
    expect(r.total).toBe((await engine.matchAll('county lines')).length);
    expect(r.byAnsweringBody.reduce((n, x) => n + x.count, 0)).toBe(r.total);
  });

  it('asked who asks most on a topic, or how often it is raised, the topic is counted, saying which stats command counts it', async () => {
    const stats = await bot.handle('stats county lines', ctx);
    for (const input of [
      'who asks the most questions about county lines?',
      'which MPs have asked most about county lines?',
      'Which party raises most questions on county lines',
      'who has asked about county lines the most?',
      'which MPs raised county lines most often?',
      'top MPs on county lines',
      'the most active members on county lines',
    ]) {
      const r = await bot.handle(input, ctx);
      expect(r.kind, input).toBe('stats');
      if (r.kind !== 'stats' || stats.kind !== 'stats') return;
      expect({ ...r, notices: [] }).toEqual({ ...stats, notices: [] });
      expect(r.notices![0]).toMatch(/^Read as .*stats county lines.*: the members who asked most/);
    }
    // Asked how many members ask about it, the same counts, and the notice says how many.
    for (const input of ['how many MPs have asked about county lines?', 'how many members raised county lines', 'how many MPs tabled questions on county lines?']) {
      const r = await bot.handle(input, ctx);
      expect(r.kind, input).toBe('stats');
      if (r.kind !== 'stats' || stats.kind !== 'stats') return;
      expect({ ...r, notices: [] }).toEqual({ ...stats, notices: [] });
      expect(r.notices![0]).toMatch(new RegExp(`^Read as .*stats county lines.*: ${stats.askers} members? asked them`));
    }
    // Asked how often it is raised, the same counts.
    for (const input of ['how many times has county lines been raised?', 'how often are county lines asked about in parliament?']) {
      const r = await bot.handle(input, ctx);
      expect(r.kind, input).toBe('stats');
      if (r.kind !== 'stats' || stats.kind !== 'stats') return;
      expect({ ...r, notices: [] }).toEqual({ ...stats, notices: [] });
      expect(r.notices![0]).toMatch(/^Read as .*stats county lines.*: every question on it/);
    }
    // A period after it is the counts' period, as typed after the topic of stats; "so far" adds none,
    // and "in the Lords" is no period.
    const inYear = await bot.handle('stats county lines in 2024', ctx);
    expect(inYear.kind).toBe('stats');
    for (const input of ['how often have county lines been raised in 2024?', 'how many times has county lines been raised so far in 2024?']) {
      const r = await bot.handle(input, ctx);
      expect(r.kind, input).toBe('stats');
      if (r.kind !== 'stats' || inYear.kind !== 'stats') return;
      expect({ ...r, notices: [] }, input).toEqual({ ...inYear, notices: [] });
      expect(r.notices![0]).toMatch(/^Read as .*stats county lines in 2024.*: every question on it/);
    }
    expect((await bot.handle('how many times has county lines been raised in the Lords?', ctx)).kind).not.toBe('stats');
    // How many questions someone asked or answered: their questions' counts, read as the words for them.
    for (const [input, as] of [
      ['how many questions has the Home Office answered in 2024?', 'stats questions answered by the Home Office in 2024'],
      ['how many written questions did Priti Patel ask about county lines?', 'stats questions from Priti Patel on county lines'],
    ]) {
      const r = await bot.handle(input!, ctx);
      const counted = await bot.handle(as!, ctx);
      expect([r.kind, counted.kind], input).toEqual(['stats', 'stats']);
      if (r.kind !== 'stats' || counted.kind !== 'stats') return;
      expect(r.total, input).toBeGreaterThan(0);
      expect({ ...r, notices: [] }, input).toEqual({ ...counted, notices: [] });
      expect(r.notices![0]).toContain(as!.replace(/^stats /, ''));
    }
    // A table named after the topic ("by party") says which table to read; searched, "party" would count other records.
    for (const [input, heading] of [
      ['stats county lines by party', "By the asker's party"],
      ['stats county lines broken down by department?', 'By department'],
      ['stats county lines per year', 'By year tabled'],
      ['stats county lines by MPs', 'Asked most by'],
    ]) {
      const r = await bot.handle(input!, ctx);
      expect(r.kind, input).toBe('stats');
      if (r.kind !== 'stats' || stats.kind !== 'stats') return;
      expect({ ...r, notices: [] }, input).toEqual({ ...stats, notices: [] });
      expect(r.notices![0], input).toBe(`Read as qa> stats county lines: its counts come by department, year, party and asker alike; these are “${heading}”.`);
    }
    // A filter is no table: "party:labour" stays the filter.
    const filtered = await bot.handle('stats county lines by party:labour', ctx);
    expect(filtered.kind === 'stats' ? (filtered.notices ?? []) : []).not.toContainEqual(expect.stringMatching(/^Read as/));
    // Not a question about who asked something in particular, nor one whose topic is nothing.
    expect((await bot.handle('who asked about county lines?', ctx)).kind).toBe('results');
    expect(asMessage(await bot.handle('who asks most about zzzqqqxxx?', ctx)).title).toMatch(/No answers/);
  });

  it('"stats" alone counts the whole archive, and so answers who asks the most questions of all', async () => {
    const all = await bot.handle('stats', ctx);
    expect(all.kind).toBe('stats');
    if (all.kind !== 'stats') return;
    expect(all.total).toBe(engine.size);
    expect(all.query).toBe('');
    for (const input of ['which MP has asked the most questions?', 'who tables the most written questions?', 'who is the most active MP?', 'most active MPs', 'the top askers']) {
      const r = await bot.handle(input, ctx);
      expect(r.kind, input).toBe('stats');
      if (r.kind !== 'stats') return;
      expect({ ...r, notices: [] }).toEqual({ ...all, notices: [] });
      expect(r.notices![0]).toMatch(/^Read as .*stats.*: the members who asked most/);
    }
  });

  it('asked how promptly questions are answered, the timeliness table answers, saying which command gives it', async () => {
    for (const [input, command] of [
      ['is the Home Office answering questions on time?', 'stats timeliness dept:"Home Office"'],
      ['how late is DWP at answering?', 'stats timeliness dept:"DWP"'],
      ['which department is worst at answering on time?', 'stats timeliness'],
      ['which department has the worst record on answering questions?', 'stats timeliness'],
      ['is the government answering questions on time?', 'stats timeliness'],
      ['does the Treasury answer questions on time?', 'stats timeliness dept:"Treasury"'],
      ['how many questions has the Department of Health not answered on time?', 'stats timeliness dept:"Department of Health"'],
      ['how many questions did DWP answer late?', 'stats timeliness dept:"DWP"'],
    ] as const) {
      const r = asMessage(await bot.handle(input, ctx));
      const table = asMessage(await bot.handle(command, ctx));
      expect(r.title, input).toBe(table.title);
      expect(r.paragraphs.slice(1), input).toEqual(table.paragraphs);
      expect(r.paragraphs[0]!.map((x) => x.text).join(''), input).toBe(`Read as qa> ${command}.`);
    }
    // Not a question about anything else running late.
    expect((await bot.handle('is the train late?', ctx)).kind).toBe('results');
    expect((await bot.handle('does the train run late?', ctx)).kind).toBe('results');
  });

  it('stats with a bad query warns; stats with no matches says so', async () => {
    expect(asMessage(await bot.handle('stats "county', ctx)).tone).toBe('warning');
    expect(asMessage(await bot.handle('stats zzzqqqxxx', ctx)).title).toMatch(/No answers/);
  });

  it('follow without a store says it is not available', async () => {
    for (const input of ['follow county lines', 'following', 'unfollow 1']) {
      expect(asMessage(await bot.handle(input, ctx)).title).toMatch(/not available/);
    }
  });

  it('follow, following, unfollow with a store', async () => {
    const follows = new MemoryFollows();
    const b = createBot({ searcher: engine, follows, command: '/qa' });
    expect(asMessage(await b.handle('follow county lines', ctx)).title).toBe('Following.');
    expect(asMessage(await b.handle('follow county lines', ctx)).title).toMatch(/already follows/);
    await b.handle('follow dept:dwp', ctx);
    // A department the archive has no name for is refused now, saying what to type, and not stored.
    const unknown = asMessage(await b.handle('follow potholes dept:"ministry of magic"', ctx));
    expect([unknown.tone, unknown.title]).toEqual(['warning', 'No department in the archive goes by “ministry of magic”.']);
    // So is a period already over: no new answer could ever match it. One still running is a follow.
    for (const over of ['follow county lines to:2024', 'follow county lines in 2024']) {
      const past = asMessage(await b.handle(over, ctx));
      expect([past.tone, past.title], over).toEqual(['warning', 'Following that would bring nothing: its period ended on 2024-12-31, and a digest brings only what is new.']);
    }
    expect(asMessage(await b.handle('follow county lines from:2024', ctx)).title).toBe('Following.');
    expect(follows.list(ctx).map((f) => f.query)).toEqual(['county lines', 'dept:dwp', 'county lines from:2024']);
    expect(text(await b.handle('unfollow 3', ctx))).toContain('county lines from:2024');
    const list = await b.handle('following', ctx);
    expect(list).toEqual({ kind: 'following', follows: [
      { n: 1, query: 'county lines', createdAt: '2026-01-01T00:00:00.000Z' },
      { n: 2, query: 'dept:dwp', createdAt: '2026-01-01T00:00:00.000Z' },
    ] });
    // "follows" or "followed" alone lists them too (a search for the word would list records saying "following").
    for (const other of ['follows', 'Followed']) expect(await b.handle(other, ctx), other).toEqual(list);
    // another channel follows nothing
    expect(await b.handle('following', { ...ctx, channelId: 'other' })).toEqual({ kind: 'following', follows: [] });
    expect(text(await b.handle('unfollow 1', ctx))).toContain('county lines');
    expect(follows.list(ctx).map((f) => f.query)).toEqual(['dept:dwp']);
    expect(asMessage(await b.handle('unfollow 9', ctx)).tone).toBe('warning');
    // "unfollow all" ends every follow of the channel, naming them; with none, says so.
    await b.handle('follow potholes', ctx);
    const all = asMessage(await b.handle('unfollow all', ctx));
    expect(all.title).toBe('Unfollowed all 2.');
    expect(text(all)).toContain('dept:dwp');
    expect(text(all)).toContain('potholes');
    expect(follows.list(ctx)).toEqual([]);
    expect(asMessage(await b.handle('unfollow all', ctx)).title).toBe('This channel follows nothing.');
    expect(asMessage(await b.handle('unfollow', ctx)).title).toMatch(/needs a topic/);
    expect(asMessage(await b.handle('follow', ctx)).title).toMatch(/needs a topic/);
  });

  it('follow refuses a query that is bad or names nothing', async () => {
    const follows = new MemoryFollows();
    const b = createBot({ searcher: engine, follows });
    expect(asMessage(await b.handle('follow "county', ctx)).tone).toBe('warning');
    expect(asMessage(await b.handle('follow ?!', ctx)).title).toMatch(/nothing to follow/);
    expect(follows.list(ctx)).toEqual([]);
  });
});
