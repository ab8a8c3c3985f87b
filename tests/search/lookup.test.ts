// A question looked up by its UIN or its link is that question, not the records holding the digits.
import { describe, expect, it } from 'vitest';
import { QaRecord } from '../../src/record.ts';
import { syntheticEngine, syntheticRecord } from './helpers.ts';

const numbered = (uin: string, dateTabled: string, heading: string, text: string) =>
  QaRecord.parse({
    ...syntheticRecord(heading, `To ask the Secretary of State, about ${text}.`, `${text} is in hand.`, dateTabled),
    id: `commons-${dateTabled}-${uin}`,
    uin,
    url: `https://questions-statements.parliament.uk/written-questions/detail/${dateTabled}/${uin}`,
  });

describe('a question by its UIN or its link', () => {
  const older = numbered('4712', '2023-12-04', 'Ferries', 'ferry timetables');
  const newer = numbered('4712', '2024-09-02', 'Buses', 'bus routes');
  // Holds the digits in its text: found by the words, never by the lookup.
  const mentions = syntheticRecord('Railways', 'To ask the Secretary of State, pursuant to the Answer to Question 4712, about trains in 2024.', 'Trains run.');
  const e = syntheticEngine([older, newer, mentions]);

  it('a UIN, typed alone or after "UIN", lists the questions with it, newest first, and says so', async () => {
    for (const q of ['4712', 'UIN 4712', 'uin:4712']) {
      const res = await e.search({ query: q });
      expect(res.hits.map((h) => h.record.id), q).toEqual([newer.id, older.id]);
      expect(res.notices[0], q).toContain('the 2 questions numbered 4712 (a UIN starts again each session), newest first');
    }
  });

  it('a number asked about in words ("question 4712", "who answered 4712?") is the question too', async () => {
    for (const q of ['question 4712', 'PQ 4712', 'who asked question 4712', 'who answered 4712?', 'what was the answer to question number 4712?']) {
      const res = await e.search({ query: q });
      expect(res.hits.map((h) => h.record.id), q).toEqual([newer.id, older.id]);
    }
    expect((await e.search({ query: 'who answered question 9999?' })).notices[0]).toBe('No question numbered 9999 is in the archive.');
    // A year is not a question's number, and other words around a number keep it a word.
    expect((await e.search({ query: 'question 2024' })).hits.map((h) => h.record.id)).toEqual([mentions.id]);
    expect((await e.search({ query: 'trains 4712' })).notices.join(' ')).not.toContain('UIN');
  });

  it('a pasted link is the one question it points to', async () => {
    const res = await e.search({ query: older.url });
    expect(res.hits.map((h) => h.record.id)).toEqual([older.id]);
    expect(res.notices[0]).toBe('Read that as the question with UIN 4712, tabled on 2023-12-04.');
  });

  it('a year, a quoted number or a number no question has is searched as a word', async () => {
    expect((await e.search({ query: '2024' })).hits.map((h) => h.record.id)).toEqual([mentions.id]);
    expect((await e.search({ query: '"4712"' })).hits.map((h) => h.record.id)).toEqual([mentions.id]);
    const none = await e.search({ query: '9999' });
    expect(none.notices.join(' ')).not.toContain('UIN');
  });

  it('a UIN said as one that no question has says so', async () => {
    const res = await e.search({ query: 'UIN 9999' });
    expect(res.total).toBe(0);
    expect(res.notices[0]).toBe('No question numbered 9999 is in the archive.');
  });

  it('so does a Lords UIN typed alone: its letters and digits are no words to search for', async () => {
    // "HL4712" is not the Commons question 4712, nor the record citing Question 4712.
    const res = await e.search({ query: 'HL4712' });
    expect(res.total).toBe(0);
    expect(res.notices).toEqual(['No question numbered HL4712 is in the archive.']);
  });
});
