// What a sum in a sentence is: the sum of the subject asked, or of something else it names; a
// level, or a change said as "by £…", "an extra £…", "£… more"; or what someone earns. A direct
// answer to "how much …" quotes a level of the subject's own sum.
import { term, words } from '../search/text.ts';

/** "the cost of demobilisation of these works was c.£35m": a sum, and what it is the sum of. */
const COST_OF = new RegExp(
  String.raw`\b(?:cost|costs|price|value|budget|spend|spending|total)\s+(?:of|for)\s+([^£.;]{3,100}?)\s+` +
    String.raw`(?:is|was|were|will be|would be|has been|had been|came to|totalled|amounted to)\s+(?:c\.\s?|about\s|around\s|approximately\s|an estimated\s|estimated at\s)?£`,
  'i',
);

/** "… the world's largest programme of research cooperation, worth £80bn+": a thing, and set off after it, its worth. */
const WORTH = /(?:^|[,;(]|\b(?:the|a|an|its|their|our)\s)([^,;()£]{3,80}?),\s+(?:worth|valued at)\s+(?:around\s|about\s|over\s|up to\s|more than\s|nearly\s|almost\s)?£[^;]*/i;
/** "a total of c.£2.9 million has been spent on legal costs": a sum, and what it was spent on. */
const SPENT_ON = /£\s?\d[\d,.]*\s?(?:bn|m|k|million|billion|thousand)?\s+(?:has|have|had)\s+been\s+spent\s+on\s+([^,;.…]{3,80})/i;
/** "… who provide nearly £20 billion worth of NHS services": a sum, and what it is the worth of. */
const WORTH_OF = /£\s?\d[\d,.]*\s?(?:bn|m|k|million|billion|thousand)?\s+worth\s+of\s+([^,;.]{3,80})/i;

/**
 * Whether the sentence says what its sum is the sum of, and that is something else: for "how much
 * does HS2 cost?", "the cost of demobilisation of these works was c.£35m" is a cost, and HS2's
 * sentence, but not HS2's cost.
 */
export function costOfOther(s: string, subject: string[][]): boolean {
  if (subject.length === 0) return false;
  const cost = COST_OF.exec(s) ?? WORTH_OF.exec(s) ?? SPENT_ON.exec(s);
  const worth = cost ? null : WORTH.exec(s);
  // What the sum is of; for a worth, the thing before it and what follows ("a package, worth £40 million, for kinship carers").
  const of = cost ? cost[1]! : worth ? `${worth[1]} ${worth[0].slice(worth[0].indexOf('£'))}` : undefined;
  if (of === undefined) return false;
  const held = new Set(words(of).map((w) => term(w.word)).filter((t): t is string => !!t));
  return !subject.some((c) => c.some((t) => held.has(t)));
}

/** A sum said as a change ("increasing by £22.6 billion", "an extra £1 billion", "extra funding of £1.1 billion", "a 5% uplift of £300m"), not a level. */
const SUM_CHANGE = new RegExp(
  String.raw`\b(?:by|extra|additional|further|more|(?:extra|additional|further) (?:funding|money|investment|spending) of|increase of|rise of|uplift of|boost of|cut of|reduction of|fall of)\s+` +
    String.raw`(?:an?\s+)?(?:estimated\s+|around\s+|about\s+|over\s+|nearly\s+|almost\s+|up to\s+|more than\s+)?$`,
  'i',
);
/** …or with "more" after it: "invest over £20 billion more in the Defence Nuclear Enterprise … than the previous four years". */
const SUM_MORE = /^\s+(?:more|extra|additional)\b/i;
/** …or with "off" or a change named after it, unless a change is asked: "£150 of costs off energy bills", "the temporary 5p fuel duty cut". */
const SUM_NAMED_CHANGE = /^\s+(?:(?:of [a-z]+ )?off\b|(?:[a-z-]+ ){0,2}(?:cut|reduction|rise|increase|uplift|boost)\b)/i;
/** A question asking about a change or a discount, which a sum named as one answers ("a £1,500 reduction in their business rates", "£150 off"). */
export const CHANGE_ASKED = /\b(?:cuts?|reductions?|discounts?|reliefs?|savings?|increases?|rises?|uplifts?|boosts?|off)\b/i;
/** The words just before a sum at `at`, where what it is ("increasing by", "earning") is said. */
const leadIn = (s: string, at: number) => s.slice(Math.max(0, at - 60), at);
/** A sum in pounds or pence, as the change rules read it. */
const A_SUM = /£\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|thousand)\b)?|\b\d+(?:\.\d+)?p\b/gi;
/** Whether every sum the sentence names is said as a change (`changeAsked`: the question asks a change or discount, `CHANGE_ASKED`). */
export function onlyChanges(s: string, changeAsked: boolean): boolean {
  const sums = [...s.matchAll(A_SUM)];
  const after = (m: RegExpMatchArray) => s.slice(m.index! + m[0].length);
  const changed = (m: RegExpMatchArray) =>
    SUM_CHANGE.test(leadIn(s, m.index!)) || SUM_MORE.test(after(m)) || (!changeAsked && SUM_NAMED_CHANGE.test(after(m)));
  // A sum listed after one said as a change is one too: "reduce expenditure by around £1.4 billion in 2024/25 and £1.5bn in 2025/26".
  const listed = (m: RegExpMatchArray, before: RegExpMatchArray) => /^[^.;£]{0,30}\band\s+$/.test(s.slice(before.index! + before[0].length, m.index));
  let previous = false;
  for (const [k, m] of sums.entries()) {
    previous = changed(m) || (previous && listed(m, sums[k - 1]!));
    if (!previous) return false;
  }
  return sums.length > 0;
}

/**
 * A sum said as what someone earns ("taxpayers earning between £100,000 and £125,140", "would earn
 * £22,222.22"): it answers a question about earnings, income or pay, not "how much is the personal
 * allowance?" or "how much is the basic rate of income tax?".
 */
const EARNED = /\b(?:earning|earns?|earned|earnings of)\s+(?:(?:between|over|more than|less than|under|above|below|up to|at least)\s+)?(?:£[\d,.]+\s+and\s+)?$/i;
export const EARNINGS_ASKED = /\b(?:earn\w*|income(?! tax)|salar\w*|pay|paid|wages?)\b/i;
/** Whether every sum the sentence names is one earned. */
export function onlyEarnings(s: string): boolean {
  const sums = [...s.matchAll(/£/g)].map((m) => m.index);
  return sums.length > 0 && sums.every((at) => EARNED.test(leadIn(s, at!)));
}
