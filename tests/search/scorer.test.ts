// The pieces under the engine's ranking: choosing the best k without sorting everything, and
// which records ask the same question.
import { describe, expect, it } from 'vitest';
import { topPositions } from '../../src/search/ranking.ts';
import { countQuestions, pageOfQuestions, questionGroups, UNGROUPED } from '../../src/search/groups.ts';
import { ListRanking } from '../../src/search/ranking.ts';
import { popcount } from '../../src/search/scorer.ts';
import type { QaRecord } from '../../src/record.ts';

describe('topPositions', () => {
  it('returns the same first k as sorting everything, ties included', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const n of [0, 1, 5, 100, 3000]) {
      // Few distinct scores, so many ties: the order must still be the comparator's.
      const score = Array.from({ length: n }, () => Math.floor(rand() * 20));
      const cmp = (a: number, b: number) => score[b] - score[a] || a - b;
      const from = Int32Array.from({ length: n }, (_, i) => i);
      const sorted = Array.from(from).sort(cmp);
      for (const k of [0, 1, 10, 99, n, n + 5]) expect(topPositions(from, k, cmp), `n=${n} k=${k}`).toEqual(sorted.slice(0, k));
    }
  });
});

describe('popcount', () => {
  it('counts the bits of 32-bit masks', () => {
    expect([0, 1, 0b1011, 0xffffffff, 0x80000000].map(popcount)).toEqual([0, 1, 3, 32, 1]);
  });
});

describe('questionGroups', () => {
  const rec = (over: Partial<QaRecord>): QaRecord =>
    ({ id: `r${Math.random()}`, questionText: '', askingMemberId: 1, dateTabled: '2025-01-06', ...over }) as QaRecord;
  const body = 'what assessment she has made of the effect of bus fare caps on rural passenger numbers';

  it('puts the same question to several departments, same member and day, in one group', () => {
    const recs = [
      rec({ questionText: `To ask the Secretary of State for Transport, ${body}.` }),
      rec({ questionText: 'To ask the Secretary of State for Health and Social Care, how many dentists practise in Devon and Cornwall?' }),
      rec({ questionText: `To ask the Secretary of State for Housing and Local Government, ${body}.` }),
      rec({ questionText: `To ask the Secretary of State for Transport, ${body}.`, askingMemberId: 2 }),
      rec({ questionText: `To ask the Secretary of State for Transport, ${body}.`, dateTabled: '2025-01-07' }),
      undefined as unknown as QaRecord,
    ];
    expect(Array.from(questionGroups(recs, questionsIn(recs)))).toEqual([0, UNGROUPED, 0, UNGROUPED, UNGROUPED, UNGROUPED]);
  });

  it('groups them when the name of an office holds commas (Environment, Food and Rural Affairs)', () => {
    const recs = [
      rec({ questionText: `To ask the Secretary of State for Environment, Food and Rural Affairs, ${body}.` }),
      rec({ questionText: `To ask the Secretary of State for Transport, ${body}.` }),
      rec({ questionText: `To ask the Secretary of State for Science, Innovation and Technology, ${body}.` }),
    ];
    expect(Array.from(questionGroups(recs, questionsIn(recs)))).toEqual([0, 0, 0]);
  });

  it('leaves short questions ungrouped: too little text to say they are the same', () => {
    const recs = [rec({ questionText: 'To ask the Prime Minister, if he will list his engagements.' }), rec({ questionText: 'To ask the Chancellor, if he will list his engagements.' })];
    expect(Array.from(questionGroups(recs, questionsIn(recs)))).toEqual([UNGROUPED, UNGROUPED]);
  });
});

describe('pages and totals of questions', () => {
  // Records 0 and 2 are one question put to two departments, 1 and 3 another; 4 stands alone.
  const groups = Int32Array.from([0, 1, 0, 1, UNGROUPED]);
  // Record 2 answers the first question; neither record of the second is answered; 4 is answered.
  const answeredOf = Int32Array.from([0, 0, 1, 0, 1]);

  it('counts a question put to several departments once, awaiting only when none of its records is answered', () => {
    expect(countQuestions([0, 1, 2, 3, 4], groups, answeredOf)).toEqual({ total: 3, awaiting: 1 });
    expect(countQuestions([0, 4], groups, answeredOf)).toEqual({ total: 2, awaiting: 1 });
  });

  it('folds a group into its best-ranked record, the others listed with it in order', () => {
    const ranking = new ListRanking(
      [3, 0, 4, 2, 1].map((doc, k) => ({ id: `r${doc}`, doc, score: 10 - k })),
      (a, b) => b.score - a.score,
    );
    const { total, awaiting, page } = pageOfQuestions(ranking, 0, 2, groups, answeredOf);
    expect({ total, awaiting }).toEqual({ total: 3, awaiting: 1 });
    expect(page.map((p) => [p.doc, p.also.map((a) => a.doc)])).toEqual([
      [3, [1]],
      [0, [2]],
    ]);
    expect(pageOfQuestions(ranking, 2, 2, groups, answeredOf).page.map((p) => p.doc)).toEqual([4]);
  });
});

/** The question texts of in-memory records, as the engine reads them from the archive. */
function questionsIn(recs: readonly (QaRecord | undefined)[]) {
  return (docs: readonly number[]) => new Map(docs.flatMap((d) => (recs[d] ? [[d, recs[d]!.questionText] as const] : [])));
}
