// Abbreviations the archive defines for itself. Departments write a term out once and abbreviate
// it after: "Further Education (FE)", "special advisers (SpAds)", "Child and Adolescent Mental
// Health Services (CAMHS)". People search with the short form, records mostly hold the long one.
// The pairs are learned from the archive's own text, never from a list written by hand.
import type { QaRecord } from '../record.ts';
import { STOP_WORDS, fold, term, terms } from './text.ts';

/** Times the archive must define an abbreviation the same way before a query's word is read as it. */
export const ABBREVIATION_MIN_DEFINITIONS = 3;
/** Share of an abbreviation's definitions its most common long form must exceed (else it is ambiguous). */
export const ABBREVIATION_MIN_SHARE = 0.5;
/** Longest long form read before the parenthesis, in words (small words included). */
const MAX_WORDS = 10;

const PAREN = /\(([A-Za-z]{2,8})\)/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The long form an abbreviation stands for, read backwards from the parenthesis: each capital
 * of the abbreviation ("SpAds": S, A; "SMRs": S, M, R) is the initial of a word, in order,
 * and only small words ("and", "of", "in") may stand between them unmatched.
 */
export function longForm(before: string, abbr: string): string[] | undefined {
  const caps = abbr.replace(/s$/, '').match(/[A-Z]/g);
  // An abbreviation has at least two capitals: "(see)" or "(Wales)" are not ones.
  if (!caps || caps.length < 2) return undefined;
  const ws = before.match(WORD)?.slice(-MAX_WORDS) ?? [];
  const letters = caps.map((c) => c.toLowerCase());
  let li = letters.length - 1;
  let wi = ws.length - 1;
  while (li >= 0 && wi >= 0) {
    const w = fold(ws[wi]);
    if (w[0] === letters[li]) li--;
    else if (!STOP_WORDS.has(w) || li === letters.length - 1) return undefined;
    wi--;
  }
  if (li >= 0) return undefined;
  return ws.slice(wi + 1);
}

/** The abbreviations a text defines ("the Parliamentary and Health Service Ombudsman (PHSO)"): [abbreviation term, long form's terms joined by spaces]. */
export function* definedIn(text: string | undefined): Generator<[string, string]> {
  if (!text?.includes('(')) return;
  for (const m of text.matchAll(PAREN)) {
    const words = longForm(text.slice(Math.max(0, m.index! - 120), m.index), m[1]);
    if (!words) continue;
    const abbr = term(fold(m[1]));
    const long = terms(words.join(' ')).join(' ');
    if (abbr && long && long !== abbr) yield [abbr, long];
  }
}

/** Abbreviation (as an index term) → the index terms of its long form, as the archive defines it. */
export function learnAbbreviations(records: Iterable<QaRecord>): Map<string, string[]> {
  const seen = new Map<string, Map<string, number>>();
  for (const r of records) {
    for (const text of [r.questionText, r.answerText]) {
      for (const [abbr, long] of definedIn(text)) {
        const forms = seen.get(abbr) ?? new Map<string, number>();
        forms.set(long, (forms.get(long) ?? 0) + 1);
        seen.set(abbr, forms);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [abbr, forms] of seen) {
    let total = 0;
    let best = '';
    let bestN = 0;
    for (const [f, n] of forms) {
      total += n;
      if (n > bestN) [best, bestN] = [f, n];
    }
    if (bestN >= ABBREVIATION_MIN_DEFINITIONS && bestN / total > ABBREVIATION_MIN_SHARE) out.set(abbr, best.split(' '));
  }
  return out;
}

/**
 * Does `abbr` spell `words` as the starts of successive words ("fe": Further Education; "spad":
 * SPecial ADvisers)? Every word gives at least its initial, except small words, which may be skipped.
 */
export function spells(abbr: string, words: string[]): boolean {
  const go = (ai: number, wi: number, used: number): boolean => {
    if (wi === words.length) return ai === abbr.length && used >= 2;
    const w = words[wi];
    if (STOP_WORDS.has(w) && go(ai, wi + 1, used)) return true;
    for (let n = 1; n <= w.length && ai + n <= abbr.length; n++) {
      if (abbr[ai + n - 1] !== w[n - 1]) break;
      if (go(ai + n, wi + 1, used + 1)) return true;
    }
    return false;
  };
  return abbr.length >= 2 && go(0, 0, 0);
}

/**
 * The subject heading an abbreviation stands for, from the archive's controlled vocabulary of
 * headings ("Further Education: Finance", "Prime Minister: Special Advisers"): the heading part
 * (text between colons) it spells, filed on at least ABBREVIATION_MIN_DEFINITIONS records and on
 * more than ABBREVIATION_MIN_SHARE of the records of all the parts it spells. `parts`: part → records.
 */
export function headingLongForm(word: string, parts: ReadonlyMap<string, number>): string | undefined {
  const forms = [fold(word)];
  if (forms[0].endsWith('s')) forms.push(forms[0].slice(0, -1)); // SpAds, NEETs: a plural
  let best: string | undefined;
  let bestN = 0;
  let total = 0;
  for (const [part, n] of parts) {
    const ws = fold(part).match(WORD) ?? [];
    if (ws.length < 2 || ws.length > MAX_WORDS || !forms.some((f) => spells(f, ws))) continue;
    total += n;
    if (n > bestN) [best, bestN] = [part, n];
  }
  return bestN >= ABBREVIATION_MIN_DEFINITIONS && bestN / total > ABBREVIATION_MIN_SHARE ? best : undefined;
}
