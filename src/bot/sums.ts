// What a sum in a sentence is: the sum of the subject asked, or of something else it names; a
// level, or a change said as "by £…", "an extra £…", "£… more"; or what someone earns. And what a
// "how much …" question asks of one: a tax, one person's payment or pay, the price of one thing,
// or a total. A direct answer to "how much …" quotes a level of the subject's own sum.
import { term, words } from '../search/text.ts';

/** "how much", then up to two words naming what is asked ("how much *income* tax"). */
const HOW_MUCH_OF = String.raw`^how much (?:(?!(?:is|are|was|were|will|would|does|do|did|has|have|the)\b)\w+ ){0,2}?`;
/** The words of a tax asked after "how much". */
const TAXES = 'tax|taxes|duty|duties|vat|levy';
/** What is as often a rate as a sum, asked after "how much": "how much tax …", "how much profit do … make?". */
export const RATE_OR_SUM = new RegExp(String.raw`${HOW_MUCH_OF}(?:${TAXES}|profits?|interest)\b(?!-)`, 'i');
/** "how much tax do football clubs pay?" asks a sum of tax: a sentence naming none ("invested over £320 million into grassroots football") is another sum. */
export const TAX_ASKED = new RegExp(String.raw`${HOW_MUCH_OF}(?:${TAXES})\b(?!-)`, 'i');
/** A sentence naming a tax, or what a tax brings in or lets off. */
export const TAX_NAMED = /\b(?:tax\w*|dut(?:y|ies)|vat|levy|levies|receipts|revenues?|reliefs?|allowances?|rates?)\b/i;
/**
 * A question naming only a payment to a person, or what one pays, perhaps for a span or a head: "how
 * much is the winter fuel payment?", "how much is carer's allowance?", "how much is child benefit per
 * week?", "what is the winter fuel payment worth?"; or the level one may earn or get ("how much is the
 * Carer's Allowance earnings limit?", "… the benefit cap?"), not a sum spent in millions.
 */
const ASKED_PAYMENT =
  String.raw`(?:[\w'’-]+ ){0,4}(?:payments?|allowances?|benefits?|pensions?|grants?|wages?|bonus(?:es)?|credit|discount|loans?|fees?|fares?|charges?|prices?|limits?|thresholds?|caps?|premiums?)` +
  '(?: (?:per|a|each) (?:week|month|year|day|child|person|pupil|student|head))?';
export const PAYMENT_ASKED = new RegExp(String.raw`^how much (?:is|are) (?:the |a |an )?${ASKED_PAYMENT}\??$|^what (?:is|are) (?:the |a |an )?${ASKED_PAYMENT} worth\??$`, 'i');
/**
 * A figure asked whose thing is money: "what is the minimum wage?", "what is the maximum fine for
 * …?", "what is the average cost of a prison place?" (the frame's head noun a sum's). Answered by
 * a sum, not a count ("around 2.7 million workers are expected to receive a pay rise due to
 * increases to the NMW and NLW", for the minimum wage). Not "the state pension age", a rate, a
 * cap or a gap, which the noun after it names.
 */
