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

/**
 * The abbreviations a text defines ("the Parliamentary and Health Service Ombudsman (PHSO)"):
 * [abbreviation term, long form's terms joined by spaces, the abbreviation as written, folded].
 */
export function* definedIn(text: string | undefined): Generator<[string, string, string]> {
  if (!text?.includes('(')) return;
  for (const m of text.matchAll(PAREN)) {
    const words = longForm(text.slice(Math.max(0, m.index! - 120), m.index), m[1]);
    if (!words) continue;
    const written = fold(m[1]);
    const abbr = term(written);
    const long = terms(words.join(' ')).join(' ');
    if (abbr && long && long !== abbr) yield [abbr, long, written];
  }
}

/**
 * The abbreviation, as written (folded: "smrs", "ons", "paye"), → the index terms of its long
 * form, as the archive defines it. Keyed by how it is written, not by its index term: the stemmer
 * gives "PAYE" the term of "pay", "ONS" that of "one", and "pay" is no abbreviation.
 */
export type Abbreviations = Map<string, string[]>;

/**
 * Share of the times the archive writes an abbreviation's letters that may be in lower case
 * before they are read as an ordinary word instead: the archive defines the Boiler Upgrade Scheme
 * (BUS), Regional Improvement in Standards and Excellence (RISE) and the Committee of Advertising
 * Practice (CAP), but writes "bus", "rise" and "cap" in lower case nine times in ten, and "bus
 * fares" is no question about boilers. "SEND", "NICE" and "ONS" are in capitals nine times in ten
 * or more.
 */
export const ABBREVIATION_MAX_LOWER_SHARE = 0.5;

/**
 * The abbreviations the archive defines consistently, learned from its text: `all` is read twice,
 * once for the definitions, once for how often their letters stand as an ordinary word.
 */
export function learnAbbreviations(all: () => Iterable<QaRecord>): Abbreviations {
  const seen = new Map<string, Map<string, number>>();
  const writtenAs = new Map<string, Set<string>>();
  for (const r of all()) {
    for (const text of [r.questionText, r.answerText]) {
      for (const [abbr, long, written] of definedIn(text)) {
        const forms = seen.get(abbr) ?? new Map<string, number>();
        forms.set(long, (forms.get(long) ?? 0) + 1);
        seen.set(abbr, forms);
        const w = writtenAs.get(abbr) ?? new Set<string>();
        w.add(written);
        writtenAs.set(abbr, w);
      }
    }
  }
  const kept = new Map<string, string[]>();
  for (const [abbr, forms] of seen) {
    let total = 0;
    let best = '';
    let bestN = 0;
    for (const [f, n] of forms) {
      total += n;
      if (n > bestN) [best, bestN] = [f, n];
    }
    if (bestN >= ABBREVIATION_MIN_DEFINITIONS && bestN / total > ABBREVIATION_MIN_SHARE) kept.set(abbr, best.split(' '));
  }
  // Each way an abbreviation is written, singular and plural ("SMR", "SMRs"), and how often the
  // archive writes those letters at all, and in lower case.
  const spelled = new Map<string, string>();
  for (const [abbr, ws] of writtenAs) {
    if (!kept.has(abbr)) continue;
    for (const w of ws) for (const f of [w, w.endsWith('s') ? w.slice(0, -1) : `${w}s`]) if (f.length > 1 && !STOP_WORDS.has(f)) spelled.set(f, abbr);
  }
  const uses = new Map<string, number>();
  const lower = new Map<string, number>();
  // Only words of an abbreviation's length can be one: the scan skips the rest without a lookup.
  const short = /\b[A-Za-z]{2,9}\b/g;
  for (const r of all()) {
    for (const text of [r.questionText, r.answerText]) {
      if (!text) continue;
      short.lastIndex = 0;
      for (let m = short.exec(text); m; m = short.exec(text)) {
        const word = m[0];
        const abbr = spelled.get(word.toLowerCase());
        if (abbr === undefined) continue;
        uses.set(abbr, (uses.get(abbr) ?? 0) + 1);
        if (word === word.toLowerCase()) lower.set(abbr, (lower.get(abbr) ?? 0) + 1);
      }
    }
  }
  const out: Abbreviations = new Map();
  for (const [f, abbr] of spelled) {
    if ((lower.get(abbr) ?? 0) > ABBREVIATION_MAX_LOWER_SHARE * (uses.get(abbr) ?? 0)) continue;
    out.set(f, kept.get(abbr)!);
  }
  return out;
}

/** The long form of a word typed as an abbreviation ("SMRs", "camhs"), if the archive defines it. */
export function abbreviationOf(abbreviations: Abbreviations, word: string): string[] | undefined {
  return abbreviations.get(fold(word));
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
