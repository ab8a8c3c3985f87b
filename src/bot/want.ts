// What kind of fact a question asks for (`wants`), read from its opening words: the direct
// answer checks a sentence for that kind of fact, and the reply says how the question was read.
import { ASKED_FRAME, SAID_FRAME } from '../search/question.ts';

/**
 * The kind of fact a question asks for: money (how much), a count (how many), a figure of
 * either kind (how large, what is the level of …), a date or timetable (when), a measure
 * (what is being done, what support is there), whether something was assessed (has the
 * government assessed …), or anything.
 */
export type Want = 'amount' | 'count' | 'figure' | 'date' | 'measure' | 'assess' | 'asked' | 'any';

/**
 * A unit of measure that is not money: "how much ancient woodland is left, in hectares?" asks a
 * figure in it; "how much is the charge per mile?" (`MONEY_ASKED`) still asks a sum.
 */
const MEASURE_UNIT = /\b(?:hectares?|acres?|tonnes?|tons?|litres?|gallons?|kilometres?|km|miles?|square (?:metres?|miles?|feet)|megawatts?|gigawatts?|mw|gw|twh|gwh|kwh|kilowatt[- ]hours?|kilograms?|kg|cubic metres?)\b/;
/**
 * "how much steel does the UK produce?", "how much gas do we import?": a quantity of a thing made,
 * bought, used or given off, in its units (`QUANTITY_SAID`), not a sum of money, unless money is asked.
 */
export const QUANTITY_ASKED =
  /^how much \w+(?: \w+)? (?:does|do|did|is|are|was|were|has|have|will)\b.*\b(?:produc\w*|import\w*|export\w*|us(?:e|es|ed)|consum\w*|generat\w*|emit\w*|emitted|recycl\w*|burn\w*|wast\w*|eat\w*|ate|dump\w*|extract\w*|grow\w*|grown)\b/;
/** "what is the government doing", "what steps", "what support is available", "where can people get help". */
export const MEASURE_FRAME = new RegExp(
  [
    String.raw`^what (?:is|are) (?:\S+ ){0,3}doing\b`,
    String.raw`^(?:is|are) (?:\S+ ){0,3}doing (?:anything|something|enough|more)\b`,
    String.raw`\bbeing done\b`,
    String.raw`^what (?:\S+ )?(?:steps|action|actions|measures|plans|support|help|assistance)\b`,
    String.raw`^what (?:is|are) the plans?\b`,
    String.raw`^(?:where|how) (?:can|do|does|should) (?:\S+ ){1,4}(?:get|find|obtain|go for|turn for|turn to for) (?:\S+ )?(?:help|support|advice)\b`,
    String.raw`\b(?:support|help) (?:is|are) (?:available|there|offered)\b`,
  ].join('|'),
);
/** A question asking yes or no, by its opening verb. */
const YES_OR_NO = /^(?:is|are|has|have|will|does|do)\b/;
/**
 * A question ending on what something changes to ("… going to rise to?", "… be raised to?"): the
 * figure after the change, answered by one written "to" it ("will rise to 67", "from £11.44 to
 * £12.21"); a sentence counting something else ("The six sample complainants …") is not it.
 */
export const CHANGES_TO =
  /\b(?:rise|rising|risen|rose|increase[sd]?|increasing|go(?:ing)? up|gone up|went up|fall(?:ing|en)?|fell|drop(?:ping|ped)?|go(?:ing)? down|(?:be|been|being) (?:raised|increased|cut|reduced|lowered|changed)) to\s*\??$/;

