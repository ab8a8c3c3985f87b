// Periods a question is put over ("in the last ten years", "over the next decade"): they say over
// what span a fact is asked, never what it is about. One place for the words, read by the ranking
// (a period is not a question's topic) and the direct answer (a span named must be answered).
import { term, words } from './text.ts';

/** Number words, as the archive writes small counts and spans ("ten years", "nine more communities"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Words that frame a period: "last", "past", "each", "month", "year" …, and the "per" of a rate
 * ("per week"). Not "annual": it names things ("annual leave", "annual report") as often as it
 * frames a figure.
 */
const FRAME = new Set(
  'last past next previous recent recently ago since day days week weeks month months year years decade decades each every per'.split(' '),
);
const MULTIPLIERS = new Set('hundred hundreds thousand thousands million millions'.split(' '));
/**
 * Words that make a year a period of accounts or teaching ("the 2025/26 financial year"): a period
 * beside "year", as "last" is. Without this, "financial year" stood together in the archive and
 * became a question's whole topic, and "Stormont" in "How big is Stormont's funding … for the
 * 2025/26 financial year?" only refined the order. Not "tax" or "school": the period's words are
 * left out wherever the question uses them, and those are more often its subject.
 */
const YEAR_KINDS = new Set('financial academic calendar'.split(' '));

/**
 * The index terms of the words that frame a period in this text: the frame words, and a number
 * word beside one ("the last ten years", "five years"). A number elsewhere names something ("the
 * two-child limit", "the ten largest schemes") and is left out.
 */
export function periodTerms(text: string): Set<string> {
  const ws = words(text).map((w) => w.word);
  const isNumber = (w: string | undefined) => !!w && (w in NUMBER_WORDS || MULTIPLIERS.has(w));
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const inPeriod =
      FRAME.has(w) || (isNumber(w) && (FRAME.has(ws[i - 1] ?? '') || FRAME.has(ws[i + 1] ?? ''))) || (YEAR_KINDS.has(w) && /^years?$/.test(ws[i + 1] ?? ''));
    const t = inPeriod ? term(w) : null;
    if (t) out.add(t);
  });
  return out;
}

/** "ten years", "10-year", "a decade"; "two financial years" is two years too (`YEAR_KINDS`). */
const SPAN = new RegExp(String.raw`\b(\d+|[a-z]+)[\s-]+(?:(?:${[...YEAR_KINDS].join('|')})\s+)?(year|month|week|day)s?\b|\bdecades?\b`, 'g');

/** The spans of time a text names, each as "10 year": "ten years", "10-year", "a decade", "two financial years". */
export function spans(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(SPAN)) {
    if (m[0].startsWith('decade')) out.push('10 year');
    // A year is no span: "the 2022/23 academic year" ends on 23, "the 2024 financial year" is one year.
    else if (/^\d+$/.test(m[1]!) && (Number(m[1]) >= 1000 || /\d[/-]$/.test(lower.slice(Math.max(0, m.index! - 2), m.index!)))) continue;
    else {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
      if (n !== undefined) out.push(`${n} ${m[2]}`);
    }
  }
  return out;
}

/**
 * The spans in years that a text names by the year a period ends, read from the year it was
 * written: "investing at least £10.5 billion until 2036", answered in 2026, is spent over ten
 * years; "(2026-27 to 2035-36)" over ten. An answer states a programme's span so as often as it
 * says "ten years". Each as "10 year", like spans().
 */
export function yearSpans(text: string, writtenYear: number): string[] {
  const out: string[] = [];
  // "2026-27 to 2035-36", "from 2025 to 2030", "between 2025 and 2030": both ends named.
  const ranges = /\b((?:19|20)\d\d)(?:[-/]\d\d)?\s*(?:to|and|-|–)\s*((?:19|20)\d\d)(?:[-/]\d\d)?\b/g;
  const taken: [number, number][] = [];
  for (const m of text.matchAll(ranges)) {
    const n = Number(m[2]) - Number(m[1]);
    if (n > 0) out.push(`${n} year`);
    taken.push([m.index!, m.index! + m[0].length]);
  }
  // "until 2036", "by 2030", "up to 2030": the end only, the start being when it was written.
  for (const m of text.matchAll(/\b(?:until|till|to|by|through|up to)\s+(?:(?:the end of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?((?:19|20)\d\d)(?:[-/]\d\d)?\b/gi)) {
    if (taken.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    const n = Number(m[1]) - writtenYear;
    if (n > 0) out.push(`${n} year`);
  }
  return out;
}
