// Dates and timetables a sentence can give for "when …": a date, a month, a season, a year, a
// Parliament; and the dates that are not the one asked (when something was said or announced,
// a snapshot's "as of", a consultation's opening and closing).
import { A_YEAR, DAY_OF_MONTH, MONTH, SEASON, TIME_UNIT } from './figures.ts';

/** A Parliament as a timetable: "by the end of this Parliament", "in the next Parliament". */
const PARLIAMENT = String.raw`\b(?:by|before|during|within|in|over|until|for) (?:the (?:end|rest|lifetime) of )?(?:this|the next|the current|next) Parliament\b`;

/**
 * A timetable only ahead ("during this Parliament", "later this year"): it dates nothing that has
 * happened, so it does not answer "when was …" ("committed to act during this Parliament to give
 * 16- and 17-year-olds the right to vote", for when the bill was introduced).
 */
export const AHEAD = new RegExp(`${PARLIAMENT}|\\b(?:later|next) (?:this )?${TIME_UNIT}\\b`, 'gi');

/**
 * A year a figure is measured against, not the date of anything: "the largest since before 2010",
 * "the highest level since 2008" (as "higher than 2023" is no timetable, `DATE`).
 */
export const RECORD_SINCE = /\b(?:largest|biggest|highest|lowest|smallest|most|least|fastest|slowest|best|worst)\b[^.;]{0,40}?\bsince\s+(?:before\s+)?(?:19|20)\d\d\b/gi;

/** The date a figure is given as at: "As of 1 July 2025", "as at March 2024", "correct as of …". */
export const SNAPSHOT = new RegExp(String.raw`\b(?:as (?:of|at)|correct (?:as )?(?:of|at))\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH}\s*)?(?:(?:19|20)\d\d)?`, 'gi');

/**
 * A date or timetable: a day and month, a month and year, a season, or a year after a word
 * that places something in time ("by 2026", "in spring 2025", "no later than 2035"). A year in a
 * span of money or a financial year ("across 2019/20", "over this year and next") is not a when;
 * two years written whole ("in 2021-2022") are.
 */