/** "how large", "what is the size / level / limit of …", "what is the average …": a figure, in money or not. */
const FIGURE_FRAME = new RegExp(
  [
    String.raw`^how (?:large|big|high|low|small|expensive|widespread)\b`,
    String.raw`^what (?:is|was|are|were) the (?:\S+ ){0,3}?(?:size|level|value|rate|limit|threshold|total|amount|number|figure|price|scale|population|target|age)\b`,
    String.raw`^what (?:is|was|are|were) the (?:average|typical|median|mean)\b`,
    // A sum set for one thing: "what is the fine for not having a TV licence?", "… the fee for …".
    String.raw`^what (?:is|was|are|were|will be) the (?:[\w'’-]+ ){0,2}?(?:fees?|fines?|penalt(?:y|ies)|charges?)\b(?! (?:of|on|against|for) (?:the )?(?:\w+ )?(?:people|persons?|individuals?|suspects?)\b)`,
    // "what is the maximum you can bet per spin …?", "what is the minimum income requirement …?".
    String.raw`^what (?:is|was|are|were|will be) the (?:maximum|minimum|highest|lowest)\b`,
    // The most one may have or do ("what is the most a charity lottery can sell in tickets in a year?"),
    // or the biggest sum or count ("what is the biggest fine someone can get …?"): a maximum.
    String.raw`^what (?:is|was|are|were|will be) the (?:most|least) (?:\S+ ){1,5}?(?:can|could|will|would|may|might)\b`,
    String.raw`^what (?:is|was|are|were|will be) the (?:biggest|largest|smallest) (?:fines?|penalt(?:y|ies)|sums?|amounts?|payments?|grants?|awards?|numbers?)\b`,
    // What something will change to: "what is the state pension age going to rise to?".
    String.raw`^what\b.*${CHANGES_TO.source}`,
  ].join('|'),
);
/**
 * "how long does it take …?", "how long is the wait for …?" asks a duration: a number of days, weeks,
 * months or years. Not "how long will it take …?", answered by a date as often ("by March 2029").
 */
export const DURATION_ASKED = /^how long\b(?!\s+(?:will|would|is it going to)\b)/i;
/** "what is the closing date for …?", "what is the deadline …?", "what is the timetable for …?": a date asked by its noun. */
const DATE_FRAME = /^what (?:is|was|are|were|will be) the (?:\S+ ){0,2}?(?:date|deadline|timetable|timescale|timeline)s?\b/;
/**
 * How a sentence says the event a date is asked of by its noun ("the *closing* date", "the *start*
 * date"): an end as an end or as what runs until it ("a consultation running until 18 February"), a
 * start as a start or as what runs from it. A date the sentence gives another event ("ahead of the
 * announcement of the consultation on 25 November") is not it.
 */
const DATE_EVENTS: [RegExp, RegExp][] = [
  [/^(?:clos|end|finish|expir|final|deadline|cut-?off)/, /\b(?:clos\w*|end\w*|finish\w*|expir\w*|until|till|runs? to|deadline)\b/i],
  [/^(?:start|begin|open|launch|commence|effective)/, /\b(?:start\w*|begin\w*|began|begun|open\w*|launch\w*|commenc\w*|from|effect|came into force|come into force|comes into force)\b/i],
  [/^publi/, /\bpublish\w*|\bpublication\b/i],
];
/** The event a "what is the … date" (or "… deadline") question asks the date of, as a test a sentence's words must pass; undefined for a date asked otherwise. */
export function dateEventAsked(input: string): RegExp | undefined {
  // "What is the deadline for …?" asks an end as surely as "what is the closing date …?".
  const m = /^what (?:is|was|are|were|will be) the (?:(?:\S+ )?(\S+) date|(deadline|cut-?off))\b/.exec(openingRead(input));
  const noun = m?.[1] ?? m?.[2];
  return noun ? DATE_EVENTS.find(([asked]) => asked.test(noun))?.[1] : undefined;
}
/** "has the government assessed / estimated …", "did it consider …": a yes-or-no about an assessment. */
const ASSESS_FRAME =
  /^(?:has|have|had|did|does|do|is|are|was|were)\b.*\b(?<!\b(?:fund|funds|funding|paying for|pay for|spending on|investing in|invest in) )(?:assess\w*|estimat\w*|evaluat\w*|analys\w*|reviewed|considered|research\w*|studied)\b/;

/**
 * "what percentage / proportion / share of …", or "how much of" a thing that is not money ("how
 * much of the green belt is built on?"): a share asked, answered by a share (`SHARE`).
 */
const SHARE_FRAME = /^what (?:percentage|proportion|share|fraction)\b/i;
const PART_OF = /^how much of\b/i;
const MONEY_ASKED = /£|\b(?:budgets?|fund\w*|money|value|spen[dt]\w*|costs?|cash|grants?|paid|pay\w*|income|revenue|tax\w*|aid|allocat\w*|charges?|fees?|prices?)\b/i;
export const asksShareOf = (q: string) => SHARE_FRAME.test(q) || (PART_OF.test(q) && !MONEY_ASKED.test(q));

/**
 * The question less a leading phrase of time, place or manner set off by a comma ("In autumn
 * 2024, what share of …", "After the autumn 2024 Budget, how much …", "On average, how many …"):
 * the question's opening, which decides what it asks, comes after it.
 */
