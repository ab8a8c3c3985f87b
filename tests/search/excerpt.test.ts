// Excerpts: the passage that best shows why a record matched, about 300 characters, cut at
// sentence (else word) boundaries, with the matched words marked.
import { describe, expect, it } from 'vitest';
import { bestPassage, makeExcerpt, matchRanges, EXCERPT_TARGET, type MatchSpec } from '../../src/search/excerpt.ts';
import { splitSentences } from '../../src/search/sentences.ts';
import { terms } from '../../src/search/text.ts';
import { excerptText } from '../../src/bot/reply.ts';
import { plainFlags, type QaRecord } from '../../src/record.ts';
import { CHARGEPOINTS, fixtureRecords } from './helpers.ts';

const spec = (query: string, phrases: string[] = []): MatchSpec => ({ terms: new Set(terms(query)), phrases });
const marked = (text: string, s: MatchSpec) => matchRanges(text, s).map((r) => text.slice(r.start, r.end));
const span = (p: { start: number; end: number }): [number, number] => [p.start, p.end];

function record(answerText: string | undefined, questionText = 'To ask the Secretary of State for the Home Department, a question.'): QaRecord {
  return {
    id: 'test-1',
    house: 'Commons',
    questionText,
    answerText,
    ...plainFlags(),
    url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-01-01/1',
    sources: [{ kind: 'wq-jsonl', file: 'x.jsonl' }],
  };
}

describe('matchRanges', () => {
  it('marks every form of a query word (by its stem), not parts of other words', () => {
    const text = 'Lines closed; a line opened. The county lines programme. Outlines and liners are not lines of county.';
    expect(marked(text, spec('line'))).toEqual(['Lines', 'line', 'lines', 'lines']);
  });

  it('marks a phrase as one range, whatever punctuation stands between its words', () => {
    const text = 'County lines, county-lines and county  lines; not county councils.';
    expect(marked(text, { terms: new Set(), phrases: ['county lines'] })).toEqual(['County lines', 'county-lines', 'county  lines']);
  });

  it('words inside a marked phrase are not marked again; other occurrences are', () => {
    const text = 'County lines gangs use lines.';
    const r = matchRanges(text, { terms: new Set(terms('county lines')), phrases: ['county lines'] });
    expect(r.map((x) => text.slice(x.start, x.end))).toEqual(['County lines', 'lines']);
  });

  it('ranges are sorted and do not overlap', async () => {
    for (const r of await fixtureRecords()) {
      const text = r.answerText ?? r.questionText;
      const rs = matchRanges(text, { terms: new Set(terms('county lines children exploitation')), phrases: ['county lines'] });
      for (let i = 1; i < rs.length; i++) expect(rs[i].start).toBeGreaterThanOrEqual(rs[i - 1].end);
    }
  });

  it('words inside a web address are not marked: the address stays one link', () => {
    const text = 'See https://www.gov.uk/government/publications/health-plan-for-england and www.gov.uk/england-data. GPs in England.';
    expect(marked(text, spec('england GPs'))).toEqual(['GPs', 'England']);
  });

  it('stop words are never marked', () => {
    expect(marked('The cost of the scheme', spec('the cost of'))).toEqual(['cost']);
  });
});

