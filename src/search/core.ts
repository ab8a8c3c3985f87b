// A query's core: of the concepts it asks about, those that decide which records are in and how
// much of the query each covers (docs/ranking.md, step 1). In a question put in words the
// topic decides, not the framing (money, plans, the government, how many people …); a typed list of
// keywords keeps every word.
import type { Concept } from './concept.ts';
import { pairsOf, type Pair } from './collocations.ts';
import type { ParsedQuery } from './query.ts';
import { ANYONE, EVERYDAY_VERBS, hedgeTerms, isQuestion, LIGHT_VERBS, MEASURE_WORDS, MORE_WORDS, moreOfSum, PARTITIVE, recordTerms, wholeScopeTerms } from './question.ts';
import { periodTerms } from './period.ts';
import { on, QUESTION_COMMON_DF, QUESTION_CORE, TYPED_NAME_DF } from './signals.ts';
import { words } from './text.ts';

/** What the core is read against: how many records hold a term, of how many, and whether two words form a name here. */
export interface CoreSource {
  df(term: string): number;
  documentCount(): number;
  isCollocation(p: Pair, fuzzyOf: (t: string) => number): boolean;
}

/** What ranking a question learns for its direct answer: its subject, which of its terms were guessed spellings, and which the archive has nowhere. */
export interface QuestionReading {
  subject?: string[][];
  guessed?: string[];
  unknown?: string[];
  named?: string[];
  /** The rare names the query types, question or keywords (`typed-name-held`): a keyword query's first word too, in capitals ("CAMHS waiting lists"). */
  names?: string[];
}

/**
 * The words a query types with a capital, after its first word: folded, as concepts name them.
 * With `fromFirst` (a keyword query), the first word too when it opens on two capitals ("CAMHS",
 * "NEETs"): one capital there may be only the first's.
 */
export function typedNames(text: string, fromFirst = false): Set<string> {
  return new Set(
    words(text)
      .filter((w, i) => (i > 0 && /^\p{Lu}/u.test(text.slice(w.start, w.start + 1))) || (fromFirst && /^\p{Lu}{2}/u.test(text.slice(w.start, w.start + 2))))
      .map((w) => w.word.replace(/[^\p{L}\p{N}]/gu, '')),
  );
}
/**
 * Everyday verbs (question.ts) in forms no noun takes: "sent back", "since it started" ("cut", "set",
 * "paid" are nouns too: "tax cut"). "left" as in "how many nurses left the NHS" (the archive writes
 * "left the NHS" together, which had made it the question's whole topic); "left-wing" is one word.
 */
const PAST_VERBS = new Set(['got', 'taken', 'took', 'made', 'went', 'given', 'bought', 'built', 'lent', 'spent', 'held', 'kept', 'sold', 'sent', 'started', 'begun', 'left']);
const isVerbForm = (c: Concept) => !!c.word && PAST_VERBS.has(c.word);
/** Particles the index keeps as words ("up", "out", "off" are stop words): "go back", "sent away". */
const PARTICLES = new Set(['back', 'away', 'along', 'around', 'ahead', 'forward', 'apart', 'aside']);

/** The verbs a measure asked aims at ("reduce", "stop", "tackle"): everyday verbs after "done to", "doing to", "steps to" …, typed forms. */
const AIM = /\b(?:done|doing|steps?|plans?|action|measures?|working|work|being\s+taken)\s+to\s+(\p{L}+)/giu;
function aimVerbs(text: string): Set<string> {
  return new Set([...text.matchAll(AIM)].map((m) => m[1]!.toLowerCase()).filter((w) => EVERYDAY_VERBS.has(w) && !LIGHT_VERBS.has(w)));
}

/**
 * The query's core: the concepts that decide which records are in, and their coverage (the
 * other words only refine the order). For a question put in words, what the direct answer
 * learns of it goes to `out`; with the query's word pairs and those the archive shows as one
 * name (collocations), which the ranking reads again.
 */
