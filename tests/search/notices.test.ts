import { describe, expect, it } from 'vitest';
import { absentNameNotice, inWords, relaxedNotice, spellingNotice, unmatchedNotice } from '../../src/search/notices.ts';

describe('notices', () => {
  it('lists words as a sentence does', () => {
    expect(inWords(['a'])).toBe('a');
    expect(inWords(['a', 'b'])).toBe('a and b');
    expect(inWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('says whether the answers hold most, some or none of the words', () => {
    expect(relaxedNotice(false)).toBe('Few answers contain all of your words, so these contain most of them.');
    expect(relaxedNotice(false, true)).toBe('Few answers contain all of your words, so these contain some of them.');
    expect(relaxedNotice(true)).toBe('No answer contains all of your words; these contain some of them.');
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
