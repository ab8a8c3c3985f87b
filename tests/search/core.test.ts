import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/search/concept.ts';
import { coreOf, typedNames, type CoreSource, type QuestionReading } from '../../src/search/core.ts';
import { parseQuery } from '../../src/search/query.ts';
import { term, words } from '../../src/search/text.ts';

// Concepts as the engine makes them for plain words: one term each, in order, at their positions.
const conceptsOf = (text: string): Concept[] =>
  words(text)
    .map((w) => ({ w: w.word.toLowerCase(), t: term(w.word) }))
    .filter((x): x is { w: string; t: string } => !!x.t)
    .map((x, pos) => ({ terms: [x.t], weight: 1, known: true, word: x.w, pos }));

// An archive of 10,000 records where each word's share of them is given (others are rare), and the named pairs stand together.
const archive = (shareOf: Record<string, number>, names: string[] = []): CoreSource => {
  const share = new Map(Object.entries(shareOf).map(([w, x]) => [term(w), x]));
  return {
    df: (t) => Math.round((share.get(t) ?? 0.001) * 10_000),
  documentCount: () => 10_000,
    isCollocation: (p) => names.includes(`${p.a.word} ${p.b.word}`),
  };
};

const read = (text: string, source: CoreSource) => {
  const out: QuestionReading = {};
  const { core, collocs } = coreOf(source, parseQuery(text), conceptsOf(text), [], () => 0, out);
  return { core: core.map((c) => c.word), collocs: collocs.map((p) => `${p.a.word} ${p.b.word}`), out };
};

describe('coreOf', () => {
  it('keeps every word of a typed list of keywords', () => {
    expect(read('prison officers pay', archive({ prison: 0.05, officers: 0.15, pay: 0.12 })).core).toEqual(['prison', 'officers', 'pay']);
  });

  it('reads a question by its topic: the archive\'s names and its rarer words, not the framing', () => {
    const source = archive({ money: 0.12, government: 0.4, spending: 0.2, prison: 0.05, officers: 0.08 }, ['prison officers']);
    const r = read('how much money is the government spending on prison officers?', source);
    expect(r.core).toEqual(['prison', 'officers']);
    expect(r.collocs).toEqual(['prison officers']);
    // What the direct answer learns: the subject, as the core's terms.
    expect(r.out.subject).toEqual([[term('prison')], [term('officers')]]);
  });

  it('leaves out the unit counted and a word asking for a measure', () => {
    const source = archive({ people: 0.2, claim: 0.05, pip: 0.002, help: 0.1, carers: 0.01 });
    expect(read('how many people claim PIP?', source).core).toEqual(['claim', 'pip']);
    expect(read('is there any help for carers?', source).core).toEqual(['carers']);
  });

  it('says which rare words the question typed as names', () => {
    const r = read('how much aid has the UK given to Myanmar?', archive({ aid: 0.02, uk: 0.3, given: 0.2, myanmar: 0.001 }));
    expect(r.out.names).toEqual([term('Myanmar')]);
    expect(typedNames('how much aid has the UK given to Myanmar?')).toEqual(new Set(['uk', 'myanmar']));
  });
});
