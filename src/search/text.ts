// Text analysis shared by indexing, querying, excerpts and answers. The same functions run
// at index time and query time, so a word is always reduced to the same term.
import { stemmer } from 'stemmer';
import { baseForm } from './irregular.ts';
import { distinctTerm } from './distinct.ts';
import { britishSpelling, britishStem } from './spelling.ts';

/** Lower-case, fold accents and typographic quotes so "Café’s" and "cafe's" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/**
 * fold() for matching only (offsets may shift): lower-case, and the Unicode decomposition only
 * when the text has accented letters. Most records have none, and NFKD over a long answer is the
 * costliest step of a re-rank.
 */
export function foldForMatch(s: string): string {
  const lower = s.toLowerCase();
  return /[\u00c0-\u024f\u1e00-\u1eff]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/**
 * English function words, plus the framing of a question put to a chat bot ("what has the
 * government said about …", "has anyone asked the minister …"): these carry no topic.
 * Applied at index and query time alike.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves ' +
    // chat framing: words people use to ask the bot, not to name a topic
    'anyone anybody someone somebody asked ask asking said say saying says tell told know let please recently lately ' +
    'latest whether much many done going'
  ).split(' '),
);

export interface Token {
  /** The folded surface word. */
  word: string;
  /** Character offsets in the original string. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Words with their offsets; apostrophe suffixes stay attached ("department's"). */
export function words(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD)) {
    out.push({ word: fold(m[0]), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const NEGATIVE_CONTRACTIONS = /^(?:cant|dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|wont|wouldnt|shouldnt|couldnt|mustnt)$/;
/** "what's", "how's", "there's" typed in a chat without the apostrophe: function words, as "what" is. */
const CHAT_CONTRACTIONS = /^(?:whats|hows|whos|wheres|whens|whys|thats|theres|heres)$/;
/**
 * A pronoun with its verb ("I'm", "I've", "you're", "they'll", "I'd"): a function word, as "I" and
 * "am" are. Without its apostrophe it became a word of its own ("im", "ive") that looked rare, so
 * "if I'm on a low income" made "im" a topic. Only as typed with the apostrophe: "ill" and "id" are words.
 */
const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it|who|there|that)'(?:m|ve|re|ll|d)$/;

/**
 * Terms already worked out, by word: the archive's words repeat, and stemming is most of what
 * indexing a record costs. Emptied when full, so it never holds more than TERM_MEMO words.
 */
const memo = new Map<string, string | null>();
const TERM_MEMO = 100_000;

/** Reduce one folded word to its index term, or null for a stop word. */
export function term(word: string): string | null {
  const known = memo.get(word);
  if (known !== undefined) return known;
  if (memo.size >= TERM_MEMO) memo.clear();
  const t = termOf(word);
  memo.set(word, t);
  return t;
}

function termOf(word: string): string | null {
  // A negative contraction ("can't", "doesn't") is a function word, as "not" is; stripped of its
  // apostrophe it became a word of its own ("cant") that the archive's "cannot" never matched.
  // Typed in a chat it often has no apostrophe at all ("cant", "dont").
  if (/n't$/.test(word) || NEGATIVE_CONTRACTIONS.test(word) || CHAT_CONTRACTIONS.test(word) || PRONOUN_CONTRACTION.test(word)) return null;
  const w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length === 0 || STOP_WORDS.has(w)) return null;
  // Numbers and codes are kept whole; stemming "2024" or "hs2" would be noise.
  if (/\d/.test(w)) return w;
  // "defense" and "defence", "licensed" and "licence" are one term (spelling.ts); so are "spent"
  // and "spend" (irregular.ts). "generation" and "general" are not (distinct.ts).
  const british = baseForm(britishSpelling(w));
  const distinct = distinctTerm(british);
  if (distinct) return distinct;
  return britishStem(ITY.test(british) ? british.replace(/(?:y|ies)$/, 'i') : stemmer(british));
}

/**
 * A noun in "-ity" names a thing of its own, and Porter's stemmer, which drops the suffix whatever
 * is left, gave its stem to other words: "university" and "universal" (Universal Credit) were both
 * `univers`, "community" and "communication" `commun`, "hospitality" and "hospital" `hospit`,
 * "authority" and "author" `author`, "majority" and "major" `major`. Such a noun keeps its suffix
 * (`universiti`; plural and singular alike). Not "-ivity", "-bility", "-icity": the stemmer maps
 * those to the adjective ("activity", "active"; "disability", "disabled"), which is one word.
 */
const ITY = /^[a-z]{3,}(?<!iv|bil|ic)it(?:y|ies)$/;

/**
 * The letter and digit runs of a code written as one word ("hcws342" → hcws, 342; "a14" →
 * a, 14), or null for a plain word or number. Ordinals ("21st") and runs of one letter (the
 * "m" of "£6m", the "g" of "5g") name nothing on their own and are left out.
 */
export function codeParts(word: string): string[] | null {
  if (!/^[a-z0-9]+$/.test(word) || !/[a-z]/.test(word) || !/[0-9]/.test(word) || /^\d+(?:st|nd|rd|th)$/.test(word)) return null;
  const runs = (word.match(/[a-z]+|[0-9]+/g) ?? []).filter((r) => r.length > 1 || /\d/.test(r));
  return runs.length > 1 ? runs : null;
}

/**
 * Index terms of a text, in order. Hyphenated and slashed compounds also yield their joined
 * form, after their first part ("e-scooters" → e, escoot, scooter; "co-operative" → co, cooper,
 * oper), so the spelled-together and hyphenated variants meet in the index; `joins`, if given,
 * collects the joined forms. A code written as one word
 * yields its letter and digit parts before it ("HCWS342" → hcw, 342, hcws342), so "HCWS 342",
 * "HCWS342" and "HCWS-342" meet, and the letters alone ("HCWS") find it too.
 */
export function terms(s: string, joins?: Set<string>): string[] {
  const out: string[] = [];
  const toks = words(s);
  for (let i = 0; i < toks.length; i++) {
    // "A&E", "R&D", "P&O": letters joined by an ampersand are one name, not two letters (one a
    // stop word), and keep the ampersand so as not to become another word ("M&S" is not "Ms").
    const amp = toks[i + 1];
    if (amp && amp.start === toks[i].end + 1 && s[toks[i].end] === '&' && /^\p{L}{1,3}$/u.test(toks[i].word) && /^\p{L}{1,3}$/u.test(amp.word)) {
      out.push(`${toks[i].word}&${amp.word}`);
      i++;
      continue;
    }
    if (inTitle(toks, i)) continue;
    const t = term(toks[i].word);
    for (const p of (t && codeParts(t)) || []) {
      const pt = term(p);
      if (pt) out.push(pt);
    }
    if (t) out.push(t);
    // Join across a single hyphen/slash/dot with no spaces: e-scooter, co-operative, F-35, A.380
    const next = toks[i + 1];
    if (next && next.start === toks[i].end + 1 && /[-‐‑/.]/.test(s[toks[i].end])) {
      const joined = term(toks[i].word + next.word);
      if (joined && joined !== t) {
        out.push(joined);
        joins?.add(joined);
      }
    }
  }
  return out;
}

/**
 * Whether the word at i is the "State" of "Secretary of State" or "Minister of State": a title,
 * not the state of "state pension", "state schools" or "state aid". Every question to a
 * department opens with it, so as a term it named every record, and stood apart from "pension"
 * in every Work and Pensions question ("state pension" then listed Pension Credit records first).
 * It is no term, and not highlighted.
 */
export function inTitle(toks: Token[], i: number): boolean {
  return /^states?$/.test(toks[i]!.word) && toks[i - 1]?.word === 'of' && /^(?:secretar(?:y|ies)|ministers?)$/.test(toks[i - 2]?.word ?? '');
}

/** Tokenizer for MiniSearch: it gets whole strings and we return final terms. */
export function tokenizeForIndex(s: string): string[] {
  return terms(s);
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase matches its words in order, whatever punctuation or spacing stands between them. */
export function phraseRegex(phrase: string): RegExp {
  const ws = fold(phrase).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new RegExp(`(?<![\\p{L}\\p{N}])${ws.map(escapeRe).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

