// Direct answers: for a question, the sentence (with its neighbours) from the top answers that best
// answer it, quoted exactly. No generated text: every word comes from a record.
import { withoutAddress, type QaRecord } from '../record.ts';
import { excerptText, type DirectAnswer, type Hit } from './reply.ts';
import { definedIn } from '../search/abbreviations.ts';
import { sentences } from '../search/sentences.ts';
import { EXCERPT_TARGET, passageOf } from '../search/excerpt.ts';
import { escapeRe, term, terms as indexTerms } from '../search/text.ts';
import { parseQuery } from '../search/query.ts';
import { isQuestion } from '../search/question.ts';
import { spans } from '../search/period.ts';
import { abroad, elsewhere, namesNation, speaksNationally } from './place.ts';
import { CHANGE_SAID, readQuestion, type QuestionRead, type QuestionSearch } from './asked.ts';
import { COST_SAID, costOfOther, costToOther, eachOnly, onlyApart, onlyChanges, onlyEarnings, onlyEstimated, paymentsNamed, PERSONAL_SUM, TAX_NAMED } from './sums.ts';
import { A_YEAR, A_YEARS, MONEY, MONTH, SHARE } from './figures.ts';
import { countsAsked, FTE, isCount, STAFFED, WORK } from './counts.ts';
import { isBoilerplate } from './boilerplate.ts';
import { AHEAD, ANNOUNCED, DATE, RECORD_SINCE, SNAPSHOT, saysYear } from './dates.ts';
import { isIntentOnly, lessTrends, MEASURE, measureNames, onlyThoughtAbout, UNDONE, UNDONE_ASKED } from './measure.ts';
import { uinQuery } from '../search/lookup.ts';
import { speaksFor, STATE_BODIES } from './stateBody.ts';
import { GENERIC, termsOf } from './subject.ts';
import { asksWhetherDone, wants, type Want } from './want.ts';
export { isQuestion };

const TO_FIGURE = /\bto\s+(?:£\s?)?\d/;
const WILL_BE = /\b(?:will|would|shall|targets?|plans? to|aim(?:s|ing)? to|towards|intend\w* to|on track to|(?:expected|forecast|projected|set) to|by the end of (?:this|the) (?:parliament|decade))\b/i;
/** A count of things lacking something: "488 stations with no step-free access", "1,200 homes without a connection" (not "for up to 12 months without …"). */
const NEGATED_COUNT = /\b\d[\d,.]*\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?)\b)(?:[\w-]+\s+){0,3}?(?:with no|without|lacking|that (?:do|does|did|have|has|are|is) not|which (?:do|does|did|have|has|are|is) not)\b/i;
/** A question asking after what lacks something. */
const NEGATION = /\b(?:no|not|without|lack\w*|never|n['’]t)\b/i;
/** A count of those who came or went: "55 … probation officers joined", "1,200 nurses have left". */
const FLOW_COUNT = /\b\d[\d,.]*\s+(?:[\w-]+\s+){0,5}?(?:have |has |had |were |was )?(?:joined|left|recruited|hired|appointed|started|qualified|graduated|arrived|enlisted)\b/i;
/** What a sentence says there is now: "there are", "currently", "now", "as of …". */
const THERE_NOW = /\b(?:there (?:are|is)|are currently|is currently|currently|now|as (?:of|at))\b/i;
const HAS_BEEN = /\b(?:have|has|had) (?:\w+ )?(?:been|\w+ed)\b|\b(?:were|was)\b|\bsince\b/i;
/** A sentence saying whether, or what, something was assessed: "No assessment has been made", "we estimate …". */
const ASSESSED = /\b(?:assess|estimat|evaluat|analys|review|consider|research|stud(?:y|ies|ied)|monitor)\w*|\bno (?:such )?(?:plans?|assessment|estimate)\b/i;

/** A year a figure is compared with, not the one it is for: "a 6.1% increase compared to 2025-26", "up from 2023". */
const BASELINE_YEAR = /\b(?:compared (?:to|with)|than(?: in)?|up from|down from|relative to)\s+(?:the\s+)?(?:(?:financial|calendar|academic) year\s+)?(?:19|20)\d\d(?:[-/]\d\d)?\b/gi;

/** A sentence saying something has not been assessed or is not planned: its figures are what was not. */
const NOT_ASSESSED = /\b(?:has|have) made no (?:\S+ )?(?:assessment|estimate)s? of\b|\b(?:has|have) not (?:yet )?made (?:a|an|any) (?:\S+ )?(?:assessment|estimate)s? of\b|\b(?:has|have) no (?:current )?plans to\b/i;
/** A sentence saying what would be, were something so: "Had … grown …, it would be …", "If … were …, … would …". */
// Or a condition alone, cut from the sentence it belongs to ("If it maintains officer numbers at the
// required level of 3,586 officers."): no comma but a number's, so no clause saying what follows.
const HYPOTHETICAL = /^(?:Had|Were|If)\b[^.]*?\bwould\b|^If\b(?:[^,;:–—]|,(?=\d))*$/;

function hasFigure(s: string, want: Want): boolean {
  if (want === 'measure') return MEASURE.test(lessTrends(s)) && !isIntentOnly(s);
  if (want === 'amount') return MONEY.test(s);
  // A count, not a reference ("Section 95", "Question 1040"), a year or a day of a month.
  // "No deportations have taken place" answers how many, too.
  if (want === 'count') return isCount(s);
  if (want === 'figure') return MONEY.test(s) || isCount(s);
  if (want === 'assess') return ASSESSED.test(s) || MONEY.test(s) || isCount(s);
  if (want === 'date') return DATE.test(s);
  return true;
}

/** "since August 2019", "since 2021": the year a count or sum runs from. */
const SINCE_YEAR = new RegExp(String.raw`\bsince (?:(?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?${MONTH} )?((?:19|20)\d\d)\b`, 'i');

/**
 * A count or sum said since a year before the last ("A total of 138 people are known to have died
 * since August 2019 …", answered in 2025): it is for several years, not the year asked.
 */
function sinceYearsBefore(s: string, answered: string | undefined): boolean {
  const since = SINCE_YEAR.exec(s);
  return !!since && !!answered && Number(since[1]) < Number(answered.slice(0, 4)) - 1;
}

/** Every year a sentence names is two or more before the year it was said in (none named: false). */
function yearsLongPast(s: string, answered: string | undefined): boolean {
  const years = s.match(/\b(?:19|20)\d\d\b/g);
  return !!years && !!answered && years.every((y) => Number(y) < Number(answered.slice(0, 4)) - 1);
}

/** The numbers in a text, as written less their thousands commas ("14,000" → "14000", "6.7" stays "6.7"). */
function numbersIn(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\d.,])\d[\d,]*(?:\.\d+)?(?!\d)/g)].map((m) => m[0].replace(/,/g, '').replace(/\.$/, '')));
}