export function coreOf(
  archive: CoreSource,
  parsed: ParsedQuery,
  concepts: Concept[],
  common: Concept[],
  fuzzyOf: (t: string) => number,
  out: QuestionReading,
): { core: Concept[]; pairs: Pair[]; collocs: Pair[] } {
  // In a question put in words, the topic is what matters: multi-word concepts, when the
  // archive shows some, and the words that are not everyday ones. The other words (money,
  // plans, government …) only refine the order. A typed list of keywords keeps every word.
  const N = archive.documentCount();
  const asked = isQuestion(parsed.text);
  // A rare word typed as a name ("Myanmar", "JobStart", "CAMHS"; `typedNames`): what the query is about.
  const typedNameIn = (typed: Set<string>) => (c: Concept) => !!c.word && typed.has(c.word) && c.known && c.terms.every((t) => archive.df(t) / N < TYPED_NAME_DF);
  let core = concepts;
  // Word pairs come from the whole query, common words included ("access to work").
  // A period ("last ten", "next five") stands together everywhere and is no query's topic or phrase.
  // A concept is a period, or a hedge, when every one of its terms is one.
  const within = (set: Set<string>) => (c: Concept) => set.size > 0 && c.terms.length > 0 && c.terms.every((t) => set.has(t));
  const period = within(on('period') ? periodTerms(parsed.text) : new Set<string>());
  const pairs = pairsOf(common.length ? [...concepts, ...common].sort((a, b) => (a.pos ?? Infinity) - (b.pos ?? Infinity)) : concepts).filter(
    (p) => !(period(p.a) && period(p.b)),
  );
  let collocs: Pair[] = [];
  if (QUESTION_CORE && asked) {
    // A pair holding an everyday verb in a form no noun takes ("sent", "started"), or one with its
    // particle ("go back"), is said of any topic: a phrasal verb, never one of the archive's names.
    const phrasal = (p: Pair) =>
      on('phrasal-verbs') && (isVerbForm(p.a) || isVerbForm(p.b) || (!!p.a.word && EVERYDAY_VERBS.has(p.a.word) && PARTICLES.has(p.b.word ?? '')));
    // Nor is the unit "how many" counts when it is anyone ("how many people claim PIP": PIP is the
    // topic), nor a pair it makes ("how many people died waiting for an ambulance?": "people died"
    // is said of any deaths, and made "died" the whole topic).
    // Nor a word naming each part or occurrence of what is counted ("how many cases of gonorrhoea …").
    const counted = /\bhow many (\p{L}+)( of\b)?/iu.exec(parsed.text);
    const countedWord = counted?.[1]?.toLowerCase();
    const unit = countedWord && (ANYONE.has(countedWord) || (counted?.[2] && PARTITIVE.has(countedWord))) ? countedWord : undefined;
    const ofUnit = (p: Pair) => !!unit && (p.a.word === unit || p.b.word === unit);
    // Nor more of the sum asked ('extra money'): how much is asked, not about what (moreOfSum).
    const moreSum = on('more-money') ? pairs.filter((p) => moreOfSum(p.a.word, p.b.word)) : [];
    const asksSum = new Set(moreSum.flatMap((p) => [p.a, p.b]));
    collocs = pairs.filter((p) => !phrasal(p) && !ofUnit(p) && !moreSum.includes(p) && archive.isCollocation(p, fuzzyOf));
    const inColloc = new Set(collocs.flatMap((c) => [c.a, c.b]));
    // A compound the user hyphenated ("step-free") is a concept of two words they wrote as one.
    if (inColloc.size) for (const c of concepts) if (c.compound) inColloc.add(c);
    // Nor is a word that only paces or hedges the question ("roughly", "actually", "so far").
    const hedge = within(on('hedges') ? hedgeTerms(parsed.text) : new Set<string>());
    // Nor the whole country as its scope ("… in England?"), which most answers leave unnamed.
    const wholeScope = within(on('whole-scope') ? wholeScopeTerms(parsed.text) : new Set<string>());
    // A concept typed as a word of `list` (its signal on), unless the archive writes it with a neighbour (`evenInPhrase` aside).
    const typedFrom = (signal: Parameters<typeof on>[0], list: ReadonlySet<string>, evenInPhrase = false) => (c: Concept) =>
      on(signal) && !!c.word && list.has(c.word) && (evenInPhrase || !inColloc.has(c));
    // Nor a word asking for a measure ("is there any help with …?"), unless in a phrase ("child support");
    // nor more of it, or a new one of it ("how many new homes …"), in a phrase or not;
    // nor a light verb ("get", "put", "take"), unless in a phrase ("come into force").
    const asksMeasure = typedFrom('measure-words', MEASURE_WORDS);
    const moreOfIt = typedFrom('more-words', MORE_WORDS, true);
    const light = typedFrom('light-verbs', LIGHT_VERBS);
    // Nor the aim of a measure asked ("what is being done to *reduce* violence against women?",
    // "… doing to stop fly-tipping?"): answers say tackle, end, halve; the topic is what follows,
    // even where the archive writes the two together ("reduce violence").
    const aim = typedFrom('aim-verbs', aimVerbs(parsed.text), true);
    const named = concepts.filter(
      (c) => !period(c) && !hedge(c) && !wholeScope(c) && !(unit && c.word === unit) && !asksSum.has(c) && !asksMeasure(c) && !moreOfIt(c) && !light(c) && !aim(c),
    );
    // A rare word the user typed as a name ("Myanmar" in "how much humanitarian aid has the UK
    // given to Myanmar?", "JobStart") is the topic too, beside the archive's phrases.
    const typed = on('typed-names') ? typedNames(parsed.text) : new Set<string>();
    const typedName = typedNameIn(typed);
    const names = concepts.filter(typedName).flatMap((c) => c.terms);
    if (names.length) out.named = names;
    const topical = named.filter((c) => (inColloc.size ? inColloc.has(c) || typedName(c) : true) && (!c.known || c.terms.some((t) => archive.df(t) / N < QUESTION_COMMON_DF)));
    if (topical.length) core = topical;
    else if (named.length) core = named;
  }
  if (on('typed-name-held')) {
    const names = concepts.filter(typedNameIn(typedNames(parsed.text, !asked))).flatMap((c) => c.terms);
    if (names.length) out.names = names;
  }
  // Words naming the archive's own records ("questions on county lines", "written answers about
  // …") are said of every record: they refine the order, and never decide what matches. Unless
  // the archive writes one with its neighbour as a name ("parliamentary questions").
  const recordWord = within(on('record-words') ? recordTerms(parsed.text) : new Set<string>());
  const inName = (c: Concept) => pairs.some((p) => ((p.a === c && !recordWord(p.b)) || (p.b === c && !recordWord(p.a))) && archive.isCollocation(p, fuzzyOf));
  const aside = core.filter((c) => recordWord(c) && !inName(c));
  if (aside.length && aside.length < core.length) core = core.filter((c) => !aside.includes(c));
  if (asked) {
    out.subject = core.map((c) => c.terms);
    const guessed = core.filter((c) => c.guessed).flatMap((c) => c.terms);
    if (guessed.length) out.guessed = guessed;
    const unheard = core.filter((c) => !c.known).flatMap((c) => c.terms);
    if (unheard.length) out.unknown = unheard;
  }
  return { core, pairs, collocs };
}
