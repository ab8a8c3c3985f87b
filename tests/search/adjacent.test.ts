import { describe, expect, it } from 'vitest';
import { adjacent, adjacentRegex } from '../../src/search/adjacent.ts';

describe('adjacent words', () => {
  it('finds two words together, a small word or number between, variants of each allowed', () => {
    const lines = adjacent('county', 'lines');
    expect(lines.test('tackling county lines gangs')).toBe(true);
    expect(lines.test('tackling county-line gangs')).toBe(true);
    expect(lines.test('county of the lines')).toBe(false);
    expect(lines.test('county councils and rail lines')).toBe(false);
    expect(adjacent('cost', 'living').test('the cost of living crisis')).toBe(true);
    expect(adjacent('covid', 'vaccines').test('covid-19 vaccines')).toBe(true);
    expect(adjacent('covid', 'vaccines').test('covid-19 vaccination')).toBe(false);
    // Word boundaries hold on both sides, with letters outside ASCII too.
    expect(lines.test('viscounty lines')).toBe(false);
    expect(lines.test('éounty lines')).toBe(false);
    expect(lines.test('county linesmen')).toBe(true);
    expect(lines.test('county lineshipper')).toBe(false);
    expect(lines.test('county lines2')).toBe(false);
  });

  it('finds what the regular expression finds, on random texts', () => {
    // Letters (ASCII and not, one outside the BMP), digits (one not ASCII), spaces and punctuation.
    const alphabet = ['c', 'o', 'u', 'n', 't', 'y', 'l', 'i', 'e', 's', 'a', 'é', 'ß', '𝐀', '1', '²', ' ', ' ', '-', '’', '.', '\n'];
    const pairs: [string, string][] = [
      ['county', 'lines'],
      ['lines', 'county'],
      ['cost', 'lint'],
      ['sea', 'cent'],
      ['a1', 'on'],
    ];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = ['county', 'lines', 'coun', 'lin', 'linesy', 'countyes', 'cost', 'lint', 'sea', 'cent', 'a1', 'on', 'of', 'x', 'four', 'fives', 'ab12'];
    let agreedTrue = 0;
    for (let k = 0; k < 20_000; k++) {
      // Texts built from the pairs' own words and random characters, so that matches happen.
      let text = '';
      const parts = 1 + Math.floor(rand() * 6);
      for (let j = 0; j < parts; j++) {
        text += rand() < 0.6 ? words[Math.floor(rand() * words.length)] : '';
        // Most often a space, as between words; sometimes a few random characters.
        if (rand() < 0.6) text += ' ';
        else for (let c = Math.floor(rand() * 4); c > 0; c--) text += alphabet[Math.floor(rand() * alphabet.length)];
      }
      for (const [a, b] of pairs) {
        const want = adjacentRegex(a, b).test(text);
        expect({ text, a, b, found: adjacent(a, b).test(text) }).toEqual({ text, a, b, found: want });
        if (want) agreedTrue++;
      }
    }
    // The comparison means something only if both answers were common.
    expect(agreedTrue).toBeGreaterThan(500);
  });
});
