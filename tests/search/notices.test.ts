import { describe, expect, it } from 'vitest';
import {
  absentNameNotice,
  answeredOnlyNotice,
  awaitingCountNotice,
  awaitingNotice,
  inWords,
  orderNotice,
  otherBusinessNotice,
  outsideArchiveNotice,
  periodNotice,
  relaxedNotice,
  spellingNotice,
  stateNotice,
  unmatchedNotice,
} from '../../src/search/notices.ts';

describe('notices', () => {
  it('lists words as a sentence does', () => {
    expect(inWords(['a'])).toBe('a');
    expect(inWords(['a', 'b'])).toBe('a and b');
    expect(inWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('says whether the answers hold most, some or none of the words', () => {
    expect(relaxedNotice({ words: 3, records: 4 })).toBe('Few answers contain all of your words, so these contain most of them.');
    expect(relaxedNotice({ words: 3, records: 4 }, true)).toBe('Few answers contain all of your words, so these contain some of them.');
    expect(relaxedNotice({ words: 3, records: 0 })).toBe('No answer contains all of your words; these contain some of them.');
    // Of two words, how many hold both, and that the others hold one.
    expect(relaxedNotice({ words: 2, records: 1 })).toBe('Only 1 answer contains both of your words; the others contain one of them.');
    expect(relaxedNotice({ words: 2, records: 4 }, true)).toBe('Only 4 answers contain both of your words; the others contain one of them.');
    expect(relaxedNotice({ words: 3, records: 4 })).toBe('Few answers contain all of your words, so these contain most of them.');
    expect(relaxedNotice({ words: 2, records: 0 })).toBe('No answer contains all of your words; these contain some of them.');
  });

  it('names the words it could not find, and what it did instead', () => {
    expect(unmatchedNotice(['zorp'], false)).toBe('“zorp” is not in the archive, nor a close spelling.');
    expect(unmatchedNotice(['zorp', 'qux'], true)).toBe('“zorp” and “qux” are not in the archive; these answers match your other words.');
    expect(absentNameNotice('Jo Bloggs', true)).toBe('No answer names “Jo Bloggs”; these answers match your other words.');
    expect(absentNameNotice('Jo Bloggs', false)).toBe('No answer names “Jo Bloggs”.');
    expect(spellingNotice([{ typed: 'zorp', word: 'corp' }])).toBe('Some words were not in the archive; close spellings were used: “zorp” as “corp”.');
    expect(spellingNotice([])).toBe('Some words were not in the archive; close spellings were used.');
  });
});

describe('readings as filters', () => {
  it('says how each word was read, and how to search it as words instead', () => {
    expect(stateNotice('withdrawn')).toBe('Read “withdrawn” as is:withdrawn. For the word instead, put it in quotes: "withdrawn".');
    expect(awaitingNotice('awaiting an answer')).toBe('Read “awaiting an answer” as unanswered: questions awaiting an answer. For the words instead, put them in quotes: "awaiting an answer".');
    expect(answeredOnlyNotice('answers', true)).toBe('Read “answers” as answered questions only; for those awaiting an answer too, ask for questions.');
    expect(otherBusinessNotice({ said: 'oral questions', dropped: true })).toBe('The archive holds written questions and their answers, not oral questions: these are the written questions on your other words.');
    expect(otherBusinessNotice({ said: 'PMQs', dropped: false })).toBe('The archive holds written questions and their answers, not PMQs: these are the written questions that mention them.');
    expect(answeredOnlyNotice('latest answers', false)).toBe('Read “latest answers” as answered questions, listed by date; unanswered lists those awaiting one.');
    expect(periodNotice({ said: 'last year', from: '2025-01-01', to: '2025-12-31' })).toBe(
      'Read “last year” as from:2025-01-01 to:2025-12-31: questions answered, or tabled while awaiting an answer, then. For the words instead, put them in quotes: "last year".',
    );
    expect(periodNotice({ said: 'tabled since March', from: '2025-03-01', done: 'tabled' })).toBe(
      'Read “tabled since March” as questions tabled since 2025-03-01. For the words instead, put them in quotes: "tabled since March".',
    );
    expect(periodNotice({ said: 'answered in 2024', from: '2024-01-01', to: '2024-12-31', done: 'answered' })).toMatch(/as answered from:2024-01-01 to:2024-12-31: questions answered then\./);
    expect(orderNotice(true, 'latest')).toBe('Newest first, as “latest” asks; for the best match first, leave that word out.');
  });

  it('counts the questions awaiting an answer, and says how to list or leave them', () => {
    expect(awaitingCountNotice(1, true)).toBe('1 of these questions awaits an answer; answers come first (add unanswered to list only those awaiting one).');
    expect(awaitingCountNotice(3, false)).toBe('3 of these questions await an answer (add answered to list only answered ones).');
  });

  it('says when a from: or to: falls past either end of the archive, and only then', () => {
    const span = { first: '2023-12-01', last: '2026-07-10' };
    expect(outsideArchiveNotice(span, '2030-01-01', undefined)).toBe("The archive's questions run from 2023-12-01 to 2026-07-10: none is dated from:2030-01-01.");
    expect(outsideArchiveNotice(span, undefined, '2010-12-31')).toBe("The archive's questions run from 2023-12-01 to 2026-07-10: none is dated to:2010-12-31.");
    expect(outsideArchiveNotice(span, '2024-01-01', '2024-12-31')).toBeUndefined();
    expect(outsideArchiveNotice(span, '2026-07-10', undefined)).toBeUndefined();
  });
});
