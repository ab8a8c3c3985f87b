// What a question asks of the sentence that would answer it, read once before any sentence is:
// the kind of fact, the words a sentence is scored on and the subject it must be about, and the
// years, spans, figures, numbers, rates and counted things the question names (directAnswer in
// answer.ts reads every candidate sentence against it).
import type { QaRecord } from '../record.ts';
import { hedgeTerms } from '../search/question.ts';
import { periodTerms, spans, yearSpans } from '../search/period.ts';
import { escapeRe, term, words } from '../search/text.ts';
import { A_YEAR, DURATION, RATE_SHARE, stems } from './figures.ts';
import { alsoCountedIn, countedTerms, countsAnyone, HOW_MANY_TIMES, peopleDoIn, saysAge, TIMES } from './counts.ts';
import { BIRTH_DATES, CONSULTATION_DATES } from './dates.ts';
import { nationsAsked, THE_WHOLE } from './place.ts';
import { STATE_BODIES, STATE_BODY } from './stateBody.ts';
import { askWords, GENERIC, subjectOf, termsOf, typedNamesIn } from './subject.ts';
import { BILL_ASKED, CHANGE_ASKED, COST_ASKED, costPayerAsked, EARN_ASKED, EARNINGS_ASKED, PAYMENT_ASKED, PAYMENT_HEAD, PRICE_ASKED, RATE_OR_SUM, SUM_ASKED, TAX_ASKED, TOTAL_ASKED } from './sums.ts';
import { asksShareOf, asksWhetherDone, CHANGES_TO, dateEventAsked, DURATION_ASKED, leadingClauseOff, openingRead, QUANTITY_ASKED, uncontracted, wants, type Want } from './want.ts';

/** What the search tells of a question (its response's fields), as the direct answer reads it. */
export interface QuestionSearch {
  /** The query's index terms (after stop words), from the search response. */
  terms: string[];
  /**
   * The question's key concepts (each: index terms, any of which will do), from the search
   * response. Those that name its subject (not the kind of fact asked, not a verb) must each
   * be in the sentence or in its record's heading and question (see `subjectOf`). Without it,
   * only the share of `terms` found counts.
   */
  subject?: string[][];
  /** Subject terms the search read from a word the archive does not have, by a guessed spelling (from the search response). */
  guessed?: string[];
  /** Subject terms from a word the archive has nowhere (from the search response): never the concept a best record may lack (`SLACK_FROM`). */
  unknown?: string[];
  /** Subject terms of rare names the question types with a capital (from the search response): a sentence naming one may say the rest otherwise (`NAME_SLACK`). */
  named?: string[];
}

/**
 * A question about what has been done ("how many police officers have been recruited?", "how much
 * did the Agency spend …"), not about a promise or a plan, is not answered by a figure still to
 * come ("… towards delivering 13,000 more neighbourhood policing personnel … by the end of this
 * parliament", "would achieve up to 180,000 homes", "is now expected to deliver between 110,000 and
 * 130,000 affordable homes", "set a target … to deliver around 250,000 affordable homes") in a
 * sentence that says nothing done. A participle not ending in -ed asks it too ("how many parents
 * have actually *taken* neonatal care leave?": not "60,000 parents will be eligible"); not "got",
 * "held" or "kept", which ask what there is ("how many drones has Ukraine got?").
 */
const ASKS_DONE = /\b(?:have|has|had)\s+(?:\w+\s+){0,3}?been\b|\b(?:have|has|had)\s+(?:\w+\s+){0,2}?(?:\w+ed|made|given|taken|spent|built|brought|paid|sent|begun|met|led|won|seen|done|received)\b|\b(?:were|was|did)\b/i;
const ASKS_PROMISED = /\b(?:will|promise\w*|pledge\w*|plan\w*|target\w*|commit\w*|expect\w*|aim\w*|(?:meant|supposed|going) to)\b/i;

