// The figures a sentence can hold, read alike by every kind of answer: money, numbers (in
// digits or words), months, days, seasons, years, shares, and the numbers that only name a
// document or a provision.
import { term } from '../search/text.ts';
import { NUMBER_WORDS } from '../search/period.ts';

/** The terms of a list of words, as the index reads them. */
export const stems = (ws: string) => new Set(ws.split(' ').map((w) => term(w)).filter((t): t is string => !!t));

/**
 * Money: a sum in pounds or pence ("20p per copy page"), or in another currency ("$360 million to
 * WFP programmes"). "2.4 million workers" is a count, however large.
 */
export const MONEY = /[£$€]\s?\d|\b\d[\d,.]*\s?(?:(?:million|billion|thousand)\s+)?(?:pounds|pence|dollars|euros)\b|\b\d+(?:\.\d+)?p\b/i;

/** The number words as a regex alternation ("one|two|…|ninety"), for every pattern reading a count or a reference in words. */
export const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
export const NUMBER = new RegExp(String.raw`\b\d[\d,.]*\b|\b(?:${NUMBER_WORD}|dozen|hundred|thousand|million|billion)\b|\d\s?%`, 'i');
export const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A day of a month ("27 November", "November 27th"): a date, not a count. */
export const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi');

/** A season as a time ("in the spring", "this winter", "autumn 2025"), not in a name ("Winter Fuel Payment"). */
export const SEASON = '\\b(?:in|by|from|until|before|after|during|since|this|next|last|early|late|over)\\s+(?:the\\s+)?(?:spring|summer|autumn|winter)\\b|\\b(?:spring|summer|autumn|winter)\\s+(?:of\\s+)?(?:19|20)\\d\\d';

/** A year, a month or a season, after "later this", "next" …: a time relative to the answer's. */
export const TIME_UNIT = '(?:year|month|spring|summer|autumn|winter)';

/** Numbers that name a document or a provision rather than count anything. */
export const REFERENCE = new RegExp(
  String.raw`\b(?:section|sections|question|questions|uin|clause|clauses|article|schedule|paragraph|para|table|annex|page|pages|part|rule|regulation|` +
    // A list of them is too: "part 2 and 3 approved driving instructor tests", "phases 1 and 2".
    String.raw`chapter|chapters|step|figure|item|option|level|tier|phase|stage|version|type|grade|category|band)s?\s+(?:\d[\d.()a-z]*|(?:${NUMBER_WORD})\b)(?:(?:,\s*|\s+(?:and|or|to)\s+)\d[\d.()a-z]*)*|` +
    // "No. 3170"; not "no one", which counts none.
    String.raw`\bno\.?\s+\d[\d.()a-z]*`,
  'gi',
);

/** A year or a financial year ("In 2023-24 the estimated cost … was £120m"): the figure of one year. */
export const A_YEAR = /\b(?:19|20)\d\d(?:[-/]\d\d)?\b/;
export const A_YEARS = new RegExp(A_YEAR.source, 'g');
/** A share: "2.5% of GDP", "62 per cent". */
export const SHARE = /\d\s?%|\bper ?cent\b/i;
/** A share said as a rate: "the higher rate of income tax is 40%", "a 20% rate" (not "99.7% of those … paid … at the higher rate"). */
export const RATE_SHARE =
  /\brate\b(?:\s+(?:\S+\s+){0,4}?(?:of|at|is|was|to|from|be))\s+(?:around\s+|about\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent)|\d+(?:\.\d+)?\s?(?:%|per ?cent)\s+(?:\S+\s+){0,3}?rate\b/i;
/**
 * A duration said of a wait or of what something takes: "the average waiting time was 21.7 weeks",
 * "took an average of 370 days", "within 40 working days", "a 12-week wait"; not the span of a
 * measure ("Make use of MOD driving examiners for up to 12 months to help tackle … waiting times").
 */
const DURATION_UNIT = String.raw`\d[\d,.]*(?:\s*|-)(?:working\s+|calendar\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b`;
export const DURATION = new RegExp(
  String.raw`\b(?:wait\w*|took|takes?|taking|time|times|within|average|median|length)\b[^.;]{0,60}?\b${DURATION_UNIT}|\b${DURATION_UNIT}(?:['’]s?)?\s+(?:wait|waits|waiting)\b`,
  'i',
);