describe('bestPassage', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i + 1} is about nothing in particular at all.`).join(' ');

  it('is null when nothing matches', () => {
    expect(bestPassage('Nothing here matches.', spec('knife'))).toBeNull();
  });

  it('picks the sentences with the most distinct query words, not the first match', () => {
    const text = `${filler(3)} Knife sales were discussed. ${filler(8)} Knife crime fell where knife crime prevention orders were used. ${filler(3)}`;
    const p = bestPassage(text, spec('knife crime prevention'))!;
    const passage = text.slice(p.start, p.end);
    expect(passage).toContain('Knife crime fell where knife crime prevention orders were used.');
    expect(passage).not.toContain('Knife sales');
  });

  it('is made of whole sentences and stays near the target length', () => {
    const text = `${filler(5)} Knife crime is down. ${filler(10)}`;
    const p = bestPassage(text, spec('knife crime'))!;
    const starts = splitSentences(text).map((s) => s.start);
    const ends = splitSentences(text).map((s) => s.end);
    expect(starts).toContain(p.start);
    expect(ends).toContain(p.end);
    expect(p.end - p.start).toBeLessThanOrEqual(EXCERPT_TARGET);
  });

  describe('with a kind of sentence preferred', () => {
    // Two windows of the same three query words; the first repeats them, the second holds a count.
    const { named, counted } = CHARGEPOINTS;
    const hasCount = (s: string) => /\d/.test(s);
    const q = spec('electric vehicle chargepoints');

    it('shows the passage holding it among those showing as many distinct query words', () => {
      const text = `${named} ${counted}`;
      expect(text.slice(...span(bestPassage(text, q)!))).toBe(named);
      expect(text.slice(...span(bestPassage(text, q, EXCERPT_TARGET, hasCount)!))).toBe(counted);
    });

    it('never one showing fewer of the query words', () => {
      const fewer = 'As of November there were over 71,000 public chargepoints in the United Kingdom, an increase of 30 per cent on the previous year, with more installed every week.';
      const text = `${named} ${fewer}`;
      expect(text.slice(...span(bestPassage(text, q, EXCERPT_TARGET, hasCount)!))).toBe(named);
    });
  });

  it('a single long sentence is cut at word boundaries around the first match', () => {
    const words = Array.from({ length: 150 }, (_, i) => `word${i}`);
    words[90] = 'knife';
    const text = words.join(' ') + '.';
    const p = bestPassage(text, spec('knife'))!;
    const passage = text.slice(p.start, p.end);
    expect(passage).toContain('knife');
    expect(p.start).toBeGreaterThan(0);
    expect(p.end).toBeLessThan(text.length);
    // both ends fall between words
    expect(text[p.start - 1]).toMatch(/\s/);
    expect(text[p.end]).toMatch(/\s/);
    expect(passage).toMatch(/^\S/);
    expect(passage).toMatch(/\S$/);
    expect(passage.length).toBeLessThanOrEqual(EXCERPT_TARGET);
    expect(passage.length).toBeGreaterThan(EXCERPT_TARGET * 0.8);
  });
});

describe('makeExcerpt', () => {
  it('comes from the answer when the answer matches, with cut marks where text was left out', () => {
    const answer = `Opening words of the answer. ${'Other matters are covered here in detail. '.repeat(8)}Knife crime fell sharply last year. ${'Closing remarks go on for a while. '.repeat(8)}`;
    const e = makeExcerpt(record(answer.trim()), spec('knife crime'));
    expect(e.field).toBe('answer');
    expect(e.cutStart).toBe(true);
    expect(e.cutEnd).toBe(true);
    expect(e.segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Knife', 'crime']);
    expect(excerptText(e)).toMatch(/^…/);
    expect(excerptText(e)).toMatch(/…$/);
  });

  it('falls back to the question when only the question matches', () => {
    const e = makeExcerpt(record('An answer about something else entirely.', 'To ask the Secretary of State for the Home Department, what steps she is taking on knife crime.'), spec('knife'));
    expect(e.field).toBe('question');
    expect(e.segments.filter((s) => s.match).map((s) => s.text)).toEqual(['knife']);
  });

  it('uses the question of an unanswered record', () => {
    const e = makeExcerpt(record(undefined, 'To ask the Secretary of State for the Home Department, about knife crime.'), spec('knife'));
    expect(e.field).toBe('question');
  });

  it('with nothing to mark, opens the answer, cut at a word boundary within the target', () => {
    const answer = 'The Government takes this seriously. '.repeat(20).trim();
    const e = makeExcerpt(record(answer), spec(''));
    expect(e.field).toBe('answer');
    expect(e.cutStart).toBe(false);
    expect(e.cutEnd).toBe(true);
    const body = e.segments.map((s) => s.text).join('');
    expect(answer.startsWith(body)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(EXCERPT_TARGET);
    // cut between words, with no space left before the "…"
    expect(body).toMatch(/\S$/);
    expect(answer[body.length]).toMatch(/\s/);
    expect(excerptText(e)).toMatch(/\S…$/);
    expect(e.segments.every((s) => !s.match)).toBe(true);
  });

  it('a short answer is shown whole, uncut', () => {
    const e = makeExcerpt(record('Knife crime fell.'), spec('knife'));
    expect(e.cutStart).toBe(false);
    expect(e.cutEnd).toBe(false);
    expect(excerptText(e, '[', ']')).toBe('[Knife] crime fell.');
  });

  it('paragraph breaks inside the passage read as spaces', () => {
    const e = makeExcerpt(record('Knife crime fell.\n\nKnife sales rose.'), spec('knife'));
    expect(excerptText(e)).toBe('Knife crime fell. Knife sales rose.');
  });

  it('on every fixture record: the segments are the record text, marks are query words, length near the target', async () => {
    const query = 'county lines grooming gangs knife crime funding';
    const s = spec(query, ['county lines']);
    const wanted = new Set(terms(query));
    for (const r of await fixtureRecords()) {
      const e = makeExcerpt(r, s);
      const source = e.field === 'answer' ? r.answerText! : r.questionText;
      const body = e.segments.map((x) => x.text).join('');
      // the excerpt is a piece of the source, with line breaks read as spaces
      expect(source.replace(/\s*\n+\s*/g, ' '), r.id).toContain(body);
      expect(body.length, r.id).toBeLessThanOrEqual(EXCERPT_TARGET * 1.3);
      for (const m of e.segments.filter((x) => x.match)) {
        const ts = terms(m.text);
        expect(ts.length > 0 && ts.every((t) => wanted.has(t)), `${r.id}: ${m.text}`).toBe(true);
      }
      expect(e.cutEnd, r.id).toBe(!source.trimEnd().replace(/\s*\n+\s*/g, ' ').endsWith(body));
    }
  });
});
