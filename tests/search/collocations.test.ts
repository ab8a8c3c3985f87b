import { describe, expect, it } from 'vitest';
import { Collocations, pairsOf } from '../../src/search/collocations.ts';
import type { Concept } from '../../src/search/concept.ts';
import type { Matches } from '../../src/search/scorer.ts';
import type { QaRecord } from '../../src/record.ts';

const word = (w: string, pos: number): Concept => ({ terms: [w], weight: 1, known: true, word: w, pos });

// An archive read only through what the class is handed: no match lookup is needed here.
const unused = (): never => {
  throw new Error('not read');
};
const collocations = (records: Partial<QaRecord>[], bodies: string[] = []) =>
  new Collocations({
    match: (): Matches => unused(),
    searchableAt: () => unused(),
    wholeAt: (docs) => new Map(docs.map((d) => [d, records[d] as QaRecord])),
    bodies: () => bodies,
  });

describe('pairsOf', () => {
  it('pairs neighbouring words, or words one apart, and nothing further', () => {
    const pairs = pairsOf([word('county', 0), word('lines', 1), word('gangs', 3), word('police', 6)]);
    expect(pairs.map((p) => `${p.a.word} ${p.b.word}`)).toEqual(['county lines', 'lines gangs']);
  });
});

describe('Collocations', () => {
  const [pair] = pairsOf([word('county', 0), word('lines', 1)]);

  it('says nothing from fewer than three records holding both words', () => {
    expect(collocations([]).collocatedIn(pair!, ['county lines gangs', 'lines of the county'])).toBeUndefined();
  });

  it('reads the words as a name when the records holding both mostly have them together', () => {
    const c = collocations([]);
    expect(c.collocatedIn(pair!, ['county lines gangs', 'county lines exploitation', 'tackling county lines', 'a line in the county'])).toBe(true);
    expect(c.collocatedIn(pair!, ['county council bus lines', 'railway lines in the county', 'county court lines', 'lines of county'])).toBe(false);
  });

  it('marks a record holding the query as a phrase, but not where a department name holds it', () => {
    const records = [
      { heading: 'Social Care: Staff', questionText: 'what steps are being taken on social care staffing', answerText: '' },
      { heading: 'Public Appointments', questionText: 'To ask the Secretary of State for Health and Social Care, how many appointments', answerText: '' },
    ];
    const [social] = pairsOf([word('social', 0), word('care', 1)]);
    const top = [
      { id: 'a', doc: 0, score: 1 },
      { id: 'b', doc: 1, score: 1 },
    ] as { id: string; doc: number; score: number; phrase?: boolean }[];
    collocations(records, ['Department of Health and Social Care']).markPhrases(top, [social!]);
    expect(top.map((s) => s.phrase)).toEqual([true, false]);
  });
});
