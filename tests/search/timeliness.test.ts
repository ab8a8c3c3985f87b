// is:overdue, is:late, is:holding, is:corrected: a question's state against the date it was due,
// alone or with words; and on the real corpus the counts agree with a plain pass over the records.
import { afterAll, describe, expect, it } from 'vitest';
import type { QaRecord } from '../../src/record.ts';
import { isLate, isOverdue, londonToday } from '../../src/search/timeliness.ts';
import { openArchive } from '../../src/search/open.ts';
import { CORPUS_FILE, CORPUS_MEMBERS, hasCorpus, syntheticEngine, syntheticRecord } from './helpers.ts';

const today = londonToday();
// The real corpus, opened once for the file (in memory: no files written).
let corpus: ReturnType<typeof openArchive> | undefined;
const openCorpus = () => (corpus ??= openArchive({ data: [CORPUS_FILE], members: CORPUS_MEMBERS, persist: false }));
afterAll(async () => (await corpus)?.store.close());
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

  it('an archive whose latest record is long before today judges overdue as of that date, and says so', async () => {
    const at = (n: number) => daysFromToday(n);
    const stale = syntheticEngine([
      // The latest record: answered 60 days ago.
      question('Quagga Answered', { dateTabled: at(-70), dateForAnswer: at(-65), dateAnswered: at(-60) }),
      // Due before the archive's last day, unanswered: overdue as far as the archive knows.
      question('Quagga Early', { dateTabled: at(-75), answerText: undefined, dateAnswered: undefined, dateForAnswer: at(-68) }),
      // Due after it: the archive cannot know whether it was answered.
      question('Quagga Later', { dateTabled: at(-62), answerText: undefined, dateAnswered: undefined, dateForAnswer: at(-50) }),
    ]);
    const res = await stale.search({ query: 'is:overdue' });
    expect(res.hits.map((h) => h.record.heading)).toEqual(['Quagga Early']);
    expect(res.notices).toEqual([`Overdue as of ${at(-60)}, the date of the archive's latest record: it holds no answer given since, so questions due later are not counted.`]);
    const t = await stale.timeliness('');
    expect([t.today, t.to, t.asOfArchive, t.rows[0]?.overdue]).toEqual([at(-60), at(-60), true, 1]);
    // A fresh archive (the records above, latest ten days ago) is judged on today, with no notice.
    expect((await engine.search({ query: 'is:overdue' })).notices).toEqual([]);
    expect((await engine.timeliness('')).asOfArchive).toBeUndefined();
  });

  it('an unknown qualifier is a clear query error', async () => {
    await expect(engine.search({ query: 'okapi is:tardy' })).rejects.toThrow(/is:tardy is not something a question can be/);
  });

  it.skipIf(!hasCorpus)('agree with a plain pass over the real corpus', async () => {
    const { engine: e } = await openCorpus();
    {
      const all = [...e.all()];
      const count = async (q: string) => (await e.matchAll(q)).length;
      // The corpus ends long before today: overdue is judged as of its latest record's date, and said so.
      const last = all.flatMap((r) => [r.dateTabled, r.dateAnswered]).filter((d): d is string => !!d).sort().at(-1)!.slice(0, 10);
      const asOf = Date.parse(today) - Date.parse(last) > 14 * 86_400_000 ? last : today;
      expect(await count('is:overdue')).toBe(all.filter((r) => isOverdue(r, asOf)).length);
      if (asOf !== today) expect((await e.search({ query: 'is:overdue' })).notices[0]).toMatch(new RegExp(`^Overdue as of ${asOf}, the date of the archive's latest record`));
      expect(await count('is:late')).toBe(all.filter((r) => isLate(r)).length);
      expect(await count('is:late dept:"home office"')).toBe(all.filter((r) => isLate(r) && r.answeringBody === 'Home Office').length);
      expect(await count('is:late')).toBeGreaterThan(0);
    }
  }, 60_000);
});

describe('stats timeliness', () => {
  const due = daysFromToday(-20);
  const home = (h: string, over: Partial<QaRecord>) => question(h, { answeringBody: 'Home Office', ...over });
  const records = [
    ...Array.from({ length: 10 }, (_, i) => home(`Home ${i}`, { dateForAnswer: due, dateAnswered: i < 4 ? daysFromToday(-21) : daysFromToday(-20 + (i - 4)) })),
    ...Array.from({ length: 10 }, (_, i) => question(`Transport ${i}`, { dateForAnswer: due, dateAnswered: daysFromToday(-25) })),
    home('Home overdue', { answerText: undefined, dateAnswered: undefined, dateForAnswer: due }),
    question('Tiny', { answeringBody: 'Wales Office', dateForAnswer: due, answerText: undefined, dateAnswered: undefined }),
  ];
  const engine = syntheticEngine(records);

  it('per department, worst first, small ones last, with the counts a reader can check by hand', async () => {
    const t = await engine.timeliness(`from:${daysFromToday(-60)}`);
    expect(t.per).toBe('department');
    expect(t.due).toBe(22);
    expect(t.rows.map((r) => r.label)).toEqual(['Home Office', 'Department for Transport', 'Wales Office']);
    // Home Office: 11 due; 4 early, 1 on the day, 5 late (1..5 days, median 3), 1 overdue.
    expect(t.rows[0]).toEqual({ label: 'Home Office', due: 11, onTime: 5, medianDaysLate: 3, overdue: 1, holding: 0 });
    expect(t.rows[1]).toMatchObject({ due: 10, onTime: 10, overdue: 0 });
  });

  it('takes filters, not words, and a period outside the records gives nothing', async () => {
    expect((await engine.timeliness('dept:transport')).rows.map((r) => r.label)).toEqual(['Department for Transport']);
    expect((await engine.timeliness('months')).rows.map((r) => r.label)).toEqual([due.slice(0, 7)]);
    await expect(engine.timeliness('okapi')).rejects.toThrow(/filters, not words/);
    expect((await engine.timeliness('from:2001 to:2001-12')).due).toBe(0);
  });

  it.skipIf(!hasCorpus)('agrees with a plain computation over the real corpus', async () => {
    const a = await openCorpus();
    {
      const t = await a.engine.timeliness('from:2024-01 to:2024-12');
      const due = [...a.engine.all()].filter((r) => !r.isWithdrawn && r.dateForAnswer && r.dateForAnswer >= '2024-01-01' && r.dateForAnswer <= '2024-12-31');
      expect(t.due).toBe(due.length);
      for (const row of t.rows.slice(0, 5)) {
        const mine = due.filter((r) => (r.answeringBody ?? 'Unknown department') === row.label);
        expect(row.due, row.label).toBe(mine.length);
        const onTime = mine.filter(
          (r) =>
            (r.dateAnswered && r.hasAnswer && !r.answerIsHolding && r.dateAnswered <= r.dateForAnswer!) ||
            (r.dateHoldingAnswer && r.dateHoldingAnswer <= r.dateForAnswer!) ||
            (r.answerIsHolding && r.dateAnswered! <= r.dateForAnswer!),
        );
        expect(row.onTime, row.label).toBe(onTime.length);
      }
    }
  }, 60_000);
});