const LEADING_CLAUSE = new RegExp(
  String.raw`^(?:in|by|since|after|under|during|between|as of|on|over|at|before|until|from|for|across|within|according to)\b[^,?]{0,120},\s*` +
    String.raw`(?=(?:what|how|when|which|who|where|is|are|was|were|has|have|had|did|does|do|can|will|roughly|approximately|about)\b)`,
  'i',
);
export function leadingClauseOff(question: string): string {
  return question.trim().replace(LEADING_CLAUSE, '');
}

/** The question as its opening is read: lower case, past a leading clause of time or place, "what's" as "what is" (as typed in a chat box). */
export function openingRead(input: string): string {
  return uncontracted(leadingClauseOff(input).toLowerCase().trim().replace(/\s+/g, ' '));
}
/** "What's the …" as "What is the …", in the case it was typed: the frames read the words, not the contraction. */
export const uncontracted = (s: string) => s.replace(/^(what|when|where|who|how)(?:['’]s|s)\b/i, '$1 is');

/**
 * "is anything being done about potholes?", "is the government doing anything to …?": asked yes or
 * no whether a measure is taken, so a question of no particular kind (`wants`) that still asks a measure.
 */
export function asksWhetherDone(input: string): boolean {
  const s = openingRead(input);
  return wants(input) === 'any' && (MEASURE_FRAME.test(s) || HELP_ASKED.test(s));
}
/** "is there any help for small businesses with late payments?": whether help is given, which a sentence stating the problem ("Late payments are one of the biggest problems …") does not say. */
const HELP_ASKED = /^(?:is|are) there (?:any |a |an )?(?:\S+ )?(?:help|support|assistance|funding|grants?|schemes?|programmes?)\b/;

/** The question asks what was said on its subject (`SAID_FRAME`). */
export function asksWhatWasSaid(input: string): boolean {
  return SAID_FRAME.test(openingRead(input));
}

/**
 * What kind of fact the question asks for. The words the question opens with decide ("how many",
 * "when", "what support"): words further on may belong to its subject ("support for people who
 * lost money" asks for a measure, not an amount). Failing an opening, words anywhere decide.
 */
export function wants(input: string): Want {
  const s = openingRead(input);
  if (ASKED_FRAME.test(s)) return 'asked';
  // "what percentage of GDP is spent on defence": a share, though "spent" asks money further on.
  if (asksShareOf(s)) return 'count';
  if (/\bhow much\b/.test(s) && (MEASURE_UNIT.test(s) || QUANTITY_ASKED.test(s)) && !MONEY_ASKED.test(s)) return 'figure';
  if (/^how much\b/.test(s)) return 'amount';
  if (/^how many\b/.test(s)) return 'count';
  // "how long does it take …?", "how long is the wait for …?": a duration, a figure (`DURATION_ASKED`).
  if (DURATION_ASKED.test(s)) return 'figure';
  if (/^(?:when|(?:by|until|till|from|since) when|how soon|what date|what year)\b/.test(s)) return 'date';
  // "what is the closing date for …?", "what is the deadline for …?", "what is the timetable for …?".
  if (DATE_FRAME.test(s)) return 'date';
  if (ASSESS_FRAME.test(s)) return 'assess';
  // Whether anything is being done ("is anything being done about …?", "is the government doing
  // anything to …?") asks yes or no, as "is there …?" does: no kind of fact to check a sentence for.
  if (MEASURE_FRAME.test(s)) return YES_OR_NO.test(s) ? 'any' : 'measure';
  if (FIGURE_FRAME.test(s)) return 'figure';
  if (/\bhow much\b|\bcost\b|\bspen[dt]\b|\bfunding\b|\bbudget\b|\bmoney\b/.test(s)) return 'amount';
  // "what is the state pension worth?": a sum.
  if (/^what (?:is|are|was|were|will)\b.*\bworth\b/.test(s)) return 'amount';
  // "what does a typical MP's member of staff earn?", "what are nurses paid?": a sum.
  if (/^what\b/.test(s) && /\b(?:earns?|earnings|salary|salaries|wages?|paid)\b/.test(s)) return 'amount';
  if (/\bhow many\b|\bnumber of\b|\bproportion\b|\bpercentage\b|\bwhat share\b/.test(s)) return 'count';
  if (/\bwhat date\b|\bby when\b|\bhow long\b|\bwhat year\b/.test(s)) return 'date';
  if (/\bwhat (?:action|measures|plans)\b/.test(s)) return 'measure';
  return 'any';
}
