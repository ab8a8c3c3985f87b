// is:overdue, is:late, is:holding, is:corrected: a question's state against the date it was due,
// alone or with words; and on the real corpus the counts agree with a plain pass over the records.
import { beforeAll, describe, expect, it } from 'vitest';
import type { QaRecord } from '../../src/record.ts';
import { isLate, isOverdue, londonToday } from '../../src/search/timeliness.ts';
import { openArchive } from '../../src/search/open.ts';
import type { Engine } from '../../src/search/engine.ts';
import { CORPUS_FILE, CORPUS_MEMBERS, hasCorpus, syntheticEngine, syntheticRecord } from './helpers.ts';

const today = londonToday();
const daysFromToday = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);

function question(heading: string, over: Partial<QaRecord>): QaRecord {
  const r = syntheticRecord(heading, `To ask about ${heading.toLowerCase()}.`, 'An answer.', daysFromToday(-30));
  const out = { ...r, ...over };
  for (const k of Object.keys(over) as (keyof QaRecord)[]) if (over[k] === undefined) delete out[k];
  return out;
}

describe('is: qualifiers', () => {
  const due = daysFromToday(-20);
  const records = [
    // Overdue: no answer, due 20 days ago.
    question('Okapi Overdue', { answerText: undefined, dateAnswered: undefined, dateForAnswer: due }),
    // Not overdue: a holding answer on the due date (on time, still awaiting its answer).
    question('Okapi Holding', { answerText: 'I will reply as soon as possible.', answerIsHolding: true, dateAnswered: due, dateForAnswer: due }),
    // Late: answered ten days after it was due.
    question('Okapi Late', { dateForAnswer: due, dateAnswered: daysFromToday(-10) }),
    // On time: answered before it was due.
    question('Okapi Prompt', { dateForAnswer: due, dateAnswered: daysFromToday(-25) }),
    // Not yet due: unanswered, due tomorrow.
    question('Okapi Pending', { answerText: undefined, dateAnswered: undefined, dateForAnswer: daysFromToday(1) }),
    // Corrected.
    question('Okapi Corrected', { dateForAnswer: due, dateAnswered: daysFromToday(-22), answerIsCorrection: true, dateAnswerCorrected: daysFromToday(-5) }),
  ];
  const engine = syntheticEngine(records);
  const headings = async (q: string) => (await engine.matchAll(q)).map((r) => r.heading).sort();

  it('each qualifier, alone (a list, newest first) and with words', async () => {
    expect(await headings('is:overdue')).toEqual(['Okapi Overdue']);
    expect(await headings('is:late')).toEqual(['Okapi Late']);
    expect(await headings('is:holding')).toEqual(['Okapi Holding']);
    expect(await headings('is:corrected')).toEqual(['Okapi Corrected']);
    expect(await headings('okapi is:unanswered')).toEqual(['Okapi Holding', 'Okapi Overdue', 'Okapi Pending']);
    expect(await headings('okapi is:answered')).toEqual(['Okapi Corrected', 'Okapi Late', 'Okapi Prompt']);
    expect(await headings('okapi is:late is:corrected')).toEqual([]);
  });

  it('an unknown qualifier is a clear query error', async () => {
    await expect(engine.search({ query: 'okapi is:tardy' })).rejects.toThrow(/is:tardy is not something a question can be/);
  });

  it.skipIf(!hasCorpus)('agree with a plain pass over the real corpus', async () => {
    const a = await openArchive({ data: [CORPUS_FILE], members: CORPUS_MEMBERS, persist: false });
    const corpus: Engine = a.engine;
    try {
      const all = [...corpus.all()];
      const count = async (q: string) => (await corpus.matchAll(q)).length;
      expect(await count('is:overdue')).toBe(all.filter((r) => isOverdue(r, today)).length);
      expect(await count('is:late')).toBe(all.filter((r) => isLate(r)).length);
      expect(await count('is:late dept:"home office"')).toBe(all.filter((r) => isLate(r) && r.answeringBody === 'Home Office').length);
      expect(await count('is:late')).toBeGreaterThan(0);
    } finally {
      a.store.close();
    }
  });
});