export const DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+(?:19|20)\\d\\d\\b|${SEASON}|` +
    `\\b(?:by|in|from|until|before|after|during|since|on|of|early|late|end|between|no (?:later|earlier|sooner) than)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:19|20)\\d\\d\\b(?![/-]\\d\\d(?!\\d))|` +
    // "later this year", "next spring"; not the span a sum is over ("over this year and next").
    `(?<!\\b(?:over|across|for|throughout) )\\b(?:later|earlier|next|this) (?:this )?${TIME_UNIT}\\b|` +
    `${PARLIAMENT}|` +
    // A financial or academic year as a timetable: "by the end of the financial year 2026/27".
    String.raw`\b(?:by|before|until|from|during|in) the (?:end|start|beginning) of (?:the )?(?:financial |academic )?(?:year )?(?:19|20)\d\d[/-]\d\d\b|` +
    // Or one something holds from or by: "… via Simple Assessment from 2027-28" (not "in 2023-24", a year's figures).
    String.raw`\b(?:from|by|until|before) (?:the )?(?:(?:financial|tax|academic) year )?(?:19|20)\d\d[/-]\d\d\b|` +
    // A decade: "in the early 2030s", "by the mid-2030s".
    `\\b(?:by|in|from|until|before|during|since|early|mid|late)[\\s-]+(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:19|20)\\d0s\\b`,
  'i',
);

/**
 * The day something was said: "announced on 3 January 2025", "On 11 June, the government
 * confirmed …", "the Chancellor of the Exchequer on 30 October set out that …", a bill "introduced
 * into Parliament on 5 November". It dates the announcement, not what was announced.
 */
const SAID = '(?:announced|published|confirmed|stated|said|wrote|responded|replied|set out|launched|laid|met|discussed|raised|gave (?:approval|consent)|approved|introduced (?:in|into|to|before) (?:the )?(?:Parliament|House))';

const ON_DAY = `on\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:\\s+(?:19|20)\\d\\d)?`;

// Whom or what it was said to or about, up to five words, but no clause of its own: "announced that
// the scheme will open on 1 April" dates the opening.
const SAID_TO = String.raw`(?:(?!(?:that|which|who|will|would|shall|should|can|could|may|must|be|is|are|was|were|been|being|from|by|until|when)\b)[\w'’-]+\s+){0,5}`;

// Or its month or year, once said ("… was produced and published in February 2022"); not one to
// come ("… is due to be published in the spring"), which is the event itself.
const IN_MONTH = `in\\s+(?:${MONTH}(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)\\b`;

export const ANNOUNCED = new RegExp(`\\b${SAID}\\s+${SAID_TO}${ON_DAY}|(?<!\\bbe\\s)\\b${SAID}\\s+${SAID_TO}${IN_MONTH}|\\b${ON_DAY},?\\s+(?:(?:the|we|he|she|this|my)\\b[^,.;]{0,60}?\\s)?${SAID}\\b`, 'gi');

/**
 * A date someone was born on, since or before: "All women born since 6 April 1950 have been
 * affected by changes to State Pension age" dates a cohort, not the change (quoted for "when does
 * the new state pension age start?").
 */
export const BIRTH_DATES = new RegExp(
  String.raw`\bborn\s+(?:on\s+or\s+(?:after|before)|on|since|after|before|between|from|in|during)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH}\s+)?(?:19|20)\d\d(?:s)?` +
    String.raw`(?:\s+(?:and|to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH}\s+)?(?:19|20)\d\d)?`,
  'gi',
);

/**
 * A consultation's clause that dates it: "… the Alternative Routes to Market for New Nuclear
 * Projects consultation was published on 11th January 2024 and closed on 12th April 2024", "…
 * Ofcom's fees and penalties consultation, which closes on 9 January 2025". It says when the
 * consultation ran, not when what it is about will happen; so does one saying when it will consult.
 */
export const CONSULTATION_DATES = new RegExp(
  String.raw`\bconsultation\b(?=[^.;]*\b(?:clos|open|ran\b|runs?\b|end|launch|publish)\w*\s+(?:on|until|in|from)\b)[^.;]*|` +
    // … or the consulting to come: "SWR is planning to consult on its future timetable proposals … during 2026".
    String.raw`\bconsult(?:s|ed|ing)?\b[^.;]{0,120}?\b(?:during|in|by|from|until|over)\s+(?:early\s+|late\s+|the\s+)?(?:spring\s+|summer\s+|autumn\s+|winter\s+|${MONTH}\s+)?(?:19|20)\d\d\b`,
  'gi',
);

const MONTHS = MONTH.slice(3, -1).split('|');

/** A month named alone, with no day before it ("In November, …"), capitalised (not the "may" of "may change"). */
const MONTH_ALONE = new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s)\\b(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b`, 'g');

/** A season, which may be of the year before the answer's. */
const SEASON_WORD = /\b(?:spring|summer|autumn|winter)\b/i;
/** "This year" and "last year", read against the year the answer was given. */
const THIS_YEAR = /\b(?:this|the current) (?:calendar )?year\b/i;
const LAST_YEAR = /\blast (?:calendar )?year\b/i;
/**
 * A school or financial year said as this one or the last ("accessed by over 11,000 schools in the
 * last school year", answered in September 2024, is 2023/24's), by the month each starts in: a
 * school year in September, a financial or tax year in April. Compared by the year it starts in.
 */
const SPAN_YEAR = /\b(this|the current|last|the previous|the past) (school|academic|financial|tax) year\b/gi;
const SPAN_START: Record<string, number> = { school: 9, academic: 9, financial: 4, tax: 4 };
function spanYearsSaid(s: string, answered: string): number[] {
  const at = Number(answered.slice(0, 4));
  const month = Number(answered.slice(5, 7));
  return [...s.matchAll(SPAN_YEAR)].map((m) => {
    const current = month >= SPAN_START[m[2]!.toLowerCase()]! ? at : at - 1;
    return /^(?:this|the current)$/i.test(m[1]!) ? current : current - 1;
  });
}
/** A figure as it stands when the answer was given: "There are now 468,693 … teachers", answered in 2024, is 2024's. */
const NOW = /\b(?:now|currently|at present|presently)\b/i;

/**
 * Whether a sentence names a year as this year or last, in an answer given on `answered`: "… in
 * just six months this year", answered in 2025, is of 2025. So does a day of a month written
 * without one: "On 27 November, the UK made a pledge …", answered in December 2024, is of 2024;
 * answered in January 2025, still of 2024. A sentence naming no time at all speaks of when it
 * was answered, in an answer naming no other (`answerYears`, the years its answer names): "Jordan has shown tremendous generosity
 * in hosting an estimated 1.3 million Syrian refugees …", answered in 2024, is 2024's figure.
 */
export function saysYear(s: string, answered: string | undefined, year: string, answerYears?: readonly string[]): boolean {
  const at = answered ? Number(answered.slice(0, 4)) : Number.NaN;
  if ((Number(year) === at && (THIS_YEAR.test(s) || NOW.test(s))) || (Number(year) === at - 1 && LAST_YEAR.test(s))) return true;
  if (answered && spanYearsSaid(s, answered).includes(Number(year))) return true;
  // Month and day as one number (1127 for 27 November), to compare with the answer's.
  const on = answered ? Number(answered.slice(5, 7)) * 100 + Number(answered.slice(8, 10)) : Number.NaN;
  // A month alone ("In November, …") counts as its day 0, so it too is of the answer's year, or the
  // one before for a month still to come.
  let dated = false;
  for (const m of [...s.matchAll(DAY_OF_MONTH), ...s.matchAll(MONTH_ALONE)]) {
    if (/^,?\s*(?:19|20)\d\d\b/.test(s.slice(m.index! + m[0].length))) continue;
    dated = true;
    const named = (MONTHS.indexOf(/[a-z]+/i.exec(m[0])![0].toLowerCase()) + 1) * 100 + Number(/\d+/.exec(m[0])?.[0] ?? 0);
    if ((named <= on ? at : at - 1) === Number(year)) return true;
  }
  // Not when its answer names another year ("The window closed on 25 June 2023. A total of 190
  // applications were received", answered in 2024, counts 2023's).
  const otherYear = (answerYears ?? []).some((y) => !y.startsWith(year));
  return Number(year) === at && answerYears !== undefined && !otherYear && !dated && !A_YEAR.test(s) && !SEASON_WORD.test(s) && !LAST_YEAR.test(s);
}
