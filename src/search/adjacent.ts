// Two query words standing together in a text ("cost of living", "county lines"): the check
// behind collocations and the phrase tier, run on a hundred texts of up to a few thousand
// characters for every query. As a regular expression,
//   (?<![\p{L}\p{N}]) A \p{L}{0,4} [^\p{L}\p{N}]+ (?:[\p{L}\p{N}]{1,4}[^\p{L}\p{N}]+)? B \p{L}{0,4} (?![\p{L}\p{N}])
// it was a tenth of a query's time at the full archive: compiling Unicode classes for every new
// pair, and trying the lookbehind at every position of every text. The matcher below finds the
// same texts (tests/search/adjacent.test.ts compares the two) by looking only where A occurs.
import { escapeRe } from './text.ts';

/** The part of a word its variants share: "lines" → "lin", "county" → "coun". */
export function stemish(w: string): string {
  return w.length > 5 ? w.slice(0, w.length - 2) : w.replace(/s$/, '');
}

export interface Adjacent {
  /** Checks `needles` first, so a text without them costs two includes(). */
  test(text: string): boolean;
  /** The literal starts of both words: a text without them cannot pass `test`. */
  needles: [string, string];
}

/** The pattern above as a regular expression: for words the matcher does not take, and to test it against. */
export function adjacentRegex(a: string, b: string): RegExp {
  const part = (w: string) => escapeRe(stemish(w)) + '\\p{L}{0,4}';
  return new RegExp(`(?<![\\p{L}\\p{N}])${part(a)}[^\\p{L}\\p{N}]+(?:[\\p{L}\\p{N}]{1,4}[^\\p{L}\\p{N}]+)?${part(b)}(?![\\p{L}\\p{N}])`, 'u');
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const nonAscii = new Map<number, number>();

/** Letter (\p{L}), digit (\p{N}) or other, for a code point. */
function kindOf(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? LETTER : cp >= 48 && cp <= 57 ? DIGIT : OTHER;
  let k = nonAscii.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : OTHER;
    if (nonAscii.size < 10_000) nonAscii.set(cp, k);
  }
  return k;
}

/** The kind of the character ending just before i (a surrogate pair read as one). */
function kindBefore(s: string, i: number): number {
  if (i <= 0) return OTHER;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return kindOf(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00));
  }
  return kindOf(lo);
}

/** How far the run of characters of the given kinds from i reaches, reading at most `most` + 1 of them; and how many it read. */
function run(s: string, i: number, letters: boolean, digits: boolean, most: number): { end: number; count: number } {
  let count = 0;
  while (i < s.length && count <= most) {
    const cp = s.codePointAt(i)!;
    const k = kindOf(cp);
    if (!((letters && k === LETTER) || (digits && k === DIGIT))) break;
    i += cp > 0xffff ? 2 : 1;
    count++;
  }
  return { end: i, count };
}

/** Past the characters that are neither letters nor digits from i. */
function skipOther(s: string, i: number): number {
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (kindOf(cp) !== OTHER) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** B (at i) and up to four letters, then no letter or digit. */
function endsWord(s: string, i: number, b: string): boolean {
  if (!s.startsWith(b, i)) return false;
  const tail = run(s, i + b.length, true, false, 4);
  if (tail.count > 4) return false;
  return tail.end >= s.length || kindOf(s.codePointAt(tail.end)!) === OTHER;
}

function matches(s: string, a: string, b: string): boolean {
  for (let p = s.indexOf(a); p >= 0; p = s.indexOf(a, p + 1)) {
    if (kindBefore(s, p) !== OTHER) continue;
    // A's own ending: up to four letters, then at least one character that is neither.
    const tail = run(s, p + a.length, true, false, 4);
    if (tail.count > 4 || tail.end >= s.length || kindOf(s.codePointAt(tail.end)!) !== OTHER) continue;
    const q = skipOther(s, tail.end);
    if (endsWord(s, q, b)) return true;
    // Or one small word (up to four letters or digits) between.
    const small = run(s, q, true, true, 4);
    if (small.count < 1 || small.count > 4 || small.end >= s.length || kindOf(s.codePointAt(small.end)!) !== OTHER) continue;
    if (endsWord(s, skipOther(s, small.end), b)) return true;
  }
  return false;
}

const cache = new Map<string, Adjacent>();

/** Do a and b (query words; variants' endings allowed) stand together, one small word or number at most between? */
export function adjacent(a: string, b: string): Adjacent {
  const key = `${a} ${b}`;
  let found = cache.get(key);
  if (!found) {
    const na = stemish(a);
    const nb = stemish(b);
    const startsWord = (w: string) => w.length > 0 && kindOf(w.codePointAt(0)!) !== OTHER;
    // The matcher assumes both parts begin with a letter or digit; anything else keeps the regular expression.
    const fast = startsWord(na) && startsWord(nb);
    const re = fast ? undefined : adjacentRegex(a, b);
    // A text without both literal starts cannot match: two includes() before either matcher.
    const match = re ? (text: string) => re.test(text) : (text: string) => matches(text, na, nb);
    found = { test: (text) => text.includes(na) && text.includes(nb) && match(text), needles: [na, nb] };
    if (cache.size > 5000) cache.clear();
    cache.set(key, found);
  }
  return found;
}
