// Direct answers: for a question, the one or two sentences from the top answers that best
// answer it, quoted exactly. No generated text: every word comes from a record.
import type { QaRecord } from '../record.ts';
import type { DirectAnswer, Hit } from './reply.ts';
import { sentences } from '../search/sentences.ts';
import { term, words } from '../search/text.ts';
export { isQuestion } from '../search/question.ts';

export type Want = 'amount' | 'count' | 'date' | 'measure' | 'any';

/** What kind of fact the question asks for. */
export function wants(input: string): Want {
  const s = input.toLowerCase();
  if (/\bhow much\b|\bcost\b|\bspen[dt]\b|\bfunding\b|\bbudget\b|\bmoney\b/.test(s)) return 'amount';
  if (/\bhow many\b|\bnumber of\b|\bproportion\b|\bpercentage\b|\bwhat share\b/.test(s)) return 'count';
  if (/^\s*when\b|\bwhat date\b|\bby when\b|\bhow long\b|\bwhat year\b/.test(s)) return 'date';
  if (/\bwhat (?:is|are) (?:being|the government|the department|they|ministers) doing\b|\bbeing done\b|\bwhat steps\b|\bwhat (?:action|measures|plans)\b|\bwhat (?:is|are) the plans?\b/.test(s)) return 'measure';
  return 'any';
}

const MONEY = /£\s?\d|\d\s?(?:m|bn|k)\b|\b\d[\d,.]*\s?(?:million|billion|thousand|pounds)\b/i;
const NUMBER = /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b|\d\s?%/i;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/**
 * A date or timetable: a day and month, a month and year, a season, or a year after a word
 * that places something in time ("by 2026", "in spring 2025"). A year in a span of money or
 * a financial year ("across 2019/20") is not a when.
 */
const DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+(?:19|20)\\d\\d\\b|\\b(?:spring|summer|autumn|winter)\\b|` +
    `\\b(?:by|in|from|until|before|after|during|since|on|of|early|late|end)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:19|20)\\d\\d\\b(?![/-]\\d)|\\b(?:later|earlier|next|this) (?:this )?(?:year|month|spring|summer|autumn|winter)\\b`,
  'i',
);

/** Sentences that answer nothing: deflections and boilerplate. */
const BOILERPLATE = new RegExp(
  '^(?:i refer|i would refer|please see|see the answer|the information (?:requested )?is not|it has not (?:proved|been) possible|' +
    'this is a matter for|the department does not hold|we do not hold|i will write|i have written|a copy|the answer to|as set out in|further to)',
  'i',
);

/** Numbers that name a document or a provision rather than count anything. */
const REFERENCE = /\b(?:section|sections|question|questions|uin|clause|clauses|article|schedule|paragraph|para|table|annex|page|part|rule|regulation|no\.?)\s+\d[\d.()a-z]*/gi;

/** A measure: someone doing, having done or going to do something. */
const MEASURE = new RegExp(
  String.raw`\b(?:will|is|are|has|have|had|was|were)\s+(?:also\s+|now\s+|already\s+|been\s+|being\s+)*` +
    String.raw`(?:\w+ed|\w+ing|invest|introduc\w*|launch\w*|set|put|provid\w*|fund\w*|deliver\w*|support\w*|work\w*|tak\w*|mak\w*|build|bring|spend|give|ensur\w*)\b|` +
    String.raw`\b(?:announced|launched|introduced|invested|published|committed|established|legislated|allocated|funded|appointed)\b`,
  'i',
);

function hasFigure(s: string, want: Want): boolean {
  if (want === 'measure') return MEASURE.test(s);
  if (want === 'amount') return MONEY.test(s);
  // A count, not a reference ("Section 95", "Question 1040") or a year.
  // "No deportations have taken place" answers how many, too.
  if (want === 'count') return NUMBER.test(s.replace(REFERENCE, ' ').replace(/\b(?:19|20)\d\d(?:[/-]\d\d)?\b/g, ' ')) || /^(?:there (?:were|have been|has been|was) )?(?:no|none|zero)\b/i.test(s);
  if (want === 'date') return DATE.test(s);
  return true;
}

export interface AnswerOptions {
  /** The query's index terms (after stop words), from the search response. */
  terms: string[];
  /**
   * The question's key concepts (each: index terms, any of which will do), from the search
   * response. Every one must be in the sentence or in its record's heading and question, and
   * one at least in the sentence. Without it, only the share of `terms` found counts.
   */
  subject?: string[][];
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

/** Stems of words that ask for a kind of fact rather than name a subject. */
const FACT_WORDS = new Set(['cost', 'worth', 'spent', 'spend', 'fund', 'monei', 'paid', 'budget', 'pai', 'pay', 'number', 'amount', 'total', 'figur', 'estim', 'date', 'timet', 'time', 'year', 'plan', 'step', 'measur', 'action', 'done']);

/** Sentences about the subject, with the kind of fact asked, scoring at least this share of the question's words. */
const MIN_SCORE = 0.5;
/** Among sentences within this much of the best, the most recent answer's is quoted. */
const CURRENT_MARGIN = 0.2;

const termsOf = (s: string) => new Set(words(s).map((w) => term(w.word)).filter((t): t is string => !!t));

/**
 * The best one or two sentences, or undefined when none answers the question asked: the
 * sentence must be about the same subject (the question's key concepts in it or in its
 * record's question), hold the kind of fact asked (a figure for how much / how many, a date for
 * when, a measure for what is being done), and come from a current answer (between good
 * sentences, the most recent answer's).
 */
export function directAnswer(question: string, hits: Hit[], opts: AnswerOptions): DirectAnswer | undefined {
  const wanted = new Set(opts.terms);
  if (wanted.size === 0) return undefined;
  // Words that name the kind of fact asked (cost, worth, number …) are not its subject.
  const subject = (opts.subject ?? []).filter((c) => !c.every((t) => FACT_WORDS.has(t)));
  // A year the question names is part of its subject ("… in 1995").
  const years = question.match(/\b(?:19|20)\d\d\b/g) ?? [];
  const want = wants(question);
  const candidates: Candidate[] = [];
  hits.slice(0, opts.depth ?? 5).forEach((hit, rank) => {
    const r = hit.record;
    const text = r.answerText;
    if (!text || r.answerIsHolding || r.answerTextClipped) return;
    const own = termsOf(`${r.heading ?? ''} \n ${r.questionText}`);
    const all = sentences(text);
    all.forEach((s, index) => {
      if (s.length < 25 || s.length > 500 || BOILERPLATE.test(s)) return;
      const inSentence = termsOf(s);
      // Same subject: each key concept in the sentence or its record's question; one in the sentence.
      if (subject.length && !subject.every((c) => c.some((t) => inSentence.has(t) || own.has(t)))) return;
      if (subject.length && !subject.some((c) => c.some((t) => inSentence.has(t)))) return;
      if (years.some((y) => !s.includes(y) && !r.questionText.includes(y))) return;
      // The kind of fact asked.
      if (want !== 'any' && !hasFigure(s, want)) return;
      const found = [...wanted].filter((t) => inSentence.has(t) || own.has(t)).length;
      // Share of the question's words in the sentence or its question; higher-ranked answers are trusted more.
      const score = found / wanted.size - rank * 0.03 - index * 0.005;
      if (score >= MIN_SCORE) candidates.push({ text: s, record: r, score, index, all });
    });
  });
  if (candidates.length === 0) return undefined;
  const top = Math.max(...candidates.map((c) => c.score));
  const date = (c: Candidate) => c.record.dateAnswered ?? '';
  const b = candidates
    .filter((c) => c.score >= top - CURRENT_MARGIN)
    .sort((x, y) => (date(x) === date(y) ? y.score - x.score : date(x) < date(y) ? 1 : -1))[0];
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
