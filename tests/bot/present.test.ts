// One presentation of a record for every platform: title, people, dates, flags, citation.
import { describe, expect, it } from 'vitest';
import { digestMore, formatDate, plural, recordTitle, recordView } from '../../src/bot/present.ts';
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
