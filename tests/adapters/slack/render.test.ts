import { describe, expect, it } from 'vitest';
import { code, link, message, text, type ResultsReply } from '../../../src/bot/reply.ts';
import { decodePageValue, encodePageValue, renderDigest, renderParts, renderReply, renderResults, __test } from '../../../adapters/slack/render.ts';
import { escapeEntities, neutralise, safe, safeLink, safeUrl } from '../../../adapters/slack/escape.ts';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.ts';
import { expectNoPingsOrForeignLinks, expectWithinLimits } from './check.ts';
import { fakeRecord, hasCorpus, hitFor, NO_CORPUS_MESSAGE, recordsMentioning, resultsReply, sampleRecords } from './corpus.ts';

if (!hasCorpus) console.warn(NO_CORPUS_MESSAGE);

const actions = (blocks: any[]) => blocks.find((b) => b.type === 'action' || b.type === 'actions');
const sections = (blocks: any[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text.text as string);

describe('results from real records', () => {
  it.skipIf(!hasCorpus)('summary, linked headings, context line, bold matches, dividers, paging and share buttons', () => {
    const records = recordsMentioning('knife crime', 3);
    expect(records).toHaveLength(3);
    const reply = resultsReply('knife crime', records, { total: 27, limit: 3 });
    const m = renderReply(reply);
    expectWithinLimits(m);
    expectNoPingsOrForeignLinks(m);

    expect(m.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: '3 of 27 answers for *knife crime*' } });
    expect(m.text).toBe('3 of 27 answers for knife crime');
    // Each record: heading as a bold link to its official page, then a context line, then the excerpt.
    for (const r of records) {
      const i = m.blocks.findIndex((b: any) => b.type === 'section' && b.text.text === `*<${r.url}|${safe(r.heading!)}>*`);
      expect(i, `heading of ${r.id}`).toBeGreaterThan(0);
      const ctx = (m.blocks[i + 1] as any).elements[0].text as string;
      expect(ctx).toContain(safe(r.answeringBody!));
      if (r.askingMember) expect(ctx).toContain(`asked by ${safe(r.askingMember.name)} (${safe(r.askingMember.party!)}, ${safe(r.askingMember.constituency!)})`);
      expect(ctx).toMatch(/answered (by .+ )?on \d{1,2} [A-Z][a-z]{2} 20\d\d/);
      expect(ctx).toContain(`UIN ${r.uin}`);
      const excerpt = (m.blocks[i + 2] as any).text.text as string;
      expect(excerpt).toMatch(/^_Answer:_ /);
      expect(excerpt.toLowerCase()).toMatch(/\*knife\*|\*crime\*|\*knife crime\*/);
    }
    expect(m.blocks.filter((b) => b.type === 'divider')).toHaveLength(2);
    const act = actions(m.blocks);
    expect(act.elements.map((e: any) => e.action_id)).toEqual(['qa_next', 'qa_share']);
    expect(decodePageValue(act.elements[0].value)).toEqual({ query: 'knife crime', offset: 3 });
    expect(decodePageValue(act.elements[1].value)).toEqual({ query: 'knife crime', offset: 0 });
    expect(act.elements[1].text.text).toBe('Share in channel');
  });

  it.skipIf(!hasCorpus)('a middle page has Previous and Next, and says which results it shows', () => {
    const records = sampleRecords(5);
    const m = renderReply(resultsReply('school funding', records, { total: 27, offset: 5, limit: 5 }));
    expect(sections(m.blocks)[0]).toBe('Answers 6–10 of 27 for *school funding*');
    const act = actions(m.blocks);
    expect(act.elements.map((e: any) => [e.action_id, decodePageValue(e.value)?.offset])).toEqual([
      ['qa_prev', 0],
      ['qa_next', 10],
      ['qa_share', 5],
    ]);
  });

  it.skipIf(!hasCorpus)('the last page has no Next; shared results have no buttons and say who shared them', () => {
    const records = sampleRecords(2);
    const last = renderReply(resultsReply('tax', records, { total: 7, offset: 5, limit: 5 }));
    expect(actions(last.blocks).elements.map((e: any) => e.action_id)).toEqual(['qa_prev', 'qa_share']);
    const shared = renderReply(resultsReply('tax', records, { total: 7, offset: 5, limit: 5 }), { mode: 'shared', sharedBy: 'U0USER001' });
    expect(actions(shared.blocks)).toBeUndefined();
    const ctx = shared.blocks[shared.blocks.length - 1] as any;
    expect(ctx.elements[0].text).toBe('Shared by <@U0USER001> · `/qa tax`');
    expectNoPingsOrForeignLinks(shared, { allowedMention: 'U0USER001' });
    // A public (thread) reply pages but cannot be "shared" again.
    const pub = renderReply(resultsReply('tax', records, { total: 7, offset: 0, limit: 2 }), { mode: 'public' });
    expect(actions(pub.blocks).elements.map((e: any) => e.action_id)).toEqual(['qa_next']);
  });
});

