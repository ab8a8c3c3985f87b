// Periods a question is put over ("in the last ten years", "over the next decade"): they say over
// what span a fact is asked, never what it is about. One place for the words, read by the ranking
// (a period is not a question's topic) and the direct answer (a span named must be answered).
import { term } from './text.ts';

/** Number words, as the archive writes small counts and spans ("ten years", "nine more communities"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50,
};

/** Index terms of the words that frame a period or a quantity: "last", "past", "each", "month", "ten", "hundred" … */
export const PERIOD_TERMS: ReadonlySet<string> = new Set(
  [
    ...'last past next previous recent recently ago since day days week weeks month months year years decade decades annual annually each every'.split(' '),
    ...Object.keys(NUMBER_WORDS),
    ...'hundred hundreds thousand thousands million millions'.split(' '),
  ]
    .map((w) => term(w))
    .filter((t): t is string => !!t),
);

/** The spans of time a text names, each as "10 year": "ten years", "10-year", "a decade". */
export function spans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\b(\d+|[a-z]+)[\s-]+(year|month|week|day)s?\b|\bdecades?\b/g)) {
    if (m[0].startsWith('decade')) out.push('10 year');
    else {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
      if (n !== undefined) out.push(`${n} ${m[2]}`);
    }
  }
  return out;
}