/** The words that qualify no payment ("National Minimum Wage", "New State Pension"). */
const UNQUALIFYING = /^(?:National|New|UK|State|Government|British|England|English|Statutory)$/;

/**
 * A rate: "a week", "per year", "each month", "weekly", "annual". A question asking a sum or a
 * count by the week or the year ("how much a week will kinship carers get?") is not answered by a
 * total ("a £40 million package to trial a new Kinship Allowance").
 */
const RATE = /\b(?:a|an|per|each|every)\s+(?:(?:academic|financial|calendar|full)\s+)?(?:week|month|year|day|hour|annum)\b|\b(?:weekly|monthly|yearly|annual|annually|daily|hourly)\b/i;

/** The index terms of a rate's single words ("weekly", "annual"). */
const RATE_TERMS = stems('weekly monthly yearly annual annually daily hourly');

/** A year named without its number: "In the last financial year, the Office spent … £3,332.48", a figure for one year. */
const ONE_YEAR = /\b(?:last|this|the past|previous|current|latest)\s+(?:(?:financial|calendar|academic|full)\s+)?year\b/i;

/** The numbers a question names that are not a sum (£), a share (%) or a year, which are read apart; an age group ("over 21s") is its number. */
function bareNumbers(question: string): string[] {
  const out: string[] = [];
  // The end of a span of years is no number of its own: the 24 of "2023/24", "2023-24".
  for (const m of question.matchAll(/(?<![\d.,£\p{L}])(?<!\b(?:19|20)\d\d[/-])\d[\d,]*(?:\.\d+)?(?!(?!s\b)[\d\p{L}]|[.,]\d|\s?%)/gu)) {
    const n = m[0].replace(/,/g, '');
    if (!/^(?:19|20)\d\d$/.test(n)) out.push(n);
  }
  return out;
}

/** A question asking about the year just gone: "how many trains were cancelled last year?". */
const PAST_YEAR = /\b(?:last|past|previous) (?:12 months|year)\b/i;

/**
 * How many of a question's subject concepts the name of a measure must hold to answer a question
 * of no particular kind ("is there a payment scheme for people left permanently disabled by the
 * Troubles?": "the Troubles Permanent Disablement Payment Scheme"). At one, the name was as often
 * another measure sharing a word with the question as the one asked: worked sets 10 right and 10
 * wrong more; at two, 7 and 2, held out 2 and none (docs/answers-sessions.md, twenty-fifth session).
 */
const NAMED_FOR = 2;

/**
 * The question's words a sentence is scored on: all of them but those asking for the kind of
 * fact it asks ("how much *money* off the electricity bill …", "what *support* …"), which an
 * answer rarely repeats. When that would leave one word, the asking words stay: for "what
 * support is there for carers?" a sentence naming support is the surer answer than any that
 * names carers.
 */
function questionWords(terms: string[], want: Exclude<Want, 'asked' | 'any'>, question: string): Set<string> {
  const asking = askWords(want, question);
  const content = terms.filter((t) => !asking.has(t));
  return new Set(content.length >= 2 ? content : terms);
}

/**
 * A yes-or-no question on whether a thing is having something done to it ("is the winter fuel
 * payment being restored?", "are wet wipes … being banned?", "has the sugar tax been scrapped?"):
 * the participle, what is done, is the fact asked. A sentence naming the thing but not that ("The
 * Winter Fuel Payment page on Gov.uk has been updated with the new eligibility rules") does not
 * answer. Only the plain frame, the thing between the auxiliary and the participle, no clause of its
 * own ("is there any help for workers who have been exploited?" asks whether help is).
 */
const ACTION_ASKED =
  /^(?:is|are|was|were|has|have|had|will)\s+(?!(?:there|it|anything|anyone|anybody|someone|something|this|that)\b)(?:(?!\b(?:who|which|that|to|can|could|would|should|if|when|where|because)\b)[^?,;])+?\s+(?:being|been|be)\s+([a-z]+(?:ed|en))\b/i;

