// Spelling correction for words the archive does not know: one edit, a swap of neighbours included.
import { describe, expect, it } from 'vitest';
import { correction, editsOne, isSlip } from '../../src/search/spell.ts';
import { term } from '../../src/search/text.ts';

describe('spelling correction', () => {
  it('editsOne makes every one-edit variant: delete, swap of neighbours, replace, insert', () => {
    const e = editsOne('abc');
    for (const v of ['bc', 'ac', 'ab', 'bac', 'acb', 'xbc', 'abx', 'xabc', 'abxc', 'abcx']) expect(e.has(v), v).toBe(true);
    expect(e.has('abc')).toBe(false);
    expect(e.has('cba')).toBe(false); // two edits
    // 3 deletes + 2 swaps + 3·25 replacements + 4·26 inserts, less duplicates (inserting a letter beside its twin)
    expect(e.size).toBeLessThanOrEqual(3 + 2 + 75 + 104);
    expect(e.size).toBeGreaterThan(150);
  });

  it('a swap of two neighbouring letters is corrected to the word, as a term', () => {
    const df = (t: string) => ({ [term('subject')!]: 5, [term('definition')!]: 3 })[t] ?? 0;
    expect(correction('sbuject', df)).toEqual({ term: term('subject'), word: 'subject', slip: true });
    expect(correction('definitoin', df)?.term).toBe(term('definition'));
  });

  it('among several words one edit away, the one in most records wins', () => {
    const counts: Record<string, number> = { [term('cast')!]: 2, [term('cost')!]: 40, [term('cut')!]: 7 };
    expect(correction('cxst', (t) => counts[t] ?? 0)?.term).toBe(term('cost'));
  });

  it('the word written beside the query\'s other words beats a commoner one', () => {
    // "cxst": cast and cost are each one mistyped letter away; "film cxst" is the cast.
    const counts: Record<string, number> = { [term('cast')!]: 2, [term('cost')!]: 40 };
    const beside: Record<string, number> = { [term('cast')!]: 2, [term('cost')!]: 1 };
    expect(correction('cxst', (t) => counts[t] ?? 0)?.term).toBe(term('cost'));
    expect(correction('cxst', (t) => counts[t] ?? 0, (t) => beside[t] ?? 0)?.term).toBe(term('cast'));
  });

  it('a common slip (a swap of neighbours, a letter doubled or undoubled) comes before any other edit', () => {
    expect(isSlip('sbuject', 'subject')).toBe(true);
    expect(isSlip('stafing', 'staffing')).toBe(true);
    expect(isSlip('comittee', 'committee')).toBe(true);
    expect(isSlip('knif', 'knife')).toBe(false); // a letter left out
    expect(isSlip('stafing', 'safing')).toBe(false);
    expect(isSlip('stafing', 'stating')).toBe(false);
    // "nurse stafing": "safe" is beside "nurse" more often and "state" is commoner, but "staffing" is the slip.
    const counts: Record<string, number> = { [term('staffing')!]: 50, [term('safe')!]: 400, [term('state')!]: 5000 };
    const beside: Record<string, number> = { [term('staffing')!]: 20, [term('safe')!]: 60, [term('state')!]: 0 };
    expect(correction('stafing', (t) => counts[t] ?? 0, (t) => beside[t] ?? 0)?.term).toBe(term('staffing'));
  });

  it('nothing one edit away, short words, and words with digits give no correction', () => {
    const df = (t: string) => (t === term('cost') ? 1 : 0);
    expect(correction('zzzzzz', df)).toBeUndefined();
    expect(correction('cst', df)).toBeUndefined();
    expect(correction('c0st', df)).toBeUndefined();
  });
});
