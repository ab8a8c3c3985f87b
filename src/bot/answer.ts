// Direct answers: for a question, the one or two sentences from the top answers that best
// answer it, quoted exactly. No generated text: every word comes from a record.
import type { QaRecord } from '../record.ts';
import type { DirectAnswer, Hit } from './reply.ts';
import { sentences } from '../search/sentences.ts';
import { term, words } from '../search/text.ts';
export { isQuestion } from '../search/question.ts';

export type Want = 'amount' | 'count' | 'date' | 'any';

/** What kind of fact the question asks for. */
export function wants(input: string): Want {
  const s = input.toLowerCase();
  if (/\bhow much\b|\bcost\b|\bspen[dt]\b|\bfunding\b|\bbudget\b|\bmoney\b/.test(s)) return 'amount';
  if (/\bhow many\b|\bnumber of\b|\bproportion\b|\bpercentage\b|\bwhat share\b/.test(s)) return 'count';
  if (/^\s*when\b|\bwhat date\b|\bby when\b|\bhow long\b|\bwhat year\b/.test(s)) return 'date';
  return 'any';
}

const MONEY = /£\s?\d|\d\s?(?:m|bn|k)\b|\b\d[\d,.]*\s?(?:million|billion|thousand|pounds)\b/i;
const NUMBER = /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b|\d\s?%/i;
const DATE = /\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:spring|summer|autumn|winter)\b/i;

/** Sentences that answer nothing: deflections and boilerplate. */
const BOILERPLATE = /^(?:i refer|i would refer|please see|see the answer|the information (?:requested )?is not|it has not (?:proved|been) possible|this is a matter for|the department does not hold|we do not hold|i will write|i have written|a copy|the answer to|as set out in|further to)/i;

function hasFigure(s: string, want: Want): boolean {
  if (want === 'amount') return MONEY.test(s);
  if (want === 'count') return NUMBER.test(s);
  if (want === 'date') return DATE.test(s);
  return true;
}

export interface AnswerOptions {
  /** The query's index terms (after stop words), from the search response. */
  terms: string[];
  /** How many of the top hits to read. */
  depth?: number;
}

interface Candidate {
  text: string;
  record: QaRecord;
  score: number;
  index: number;
  all: string[];
}

/**
 * The best one or two sentences, or undefined when none answers well enough (too few of
 * the question's words, or no figure when the question asks how much / how many / when).
 */
export function directAnswer(question: string, hits: Hit[], opts: AnswerOptions): DirectAnswer | undefined {
  const wanted = new Set(opts.terms);
  if (wanted.size === 0) return undefined;
  const want = wants(question);
  let best: Candidate | undefined;
  hits.slice(0, opts.depth ?? 5).forEach((hit, rank) => {
    const text = hit.record.answerText;
    if (!text || hit.record.answerIsHolding) return;
    const all = sentences(text);
    all.forEach((s, index) => {
      if (s.length < 25 || s.length > 500 || BOILERPLATE.test(s)) return;
      const found = new Set(words(s).map((w) => term(w.word)).filter((t): t is string => !!t && wanted.has(t)));
      // Share of the question's words in the sentence; the top-ranked answers are trusted more.
      let score = found.size / wanted.size - rank * 0.03 - index * 0.005;
      if (want !== 'any') score += hasFigure(s, want) ? 0.35 : -1;
      if (!best || score > best.score) best = { text: s, record: hit.record, score, index, all };
    });
  });
  const b = best as Candidate | undefined;
  if (!b || b.score < 0.5) return undefined;
  const quotes = [{ text: b.text, record: b.record }];
  // A second sentence when it carries on the first (the figure often follows the claim).
  const next = b.all[b.index + 1];
  if (next && next.length <= 400 && !BOILERPLATE.test(next) && b.text.length + next.length <= 600) {
    const nextFound = words(next).some((w) => {
      const t = term(w.word);
      return t !== null && wanted.has(t);
    });
    if (nextFound || (want !== 'any' && hasFigure(next, want))) quotes.push({ text: next, record: b.record });
  }
  return { quotes };
}