/** What the direct answer is told beside the hits: the search's reading of the question, and how to read them. */
export interface AnswerOptions extends QuestionSearch {
  /** Abbreviations and their long forms' terms, from the search response: a sentence naming one names its long form's words. */
  abbreviations?: Record<string, string[]>;
  /** How many of the top hits to read (ANSWER_DEPTH). */
  depth?: number;
  /** Told of each sentence a check refuses, and which: for measuring why questions go unanswered (`bench/answers-causes.ts`). */
  refused?: (why: Refusal, sentence: string, record: QaRecord) => void;
}

/**
 * The check that refused a sentence, in the order they are made: its form (too short or long, or
 * a set phrase); its subject (`subject`: a concept missing; `about`: none of it here); the year,
 * span, figures, body and numbers the question names; the kind of fact asked (`kind`; a measure
 * unnamed, or not named for the question); dates announced or only ahead; the rate, the figure
 * changed to, what will be or only came and went; one person's sum, and which payment's (`otherPayment`); what a count
 * counts; a place elsewhere; what a sum is of; the words a date dates; and the share of the
 * question's words (`score`).
 */
export type Refusal =
  | 'form'
  | 'subject'
  | 'about'
  | 'year'
  | 'pastYear'
  | 'span'
  | 'figureNamed'
  | 'body'
  | 'numbers'
  | 'hypothetical'
  | 'notAssessed'
  | 'kind'
  | 'unnamedMeasure'
  | 'deferred'
  | 'notNamedFor'
  | 'announced'
  | 'ahead'
  | 'longPast'
  | 'rate'
  | 'changesTo'
  | 'willBe'
  | 'willBeCount'
  | 'flowCount'
  | 'perPerson'
  | 'otherPayment'
  | 'eachOnly'
  | 'countsOther'
  | 'peopleDo'
  | 'fte'
  | 'elsewhere'
  | 'nation'
  | 'abroad'
  | 'costOfOther'
  | 'notCost'
  | 'tax'
  | 'earnings'
  | 'onlyChange'
  | 'undone'
  | 'apart'
  | 'dateOwnWords'
  | 'event'
  | 'estimate'
  | 'dateSubject'
  | 'publishing'
  | 'score';

interface Candidate {
  text: string;
  record: QaRecord;
  score: number;
  index: number;
  all: string[];
  /** The abbreviations its record's sentences are read with (`abbreviationsIn`). */
  abbreviations: Record<string, string[]>;
  /** How many of the question's word pairs ("tax gap") it holds side by side, in the sentence or its record's question. */
  pairs: number;
  /** It answers a question of no particular kind by saying the thing asked in its own words, naming no measure for it (`STATED_SHARE`). */
  stated: boolean;
}

/** Endings that make one word of another, as index terms: music → music*ian*, danc → danc*er*, govern → govern*ment*. */
const DERIVED = /^(?:er|or|ian|ist|al|ic|ment|ness|iti|ation)$/;
/** Whether index term `t` is made by such an ending from one of `held` (of four letters or more). */
function derivedFrom(t: string, held: Set<string>): boolean {
  for (const u of held) if (u.length >= 4 && t.startsWith(u) && DERIVED.test(t.slice(u.length))) return true;
  return false;
}

/** Words a sentence may open on that are not who acts in it ("In 2024 …", "The …", "There are …"). */
const NO_AGENT = /^(?:in|on|as|for|at|from|since|by|to|with|there|a|an|the|this|that|and|if|where|when|while|following|after|before|further|during|between|of|all|some|each|these|those)$/;
/**
 * Whether a sentence opens on whoever opened the one before ("Defra works closely with the
 * National Federation of Young Farmers' Clubs. Defra provides funding of up to £30,000 per year
 * …"): it carries that one on, as "It …" would.
 */
