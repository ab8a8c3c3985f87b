// One presentation of a record for every platform: title, people, dates, flags, citation.
import { describe, expect, it } from 'vitest';
import { digestMore, formatDate, plural, recordTitle, recordView, resultsPage } from '../../src/bot/present.ts';
import type { ResultsReply } from '../../src/bot/reply.ts';
import { fakeRecord } from '../adapters/slack/corpus.ts';

describe('recordView', () => {
  it('names the department, who asked and answered, and dates as people read them', () => {
    expect(recordView(fakeRecord())).toEqual({
      title: 'County Lines',
      url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712',
      department: 'Home Office',
      askedBy: 'Jane Example (Labour, Exampleton)',
      answeredBy: 'Dame Diana Johnson (Minister of State (Home Office))',
      tabled: '9 Sep 2024',
      answered: '16 Sep 2024',
      status: 'answered',
      uin: '4712',
      flags: [],
      citation: 'UIN 4712, Home Office, 16 Sep 2024',
    });
  });

  it('flags what a reader should know, and says when there is no answer yet', () => {
    const v = recordView(
      fakeRecord({ answerIsHolding: true, answerIsCorrection: true, dateAnswerCorrected: '2024-10-01', isNamedDay: true, attachmentCount: 2, dateAnswered: undefined, answerText: undefined, answeringMember: undefined }),
    );
    expect(v.flags.map((f) => f.text)).toEqual(['holding answer', 'corrected 1 Oct 2024', 'named day', '2 attachments']);
    expect(v.status).toBe('awaiting answer');
    expect(recordView(fakeRecord({ isWithdrawn: true })).status).toBe('withdrawn');
    expect(recordView(fakeRecord({ askingMember: undefined, askingMemberId: 4321 })).askedBy).toBe('Member 4321');
  });

  it('titles a record without a heading by its question, cut at a word; else by its UIN', () => {
    expect(recordTitle(fakeRecord({ heading: undefined }))).toBe('What steps she is taking to tackle county lines drug dealing.');
    const long = recordTitle(fakeRecord({ heading: undefined, questionText: `To ask the Chancellor, ${'whether the rates of duty will change '.repeat(5)}` }));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/ [a-z]+…$/);
    expect(recordTitle(fakeRecord({ heading: ' ', questionText: 'To ask the Home Secretary, ' }))).toBe('Question 4712');
    // An office's name may hold commas; a Lords question has no comma after its address.
    const dsit = 'To ask the Secretary of State for Science, Innovation and Technology, what progress he has made on the roll-out of gigabit-capable broadband in rural areas.';
    expect(recordTitle(fakeRecord({ heading: undefined, questionText: dsit }))).toBe('What progress he has made on the roll-out of gigabit-capable broadband in rural areas.');
    const lords = "To ask His Majesty's Government what steps they are taking to reduce waiting lists, and by when.";
    expect(recordTitle(fakeRecord({ heading: undefined, questionText: lords }))).toBe('What steps they are taking to reduce waiting lists, and by when.');
    const speaker = "To ask the Right hon. Member for Kenilworth and Southam, representing the Speaker's Committee on the Electoral Commission, what the value is of its settlement.";
    expect(recordTitle(fakeRecord({ heading: undefined, questionText: speaker }))).toBe('What the value is of its settlement.');
  });
});

describe('shared wording', () => {
  it('dates, counts, and the command for the rest of a digest topic in each platform\'s syntax', () => {
    expect(formatDate('2025-01-02T08:00:00Z')).toBe('2 Jan 2025');
    expect(plural(1, 'answer')).toBe('1 answer');
    expect(plural(1234, 'answer')).toBe('1,234 answers');
    const t = { query: 'tax', total: 5, records: [], lines: [], since: '2025-01-01' };
    expect(digestMore(t, 3, '/qa')).toEqual({ count: 2, command: '/qa tax from:2025-01-01' });
    expect(digestMore(t, 3, '/qa query:')).toEqual({ count: 2, command: '/qa query:tax from:2025-01-01' });
    expect(digestMore(t, 5, '/qa')).toBeUndefined();
  });
});

describe('resultsPage', () => {
  const page = (offset: number, hits: number, total: number, limit = 5): ResultsReply => ({
    kind: 'results',
    query: 'q',
    total,
    offset,
    limit,
    hits: Array.from({ length: hits }, (_, i) => ({ record: fakeRecord({ id: `r${i}` }) }) as ResultsReply['hits'][number]),
    notices: [],
  });

  it('counts and pages from the hits a message shows, the same for every platform', () => {
    expect(resultsPage(page(0, 5, 1234))).toEqual({ count: '5 of 1,234 answers', nextOffset: 5 });
    expect(resultsPage(page(5, 5, 27))).toEqual({ count: 'Answers 6–10 of 27', prevOffset: 0, nextOffset: 10 });
    expect(resultsPage(page(25, 2, 27))).toEqual({ count: 'Answers 26–27 of 27', prevOffset: 20 });
    expect(resultsPage(page(26, 1, 27))).toEqual({ count: 'Answer 27 of 27', prevOffset: 21 });
    expect(resultsPage(page(0, 3, 3))).toEqual({ count: '3 of 3 answers' });
  });

  it('says questions, and how many are answered, when some of them await an answer', () => {
    const awaiting = (r: ResultsReply, n: number): ResultsReply => ({ ...r, awaiting: n });
    expect(resultsPage(awaiting(page(0, 5, 1234), 234)).count).toBe('5 of 1,234 questions (1,000 answered)');
    expect(resultsPage(awaiting(page(0, 3, 3), 3)).count).toBe('3 of 3 questions awaiting an answer');
    expect(resultsPage(awaiting(page(5, 5, 27), 2)).count).toBe('Questions 6–10 of 27');
    expect(resultsPage(awaiting(page(26, 1, 27), 2)).count).toBe('Question 27 of 27');
    expect(resultsPage(awaiting(page(0, 5, 27), 0)).count).toBe('5 of 27 answers');
  });

  it('Next starts after the hits shown when a platform drops some, and steps over one no message can hold', () => {
    expect(resultsPage(page(0, 5, 27), 3)).toEqual({ count: '3 of 27 answers', nextOffset: 3 });
    expect(resultsPage(page(5, 5, 27), 0).nextOffset).toBe(6);
  });
});
