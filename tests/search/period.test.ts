// Periods a question is put over: the words that frame one, and the spans they name.
import { describe, expect, it } from 'vitest';
import { periodTerms, spans, yearSpans } from '../../src/search/period.ts';
import { term } from '../../src/search/text.ts';

describe('periodTerms', () => {
  it('are the frame words and a number beside one', () => {
    expect(periodTerms('how many snooker clubs have closed in the last ten years?')).toEqual(new Set(['last', 'ten', term('years')]));
    expect(periodTerms('over the next decade')).toEqual(new Set([term('next'), term('decade')]));
  });

  it('leave out "annual", which names things ("annual leave", "annual report") as often as it frames a figure', () => {
    expect(periodTerms('what is being done about annual leave for nurses?')).toEqual(new Set());
  });

  it('include the "per" of a rate ("per week"): it is no subject of "how much is child benefit per week?"', () => {
    expect(periodTerms('how much is child benefit per week?')).toEqual(new Set(['per', term('week')]));
  });

  it('include the word making a year a period of accounts or teaching ("the 2025/26 financial year"), not that word elsewhere', () => {
    expect(periodTerms("how big is Stormont's funding for the 2025/26 financial year?")).toEqual(new Set([term('financial'), term('year')]));
    expect(periodTerms('what financial support is there for farmers?')).toEqual(new Set());
  });

  it('leave out a number that names something ("the two-child limit", "the ten largest schemes")', () => {
    expect(periodTerms('what is the government doing about the two child limit?')).toEqual(new Set());
    expect(periodTerms('what were the ten largest flood defence schemes?')).toEqual(new Set());
  });
});

describe('spans', () => {
  it('read "ten years", "10-year" and "a decade" as one span', () => {
    expect(spans('over the next ten years')).toEqual(['10 year']);
    expect(spans('a new 10-year floods investment programme')).toEqual(['10 year']);
    expect(spans('over the next decade')).toEqual(['10 year']);
    expect(spans('for six months and 2 weeks')).toEqual(['6 month', '2 week']);
    expect(spans('over the last fourteen years, and forty weeks')).toEqual(['14 year', '40 week']);
    expect(spans('over the last two financial years since spring 2022')).toEqual(['2 year']);
    expect(spans('the ten largest schemes in 2024')).toEqual([]);
  });

  it('a year is no span: "the 2022/23 academic year" does not end on 23 years, "the 2024 financial year" is no 2,024', () => {
    expect(spans('in the 2022/23 academic year')).toEqual([]);
    expect(spans('in the 2022-23 financial year, over 3 years')).toEqual(['3 year']);
    expect(spans('in the 2024 financial year')).toEqual([]);
  });
});

describe('yearSpans', () => {
  it('read a span from the year it ends, as of the year the text was written', () => {
    expect(yearSpans('investing at least £10.5 billion until 2036', 2026)).toEqual(['10 year']);
    expect(yearSpans('to be delivered by March 2030', 2026)).toEqual(['4 year']);
    expect(yearSpans('committing £7.9 billion (2026-27 to 2035-36)', 2025)).toEqual(['9 year']);
    expect(yearSpans('between 2025 and 2030', 2024)).toEqual(['5 year']);
  });
  it('name no span for a year alone, a financial year, or a year already past', () => {
    expect(yearSpans('in 2024 the scheme opened', 2026)).toEqual([]);
    expect(yearSpans('the 2023-24 financial year', 2024)).toEqual([]);
    expect(yearSpans('funded until 2024', 2026)).toEqual([]);
  });
});
