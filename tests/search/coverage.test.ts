import { describe, expect, it } from 'vitest';
import { cover, TAUS, type CoreConcept } from '../../src/search/coverage.ts';
import { termBits, type Matches } from '../../src/search/scorer.ts';

// Three query terms, one concept each; matches given by which terms they hold (a mask of one word).
const matches = (masks: number[], scores = masks.map(() => 1)): Matches => ({
  docs: Int32Array.from(masks.map((_, i) => i)),
  score: Float64Array.from(scores),
  masks: Uint32Array.from(masks),
  words: 1,
  variants: [['a'], ['b'], ['c']],
  size: masks.length,
});
const concept = (t: number, weight: number, extra: Partial<CoreConcept> = {}): CoreConcept => ({ any: termBits(1, [t]), weight, name: false, place: false, ...extra });
const out = (n: number) => ({ coverage: new Float64Array(n), share: new Float64Array(n), score: new Float64Array(n), unnamed: new Uint8Array(n) });
const noHeadings = new Int32Array(8);

describe('cover', () => {
  it('counts words for the share and weighs them for the coverage and score', () => {
    const m = matches([0b011, 0b100, 0b111], [2, 2, 2]);
    const o = out(3);
    // A rare word (weight 3) beside two common ones.
    const atLeast = cover(m, 3, new Uint8Array([1, 1, 1]), [concept(0, 1), concept(1, 1), concept(2, 3)], noHeadings, o);
    expect([...o.share].map((x) => x.toFixed(3))).toEqual(['0.667', '0.333', '1.000']);
    expect([...o.coverage].map((x) => x.toFixed(3))).toEqual(['0.400', '0.600', '1.000']);
    // Scored by coverage squared.
    expect(o.score[0]).toBeCloseTo(2 * 0.4 * 0.4);
    expect(atLeast).toEqual([1, 1, 2]);
    expect(TAUS[0]).toBeGreaterThan(0.99);
  });

  it('gives a record holding only the place a query ends on no share of the topic', () => {
    const m = matches([0b100, 0b101]);
    const o = out(2);
    cover(m, 3, new Uint8Array([1, 1]), [concept(0, 1), concept(1, 1), concept(2, 1, { place: true })], noHeadings, o);
    expect(o.share[0]).toBe(0);
    expect(o.share[1]).toBeCloseTo(2 / 3);
  });

  it('lets a record holding none of the typed names in by the weight of its words, not their number', () => {
    // "when will the Hillsborough law be introduced": the name weighs most.
    const m = matches([0b110, 0b011]);
    const o = out(2);
    cover(m, 3, new Uint8Array([1, 1]), [concept(0, 4, { name: true }), concept(1, 1), concept(2, 1)], noHeadings, o);
    expect(o.unnamed[0]).toBe(1);
    expect(o.share[0]).toBeCloseTo(2 / 6);
    expect(o.unnamed[1]).toBe(0);
    expect(o.share[1]).toBeCloseTo(2 / 3);
  });

  it('skips matches outside the pool, and reads a concept held by its heading match by match', () => {
    const m = matches([0b001, 0b001, 0b110]);
    const headingOf = Int32Array.from([0, 7, 0]);
    const byHeading = concept(2, 1, { headings: new Set([7]) });
    const o = out(3);
    const atLeast = cover(m, 3, new Uint8Array([1, 1, 0]), [concept(0, 1), byHeading], headingOf, o);
    expect(o.share[0]).toBeCloseTo(0.5);
    // Filed under the heading: holds the concept without its word.
    expect(o.share[1]).toBe(1);
    expect(o.score[2]).toBe(0);
    expect(atLeast).toEqual([1, 1, 2]);
  });

  it('reads the same by the table of masks as match by match', () => {
    const masks = [0b001, 0b010, 0b011, 0b101, 0b111, 0b110];
    const core = [concept(0, 2), concept(1, 1), concept(2, 1, { name: true })];
    const byTable = out(masks.length);
    const byMatch = out(masks.length);
    const all = new Uint8Array(masks.length).fill(1);
    const tableCounts = cover(matches(masks), 3, all, core, noHeadings, byTable);
    // An empty heading set sends it match by match without changing what is held.
    const matchCounts = cover(matches(masks), 3, all, core.map((c) => ({ ...c, headings: new Set<number>() })), noHeadings, byMatch);
    expect(matchCounts).toEqual(tableCounts);
    expect([...byMatch.share]).toEqual([...byTable.share]);
    expect([...byMatch.score]).toEqual([...byTable.score]);
    expect([...byMatch.unnamed]).toEqual([...byTable.unnamed]);
  });
});
