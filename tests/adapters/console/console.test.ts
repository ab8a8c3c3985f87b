// The console adapter, driven through stdin/stdout streams: type, read what it writes.
import { beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runConsole } from '../../../adapters/console/console.ts';
import { renderReply, contextLine, ansi, plain } from '../../../adapters/console/render.ts';
import { createBot, type Bot } from '../../../src/bot/bot.ts';
import type { ResultsReply } from '../../../src/bot/reply.ts';
import { formatDate, recordTitle } from '../../../src/bot/present.ts';
import type { Engine } from '../../../src/search/engine.ts';
import { fixtureEngine } from '../../search/helpers.ts';
import { isAnswered } from '../../../src/search/filters.ts';

let engine: Engine;
let bot: Bot;
beforeAll(async () => {
  engine = await fixtureEngine();
  bot = createBot({ searcher: engine, command: 'qa>' });
});

/** Type the lines into a console session; return what it wrote, split at each prompt. */
async function session(lines: string[], opts: { color?: boolean; bot?: Bot; end?: boolean } = {}): Promise<{ all: string; turns: string[] }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let all = '';
  output.on('data', (c: Buffer) => (all += c.toString('utf8')));
  const done = runConsole({ bot: opts.bot ?? bot, input, output, color: opts.color });
  for (const l of lines) input.write(l + '\n');
  if (opts.end) input.end();
  await done;
  // turns[0] is the banner; turns[i] is the answer to lines[i-1] (prompts start a line unless a blank line was typed)
  return { all, turns: all.split(/^qa> /m) };
}