function sameOpening(s: string, prev: string): boolean {
  const opening = (x: string) => /^(?:(?:the|our|this|his|her|my) )?[\p{L}’'-]+/iu.exec(x)?.[0].toLowerCase();
  const a = opening(s);
  return !!a && a === opening(prev) && !NO_AGENT.test(a);
}

/**
 * How many of the best hits the direct answer reads: the first ten, as the ranking is judged,
 * not only the first page (five in a chat). The record it quotes comes with its own link and
 * date, and a lower rank already costs a sentence (0.03 a place). Reading five answered
 * 0.75 / 0.83 of the answerable questions of the two judged sets, ten 0.85 / 0.87, with the same
 * precision; fifteen lost precision on the first (bench/answers-eval.ts).
 */
export const ANSWER_DEPTH = 10;

/**
 * Whether a reply leads with a quoted answer (the first page of a question: filters do not make
 * it less of one, "how many … ? from:2025"), and so how many records its search fetches: the page,
 * or ANSWER_DEPTH when that is more; and the question as it is answered, without its filters or
 * a chat opening ("hey, …"). The bot and `qa search --json` ask the same way.
 */
export function answerFetch(query: string, offset: number, limit: number): { asks: boolean; limit: number; question: string; viewAsked: boolean } {
  // A question named by its UIN or link ("uin:12345") is looked up, not asked, nor parsed for filters.
  if (uinQuery(query)) return { asks: false, limit, question: '', viewAsked: false };
  const parsed = parseQuery(query);
  const question = parsed.text;
  // "any new answers on potholes this week?" asks for the records, not a sentence of one.
  const asks = offset === 0 && !parsed.listAsked && isQuestion(question);
  return { asks, limit: asks ? Math.max(limit, ANSWER_DEPTH) : limit, question, viewAsked: !!parsed.viewAsked };
}
/** Sentences about the subject, with the kind of fact asked, scoring at least this share of the question's words. */
const MIN_SCORE = 0.5;
/** Among sentences within this much of the best, the most recent answer's is quoted. */
const CURRENT_MARGIN = 0.2;
/** Words opening a sentence that turns from the one before it or adds to it ("However, …", "In addition, …"). */
const CONNECTIVES = 'however|but|yet|nevertheless|nonetheless|in addition|additionally|furthermore|moreover|also';
/** A sentence that carries on one of the two before it ("It will be completed by …", "The project …", "However, …", "In addition, …"). */
const CARRIES_ON = new RegExp(
  `^(?:${CONNECTIVES}|it|its|this|these|they|their|such|` +
    String.raw`the (?:\S+ )?(?:project|scheme|programme|fund|review|works?|plan|service|commission|strategy|report|consultation|policy|pilot|roll-?out|contract|process|system|work))\b`,
  'i',
);

/** A sentence opening on a document or an inquiry: "The review will be completed …", "The report …". */
const DOCUMENT_OPENING = /^the (?:\S+ )?(review|report|consultation|strategy|plan|commission|policy|inquiry|evaluation)\b/i;

/**
 * A document something will be, or was, set out in: its date is the document's ("The Department
 * published the Renters' Rights Bill Impact Assessment on 22 November 2024" dates no coming into force).
 */
const PUBLISHING =
  /\b(?:(?:will|to|would) (?:publish|issue|lay|produce)|published|issued|laid) (?:a|an|the|its|their|his|her) (?:\S+ ){0,5}?(report|review|response|evaluation|guidance|consultation|strategy|plan|statement|assessment|update)\b/i;
/** The kinds of fact that are a figure or a date, one of which can be mistaken for another. */
const NUMERIC_KINDS = new Set<Want>(['count', 'amount', 'figure', 'date']);
/** A sentence opening on a pronoun for what the one before named ("It …", "These …"; not "This Government"). */
const PRONOUN_FIRST = /^(?:it|its|they|their|these|those|this(?! government))\b/i;

/**
 * A sentence opening on what an earlier one named: "These 183 claims …", "Of these, …", "It …"
 * ("This Government" names its own), or turning from it or adding to it: "However, at the start
 * of the year, £500 million of ODA was allocated to research …" is said against the sentence
 * before it ("We are still in the financial year 2024-25 so the FCDO will not have final full year
 * numbers …").
 */
const POINTS_BACK = new RegExp(`^(?:these|those|such|it|its|they|their|of (?:these|those|them|which)|this(?! government)|${CONNECTIVES})\\b`, 'i');

/**
 * The abbreviations a record's sentences are read with: the archive's, and those the record
 * defines itself ("The Parliamentary and Health Service Ombudsman (PHSO) is independent … The PHSO
 * has confirmed that their unallocated queue of complaints … was 3,428"), however rarely the
 * archive defines them elsewhere.
 */
function abbreviationsIn(r: QaRecord, archive: Record<string, string[]> = {}, bodiesNamed = false): Record<string, string[]> {
  const defined = [...definedIn(r.questionText), ...definedIn(r.answerText)];
  const all = defined.length ? { ...Object.fromEntries(defined.map(([a, l]) => [a, l.split(' ')])), ...archive } : archive;
  if (bodiesNamed) return all;
  // A state body's name is left out of what a sentence says (`unnamed`), and so is its
  // abbreviation's long form: "the Office for Budget Responsibility (OBR) … forecast for
  // publication on 3 March 2026" dates no Budget.
  const bodies = (`${r.heading ?? ''} ${r.questionText} ${r.answerText ?? ''}`.match(STATE_BODIES) ?? []).map((b) => new Set(indexTerms(b)));
  if (!bodies.length) return all;
  // A long form of one word is no body's name ("FE" for further education reads as "education").
  return Object.fromEntries(Object.entries(all).filter(([, long]) => long.length < 2 || !bodies.some((b) => long.every((t) => b.has(t)))));
}

/** What a record's own question asks for: its words after "To ask the Secretary of State for …,". */
const ownWant = (questionText: string) => wants(withoutAddress(questionText));
/**
 * A date dates the event of its own sentence: in a record on disposable vapes, "On 12 October
 * 2023 the Government launched a consultation on … youth vaping" dates a consultation, not the
 * ban asked about. So a sentence answering "when …" must itself hold this many of the question's
 * words (the thing and what happens to it), not lean on its record's question for them.
 */
const DATE_OWN_WORDS = 2;
/**
 * A subject of this many concepts or more may lack one in the search's best record (`directAnswer`).
 * The question words what it asks its own way ("stealth jets", "heritage steam railways"); the
 * record the search ranks first on all its words, naming the rest, is about it as surely. Read of
 * the best three records it added 4 right and 3 wrong quotes on the worked sets, 1 right and 3
 * wrong held out; of a subject of two concepts (the other in the sentence), nothing
 * (docs/answers-sessions.md, nineteenth session).
 */
const SLACK_FROM = 3;
/**
 * Asked yes or no ("are wet wipes with plastic in them being banned?", "do academy schools have to
 * have a complaints procedure?"), a sentence of the search's best record saying the thing asked in
 * its own words answers, though it names no measure for it (`NAMED_FOR`): every subject concept and
 * this share of the question's words in the sentence itself ("Academies are required to have a
 * complaints procedure in place …"), not a statement of intent, nor of something being thought
 * about. Only when no sentence names a measure for it. It added 18 right and 6 wrong quotes on the
 * worked sets, 8 right and no wrong held out (7 once the subject is read past an opening auxiliary,
 * `invertedAt` in subject.ts). At 0.5 / 0.75 (before `saysAsked` asked a thing done of
 * "is anything being done …?") it added 23 / 9 right and 10 / 3 wrong on the worked sets, 11 / 5
 * right held out and at 0.5 one false answer; read in any record, not only the best, 0.6 added 20
 * right and 12 wrong on the worked sets (docs/answers-sessions.md, thirtieth session). Those are the
 * sets' verdicts, which count a quote right only from a listed record and in the listed words: read
 * by a reader who had not seen them (`bench/answers-read.ts`), 0.5 against 0.6 adds 7 right quotes
 * and 2 wrong on the worked sets, 2 right and none wrong held out (and the one false answer, read as
 * no answer); so half (thirty-sixth session).
 */
const STATED_SHARE = 0.5;
/**
 * Whether a sentence says the thing a question of no particular kind asks (`STATED_SHARE`); asked
 * whether anything is being done, that something is ("Potholes on local roads are a nuisance for
 * drivers" holds every word of "is anything being done about potholes on local roads?" and does
 * nothing); in a record naming the names it types (a place, a scheme: not the whole country's);
 * not that it will be said later (`DEFERRED`).
 */
function saysAsked(s: string, whole: Set<string>, inHere: (c: string[]) => boolean, held: (c: string[]) => boolean, read: QuestionRead): boolean {
  const own = [...read.wanted].filter((t) => whole.has(t) || derivedFrom(t, whole)).length;
  // … by a measure, or one it names ("The British Industrial Competitiveness Scheme will reduce electricity costs …").
  const done = !read.doingAsked || hasFigure(s, 'measure') || measureNames(s).length > 0;
  // A name the question types is part of what it asks: "A new nuclear National Policy Statement … for the siting of new nuclear power stations" says nothing of Wales.
  const named = [...read.typedNames].every((t) => held([t]));
  // Half of two words is one: "carers" alone does not say help for carers who work; and one word
  // asked alone says nothing of what about it is asked ("what is the deficit?" is not answered by a
  // sentence on attention deficit hyperactivity disorder).
  const enough = own >= STATED_SHARE * read.wanted.size && own >= 2;
  return read.subject.length > 0 && read.subject.every(inHere) && enough && done && named && !DEFERRED.test(s) && !isIntentOnly(s) && !onlyThoughtAbout(s) && !NOT_ASSESSED.test(s);
}
/**
 * A sentence with each hyphenated compound read as one word ("hard-working" as "hardworking"),
 * unless the question writes the same compound: in `saysAsked`, where the words alone decide, a
 * word inside another's compound is not the word asked ("… hard-working carers had been left with
 * large overpayments …" said nothing of help for carers who work).
 */
const wholeCompounds = (s: string, wanted: ReadonlySet<string>) =>
  s.replace(/\b[\w'’]+(?:-[\w'’]+)+\b/g, (m) => (wanted.has(term(m.replace(/-/g, '')) ?? '') ? m : m.replace(/-/g, '')));
