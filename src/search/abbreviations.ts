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

/** Abbreviation (as an index term) → the index terms of its long form, as the archive defines it. */
export function learnAbbreviations(records: Iterable<QaRecord>): Map<string, string[]> {
  const seen = new Map<string, Map<string, number>>();
  for (const r of records) {
    for (const text of [r.questionText, r.answerText]) {
      if (!text?.includes('(')) continue;
      for (const m of text.matchAll(PAREN)) {
        const words = longForm(text.slice(Math.max(0, m.index! - 120), m.index), m[1]);
        if (!words) continue;
        const abbr = term(fold(m[1]));
        const long = terms(words.join(' ')).join(' ');
        if (!abbr || !long || long === abbr) continue;
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