describe('record details', () => {
  it('flags holding answers and corrections, and withdrawn questions', () => {
    const r = fakeRecord({ answerIsHolding: true, answerIsCorrection: true, dateAnswerCorrected: '2024-10-01' });
    const m = renderReply(resultsReply('county lines', [r]));
    const ctx = (m.blocks[2] as any).elements[0].text as string;
    expect(ctx).toBe(
      'Home Office · asked by Jane Example (Labour, Exampleton) · answered by Dame Diana Johnson (Minister of State (Home Office)) on 16 Sep 2024 · UIN 4712 · :hourglass: holding answer · :pencil2: corrected 1 Oct 2024',
    );
    const w = renderReply(resultsReply('x', [fakeRecord({ isWithdrawn: true, answerText: undefined, dateAnswered: undefined })]));
    expect((w.blocks[2] as any).elements[0].text).toContain(' · withdrawn · ');
  });

  it('a record without heading is titled by its question; matches inside words widen to the word', () => {
    const r = fakeRecord({ heading: undefined });
    const hit = { record: r, score: 1, excerpt: { field: 'answer' as const, segments: [{ text: 'tackling county ', match: false }, { text: 'line', match: true }, { text: 's. We', match: false }], cutStart: true, cutEnd: true } };
    const m = renderReply({ kind: 'results', query: 'line', total: 1, offset: 0, limit: 5, hits: [hit], notices: [] });
    expect((m.blocks[1] as any).text.text).toBe(`*<${r.url}|What steps she is taking to tackle county lines drug dealing.>*`);
    expect((m.blocks[3] as any).text.text).toBe('_Answer:_ …tackling county *lines*. We…');
    const segments = [
      { text: 'on ', match: false },
      { text: 'knife', match: true },
      { text: ' ', match: false },
      { text: 'crime', match: true },
      { text: ' now', match: false },
    ];
    const two = { ...hit, excerpt: { field: 'question' as const, segments, cutStart: false, cutEnd: false } };
    const m2 = renderReply({ kind: 'results', query: 'knife crime', total: 1, offset: 0, limit: 5, hits: [two], notices: [] });
    expect((m2.blocks[3] as any).text.text).toBe('_Question:_ on *knife crime* now');
  });

  it('notices and a direct answer appear above the results, citing their record', () => {
    const r = fakeRecord();
    const reply: ResultsReply = {
      ...resultsReply('how much on county lines?', [r]),
      notices: ['Ignored the filter "dept:nowhere": no such department.'],
      answer: { quotes: [{ text: 'We have invested £145 million in the County Lines Programme.', record: r }] },
    };
    const m = renderReply(reply);
    expect((m.blocks[1] as any).elements[0].text).toBe('Ignored the filter "dept:nowhere": no such department.');
    expect((m.blocks[2] as any).text.text).toBe(
      `*Answer*\n> We have invested £145 million in the County Lines Programme. — <${r.url}|UIN 4712, Home Office, 16 Sep 2024>`,
    );
  });

  it('the commands it suggests are written with the configured slash command', () => {
    const following = renderReply({ kind: 'following', follows: [] }, { command: '/parlqa' });
    expect(sections(following.blocks)[0]).toContain('`/parlqa follow county lines`');
    const r = fakeRecord();
    const digest = renderDigest({ kind: 'digest', from: '2025-01-01', to: '2025-01-02', topics: [{ query: 'tax', total: 5, records: [r], lines: ['x'], since: '2025-01-01' }] }, '/parlqa');
    expect(sections(digest.blocks)[1]).toContain('and 4 more — `/parlqa tax from:2025-01-01`');
  });
});