const SUM_NOUN = `(?:wages?|salar(?:y|ies)|pay|fees?|fines?|prices?|costs?|charges?|pensions?|allowances?|grants?|budgets?|levy|levies|values?)`;
/** What the word after a sum's noun makes of it: no sum ("the state pension *age*", "the fee *cap*", "the wage *rate*"). */
const NO_SUM_AFTER = `(?:age|cap|gap|rates?|credit|freeze|bill|award|scale|band|threshold|limit)s?`;
export const SUM_ASKED = new RegExp(
  String.raw`^what (?:is|was|are|were|will be) the (?:[\w'’-]+ ){0,2}?${SUM_NOUN}\b(?! ${NO_SUM_AFTER}\b)|` +
    // The size of a fund, a budget, a package: "what is the size of the Household Support Fund?" (not "for a further 6 months").
    String.raw`^what (?:is|was|are|were|will be) the (?:total |overall )?(?:size|scale) of (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,5}?(?:funds?|budgets?|grants?|packages?|settlements?|investments?|pots?)\b`,
  'i',
);
/** Or a bill or rent one pays, typed in lower case ("what is the average council tax bill?"; a "Bill" with a capital is a law). */
export const BILL_ASKED = /^(?:what|What) (?:is|was|are|were|will be) the (?:[\w'’-]+ ){0,3}?(?:bills?|rents?)\b/;
/** A question asking what someone earns: "how much do junior doctors earn?", "what are nurses paid?": a person's pay, not a pay bill in millions. */
export const EARN_ASKED = /^(?:how much|what) (?:do|does|did|will|would|are|is) (?:[\w'’-]+ ){1,4}?(?:earn|get paid|paid)\b/i;
/**
 * A question asking the price of one thing: "how much does a passport cost?", "how much is a
 * second class stamp?". Like a payment to a person, it is not answered by a sum counted in
 * millions ("… will reduce expenditure by around £1.4 billion", in an answer on passported benefits).
 */
export const PRICE_ASKED = /^how much (?:(?:does|do|will|would|should) (?:a|an|one) (?:[\w'’-]+ ){0,4}?cost\b|(?:is|are) (?:a|an|one) )|^what (?:is|was|will be) the (?:average |typical )?(?:cost|price) of (?:a|an|one) /i;
/**
 * A question asking what something cost in all: "how much did the business rates discount for
 * local newspapers cost the government …?", "… altogether?", "how much Horizon compensation has been
 * paid?" (paid so far, to everyone). The mirror of a payment asked: not
 * answered by what each one got ("Eligible newspapers received a £1,500 reduction …").
 */
export const TOTAL_ASKED = new RegExp(
  String.raw`\bcost (?:the )?(?:government|taxpayers?|treasury|exchequer|public purse|state|country)\b|\bin total\b|\baltogether\b|\btotal cost\b|^how much\b.*\b(?:(?:has|have|had) been paid(?: out)?|paid out)\b|` +
    // What the state spends on a thing, unless asked for each one: "how much is the government
    // spending on free school meals?" is not answered by "schools receive £2.53 per meal per child".
    String.raw`^how much (?:money )?(?:do|does|did|is|are|was|has|have|will)(?: the)? (?:uk )?(?:government|uk|state|country|nhs|treasury)\b(?!.*\b(?:per|each|every|a head)\b).*?\b(?:spend|spending|spent)\b`,
  'i',
);
/**
 * The payments a text names, by name ("Winter Fuel Payments", "Cold Weather Payments", "Carer's
 * Allowance", "Pension Credit", "National Living Wage"): a sum said of one is that payment's.
 */
export function paymentsNamed(text: string): string[] {
  return [...text.matchAll(PAYMENT_NAMED)].map((m) => m[0]);
}
/** The head words a payment's name ends in ("… Payment", "… Allowance", "… Wage"). */
const PAYMENT_HEADS = '(?:Payments?|Allowances?|Benefits?|Pensions?|Grants?|Credits?|Loans?|Discounts?|Wages?)';
export const PAYMENT_HEAD = new RegExp(`^${PAYMENT_HEADS}$`);
const PAYMENT_NAMED = new RegExp(String.raw`(?:[A-Z][\w'’-]+ )+${PAYMENT_HEADS}\b`, 'g');
/**
 * A sum each one gets ("received a £1,500 reduction", "each £…") or costs ("£2.53 per meal"; not
 * "per year"; "the average cost of a determination … was £23,084"), with no sum in millions or
 * billions beside it.
 */
export const eachOnly = (s: string) =>
  (/\b(?:a|an|each|per)\s+£\s?\d/i.test(s) ||
    /£\s?\d[\d,.]*\s+(?:per|for each|for every)\s+(?!(?:year|annum|month|week|day|financial|academic)\b)/i.test(s) ||
    /\b(?:average|mean|median|typical)\b[^.;£]{0,100}£\s?\d/i.test(s)) &&
  !/£\s?\d[\d,.]*\s?(?:m|bn|million|billion)\b/i.test(s);
/** A sum of the size one person is paid: pounds or pence not counted in millions or billions ("£51,724.", at a sentence's end, too). */
export const PERSONAL_SUM = /£\s?\d[\d,]*(?:\.\d+)?(?!\s?(?:m|bn|k)\b|\s?(?:million|billion|thousand|trillion)\b)(?![\d,]|\.\d)|\b\d+p\b/i;

/** "the cost of demobilisation of these works was c.£35m": a sum, and what it is the sum of. */
const COST_OF = new RegExp(
  String.raw`\b(?:cost|costs|price|value|budget|spend|spending|total)\s+(?:of|for)\s+([^£.;]{3,100}?)\s+` +
    String.raw`(?:is|was|were|will be|would be|has been|had been|came to|totalled|amounted to)\s+(?:c\.\s?|about\s|around\s|approximately\s|an estimated\s|estimated at\s)?£`,
  'i',
);

/** "… the world's largest programme of research cooperation, worth £80bn+": a thing, and set off after it, its worth. */
const WORTH = /(?:^|[,;(]|\b(?:the|a|an|its|their|our)\s)([^,;()£]{3,80}?),\s+(?:worth|valued at)\s+(?:around\s|about\s|over\s|up to\s|more than\s|nearly\s|almost\s)?£[^;]*/i;
/**
 * "a total of c.£2.9 million has been spent on legal costs", "The amount the House of Commons spent
 * on … IT infrastructure in financial year 2022/23 was £8,985,950": a sum, and what it was spent on.
 */
const SPENT_ON = new RegExp(
  String.raw`£\s?\d[\d,.]*\s?(?:bn|m|k|million|billion|thousand)?\s+(?:has|have|had)\s+been\s+spent\s+on\s+([^,;.…]{3,80})|` +
    String.raw`\bspent\s+on\s+([^£.;]{3,100}?)\s+(?:was|were|is|came to|totalled|amounted to)\s+(?:c\.\s?|about\s|around\s|approximately\s)?£`,
  'i',
);
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
  const of = cost ? (cost[1] ?? cost[2])! : worth ? `${worth[1]} ${worth[0].slice(worth[0].indexOf('£'))}` : undefined;
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
/** A sum in pounds or pence, or a share ("reduced by 25%"), as the change rules read it. */
const A_SUM = /£\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|thousand)\b)?|\b\d+(?:\.\d+)?p\b|\b\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)/gi;
/** A sum said to be another's: "Funding for the Lower Thames Crossing is separate to the £1bn announced …". */
const SUM_APART = /\b(?:separate|separately|distinct|apart)\s+(?:to|from)\s+(?:the\s+|a\s+|an\s+)?$/i;
/** Whether every sum the sentence names is said to be another's (`SUM_APART`). */
export function onlyApart(s: string): boolean {
  const sums = [...s.matchAll(A_SUM)];
  return sums.length > 0 && sums.every((m) => SUM_APART.test(leadIn(s, m.index!)));
}
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
 * £22,222.22") or has coming in ("a single pensioner … with a weekly income of £218.16"): it answers
 * a question about earnings, income or pay, not "how much is the personal allowance?", "how much is
 * the basic rate of income tax?" or "how much is the winter fuel payment?".
 */
const EARNED = /\b(?:earning|earns?|earned|earnings of|(?:weekly |monthly |annual |yearly )?incomes? of)\s+(?:(?:between|over|more than|less than|under|above|below|up to|at least)\s+)?(?:£[\d,.]+\s+and\s+)?$/i;
export const EARNINGS_ASKED = /\b(?:earn\w*|income(?! tax)|salar\w*|pay|paid|wages?)\b/i;
/** Whether every sum the sentence names is one earned. */
export function onlyEarnings(s: string): boolean {
  const sums = [...s.matchAll(/£/g)].map((m) => m.index);
  return sums.length > 0 && sums.every((at) => EARNED.test(leadIn(s, at!)));
}

/**
 * A question asking what something costs ("what is the cost of the Chagos Islands deal?", "how much
 * did the Bibby Stockholm barge cost?"): a sum said as a cost, price, fee, spending or payment
 * answers it (`COST_SAID`); one a fund or a grant holds ("the establishment of a £40 million fund
 * to benefit Chagossians") is another sum. Not help with a cost ("is there a grant to help with the
 * cost of an electric motorbike?": the grant's sum answers), nor the cost of living.
 */
export const COST_ASKED = /\bcost(?:s|ed|ing)?\b(?<!\b(?:with|towards|for)\s+(?:the\s+)?costs?)(?!\s+of\s+living\b)/i;
export const COST_SAID =
  /\b(?:cost(?:s|ed|ing)?|spen[dt]|spending|expenditure|paid|pay(?:s|ing|ments?)?|price[ds]?|fees?|charge[ds]?|budget(?:ed)?|valued?(?!\s+added)|worth|totall?(?:ed|ing)?|bill)\b/i;

/**
 * A cost estimated ("Estimated capital cost … £2349m", "is estimated to cost £1.2 billion") is what
 * a thing will or would cost in all, not what has been spent or paid, unless the sentence says that too.
 */
const ESTIMATED_COST = /\bestimated\s+(?:\w+\s+)?(?:cost|costs|value|budget)\b|\bestimated\s+(?:to|at)\b|\bestimate\s+of\b/i;
const SPENT_SAID = /\b(?:spent|spend|spending|paid|outturn|incurred|expenditure)\b/i;
export const onlyEstimated = (s: string) => ESTIMATED_COST.test(s) && !SPENT_SAID.test(s);

/** Who pays a cost, said after it: "cost the police", "costs society", "cost to the NHS" (not "cost to finish"). */
const PAYER = /\bcosts?\s+(?:(?:to\s+)?the\s+)?([a-z]+)\b/gi;
/** Payers that are one: the public purse, however named. */
const PUBLIC_PURSE = /^(?:government|governments|taxpayer|taxpayers|treasury|exchequer|public|state|country|uk|nation|hmt)$/i;
/** Words after "cost" that name no payer ("cost the most", "costs a year", "cost £5"). */
const NO_PAYER = /^(?:of|a|an|per|each|every|in|for|and|or|about|around|over|up|more|less|the|to|was|were|is|are|has|have|will|would|be|been|at|on|by|some|just|nearly|almost|roughly|approximately|£)$/i;

/** The payers a text names after a cost ("cost the police": police), less words that name none. */
const payersOf = (text: string) => [...text.matchAll(PAYER)].map((m) => m[1]!.toLowerCase()).filter((w) => !NO_PAYER.test(w));

/**
 * The payer a question asks a cost to ("how much does alcohol-fuelled crime cost the police?":
 * police), read once per question; none for the public purse, which is one payer under any of its names.
 */
export function costPayerAsked(question: string): { word: string; named: RegExp } | undefined {
  const word = payersOf(question)[0];
  return word && !PUBLIC_PURSE.test(word) ? { word, named: new RegExp(String.raw`\b${word}`, 'i') } : undefined;
}

/**
 * Asked what something costs one payer (`costPayerAsked`), a sentence giving its cost to another
 * ("alcohol related harm costs society £21bn a year") gives another cost.
 */
export function costToOther(payer: { word: string; named: RegExp }, s: string): boolean {
  const said = payersOf(s);
  return said.length > 0 && !said.includes(payer.word) && !payer.named.test(s);
}