/**
 * What will be said later says nothing now: "We will set out next steps on smart motorways in due
 * course" (for whether they are being scrapped), "The National Cancer Plan, which will be published
 * in the new year, will include further details on how we will improve outcomes …" (for what is
 * being done about late diagnosis of blood cancers: a document to come, no measure taken); nor
 * does work still to decide it ("Work is ongoing to understand how the £250 million Defence Growth
 * Deal fund will be allocated", for which places get the deals).
 */
const DEFERRED = new RegExp(
  String.raw`\bin due course\b|\b(?:will|shall) (?:set out|update|confirm|announce)\b|\bnext steps\b|\bwill be published\b|` +
    String.raw`\bwill (?:include|provide|give) (?:further|more) (?:details|information)\b|\bwork is (?:ongoing|underway|under way) to (?:understand|determine|consider|establish|decide)\b`,
  'i',
);
/** Subject concepts a sentence holding a rare name the question typed may lack (see the subject check). */
const NAME_SLACK = 2;
/** A record whose own question asks the same kind of fact is the likelier source of it. */
const SAME_KIND_BONUS = 0.1;
/**
 * A question word the sentence names itself counts this much more, in choosing between good
 * sentences, than one only its record's question names: "13 ARAP eligible Afghans … have been
 * deported to Afghanistan" answers more surely than "Currently, there are approximately 30 ARAP
 * eligible Afghans under the care of the British High Commission in Islamabad", which leans on its
 * record's question for "deported". Which sentences are good enough (MIN_SCORE) is unchanged.
 */
const OWN_WORDS_WEIGHT = 0.5;

/** How a sentence cut at source ends when quoted: what was cut is not ours to guess. */
const CUT_MARK = ' …';
const isCut = (s: string) => s.endsWith(CUT_MARK);
/** The shortest part of a cut sentence worth reading: a clause, not its opening ("However, as announced in March …"). */
const CUT_MIN = 60;

/**
 * The sentences of an answer. Of an answer clipped at source (the corpus keeps 255 characters
 * and "..."), the last is kept up to its last whole word and marked as cut: "There are now 468,693
 * full-time equivalent (FTE) teachers in state-funded schools in England, but the department …"
 * holds its fact. A word or figure at the cut may be part of one ("c.£2" of "c.£2.9 million"), so
 * it goes.
 */