describe('a console session', () => {
  it('county lines, more, help, stats, a bad query, quit', async () => {
    const first = await engine.search({ query: 'county lines', limit: 5 });
    const second = await engine.search({ query: 'county lines', limit: 5, offset: 5 });
    const stats = await engine.matchAll('county lines');
    expect(first.total).toBeGreaterThan(5);

    const { all, turns } = await session(['county lines', 'more', 'help', 'stats county lines', 'knife dpt:dwp', 'quit']);
    expect(turns[0]).toMatch(/^archive-qa: .*"help".*"quit"/);

    // 1. county lines: the first five, with heading, link and marked words
    const t1 = turns[1];
    expect(first.awaiting).toBeGreaterThan(0);
    expect(t1).toContain(`5 of ${first.total.toLocaleString('en-GB')} questions (${first.total - first.awaiting!} answered) for **county lines**`);
    first.hits.forEach((h, i) => {
      expect(t1).toContain(`${i + 1}. **${recordTitle(h.record)}**`);
      expect(t1).toContain(h.record.url);
    });
    expect(t1).toMatch(/\*\*county\*\* \*\*lines\*\*/i);
    expect(t1).toContain('Type "more" for the next page.');

    // 2. more: the next five, numbered on
    const t2 = turns[2];
    expect(t2).toContain(`Questions 6–${Math.min(10, first.total)} of ${first.total.toLocaleString('en-GB')} for **county lines**`);
    second.hits.forEach((h, i) => expect(t2).toContain(`${i + 6}. **${recordTitle(h.record)}**`));
    for (const h of first.hits) expect(t2).not.toContain(h.record.url);

    // 3. help
    expect(turns[3]).toContain('**Searching the written questions archive**');
    expect(turns[3]).toContain('`qa> stats county lines`');

    // 4. stats
    // Every matching question, and how many are answered, as a search's reply counts them.
    const answered = stats.filter((r) => isAnswered(r)).length;
    expect(answered).toBeLessThan(stats.length);
    expect(turns[4]).toContain(`${stats.length} questions (${answered} answered) match **county lines**`);
    expect(turns[4]).toContain('By department');
    expect(turns[4]).toContain('By year tabled');

    // 5. a bad query: the problem and the fix, the session goes on
    expect(turns[5]).toContain('"dpt:" is not a filter I know.');
    expect(turns[5]).toContain('Did you mean dept:?');
    expect(turns[5]).toContain('Your query: `knife dpt:dwp`');

    // quit
    expect(all.trimEnd().endsWith('Bye.')).toBe(true);
    expect(turns).toHaveLength(7);
    expect(turns[6]).toBe('Bye.\n');
  });

  it('"more" pages to the end, then says there is no more', async () => {
    const total = (await engine.search({ query: 'grooming gangs' })).total;
    expect(total).toBeGreaterThan(5);
    expect(total).toBeLessThanOrEqual(10);
    const { turns } = await session(['grooming gangs', 'next', 'more', 'quit']);
    expect(turns[2]).toContain(total === 6 ? 'Answer 6 of 6' : `6–${total} of ${total}`);
    expect(turns[2]).not.toContain('Type "more"');
    expect(turns[3]).toContain('No more results.');
  });

  it('"more" before any search, and after a failed one, has nothing to show', async () => {
    const { turns } = await session(['more', 'quit']);
    expect(turns[1]).toContain('No more results.');
  });

  it('blank lines just prompt again; exit also ends; the end of input ends too', async () => {
    const a = await session(['', '   ', 'exit']);
    // the banner's prompt and one for each blank line, then goodbye
    expect(a.all.match(/qa> /g)).toHaveLength(3);
    expect(a.all.endsWith('qa> qa> qa> Bye.\n')).toBe(true);
    expect(a.all.trimEnd().endsWith('Bye.')).toBe(true);
    const b = await session(['county lines'], { end: true });
    expect(b.all.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('an unexpected failure is reported and the session goes on', async () => {
    let calls = 0;
    const flaky: Bot = {
      handle: async (input, ctx, opts) => {
        if (calls++ === 0) throw new Error('disk on fire');
        return bot.handle(input, ctx, opts);
      },
    };
    const { turns } = await session(['county lines', 'help', 'quit'], { bot: flaky });
    expect(turns[1]).toContain('Sorry, that failed: disk on fire');
    expect(turns[2]).toContain('Searching the written questions archive');
  });

  it('with color, marks are ANSI bold, not asterisks', async () => {
    const { turns } = await session(['county lines', 'quit'], { color: true });
    expect(turns[1]).toContain('for \x1b[1mcounty lines\x1b[22m');
    // the matched words in the excerpts too
    expect(turns[1]).toMatch(/\x1b\[1mcounty\x1b\[22m \x1b\[1mlines\x1b\[22m/i);
    expect(turns[1]).not.toContain('**');
  });
});

describe('rendering', () => {
  it('control characters in record text cannot reach the terminal', async () => {
    const res = await engine.search({ query: 'grooming gangs', limit: 1 });
    const hit = res.hits[0];
    const evil = { ...hit, record: { ...hit.record, heading: 'Evil\x1b[2J\x07 heading', answeringBody: 'Home\x1b]0;title\x07 Office' } };
    const reply: ResultsReply = { kind: 'results', query: 'q\x1b[31m', total: 1, offset: 0, limit: 5, hits: [evil], notices: [] };
    const out = renderReply(reply, plain);
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(out).toContain('Evil[2J heading');
  });

  it('contextLine says who asked, who answered, when, and the UIN', async () => {
    const answered = engine.get((await engine.matchAll('answered dept:dwp'))[0]!.id)!;
    const line = contextLine(answered);
    expect(line).toContain(answered.answeringBody!);
    expect(line).toContain(`asked by ${answered.askingMember!.name}`);
    expect(line).toContain(`on ${formatDate(answered.dateTabled)}`);
    expect(line).toContain(`answered by ${answered.answeringMember!.name}`);
    expect(line).toContain(`UIN ${answered.uin}`);
    const open = engine.get((await engine.matchAll('unanswered dept:"home office"'))[0]!.id)!;
    expect(contextLine(open)).toContain('awaiting answer');
    const holding = engine.get([...engine.all()].find((r) => r.answerIsHolding)!.id)!;
    expect(contextLine(holding)).toContain('holding answer');
  });

  it('a grouped hit lists the other departments', async () => {
    const res = await engine.search({ query: 'communications', limit: 10 });
    const grouped = res.hits.find((h) => h.alsoAskedOf?.length)!;
    expect(grouped).toBeDefined();
    const out = renderReply({ kind: 'results', query: 'communications', total: res.total, offset: 0, limit: 10, hits: [grouped], notices: [] }, plain);
    expect(out).toContain(`Also asked of: ${grouped.alsoAskedOf!.map((a) => a.answeringBody).join(', ')}`);
  });

  it('an answer that only refers to another names and links the one it refers to', async () => {
    const hit = (await engine.search({ query: 'communications', limit: 1 })).hits[0]!;
    const referred = engine.get([...engine.all()].find((r) => r.uin && r.answeringBody && r.dateAnswered && r.id !== hit.record.id)!.id)!;
    const out = renderReply({ kind: 'results', query: 'communications', total: 1, offset: 0, limit: 10, hits: [{ ...hit, referredTo: referred }], notices: [] }, plain);
    expect(out).toContain(`Refers to: UIN ${referred.uin}, ${referred.answeringBody}, ${formatDate(referred.dateAnswered)} ${referred.url}`);
  });

  it('a direct answer is quoted with its source', async () => {
    const reply = await bot.handle('how much has the Additional Roles Reimbursement Scheme cost?', { platform: 'console', channelId: 'c', userId: 'u' });
    expect(reply.kind).toBe('results');
    const r = reply as ResultsReply;
    const out = renderReply(r, ansi);
    expect(out).toContain(`“${r.answer!.quotes[0].text}”`);
    expect(out).toContain(r.answer!.quotes[0].record.url);
  });

  it('following lists, or says there is nothing', () => {
    expect(renderReply({ kind: 'following', follows: [] })).toMatch(/follows no topics/);
    expect(renderReply({ kind: 'following', follows: [{ n: 1, query: 'county lines', createdAt: '2026-01-02T10:00:00Z' }] })).toContain('1. county lines (since 2026-01-02)');
  });
});