/**
 * Or whether a thing will do something, the question ending on what it will do: "will the state
 * pension age rise again?" is not answered by "… those below State Pension age" (`ACTION_ASKED`).
 */
const WILL_ACTION = /^will (?:the |a |an )?(?:[\w'’-]+ ){1,4}?(rise|fall|increase|decrease|change|end|stop|close|open|return|continue|resume|restart|go up|go down)(?: again| soon| further)?\s*\?*$/i;

/** A question ending on a change, asking its size: "how much are tuition fees going up?", "… rising by?". */
const CHANGE_BY_ASKED = /^how much\b.*\b(?:go(?:ing)? up|gone up|went up|ris(?:e|ing|en)|rose|increas(?:e|ed|ing)|go(?:ing)? down|fall(?:ing|en)?|fell|drop(?:ping|ped)?)(?: by)?\s*\??$/;
/** A change said: "increase by 3.1%", "a rise of £200", "from £9,250 to £9,535", "frozen". */
export const CHANGE_SAID = /\b(?:increas|rise|rising|risen|rose|uplift|go(?:ing)? up|went up|gone up|fall|fell|cut|reduc|decreas|freez|froze|drop)\w*|\bfrom\s+£?\d[\d,.]*\w*\s+to\b/i;

/** A year a figure is given for ("In 2023-24 the estimated cost … was £120m"), not one naming a document ("The 2015 National Security Strategy … estimated"). */
const OWN_YEAR = new RegExp(String.raw`${A_YEAR.source}(?!\s+[A-Z])`);

/**
 * A rate asked by the frame's head noun ("what is the unemployment rate?"), and the words naming
 * it, which the sentence names with its rate: "… Capital Gains Tax … was charged at income tax
 * rates" gives no inflation rate.
 */
const RATE_NAMED_ASKED = /^what (?:is|was|are|were|will be) the ((?:\S+ ){0,3}?)rates?\b/i;
/** Words of a rate's name that only say which reading of it is asked ("the *current* inflation rate"). */
const RATE_READING = stems('current latest present today today\'s new annual yearly monthly overall headline');

/**
 * A target asked ("what is the target for new homes?"), and said as one, its figure soon after:
 * "we committed to building 1.5 million homes"; not "… committed to working alongside the sector",
 * nor any figure of the subject ("targeting rates of 40% affordable housing").
 */
const TARGET_ASKED = /^what (?:is|was|are|were|will be) the (?:\S+ ){0,3}?targets?\b/i;
const TARGET_SAID = /\b(?:targets?|aims?|ambitions?|goals?|commit(?:ted|ments?)|pledged?)\b(?:\W+[\w'’-]+){0,9}?\W+£?\d/i;
/**
 * A limit asked ("what is the income limit for legal aid?", "what is the pension credit
 * threshold?"), and said as one ("the level at which purchasers … start paying Stamp Duty Land Tax is
 * currently £250,000"): not any figure of the thing ("a free TV licence for those over 75").
 */
const LIMIT_ASKED = /^what (?:is|was|are|were|will be) the (?:\S+ ){0,3}?(?:limits?|thresholds?|caps?|ceilings?)\b/i;
const LIMIT_SAID = new RegExp(
  String.raw`\b(?:limit\w*|thresholds?|caps?|capped|ceilings?|maximum|minimum)\b|\b(?:level|point|amount|sum)\s+(?:at|above|below|from|over|under)\s+which\b|` +
    String.raw`\b(?:up to|no more than|not more than|at least|at most|exceed\w*|above|below|less than|more than)\s+£\d`,
  'i',
);
/** An age asked ("what is the state pension age?", "… the mandatory retirement age for judges?"): said as one (`saysAge`). */
const AGE_ASKED = /^what (?:is|was|are|were|will be) the (?:\S+ ){0,3}?age\b/i;

/** A quantity in its units (`QUANTITY_ASKED` in want.ts): "around 5.6 million tonnes", "35 TWh"; not a share ("a 60% relief"). */
const QUANTITY_SAID =
  /\d[\d,.]*\s?(?:(?:million|billion|thousand)\s+)?(?:tonnes?|tons?|t\b|kilo\w*|kg|litres?|gallons?|barrels?|cubic|m3|[kmgt]wh?\b|(?:kilo|mega|giga|tera)watt\w*|hectares?|acres?)/i;
/** An average asked: "what is the average house price in London?", "what is the typical …?"; and said ("per …" too). */
const AVERAGE_ASKED = /^what (?:is|was|are|were|will be) the (?:average|typical|median|mean)\b/i;
/** What an average is of, named after it up to a preposition: "the average *ambulance response time* in …", which the sentence names (not a handover time). */
const AVERAGE_OF = /^what (?:is|was|are|were|will be) the (?:average|typical|median|mean) ((?:(?!(?:in|for|of|on|at|to|across|by|per|now|currently)\b)[\w'’-]+ ?){1,4})/i;
const AVERAGE_SAID = /\b(?:average|averaged|mean|median|typical|typically|per)\b/i;

/** A rate of a tax asked by the frame's head noun: "what is the higher rate of income tax?", "what is the VAT rate on energy?". */
const TAX_RATE_ASKED = /^what (?:is|was|are|were|will be) the (?:\S+ ){0,2}?(?:rate of (?:\S+ )?(?:tax|duty|vat|levy)|(?:tax|duty|vat|levy) rate)\b/i;

/** Words asking an increase, what a measure does, or what a study looked at (`asksMore`). */
const ASKS_MORE = new RegExp(
  String.raw`\b(?:extra|additional|more|further|new|increase[sd]?|rise|risen|grow|grown|recruit\w*|hire[sd]?|appoint\w*|taken on|added|` +
    String.raw`lift\w*|out of|into|benefit\w*|help\w*|reach\w*|cover\w*|protect\w*|mov\w*|transfer\w*|examin\w*|survey\w*|sampl\w*|analys\w*|interview\w*|studi\w*|test\w*)\b`,
  'i',
);

/** What a question asks of a sentence, read once for all of them; undefined when no sentence can answer it. */
export function readQuestion(question: string, opts: QuestionSearch) {
  // Words that only hedge the question ("roughly", "actually") are not asked of a sentence.
  const hedges = hedgeTerms(question);
  // The question as typed, less its surrounding space and a leading phrase: the frames below read its opening.
  const typed = uncontracted(leadingClauseOff(question));
  const asks = wants(question);
  // Whether anyone asked is answered by the list of questions, not by a sentence of an answer.
  if (asks === 'asked') return undefined;
  // A question of no particular kind ("is there any help for …?", "are … going to need a
  // licence?") has no kind of fact to check a sentence for: its quotes were more often wrong than
  // right (4 right of 11 on the held-out sets, about 6 of 24 journalist questions; docs/answers.md).
  // A measure named for what it asks answers it (`NAMED_FOR`): "is there a lung cancer screening
  // programme for smokers?" by "The National Lung Cancer Screening Programme is designed …"; failing
  // one, a sentence of the best record saying the thing asked in its own words (`STATED_SHARE`).
  const namedFor = asks === 'any';
  const want = namedFor ? 'measure' : asks;
  // Asked whether a thing is having something done to it, what is done is asked (`ACTION_ASKED`).
  const action = namedFor ? (ACTION_ASKED.exec(typed)?.[1] ?? WILL_ACTION.exec(typed)?.[1]) : undefined;
  const actionTerm = action ? termsOf(action).terms.values().next().value : undefined;
  // Asked a date by the event's name ("what is the *closing* date for the consultation …?"), the
  // sentence dates that event: "ahead of the announcement of the consultation on 25 November" does not.
  const eventSaid = asks === 'date' ? dateEventAsked(question) : undefined;
  // Asked yes or no whether anything is being done ("is anything being done about potholes?"): a measure, though no kind of fact.
  const doingAsked = asksWhetherDone(question);
  // A span the question names ("over the next ten years") is asked of every sentence below, as a
  // span however written ("until 2036"); its words are not counted again among the question's.
  const asked = spans(question);
  const spanWords = asked.length ? periodTerms(question) : new Set<string>();
  const wanted = questionWords(opts.terms.filter((t) => !hedges.has(t) && !spanWords.has(t)), want, typed);
  if (wanted.size === 0) return undefined;
  // A rate word ("how big is the *yearly* training grant?") is asked of the sentence as a rate
  // (`holdsRate`, below: "£5,000 per academic year" holds it), not as a subject concept.
  const subject = opts.subject ? subjectOf(question, opts.subject, opts.terms).filter((c) => !c.every((t) => RATE_TERMS.has(t))) : [];
  // Nothing left that a sentence could be about ("how much does it cost?": every word asks for the kind of fact).
  if (opts.subject && subject.length === 0) return undefined;
  // A subject word the archive does not have, read as a close spelling that is no common slip
  // ("pilates" as "pilots"): a sentence about the guess need not be about what was asked.
  const guessed = new Set(opts.guessed);
  if (subject.some((c) => c.length > 0 && c.every((t) => guessed.has(t)))) return undefined;
  // A subject word the archive has nowhere: the question may be about something it never mentions.
  const unknownTerms = new Set(opts.unknown);
  const unheard = (c: string[]) => c.some((t) => unknownTerms.has(t));
  // A rate asked must be a rate answered: in the sentence or its record's question ("what the
  // annual cost … is"), or, for a yearly rate, a figure given for one year.
  const rate = question.match(RATE)?.[0];
  const byYear = !!rate && /year|annu/i.test(rate);
  const holdsRate = (s: string, r: QaRecord) => !rate || RATE.test(s) || RATE.test(r.questionText) || (byYear && (OWN_YEAR.test(s) || ONE_YEAR.test(s)));
  // "How much is the winter fuel payment?" asks what one person gets, "how much does a passport
  // cost?" the price of one, "how much do nurses earn?" one's pay: not a sum counted in millions ("… received a Winter Fuel Payment, at a
  // total cost of £2 billion").
  const perPerson = PAYMENT_ASKED.test(typed) || PRICE_ASKED.test(typed) || EARN_ASKED.test(typed);
  const totalAsked = TOTAL_ASKED.test(question);
  // What a sum is said to be of holds a word of the subject (`costOfOther`); of a subject of one
  // concept (the search's core may be that thin: "House of Commons" alone, for what it spends on
  // IT infrastructure), a word of the question.
  const costSubject = subject.length > 1 ? subject : [...subject, ...[...wanted].map((t) => [t])];
  const costAsked = want === 'amount' && COST_ASKED.test(typed);
  // Whom the cost asked falls on ("… cost the police"), if not the public purse (`costToOther`).
  const costPayer = costAsked ? costPayerAsked(question) : undefined;
  // "what is the minimum wage?": a figure of money (`SUM_ASKED`), so a sum.
  const sumAsked = want === 'figure' && (SUM_ASKED.test(typed) || BILL_ASKED.test(typed));
  // A figure asked in a form, which the sentence gives it in: "what is the higher rate of income
  // tax?" a share said as the rate (a count beside it is of taxpayers, a share of them, "99.7% of
  // those liable … paid … at the higher rate", is theirs); "what is the unemployment rate?" a rate
  // the sentence names (not "increases duty by 2 percent above RPI inflation" for the rate of
  // inflation); "how long does it take …?" a duration (not a date, nor a count of something else);
  // "what is the average house price?" an average said as one; "what is the target for new homes?"
  // a target (`TARGET_SAID`); "what is the income limit for legal aid?" a limit (`LIMIT_SAID`).
  const averageAsked = want === 'figure' && AVERAGE_ASKED.test(typed);
  const averageWords = averageAsked ? [...termsOf(AVERAGE_OF.exec(typed.replace(/\?+\s*$/, ''))?.[1] ?? '').terms].filter((t) => !GENERIC.has(t)) : [];
  const taxRateAsked = want === 'figure' && TAX_RATE_ASKED.test(typed);
  const rateName = want === 'figure' ? RATE_NAMED_ASKED.exec(typed)?.[1] : undefined;
  const rateNamed = rateName !== undefined;
  const rateWords = [...termsOf(rateName ?? '').terms].filter((t) => !RATE_READING.has(t) && !GENERIC.has(t));
  const durationAsked = want === 'figure' && DURATION_ASKED.test(typed);
  const targetAsked = want === 'figure' && TARGET_ASKED.test(typed);
  const limitAsked = want === 'figure' && LIMIT_ASKED.test(typed);
  const quantityAsked = want === 'figure' && QUANTITY_ASKED.test(openingRead(typed));
  const ageAsked = want === 'figure' && AGE_ASKED.test(typed);
  // The words naming the figure asked (a rate's, an average's), each in the sentence.
  const saysWords = (s: string, ts: string[]) => {
    if (!ts.length) return true;
    const said = termsOf(s).terms;
    return ts.every((t) => said.has(t));
  };
  const saysFigureForm = (s: string) =>
    (!taxRateAsked || RATE_SHARE.test(s)) &&
    (!rateNamed || (/\brates?\b/i.test(s) && saysWords(s, rateWords))) &&
    (!durationAsked || DURATION.test(s)) &&
    (!averageAsked || (AVERAGE_SAID.test(s) && saysWords(s, averageWords))) &&
    (!targetAsked || TARGET_SAID.test(s)) &&
    (!limitAsked || LIMIT_SAID.test(s)) &&
    (!quantityAsked || QUANTITY_SAID.test(s)) &&
    (!ageAsked || saysAge(s));
  // "… going to rise to?": the figure it rises to.
  const changesTo = CHANGES_TO.test(typed.toLowerCase());
  // "How much are tuition fees going up?": by how much, a change, which the sentence says (`CHANGE_SAID`).
  const changeBy = !changesTo && (want === 'amount' || want === 'figure') && CHANGE_BY_ASKED.test(typed.toLowerCase());
  const asksDone = (want === 'count' || want === 'amount' || want === 'figure') && ASKS_DONE.test(question) && !ASKS_PROMISED.test(question);
  // "how much has been spent on …?", "… paid …?": money gone out, not a cost estimated.
  const spentAsked = (want === 'amount' || want === 'figure') && /\b(?:spent|paid)\b/i.test(question);
  const asksThere = /\b(?:are|is) there\b/i.test(typed) && !ASKS_PROMISED.test(question);
  // A year or a figure the question names is part of its subject ("… in 1995", "… earning £18,600");
  // a year may be said as this year or last (`saysYear`).
  // A financial year named is the figure's: another year beside it dates something else ("After
  // the autumn 2024 Budget, how much was the Welsh Government due to get … for 2025/26?").
  const financialYears = [...question.matchAll(/\b((?:19|20)\d\d)[/-]\d\d\b/g)].map((m) => m[1]!);
  const years = (question.match(/\b(?:19|20)\d\d\b/g) ?? []).filter((y) => financialYears.length === 0 || financialYears.includes(y));
  const figures = (question.match(/£\s?\d[\d,.]*\d|\b\d[\d.]*\s?%/g) ?? []).map((f) => f.replace(/\s/g, ''));
  // And so is a number it names ("rise to 67"): "6.7%" is not 67.
  const numbers = bareNumbers(question);
  const givenNumbers = new Set(numbers);
  const holds = (text: string, f: string) => text.replace(/\s/g, '').includes(f);
  // So is a span it names ("over the next ten years"): a figure for two years answers another question.
  // Or the span that ends at a year named ("until 2036", said in 2026), to a year either way: a
  // range of financial years, "2026-27 to 2035-36", is ten of them.
  // The spans a text names, read once: in words, and by the year they end (from the year written).
  const spansIn = (text: string, written: string | undefined) => ({
    named: spans(text),
    ended: written ? yearSpans(text, Number(written.slice(0, 4))).map((x) => Number.parseInt(x, 10)) : [],
  });
  const holdsSpans = ({ named, ended }: ReturnType<typeof spansIn>) =>
    asked.every((x) => named.includes(x) || (x.endsWith(' year') && ended.some((n) => Math.abs(n - Number.parseInt(x, 10)) <= 1)));
  // What a count must count: the words after "how many", else any of the question's.
  const agentive = new Map<string, boolean>();
  const counted = countedTerms(question, agentive);
  const peopleDo = peopleDoIn(question);
  const alsoCounted = alsoCountedIn(typed);
  const anyoneCounted = countsAnyone(counted);
  // Else any of the question's words; and, for "how many times …", the times or occasions themselves
  // ("The Flexible Working Taskforce met on fourteen occasions between 2018 and 2022").
  const countedHere = counted.size ? counted : HOW_MANY_TIMES.test(typed) ? new Set([...wanted, ...TIMES]) : wanted;
  // "what percentage of …", "what proportion of …": a share answers, however the sentence words what it is of.
  const asksShare = asksShareOf(typed);
  // "how much tax …", "how much profit …": charged or made as a rate as often as a sum ("a standard rate at 12%").
  const rateAnswers = want === 'amount' && RATE_OR_SUM.test(typed);
  const taxAsked = want === 'amount' && TAX_ASKED.test(typed);
  // What the question says of its sum, read once for every sentence: earnings asked, a change or discount asked.
  const earningsAsked = EARNINGS_ASKED.test(question);
  const changeAsked = CHANGE_ASKED.test(question);
  // "… last year?" with no span of its own asked (see the span check below).
  const pastYear = !asked.length && PAST_YEAR.test(question);
  // A consultation's dates are the consultation's, unless one is asked about.
  const consultations = /\bconsult/i.test(question) ? (text: string) => text : (text: string) => text.replace(CONSULTATION_DATES, ' ');
  // Nor are the dates people were born in, unless a birth is asked about (`BIRTH_DATES`).
  const births = /\b(?:born|birth)/i.test(question) ? (text: string) => text : (text: string) => text.replace(BIRTH_DATES, ' ');
  // "when will …", "when does … start": a time ahead, or now.
  const asksAhead = /^(?:when (?:will|is|are|does|do|can|should|would)|by when|how soon|until when)\b/i.test(typed);
  // "when was …", "when did …": a time that has been.
  const asksPast = /^(?:when (?:was|were|did|had)|since when|(?:on )?what (?:date|day|year) (?:was|were|did))\b/i.test(typed);
  // What was done, asked when it was ("when was the … Bill introduced?"): a sentence saying it only as
  // intended ("It intends to introduce this system as part of the Children's Wellbeing Bill, as
  // announced in this year's King's Speech") dates no doing of it.
  const pastDone = asksPast ? /^when (?:was|were)\b.*\b([a-z]+ed)\s*\??$/i.exec(typed.trim())?.[1] : undefined;
  const intended = pastDone
    ? new RegExp(String.raw`\b(?:intends?|intended|plans?|planned|aims?|proposes?|will|would|going) (?:to )?${escapeRe(term(pastDone.toLowerCase()) ?? pastDone)}`, 'i')
    : undefined;
  const intendedOnly = (s: string) => !!intended && intended.test(s);
  // A question about an increase ("how many extra police officers …", "… recruited") is answered by one;
  // so is one about what a measure does ("… lifted out of poverty", "… will benefit") or what a study looked at.
  const asksMore = ASKS_MORE.test(question);
  // The question's subject words side by side ("tax gap"): a sentence holding them so is about that, not about a tax and a gap.
  const subjectTerms = new Set(subject.flat());
  const names = new Set((opts.named ?? []).filter((t) => subjectTerms.has(t)));
  // The names the question types with capitals past its first word ("… in Wales?"), the state's
  // own and the whole country's aside (the scope most answers speak for without naming it).
  const typedNames = new Set(typedNamesIn(question, WHOLE_NAMED).flatMap((n) => [...termsOf(n).terms]));
  const { terms: questionTerms, pairs: questionPairs } = termsOf(question);
  const askedPairs = [...questionPairs].filter((p) => p.split(' ').every((t) => subjectTerms.has(t)));
  // The name of a state body is whom a question is put to or who acts, not what it is about: "The
  // Ministry of Defence is committed to spending £3 billion a year on … Ukraine" says nothing of
  // defence spending. Unless the question itself names one ("how much has the Ministry of Justice …").
  const unnamed = STATE_BODY.test(question) ? (text: string) => text : (text: string) => text.replace(STATE_BODIES, ' ');
  const namedBody = STATE_BODY.exec(question)?.[0];
  // Asked whether something is, a measure's name says it is the thing asked (`NAMED_FOR`).
  const conceptsIn = (name: string) => {
    const held = termsOf(name).terms;
    return subject.filter((c) => c.some((t) => held.has(t))).length;
  };
  const namesAsked = (name: string) => conceptsIn(name) >= NAMED_FOR;
  // A payment's name is the one asked when it holds the question's subject, or `NAMED_FOR` of it
  // ("Personal Allowance" for "how much is the personal allowance?", whose subject is "allowance").
  // Not one with a qualifier the question does not say: "Apprentice Minimum Wage" is another rate
  // than the minimum wage asked, "Basic State Pension" another pension ("National", "New" qualify nothing).
  const qualifiedOtherwise = (name: string) =>
    words(name).some((w) => {
      const written = name.slice(w.start, w.end);
      const t = term(w.word);
      return t !== null && /^\p{Lu}/u.test(written) && !PAYMENT_HEAD.test(written) && !UNQUALIFYING.test(written) && !questionTerms.has(t);
    });
  const paymentAsked = (name: string) => conceptsIn(name) >= Math.min(NAMED_FOR, subject.length) && !qualifiedOtherwise(name);
  return {
    question,
    // The devolved nations it asks about: an answer naming none of them speaks for another (`nation`).
    nations: nationsAsked(question),
    namedFor,
    actionTerm,
    eventSaid,
    doingAsked,
    want,
    asked,
    wanted,
    subject,
    unheard,
    holdsRate,
    perPerson,
    sumAsked,
    saysFigureForm,
    targetAsked,
    totalAsked,
    costSubject,
    costAsked,
    costPayer,
    changesTo,
    changeBy,
    asksDone,
    asksThere,
    spentAsked,
    years,
    figures,
    numbers,
    givenNumbers,
    holds,
    spansIn,
    holdsSpans,
    agentive,
    counted,
    peopleDo,
    anyoneCounted,
    countedHere,
    alsoCounted,
    asksShare,
    rateAnswers,
    taxAsked,
    earningsAsked,
    changeAsked,
    pastYear,
    consultations,
    births,
    asksAhead,
    asksPast,
    intendedOnly,
    asksMore,
    subjectTerms,
    names,
    typedNames,
    askedPairs,
    unnamed,
    namedBody,
    namesAsked,
    paymentAsked,
  };
}

/** The whole country, by name: "UK", "England", "British" … (`THE_WHOLE`). */
const WHOLE_NAMED = new RegExp(String.raw`\b(?:${THE_WHOLE}|British|English)\b`, 'g');

/** What `readQuestion` reads of a question that a sentence can answer. */
export type QuestionRead = NonNullable<ReturnType<typeof readQuestion>>;