function answerSentences(r: QaRecord): string[] {
  const all = sentences(r.answerText!);
  if (!r.answerTextClipped || all.length === 0) return all;
  const kept = all
    .at(-1)!
    .replace(/\.{3}$/, '')
    .replace(/\s*\S*$/, '')
    .replace(/[\s,;:(-]+$/, '');
  return [...all.slice(0, -1), ...(kept.length >= CUT_MIN ? [kept + CUT_MARK] : [])];
}

/**
 * The best sentence (and the one it carries on, or the one carrying it on, when they do), or
 * undefined when none answers the question asked: the sentence must be about the same subject
 * (the question's subject in it or in its record's question, and some of it in the sentence
 * itself, the sentence it carries on, or, for an answer's opening sentence, its record's
 * question), hold the kind of fact asked (a figure for
 * how much / how many, a date for when, a measure for what is being done, an assessment for
 * whether one was made), and come from a current answer (between good sentences, the most
 * recent answer's).
 */
export function directAnswer(question: string, hits: Hit[], opts: AnswerOptions): DirectAnswer | undefined {
  const read = readQuestion(question, opts);
  if (!read) return undefined;
  return quoteOf(candidatesOf(hits, opts, read), read);
}

/** The sentences of the best hits that answer what the question asks, each scored; a check refusing one says which (`opts.refused`). */
function candidatesOf(hits: Hit[], opts: AnswerOptions, read: QuestionRead): Candidate[] {
  const candidates: Candidate[] = [];
  hits.slice(0, opts.depth ?? ANSWER_DEPTH).forEach((hit, rank) => {
    // An answer that only refers to another is read as the answer it refers to, quoted as that one's.
    const r = hit.referredTo ?? hit.record;
    if (!r.answerText || r.answerIsHolding) return;
    const abbreviations = abbreviationsIn(r, opts.abbreviations, !!read.namedBody);
    const { terms: own, pairs: ownPairs } = termsOf(read.unnamed(`${r.heading ?? ''} \n ${r.questionText}`), abbreviations);
    const all = answerSentences(r);
    const { terms: answered } = termsOf(read.unnamed(r.answerText), abbreviations);
    // The years the answer names, read once for every sentence's `saysYear`.
    const answerYears = r.answerText.match(A_YEARS) ?? [];
    // The asking member's seat, whose figures are that place's (`elsewhere`).
    const seatName = r.askingMember?.constituency;
    const seat = seatName ? { name: seatName, named: new RegExp(`\\b${escapeRe(seatName)}\\b`) } : undefined;
    const ownHasAll = read.subject.every((c) => c.some((t) => own.has(t)));
    const sameKind = ownWant(r.questionText) === read.want ? SAME_KIND_BONUS : 0;
    const ownNumbers = read.numbers.length ? numbersIn(r.questionText) : undefined;
    // Asked about Scotland, Wales or Northern Ireland, a record naming none of them (its heading,
    // question or answer) speaks for another nation or the whole: "The Deposit Return Scheme … in
    // October 2027, as agreed with the devolved governments", for when it starts in Wales.
    const nationNamed = read.nations.size === 0 || [...read.nations].some((n) => namesNation(`${r.heading ?? ''} ${r.questionText} ${r.answerText}`, n));
    // The terms of the two sentences before: "The project …" may point back past one that only adds a detail.
    let prev1 = new Set<string>();
    let prev2 = new Set<string>();
    all.forEach((s, index) => {
      const refuse = (why: Refusal) => opts.refused?.(why, s, r);
      const { terms: inSentence, pairs: sentencePairs } = termsOf(read.unnamed(s), abbreviations);
      const before = new Set([...prev1, ...prev2]);
      prev2 = prev1;
      prev1 = inSentence;
      if (s.length < 25 || s.length > 500 || isBoilerplate(s)) return refuse('form');
      const inHere = (c: string[]) => c.some((t) => inSentence.has(t) || derivedFrom(t, inSentence));
      const carriesOn = CARRIES_ON.test(s) || (index > 0 && sameOpening(s, all[index - 1]!));
      // Same subject: each key concept in the sentence (or derived from a word it holds: "departmental"
      // from "departments", which Porter stems apart), in the one it carries on ("… a new casework
      // system … to drivers with medical conditions. This will be fully implemented by March 2026"),
      // in its record's question, or elsewhere in the same answer: "On 19 May 2025, the £360 million
      // Fishing and Coastal Growth Fund was announced …" answers how much is going into the fund for
      // the fishing *industry*, in an answer going on "we will work with the industry" …
      const carried = (c: string[]) => carriesOn && c.some((t) => before.has(t));
      const held = (c: string[]) => inHere(c) || carried(c) || c.some((t) => own.has(t) || answered.has(t));
      // … all but one, in the search's best record, when the sentence itself names two or more: the
      // question may name the thing in words its best answer does not ("how many tonnes of coal do
      // heritage *steam* railways use in a year?").
      const absent = read.subject.filter((c) => !held(c));
      const slack = rank === 0 && read.subject.length >= SLACK_FROM && read.subject.filter(inHere).length >= 2 && !absent.some(read.unheard) ? 1 : 0;
      // … or up to two, in any record, when the sentence itself holds a rare name the question typed:
      // the name says what it is about, and the words describing it may be said otherwise ("Sixteen
      // Protector RG Mk1 air vehicles have been purchased", for how many Protector *drones*). Not for
      // a measure, which names the thing it helps as often as the thing asked about.
      const nameHere = read.want !== 'measure' && read.subject.some((c) => c.some((t) => read.names.has(t)) && inHere(c));
      if (absent.length > (nameHere && !absent.some(read.unheard) ? Math.max(slack, NAME_SLACK) : slack)) return refuse('subject');
      // … and the sentence is about it: names some of it, carries on a sentence that does, or opens the answer to a question that does.
      // An answer's opening is about its record's question; so is a sentence carrying it on ("The
      // Government takes … seriously. This Government has made a record investment of …").
      const opens = ownHasAll && (index === 0 || (carriesOn && index <= 2));
      // A count's sentence naming what is counted, in an answer to a question on the subject, is
      // about it too ("the average time to make a decision was 370 days", for how many days a
      // criminal injuries compensation claim takes); not when what is counted is just "people".
      const countsHere =
        read.want === 'count' && ownHasAll && read.counted.size > 0 && [...read.counted].every((t) => !read.subjectTerms.has(t) && !GENERIC.has(t) && inSentence.has(t));
      const about = read.subject.some(inHere) || read.subject.some(carried) || opens || countsHere;
      if (read.subject.length && !about) return refuse('about');
      // A target is one for the thing asked, named in its sentence: "The national target for dementia
      // diagnosis is 66.7%", opening an answer on memory clinics' waiting times, sets none for A&E waits.
      if (read.targetAsked && !read.subject.some(inHere) && !read.subject.some(carried)) return refuse('about');
      // A year asked is the sentence's own (not one it compares with: "… by the end of the multi-year
      // Settlement (2028-29) … compared to 2025-26" gives 2028-29's figure, whatever year its record
      // asked or named), or, when the sentence names no year of its own, its record's, in the question
      // or elsewhere in the answer, as a subject concept may be ("A total of 190 applications were
      // received …" after "The most recent application window … closed on 25 June 2024").
      const ownYears = s.replace(BASELINE_YEAR, ' ');
      const namesYear = A_YEAR.test(ownYears);
      const recordYear = (y: string) => r.questionText.includes(y) || r.answerText!.includes(y);
      if (read.years.some((y) => !ownYears.includes(y) && (namesYear || !recordYear(y)) && !saysYear(s, r.dateAnswered, y, answerYears))) return refuse('year');
      // "… last year?" asks for a year: a sentence naming another span of its own ("In the last six
      // months, 44 direct trains … have been cancelled") answers for that span. One naming none may
      // still give the year's figure ("In 2024-25, …"), so only a span named otherwise is refused.
      if (read.pastYear && (spans(s).some((x) => x !== '1 year' && x !== '12 month') || sinceYearsBefore(s, r.dateAnswered))) return refuse('pastYear');
      if (read.asked.length) {
        // A sentence that names a span of its own ("£4.2 billion over three years") answers for that span, whatever its record's question asked.
        const own = read.spansIn(s, r.dateAnswered);
        const namesOwn = own.named.length > 0 || own.ended.length > 0;
        if (!read.holdsSpans(own) && (namesOwn || !read.holdsSpans(read.spansIn(r.questionText, r.dateTabled)))) return refuse('span');
      }
      if (read.figures.some((f) => !read.holds(s, f) && !read.holds(r.questionText, f))) return refuse('figureNamed');
      if (read.namedBody && !speaksFor(read.namedBody, r, s)) return refuse('body');
      if (ownNumbers) {
        const inSentenceNumbers = numbersIn(s);
        if (read.numbers.some((x) => !inSentenceNumbers.has(x) && !ownNumbers.has(x))) return refuse('numbers');
      }
      // What would have been is no fact: "Had the UK economy grown at the average rate …, it would be £143.3 billion larger".
      if (NUMERIC_KINDS.has(read.want) && HYPOTHETICAL.test(s)) return refuse('hypothetical');
      // Nor is what has not been looked at: "The Government has made no assessment of reducing the bus fare cap to £2".
      if (NUMERIC_KINDS.has(read.want) && NOT_ASSESSED.test(s)) return refuse('notAssessed');
      // The kind of fact asked.
      // Asked whether there is something, or what is done about it, a measure named for it says
      // there is, whatever its verb ("The Armed Forces Foundation Year Scheme ('gap year') is a
      // response to the Strategic Defence Review 2025's recommendation …", for "is there a gap year
      // scheme that lets young people try out the armed forces?").
      const measures = read.want === 'measure' ? measureNames(s) : [];
      // Asked whether it is having something done to it, the sentence says that thing (`ACTION_ASKED` in asked.ts).
      const actionHere = !read.actionTerm || inHere([read.actionTerm]);
      const namesIt = measures.some(read.namesAsked) && actionHere;
      // Not one only being thought about: "The County Lines Programme is assessed every year".
      // Asked yes or no, the best record's sentence saying the thing asked in its own words says it is (`STATED_SHARE`).
      const stated = read.namedFor && rank === 0 && !namesIt && actionHere && saysAsked(s, termsOf(read.unnamed(wholeCompounds(s, read.wanted)), abbreviations).terms, inHere, held, read);
      const namedThere = (namesIt && !onlyThoughtAbout(s)) || stated;
      // The date a figure was counted at ("As of 1 July 2025, 460 people have had their compensation paid") dates no event;
      // nor does the year a figure is the highest since ("… a real-terms growth rate of 4% for the NHS, the largest since before 2010").
      if (!namedThere && !hasFigure(read.want === 'date' ? read.births(s.replace(SNAPSHOT, ' ').replace(RECORD_SINCE, ' ')) : s, read.want) && !(read.rateAnswers && SHARE.test(s))) return refuse('kind');
      // A figure of money asked ("what is the minimum wage?") is a sum: a count beside it is of something else.
      if (read.sumAsked && !MONEY.test(s)) return refuse('kind');
      // A figure asked in a form (a rate, a duration, an average) is said in that form (`saysFigureForm` in asked.ts).
      if (!read.saysFigureForm(s)) return refuse('kind');
      // A measure quoted as *the* answer names it ("the Insurance Fraud Charter", "Awaab's Law") or the
      // sum committed to it ("a record investment of almost £1.6 billion for local road maintenance"):
      // a sentence saying only that someone is working on it, monitoring it or has published something
      // was right for 7 of the 26 held-out measure questions it was quoted for (docs/answers.md).
      if (read.want === 'measure') {
        if (DEFERRED.test(s)) return refuse('deferred');
        if (UNDONE.test(s) && !UNDONE_ASKED.test(read.question)) return refuse('undone');
        if (!measures.length && !MONEY.test(s) && !stated) return refuse('unnamedMeasure');
        if (read.namedFor && !namesIt && !stated) return refuse('notNamedFor');
      }
      // When something will happen is not when it was announced ("… on 30 October set out that we would …").
      // The sentence less the dates of saying, of a consultation and of births: those left date the thing asked.
      const ahead = read.want === 'date' && read.asksAhead ? read.births(read.consultations(s.replace(ANNOUNCED, ' '))) : undefined;
      if (ahead !== undefined && !DATE.test(ahead)) return refuse('announced');
      if (read.want === 'date' && read.asksPast && (!DATE.test(read.births(read.consultations(s.replace(AHEAD, ' ')))) || read.intendedOnly(s))) return refuse('ahead');
      // Asked when something will be, or is, a sentence whose every year (past those of saying or
      // publishing) is two or more before its answer's dates what has long been: "… the decisions to
      // increase the State Pension age for women in 1995, or to accelerate that increase in 2011",
      // for when the new one starts.
      if (ahead !== undefined && yearsLongPast(ahead, r.dateAnswered)) return refuse('longPast');
      if ((read.want === 'amount' || read.want === 'figure' || read.want === 'count') && !read.holdsRate(s, r)) return refuse('rate');
      if (read.changesTo && !TO_FIGURE.test(s)) return refuse('changesTo');
      if (read.changeBy && !CHANGE_SAID.test(s)) return refuse('changesTo');
      if (read.asksDone && WILL_BE.test(s) && !HAS_BEEN.test(s)) return refuse('willBe');
      if (read.spentAsked && onlyEstimated(s)) return refuse('estimate');
      // "How many … are there?" asks what there is: not a count said only of what will be ("… predicts
      // that 35,000 pupils will move into UK state schools"), unless the sentence also says what is.
      if (read.want === 'count' && read.asksThere && WILL_BE.test(s) && !THERE_NOW.test(s)) return refuse('willBeCount');
      // … nor a count only of those who came or went ("55 qualified Band 4 probation officers joined
      // HMPPS" between two dates), unless the question asks after newcomers (`asksMore`).
      if (read.want === 'count' && read.asksThere && !read.asksMore && FLOW_COUNT.test(s) && !THERE_NOW.test(s)) return refuse('flowCount');
      // A count of those without the thing asked ("There are currently 488 stations with no step-free
      // access", for how many are step free) counts the others, unless the question asks after them.
      if (read.want === 'count' && NEGATED_COUNT.test(s) && !NEGATION.test(read.question)) return refuse('countsOther');
      if (read.perPerson && !PERSONAL_SUM.test(s)) return refuse('perPerson');
      // Asked one payment's sum by its name's words ("how much is child benefit per week?"), the
      // sentence, the one it carries on, or its record's heading or question names it: "The CMS is
      // able to deduct £8.40 a week … from certain prescribed benefits" holds "benefits" alone.
      if (read.perPerson && read.askedPairs.length) {
        const before = index > 0 && carriesOn ? termsOf(read.unnamed(all[index - 1]!), abbreviations).pairs : new Set<string>();
        if (!read.askedPairs.some((p) => sentencePairs.has(p) || ownPairs.has(p) || before.has(p))) return refuse('otherPayment');
      }
      if (read.costAsked && !COST_SAID.test(s)) return refuse('notCost');
      if (read.costPayer && costToOther(read.costPayer, s)) return refuse('notCost');
      // Asked one payment's sum, a sentence naming others alone, or carrying on one that does ("In
      // England and Wales, Cold Weather Payments continue to be paid … This is a weekly payment of
      // £25 …", for "how much is the winter fuel payment?"), gives theirs.
      if (read.perPerson) {
        const named = [...paymentsNamed(s), ...(index > 0 && PRONOUN_FIRST.test(s) ? paymentsNamed(all[index - 1]!) : [])];
        if (named.length && !named.some(read.paymentAsked)) return refuse('otherPayment');
      }
      if (read.totalAsked && eachOnly(s)) return refuse('eachOnly');
      if (
        read.want === 'count' &&
        !(read.asksShare
          ? SHARE.test(s)
          : countsAsked(s, read.countedHere, read.asksMore, read.agentive, read.asksDone, read.peopleDo, abbreviations, read.givenNumbers, read.subjectTerms, read.alsoCounted))
      )
        return refuse('countsOther');
      // "How many people use / claim / work …" counts whoever does it: the sentence says they do (or,
      // for work, names staff), not only that some people were counted ("recruited over 2,000 NHS App
      // ambassadors", for how many people have used the NHS App).
      if (read.want === 'count' && read.peopleDo && read.anyoneCounted && !inSentence.has(read.peopleDo) && !(WORK.test(read.peopleDo) && STAFFED.test(s))) return refuse('peopleDo');
      // Full-time equivalents count staff: "how many people claim PIP?" is not answered by the FTE deciding the claims.
      if (read.want === 'count' && read.peopleDo && !WORK.test(read.peopleDo) && FTE.test(s)) return refuse('fte');
      // Asked about a devolved nation, a record naming none of it speaks for another (`nationNamed`).
      if (!nationNamed) return refuse('nation');
      // A figure for the asker's own seat, or one pointing back to it ("Of these, 40 claims …"), unless it
      // says it is for the whole ("This is illustrated by the deal …, which will support 4,000 jobs across the UK").
      if (elsewhere(s, read.question, seat) || (POINTS_BACK.test(s) && !speaksNationally(s) && index > 0 && elsewhere(all[index - 1]!, read.question, seat))) return refuse('elsewhere');
      // A sum or count for a country abroad the question does not name is that country's, not the whole's.
      if ((read.want === 'amount' || read.want === 'figure' || read.want === 'count') && abroad(s, read.question)) return refuse('abroad');
      if ((read.want === 'amount' || read.want === 'figure') && costOfOther(s, read.costSubject)) return refuse('costOfOther');
      if (read.taxAsked && !TAX_NAMED.test(s)) return refuse('tax');
      if ((read.want === 'amount' || read.want === 'figure') && !read.earningsAsked && onlyEarnings(s)) return refuse('earnings');
      // A sum said only as a change ("… increasing by £22.6 billion") says how much more, not how much there is.
      if ((read.want === 'amount' || read.want === 'figure') && !read.asksMore && onlyChanges(s, read.changeAsked)) return refuse('onlyChange');
      if ((read.want === 'amount' || read.want === 'figure') && onlyApart(s)) return refuse('apart');
      // A question word derived from one the sentence or its record holds ("musicians", "dancers" for the Music and Dance Scheme).
      const derived = (t: string) => derivedFrom(t, inSentence) || derivedFrom(t, own);
      const found = [...read.wanted].filter((t) => inSentence.has(t) || own.has(t) || derived(t) || (read.years.includes(t) && saysYear(s, r.dateAnswered, t, answerYears))).length;
      // A date dates its own sentence's event, or the event of the sentence it carries on ("The project … by March 2025").
      // Not one opening on a review, report or the like, unless asked about: "We are reviewing the
      // New Hospital Programme … The review will be completed … this autumn" dates the review.
      const document = DOCUMENT_OPENING.exec(s)?.[1];
      const carriesEvent = carriesOn && !(document && !new RegExp(`\\b${document}`, 'i').test(read.question));
      const dated = carriesEvent ? new Set([...inSentence, ...before]) : inSentence;
      if (read.want === 'date' && [...read.wanted].filter((t) => dated.has(t)).length < Math.min(DATE_OWN_WORDS, read.wanted.size)) return refuse('dateOwnWords');
      if (read.eventSaid && !read.eventSaid.test(s) && !(carriesEvent && index > 0 && read.eventSaid.test(all[index - 1]!))) return refuse('event');
      // And one of them names the subject: "The new healthcare unit is expected to open in mid-September
      // 2024", in a record on new prisons, holds "new" and "open" but dates the unit.
      if (read.want === 'date' && read.subject.length && !read.subject.some((c) => c.some((t) => dated.has(t)))) return refuse('dateSubject');
      // Nor is a sentence's date for a document to be published about it ("The Electoral Commission will
      // publish a report on the administration of the General Election … later this year", for when the
      // next general election is), unless the question asks after that document ("respond" for a response).
      const published = read.want === 'date' ? PUBLISHING.exec(s)?.[1] : undefined;
      if (published && !new RegExp(`\\b${published.slice(0, 6)}`, 'i').test(read.question)) return refuse('publishing');
      // Share of the question's words in the sentence or its question; higher-ranked answers are trusted more.
      const score = found / read.wanted.size - rank * 0.03 - index * 0.005;
      const pairs = read.askedPairs.filter((p) => sentencePairs.has(p) || ownPairs.has(p)).length;
      if (score < MIN_SCORE) return refuse('score');
      const named = [...read.wanted].filter((t) => inSentence.has(t)).length / read.wanted.size;
      candidates.push({ text: s, record: r, score: score + sameKind + OWN_WORDS_WEIGHT * named, index, all, abbreviations, pairs, stated });
    });
  });
  return candidates;
}

/** What the quote is read against: the kind of fact asked, the question's words and subject, and how a text is read for them. */
interface QuoteReading {
  want: Want;
  wanted: Set<string>;
  subject: string[][];
  /** The text less the state bodies' names, unless the question names one (see directAnswer). */
  unnamed: (text: string) => string;
}

/**
 * The quote, of the sentences that answer: the best, or the most recent answer's among those
 * nearly as good (`CURRENT_MARGIN`), one standing alone before one pointing back; with the
 * sentence after it when that carries it on, or the one before when it carries that one on.
 */
function quoteOf(candidates: Candidate[], { want, wanted, subject, unnamed }: QuoteReading): DirectAnswer | undefined {
  // A measure named for what is asked answers before a sentence only saying it (`STATED_SHARE`).
  const named = candidates.filter((c) => !c.stated);
  const sure = named.length ? named : candidates;
  // A sentence cut at source answers only when no whole one does: what follows the cut may qualify it.
  const whole = sure.filter((c) => !isCut(c.text));
  const pool = whole.length ? whole : sure;
  // When some sentences keep the question's words together as it does, those others that only share them are about something else.
  const mostPairs = Math.max(0, ...pool.map((c) => Math.min(c.pairs, 1)));
  const kept = pool.filter((c) => c.pairs >= mostPairs);
  if (kept.length === 0) return undefined;
  const top = Math.max(...kept.map((c) => c.score));
  const date = (c: Candidate) => c.record.dateAnswered ?? '';
  // A sentence that points back ("These 183 claims reflect 1.9% of …") counts what the one before
  // it named: quoted alone it gives a part for the whole. Between good sentences, one that stands
  // alone is quoted before any that points back, however recent.
  const alone = (c: Candidate) => (POINTS_BACK.test(c.text) ? 0 : 1);
  const b = kept
    .filter((c) => c.score >= top - CURRENT_MARGIN)
    .sort((x, y) => alone(y) - alone(x) || (date(x) === date(y) ? y.score - x.score : date(x) < date(y) ? 1 : -1))[0];
  const quotes = [{ text: b.text, record: b.record }];
  // A neighbour quoted with it: not boilerplate, not a statement of intent ("The Government is absolutely
  // committed to supporting pensioners …" adds nothing), and short enough for the pair to read as one answer.
  const fits = (s: string | undefined): s is string =>
    !!s && s.length <= 400 && !isBoilerplate(s) && !isIntentOnly(s) && !isCut(s) && b.text.length + s.length <= 600;
  // A second sentence when it carries on the first (the figure often follows the claim).
  const next = b.all[b.index + 1];
  if (fits(next)) {
    const nextFound = [...termsOf(unnamed(next), b.abbreviations).terms].some((t) => wanted.has(t));
    if (nextFound || hasFigure(next, want)) quotes.push({ text: next, record: b.record });
  }
  // A sentence carrying on the one before, which names the subject ("The service can be used to
  // report water pollution …" after "The Environment Agency's Report an environmental problem
  // service enables …"), is quoted after that one: alone, it leaves out what it is about.
  // One opening on a pronoun ("It is used to hold adult male prisoners …") says nothing without
  // the sentence its "it" stands for ("Operation Safeguard is a planned contingency measure …").
  const prev = b.all[b.index - 1];
  if (fits(prev) && CARRIES_ON.test(b.text)) {
    const held = termsOf(unnamed(prev), b.abbreviations).terms;
    // Not one holding a figure of the kind asked itself: read first, it would pass for the answer
    // ("… backing almost 12,000 skilled jobs" before "This is illustrated by the deal … that will support 4,000 jobs").
    const rival = NUMERIC_KINDS.has(want) && hasFigure(prev, want);
    if ((PRONOUN_FIRST.test(b.text) && !rival) || subject.some((c) => c.some((t) => held.has(t)))) quotes.unshift({ text: prev, record: b.record });
  }
  return { quotes };
}

/** The kinds of fact a hit's passage can show beside the question's words: a sum, a count, a date, a measure. */
const SHOWN_KINDS: ReadonlySet<Want> = new Set<Want>(['amount', 'count', 'figure', 'date', 'measure']);

/**
 * For a question asking a figure, a date or what is being done, each hit's passage shows one where
 * a passage showing as many of the query's words holds it ("… there are over 71,000 publicly
 * available charging devices", not only the sentence before it naming electric vehicles): when no
 * sentence is quoted as the answer, the passages are what the reader scans. A hit whose passage
 * already holds one, or whose record has none beside the words, keeps its passage.
 */
export function focusExcerpts(question: string, hits: Hit[], terms: readonly string[]): Hit[] {
  if (!isQuestion(question)) return hits;
  // Asked whether anything is being done, the passage shows what is, whether or not a sentence is quoted as the answer.
  const want = asksWhetherDone(question) ? 'measure' : wants(question);
  if (!SHOWN_KINDS.has(want)) return hits;
  const prefer = (s: string) => hasFigure(s, want);
  const phrases = parseQuery(question).groups.flatMap((g) => g.alternatives.filter((a) => a.kind === 'phrase').map((a) => a.text));
  return hits.map((h) => {
    if (prefer(excerptText(h.excerpt))) return h;
    // The words marked in its passage as well as the query's: the search marks a record's own variants too.
    const marked = h.excerpt.segments.filter((s) => s.match).flatMap((s) => indexTerms(s.text));
    const excerpt = passageOf(h.record, h.referredTo, { terms: new Set([...terms, ...marked]), phrases }, EXCERPT_TARGET, prefer);
    return prefer(excerptText(excerpt)) ? { ...h, excerpt } : h;
  });
}