describe('escaping: nothing from a record or a query pings or links', () => {
  const hostile = '<!channel> <!here> <!everyone> @everyone @here @channel <@U123> <#C123|general> <https://evil.example|click> &amp; *bold* _it_ ~s~ `code` > quote';

  it('a hostile record and query render as inert text', () => {
    const r = fakeRecord({
      heading: hostile,
      questionText: hostile,
      answerText: `${hostile}\n> second line quote`,
      answeringBody: '<!here> Office',
      askingMember: { name: '<@U999> Smith', party: '*Bold* Party', constituency: '<https://evil.example|Town>' },
    });
    const reply = resultsReply(hostile, [r], { total: 2, limit: 1, notices: [hostile] });
    reply.hits[0] = {
      ...hitFor(r, ['channel', 'bold']),
      alsoAskedOf: [{ id: 'x', answeringBody: '<!channel>', url: 'javascript:alert(1)' }],
      referredTo: fakeRecord({ uin: '4712', answeringBody: '<!channel> <@U123> Office', url: 'javascript:alert(2)' }),
    };
    for (const mode of ['ephemeral', 'public', 'shared'] as const) {
      const m = renderReply(reply, { mode, sharedBy: 'U0USER001' });
      expectWithinLimits(m);
      expectNoPingsOrForeignLinks(m, { allowedMention: 'U0USER001' });
      const all = JSON.stringify(m);
      expect(all).toContain('&lt;!channel&gt;');
      expect(all).toContain('&lt;@U123&gt;');
      expect(all).toContain('&lt;https://evil.example|click&gt;');
      expect(all).toContain('&amp;amp;');
      expect(all).not.toContain('javascript:');
      // The record's own *bold* stays literal (look-alike asterisks), never Slack bold.
      expect(all).toContain('\u2217bold\u2217');
    }
  });

  it('an answer that only refers to another links the one it refers to, beside the record', () => {
    const [r, referred] = [fakeRecord({ id: 'a', uin: '9001' }), fakeRecord({ id: 'b', uin: '5784', answeringBody: 'Ministry of Defence', dateAnswered: '2023-12-12' })];
    const reply = resultsReply('army', [r]);
    reply.hits[0] = { ...hitFor(r, []), referredTo: referred };
    const m = renderReply(reply, { mode: 'ephemeral' });
    expectWithinLimits(m);
    expect(JSON.stringify(m)).toContain(`refers to <${referred.url}|UIN 5784, Ministry of Defence, 12 Dec 2023>`);
  });

  it('escape primitives', () => {
    expect(escapeEntities('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(neutralise('@everyone and @Here but not @channels')).toBe('@\u2060everyone and @\u2060Here but not @channels');
    expect(safe('> quoted\nline > not')).toBe('\u200b&gt; quoted\nline &gt; not');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.example/a|b>c?d=1&e=2')).toBe('https://x.example/a%7Cb%3Ec?d=1&amp;e=2');
    expect(safeLink('a|b', 'https://x.example/')).toBe('<https://x.example/|a|b>');
    expect(safeLink('label', 'not a url')).toBe('label');
  });

  it('inline message paragraphs (help, errors) escape text, code and link labels', () => {
    const m = renderReply(message('warning', '<!here> title', [text('<@U1> & '), code('`x` <!channel>'), link('<b>', 'https://questions-statements.parliament.uk/x')]));
    expectNoPingsOrForeignLinks(m);
    expect((m.blocks[1] as any).text.text).toBe('&lt;@U1&gt; &amp; `ˋxˋ &lt;!channel&gt;`<https://questions-statements.parliament.uk/x|&lt;b&gt;>');
  });
});

describe('truncation and block budget', () => {
  it('cuts at a word boundary with an ellipsis and never splits an entity', () => {
    const s = renderParts([__test.txt('alpha beta & gamma <delta> epsilon')], 25);
    expect(s.length).toBeLessThanOrEqual(25);
    expect(s).toBe('alpha beta &amp; gamma…');
    const b = renderParts([__test.raw('x '), __test.bld('one two three four five six')], 16);
    expect(b).toBe('x *one two*…');
  });

  it('a page of 60 hits fits in 50 blocks and Next continues after the last one shown', () => {
    const records = Array.from({ length: 60 }, (_, i) => fakeRecord({ id: `r${i}`, uin: String(1000 + i) }));
    const m = renderResults(resultsReply('county lines', records, { total: 200, limit: 60 }));
    expectWithinLimits(m);
    const shown = m.blocks.filter((b: any) => b.type === 'section' && /^\*<https/.test(b.text.text)).length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(60);
    expect(sections(m.blocks)[0]).toBe(`${shown} of 200 answers for *county lines*`);
    expect(JSON.stringify(m.blocks)).toContain(`${60 - shown} more results on the next page`);
    const next = actions(m.blocks).elements.find((e: any) => e.action_id === 'qa_next');
    expect(decodePageValue(next.value)).toEqual({ query: 'county lines', offset: shown });
  });

  it('button values stay within 2,000 characters: an enormous query gets no buttons rather than a broken one', () => {
    expect(encodePageValue({ query: 'x'.repeat(1990), offset: 0 })).toBeUndefined();
    expect(encodePageValue({ query: 'x'.repeat(1900), offset: 5 })!.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    const m = renderResults(resultsReply('word '.repeat(500), [fakeRecord()], { total: 9, limit: 1 }));
    expectWithinLimits(m);
    expect(actions(m.blocks)).toBeUndefined();
  });

  it('button values are parsed defensively', () => {
    expect(decodePageValue('{"q":"a","o":5}')).toEqual({ query: 'a', offset: 5 });
    for (const bad of [undefined, '', 'nope', '{"q":1,"o":1}', '{"q":"a","o":-1}', '{"q":"a","o":1.5}']) expect(decodePageValue(bad)).toBeUndefined();
  });
});

describe('other replies', () => {
  it('stats, following and digest render within limits', () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ label: `Department of Things Number ${i} <!here>`, count: 400 - i }));
    const stats = renderReply({ kind: 'stats', query: 'county lines', total: 1234, byAnsweringBody: rows, byYear: [{ label: '2024', count: 3 }], byParty: [{ label: 'Labour', count: 2 }], topAskers: rows });
    expectWithinLimits(stats);
    expectNoPingsOrForeignLinks(stats);
    expect(sections(stats.blocks)[0]).toBe(':bar_chart: 1,234 questions match *county lines*');
    expect(sections(stats.blocks)[2]).toBe('*By year tabled*\n• 2024 — 3');
    expect(sections(stats.blocks)[3]).toBe("*By the asker's party*\n• Labour — 2");
    // How the query was read, and how many are answered, as a search's reply says them.
    const read = renderReply({ kind: 'stats', query: 'puppy farming', total: 537, awaiting: 242, notices: ['Few answers contain all of your words, so these contain most of them.'], byAnsweringBody: [], byYear: [], byParty: [], topAskers: [] });
    expect(sections(read.blocks)[0]).toBe(':bar_chart: 537 questions (295 answered) match *puppy farming*');
    expect(JSON.stringify(read.blocks[1])).toContain('Few answers contain all of your words, so these contain most of them.');
    // How many members asked them, after the query.
    const asked = renderReply({ kind: 'stats', query: 'Gaza', total: 433, awaiting: 210, askers: 137, byAnsweringBody: [], byYear: [], byParty: [], topAskers: [] });
    expect(sections(asked.blocks)[0]).toBe(':bar_chart: 433 questions (223 answered) match *Gaza*, asked by 137 members');
    expect(asked.text).toBe('433 questions (223 answered) match Gaza, asked by 137 members');
    // "stats" alone: the whole archive, no empty bold where a query would be.
    const all = renderReply({ kind: 'stats', query: '', total: 58173, awaiting: 34717, byAnsweringBody: [], byYear: [], byParty: [], topAskers: [] });
    expect(sections(all.blocks)[0]).toBe(':bar_chart: 58,173 questions (23,456 answered) in the archive');
    expect(all.text).toBe('58,173 questions (23,456 answered) in the archive');

    const none = renderReply({ kind: 'following', follows: [] });
    expect(sections(none.blocks)[0]).toContain('`/qa follow county lines`');
    const some = renderReply({ kind: 'following', follows: [{ n: 1, query: 'county lines', createdAt: '2025-01-02T08:00:00Z' }] });
    expect(sections(some.blocks)[0]).toContain('1. `county lines` — since 2 Jan 2025');

    const r = fakeRecord();
    const topics = Array.from({ length: 40 }, (_, i) => ({ query: `topic ${i}`, total: 12, records: [r, r, r], lines: ['a line <!channel>', 'b', 'c'], since: '2025-01-01' }));
    const digest = renderDigest({ kind: 'digest', from: '2025-01-01T00:00:00Z', to: '2025-01-02T00:00:00Z', topics });
    expectWithinLimits(digest);
    expectNoPingsOrForeignLinks(digest);
    expect(JSON.stringify(digest.blocks)).toContain('more topics not shown');
    expect(sections(digest.blocks)[1]).toContain('and 9 more — `/qa topic 0 from:2025-01-01`');
  });

  it('a help message with many paragraphs stays under the block limit', () => {
    const paras = Array.from({ length: 120 }, (_, i) => [text(`Paragraph ${i}: `), code(`/qa example ${i}`)]);
    const m = renderReply(message('info', 'How to search', ...paras));
    expectWithinLimits(m);
    expect(sections(m.blocks)[0]).toBe(':information_source: *How to search*');
    expect(sections(m.blocks)[1]).toContain('Paragraph 0: `/qa example 0`\n\nParagraph 1:');
  });
});

describe('Watch button', () => {
  const awaiting = fakeRecord({ id: 'commons-2024-09-09-4799', uin: '4799', answerText: undefined, dateAnswered: undefined });
  const answered = fakeRecord();
  const reply = resultsReply('county lines', [awaiting, answered]);

  it('a question still awaiting its answer can be watched from its result; an answered one, or a shared page, has no button', () => {
    const m = renderReply(reply);
    expectWithinLimits(m);
    const withButton = m.blocks.filter((b: any) => b.type === 'section' && b.accessory);
    expect(withButton).toHaveLength(1);
    expect((withButton[0] as any).accessory).toMatchObject({ type: 'button', action_id: 'qa_watch', value: 'commons-2024-09-09-4799', text: { text: 'Watch' } });
    expect(renderReply(reply, { mode: 'shared' }).blocks.some((b: any) => b.accessory)).toBe(false);
  });
});
