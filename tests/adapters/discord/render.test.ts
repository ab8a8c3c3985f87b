import { beforeAll, describe, expect, it } from 'vitest';
import type { DigestReply, FollowingReply } from '../../../src/bot/reply.ts';
import { helpReply } from '../../../src/bot/help.ts';
import { formatDate } from '../../../src/bot/present.ts';
import { statsOf } from '../../../src/search/stats.ts';
import type { QaRecord } from '../../../src/record.ts';
import { escapeMarkdown } from '../../../adapters/discord/escape.ts';
import {
  limitViolations,
  pageCustomId,
  parsePageCustomId,
  renderDigest,
  renderReply,
  renderResults,
  shareBudget,
  type DiscordMessage,
} from '../../../adapters/discord/render.ts';
import { embedChars, expectNoPingsOrForeignLinks, expectWithinLimits, withoutEscapes } from './check.ts';
import { hitFor, loadRecords, notableLines, resultsReply } from './corpus.ts';

let records: QaRecord[] = [];
let longest: { heading: QaRecord; question: QaRecord; answer: QaRecord };
let markdownish: QaRecord[] = [];

beforeAll(async () => {
  const n = notableLines();
  records = (await loadRecords({ first: 200 })).filter((r) => r.answerText && r.heading && r.askingMember);
  const [h, q, a] = await Promise.all([loadRecords([n.longestHeading]), loadRecords([n.longestQuestion]), loadRecords([n.longestAnswer])]);
  longest = { heading: h[0]!, question: q[0]!, answer: a[0]! };
  markdownish = await loadRecords(n.markdownish);
});

const urlsOf = (rs: QaRecord[]) => rs.map((r) => r.url);
const check = (m: DiscordMessage, rs: QaRecord[]) => {
  expect(limitViolations(m)).toEqual([]);
  expectWithinLimits(m);
  expectNoPingsOrForeignLinks(m, urlsOf(rs));
};

describe('results from real records', () => {
  it('one embed per hit: linked heading, bold matches, department / asked by / answered by fields, UIN footer', () => {
    const rs = records.slice(0, 5);
    const word = rs[0]!.answerText!.split(/\s+/).find((w) => /^[a-z]{6,}$/i.test(w))!;
    const reply = resultsReply('x', rs.map((r) => hitFor(r, [word])), { query: word, total: 42, limit: 5 });
    const m = renderResults(reply, { pageToken: 'tok123' });
    check(m, rs);
    expect(m.content).toBe(`**5 of 42 answers** for \`${word}\``);
    expect(m.embeds).toHaveLength(5);
    m.embeds.forEach((e, i) => {
      const r = rs[i]!;
      expect(e.title).toBe(escapeMarkdown(r.heading!));
      expect(e.url).toBe(r.url);
      const f = Object.fromEntries(e.fields!.map((x) => [x.name, x.value]));
      expect(f.Department).toBe(escapeMarkdown(r.answeringBody!));
      const m0 = r.askingMember!;
      expect(f['Asked by']).toBe(escapeMarkdown(m0.party ? `${m0.name} (${[m0.party, m0.constituency].filter(Boolean).join(', ')})` : m0.name));
      expect(f['Answered by']).toContain(formatDate(r.dateAnswered)!);
      if (r.answeringMember) expect(f['Answered by']).toContain(escapeMarkdown(r.answeringMember.name));
      expect(e.footer!.text).toMatch(new RegExp(`^UIN ${r.uin} · Commons · tabled ${formatDate(r.dateTabled)}`));
    });
    expect(m.embeds[0]!.description).toContain(`**${word}**`);
    const buttons = m.components[0]!.components as any[];
    expect(buttons.map((b) => b.label ?? '')).toEqual(['◀ Previous', 'Next ▶', expect.stringMatching(/^Source: /)]);
    expect(buttons[0]).toMatchObject({ custom_id: 'qa:p:tok123:0', disabled: true });
    expect(buttons[1]).toMatchObject({ custom_id: 'qa:n:tok123:5', disabled: false });
    expect(buttons[2]).toMatchObject({ style: 5, url: rs[0]!.url });
  });

  it('last page: Next disabled, Previous goes back one page', () => {
    const rs = records.slice(5, 7);
    const m = renderResults(resultsReply('q', rs.map((r) => hitFor(r, [])), { total: 12, offset: 10, limit: 5 }), { pageToken: 'abc' });
    const [prev, next] = m.components[0]!.components as any[];
    expect(prev).toMatchObject({ custom_id: 'qa:p:abc:5', disabled: false });
    // Next starts after the hits shown: 2 here, though the page asked for 5.
    expect(next).toMatchObject({ custom_id: 'qa:n:abc:12', disabled: true });
    expect(m.content).toMatch(/^\*\*Answers 11–12 of 12\*\* for /);
  });

  it('without a page token, or with a single page, only the source link button', () => {
    const rs = records.slice(0, 2);
    const m = renderResults(resultsReply('q', rs.map((r) => hitFor(r, [])), { total: 2 }), { pageToken: 't' });
    expect((m.components[0]!.components as any[]).map((b) => b.style)).toEqual([5]);
  });

  it('questions still awaiting an answer get a row of Watch buttons naming them; answered ones none', () => {
    const rs = records.slice(0, 3);
    const awaiting = { ...rs[1]!, answerText: undefined, dateAnswered: undefined };
    const m = renderResults(resultsReply('q', [rs[0]!, awaiting, rs[2]!].map((r) => hitFor(r, [], r.questionText)), { total: 3 }));
    check(m, rs);
    expect(m.components).toHaveLength(2);
    expect(m.components[1]!.components).toEqual([expect.objectContaining({ label: `Watch UIN ${awaiting.uin}`, custom_id: `qa_watch:${awaiting.id}` })]);
    expect(renderResults(resultsReply('q', rs.map((r) => hitFor(r, [])), { total: 3 })).components).toHaveLength(1);
  });

  it('the longest answer in the corpus fits one embed (4,096) and five of them fit the 6,000 total', () => {
    const a = longest.answer;
    expect(a.answerText!.length).toBeGreaterThan(4096);
    const one = renderResults(resultsReply('q', [hitFor(a, ['the'])]), { excerptMax: 4096 });
    check(one, [a]);
    const d = one.embeds[0]!.description!;
    expect(d.length).toBeLessThanOrEqual(4096);
    expect(d.length).toBeGreaterThan(3000); // uses the room it has
    expect(d.endsWith('…')).toBe(true);
    expect(embedChars(one.embeds)).toBeLessThanOrEqual(6000);

    const five = renderResults(resultsReply('q', Array.from({ length: 5 }, () => hitFor(a, ['the'])), { total: 99 }), { excerptMax: 4096 });
    check(five, [a]);
    expect(five.embeds).toHaveLength(5);
    expect(embedChars(five.embeds)).toBeGreaterThan(5000);
    expect(embedChars(five.embeds)).toBeLessThanOrEqual(6000);
  });

  it('nine long hits plus a direct answer still fit: 10 embeds, 6,000 characters', () => {
    const rs = [longest.answer, longest.question, longest.heading, ...records.slice(0, 6)];
    const reply = resultsReply('q', rs.map((r) => hitFor(r, ['the'], (r.answerText ?? r.questionText).repeat(3))), {
      total: 500,
      answer: { quotes: rs.slice(0, 3).map((r) => ({ text: (r.answerText ?? r.questionText).repeat(2), record: r })) },
    });
    const m = renderResults(reply, { excerptMax: 4096 });
    check(m, rs);
    expect(m.embeds.length).toBeLessThanOrEqual(10);
    expect(m.embeds[0]!.title).toBe('Answer');
  });

  it('the longest heading is shown whole; a heading past 256 characters is cut at a word with an ellipsis', () => {
    const h = longest.heading;
    const m = renderResults(resultsReply('q', [hitFor(h, [])]));
    expect(m.embeds[0]!.title).toBe(escapeMarkdown(h.heading!));
    const long: QaRecord = { ...h, heading: `${h.heading} `.repeat(3) };
    const t = renderResults(resultsReply('q', [hitFor(long, [])])).embeds[0]!.title!;
    expect(t.length).toBeLessThanOrEqual(256);
    expect(t).toMatch(/[a-z]…$/i);
  });

  it('a record without heading is titled by its question, without the "To ask the Secretary of State" preamble', () => {
    const r: QaRecord = { ...longest.question, heading: undefined };
    const t = renderResults(resultsReply('q', [hitFor(r, [])])).embeds[0]!.title!;
    expect(t.length).toBeLessThanOrEqual(256);
    expect(t).not.toMatch(/^To ask/);
  });

  it('records whose text has markdown characters (* _ | `) are escaped, never formatting the page', () => {
    expect(markdownish.length).toBeGreaterThan(3);
    for (const r of markdownish) {
      const m = renderResults(resultsReply('q', [hitFor(r, [])]), { excerptMax: 4096 });
      check(m, [r]);
      // Bare URLs stay unescaped so that they remain clickable.
      const d = withoutEscapes(m.embeds[0]!.description!).replace(/https?:\/\/\S+/g, '');
      expect(d).not.toMatch(/[*_|`~]/); // no match terms, so no bold markers at all
    }
  });
});

describe('hostile text in records and queries', () => {
  const evil = '[click](https://evil.example) @everyone @here <@123> <@&456> `code` **bold** __u__ ||spoiler|| > quote';

  it('headings, excerpts, members and the query cannot link, ping or format', () => {
    const base = records[0]!;
    const r: QaRecord = {
      ...base,
      heading: evil,
      answeringBody: evil,
      askingMember: { name: evil, party: '**Party**', constituency: '<@1>' },
    };
    const hit = hitFor(r, ['bold', 'click'], evil + '\n\n' + base.answerText);
    const m = renderResults(
      resultsReply(evil + ' ` `` ```', [hit], {
        total: 9,
        notices: [evil],
        noAnswerNote: evil,
        answer: { quotes: [{ text: evil, record: r }] },
        alsoAskedOf: undefined,
      } as any),
      { pageToken: 'zz' },
    );
    check(m, [r]);
    expect(m.content).toContain('`[click](https://evil.example) @\u200Beveryone');
    const title = m.embeds.find((e) => e.url)!.title!;
    expect(title.startsWith('\\[click\\]\\(https://evil.example\\)')).toBe(true);
    expect(m.embeds.find((e) => e.url)!.description).toContain('**click**');
  });

  it('an answer that only refers to another links the one it refers to', () => {
    const [r, referred] = [records[1]!, records[2]!];
    const m = renderResults(resultsReply('q', [{ ...hitFor(r, []), referredTo: referred }]));
    const f = m.embeds[0]!.fields!.find((x) => x.name === 'Refers to')!;
    expect(f.value).toContain(`](${referred.url})`);
    expect(f.value).toContain(`UIN ${referred.uin}`);
    check(m, [r, referred]);
  });

  it('also-asked-of links only go to http(s) pages', () => {
    const r = records[1]!;
    const m = renderResults(
      resultsReply('q', [
        { ...hitFor(r, []), alsoAskedOf: [{ id: 'x', answeringBody: 'Home Office', url: 'javascript:alert(1)' }, { id: 'y', answeringBody: 'HM Treasury', url: records[2]!.url }] },
      ]),
    );
    const f = m.embeds[0]!.fields!.find((x) => x.name === 'Also asked of')!;
    expect(f.value).toBe(`Home Office\n[HM Treasury](${records[2]!.url})`);
    check(m, [r, records[2]!]);
  });
});

describe('other replies', () => {
  it('help renders as one embed within limits', () => {
    const m = renderReply(helpReply('/qa'));
    check(m, []);
    expect(m.embeds).toHaveLength(1);
    expect(m.embeds[0]!.description!.length).toBeGreaterThan(100);
  });

  it('stats from real records: fields by department, year, party and asker', () => {
    const m = renderReply(statsOf('prison', records));
    check(m, []);
    expect(m.embeds[0]!.fields!.map((f) => f.name)).toEqual(['By department', 'By year tabled', "By the asker's party", 'Asked most by']);
    // Every matching question is counted, answered or not: questions, not answers.
    expect(m.embeds[0]!.description).toMatch(/^[\d,]+ questions match, asked by [\d,]+ members$/);
    // How the query was read, and how many are answered, as a search's reply says them.
    const read = renderReply({ kind: 'stats', query: 'puppy farming', total: 537, awaiting: 242, notices: ['Few answers contain all of your words, so these contain most of them.'], byAnsweringBody: [], byYear: [], byParty: [], topAskers: [] });
    expect(read.embeds[0]!.description).toBe('537 questions (295 answered) match\nℹ️ Few answers contain all of your words, so these contain most of them.');
    const asked = renderReply({ kind: 'stats', query: 'Gaza', total: 433, awaiting: 210, askers: 1, byAnsweringBody: [], byYear: [], byParty: [], topAskers: [] });
    expect(asked.embeds[0]!.description).toBe('433 questions (223 answered) match, asked by 1 member');
    // "stats" alone: the whole archive.
    const all = renderReply({ kind: 'stats', query: '', total: 58173, awaiting: 34717, byAnsweringBody: [], byYear: [], byParty: [], topAskers: [] });
    expect([all.embeds[0]!.title, all.embeds[0]!.description]).toEqual(['Statistics: the whole archive', '58,173 questions (23,456 answered) in the archive']);
  });

  it('following lists numbered topics, each query in a code span', () => {
    const f: FollowingReply = { kind: 'following', follows: [{ n: 1, query: 'county lines `x`', createdAt: '2025-01-02T00:00:00.000Z' }] };
    const m = renderReply(f);
    expect(m.embeds[0]!.description).toBe('**1.** `county lines ˋxˋ` · since 2 Jan 2025');
    expect(renderReply({ kind: 'following', follows: [] }).embeds[0]!.title).toBe('This channel follows no topics yet');
  });

  it('a digest of many topics is split into messages of at most 10 embeds and 6,000 characters', () => {
    const d: DigestReply = {
      kind: 'digest',
      from: '2025-01-01T00:00:00Z',
      to: '2025-01-02T00:00:00Z',
      topics: Array.from({ length: 23 }, (_, i) => ({
        query: `topic ${i} @everyone`,
        total: 15,
        records: records.slice(i, i + 10),
        lines: records.slice(i, i + 10).map((r) => r.answerText!.slice(0, 400)),
        since: '2025-01-01',
      })),
    };
    const parts = renderDigest(d);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.flatMap((p) => p.embeds)).toHaveLength(23);
    expect(parts[0]!.content).toBe('**Daily digest** (2025-01-02): 345 new answers');
    for (const p of parts) check(p, records);
    expect(parts[0]!.embeds[0]!.description).toContain('and 5 more — `/qa query:topic 0 @\u200Beveryone from:2025-01-01`');
  });
});

describe('helpers', () => {
  it('shareBudget gives small descriptions what they need and splits the rest evenly', () => {
    expect(shareBudget([100, 5000, 5000], 3000)).toEqual([100, 1450, 1450]);
    expect(shareBudget([10, 20], 1000)).toEqual([10, 20]);
    expect(shareBudget([500], -5)).toEqual([0]);
  });

  it('page custom ids round-trip, stay under 100 characters and reject anything else', () => {
    const id = pageCustomId('n', 'AbC-_12345x', 1234565);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parsePageCustomId(id)).toEqual({ dir: 'n', token: 'AbC-_12345x', offset: 1234565 });
    expect(parsePageCustomId('qa:n:tok:-1')).toBeUndefined();
    expect(parsePageCustomId('other:n:tok:5')).toBeUndefined();
  });
});
