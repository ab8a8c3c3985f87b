// The question's subject: the key concepts a quoted sentence must be about (`subjectOf`), from the
// search's reading of the question less the words that ask for the kind of fact ("how much
// *money*"), the state's words and everyday verbs.
import { codeParts, fold, term, terms as indexTerms, words } from '../search/text.ts';
import { EVERYDAY_VERBS, hedgeTerms, MEASURE_WORDS, MORE_WORDS } from '../search/question.ts';
import { periodTerms } from '../search/period.ts';
import { isIrregularPast } from '../search/irregular.ts';
import { stems } from './figures.ts';
import { STATE_BODIES } from './stateBody.ts';
import { wants, type Want } from './want.ts';

/** Words that ask for each kind of fact rather than name a subject: "how much *money*", "what *support*". */
export const ASK_WORDS: Record<Exclude<Want, 'any' | 'asked'>, Set<string>> = {
  amount: stems('cost costs worth spent spend fund funding money paid budget pay amount total figure figures allocate allocated allocation earmarked aside'),
  count: stems('number amount total figure figures estimate estimated'),
  date: stems('date timetable time year years'),
  measure: stems(`${[...MEASURE_WORDS].join(' ')} done doing`),
  assess: stems('assess assessed assessment estimate estimated'),
  figure: stems('size level value rate limit threshold large big high current currently amount total number figure figures'),
};

const TIMETABLE = term('timetable');
/**
 * The words asking for the kind of fact a question wants, as it asks: opened on "when", a question
 * asks the date already, and its "timetable" is a thing it asks about ("when will the new railway
 * timetable start?"), as "the timetable for …" is not.
 */
export function askWords(want: Exclude<Want, 'any' | 'asked'>, question: string): Set<string> {
  if (want !== 'date' || !/^\s*(?:(?:by|until|from|since) )?when\b/i.test(question)) return ASK_WORDS[want];
  return new Set([...ASK_WORDS.date].filter((t) => t !== TIMETABLE));
}

/** Stems of words that ask for a kind of fact, any kind. */
const FACT_WORDS = new Set(Object.values(ASK_WORDS).flatMap((ws) => [...ws]));

/** Names typed with capitals, past the question's first word: "Ajax", "Access to Work", "Birmingham to Crewe". */
const NAMES = /(?<=\S\s+)\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|and|for|the|to|on|in)\s+)?\p{Lu}[\p{L}\p{N}'’-]*)*/gu;

/** The names a question types with capitals (`NAMES`), the state's own bodies aside, and what `less` matches too. */
export function typedNamesIn(question: string, less?: RegExp): string[] {
  const text = question.replace(STATE_BODIES, ' ');
  return [...(less ? text.replace(less, ' ') : text).matchAll(NAMES)].map((m) => m[0]);
}

/** An adverb of manner or degree, by its ending ("voluntarily", "illegally", "seriously", "effectively", "absolutely", "completely", "entirely"): not "family", "supply", "elderly". */
const MANNER = /(?:al|ful|ous|ive|ent|ant|ar|ari|ic|ate|ib|ab|ute|ete|ire)ly$/;

/** Words that name the state rather than a subject: in nearly every record. */
export const GENERIC = stems('uk united kingdom british britain england english government department departments minister ministers secretary parliament people person hm');

/**
 * "how much *extra* money", "how many *new* homes": more of the fact asked, rarely what it is
 * about. Left out of a subject as verbs are ("new petrol cars" is about petrol cars). So is how
 * it compares: "the new *higher* betting duty" is answered by "the new General Betting Duty rate
 * of 25%". And the change named: "the National Insurance *rise*" is answered by the sums set
 * aside for employers' contributions, or by an "increase".
 */
const MORE = stems(`${[...MORE_WORDS].join(' ')} higher lower bigger smaller larger greater cheaper rise rises increase increases hike hikes uplift cut cuts reduction reductions change changes`);

/** Prepositions the index keeps as words ("pay *towards* school fees"): they relate a subject's words, and are none of them. */
const PREPOSITIONS = stems('towards toward via upon onto across among amongst throughout despite');

/** Everyday verbs (src/search/question.ts): what the question says is done, rarely what it is about. */
const COMMON_VERBS = stems([...EVERYDAY_VERBS].join(' '));

/** Words after which the next word is a verb: "to tackle", "can withdraw", "are being taken". */
const AUXILIARY = new Set('to can cannot will would should could may might must be been being is are was were do does did'.split(' '));

/** The forms of "be", after which only a participle is a verb ("-ed", "-ing", or an irregular one: "given", "paid"). */
const BE = new Set('be been being is are was were'.split(' '));

const isParticiple = (word: string) => /(?:ed|ing)$/.test(word) || isIrregularPast(word);

/**
 * "people who can't afford mobile data or broadband": either word will do, so the concepts
 * holding the words each side of an "or" are one concept. So are the parts of a hyphenated
 * compound, each the search's concept with the joined form ("asbestos or asbestosrelated",
 * "related or asbestosrelated"): a sentence naming any of them is about what the compound names
 * ("diseases caused by asbestos").
 */
function alternatives(question: string, concepts: string[][]): string[][] {
  const ws = words(question).map((w) => w.word);
  const joins = new Set<string>();
  indexTerms(question, joins);
  let out: string[][] = [];
  for (const c of concepts) {
    const same = out.find((o) => o.some((t) => joins.has(t) && c.includes(t)));
    if (same) same.push(...c.filter((t) => !same.includes(t)));
    else out.push([...c]);
  }
  ws.forEach((w, i) => {
    if (w !== 'or') return;
    const [a, b] = [term(ws[i - 1] ?? ''), term(ws[i + 1] ?? '')];
    const ca = a ? out.find((c) => c.includes(a)) : undefined;
    const cb = b ? out.find((c) => c.includes(b)) : undefined;
    if (!ca || !cb || ca === cb) return;
    ca.push(...cb.filter((t) => !ca.includes(t)));
    out = out.filter((c) => c !== cb);
  });
  return out;
}

/** The words a question opens on to ask ("when", "how much", "by when"). */
const WH = /^(?:(?:by|until|from|since) when|when|where|why|which|who|what|how(?: much| many| long| soon| often| far)?)$/;

/**
 * Where a question's auxiliary comes right after its opening words ("when will …", "how much do
 * …") or opens it ("can …", "do …"): there it is inverted, and the word after it opens the
 * question's subject ("when will *pensioners* …", "how much do *schools* get …", "can *prisoners*
 * vote …?"), not a verb. -1 when there is none.
 */
function invertedAt(ws: string[]): number {
  // "can *prisoners* vote in elections?", "do *landlords* have to …?": a question asked yes or no opens on its auxiliary.
  if (ws[0] !== 'to' && AUXILIARY.has(ws[0] ?? '')) return 0;
  for (const k of [1, 2]) if (WH.test(ws.slice(0, k).join(' ')) && ws[k] !== 'to' && AUXILIARY.has(ws[k] ?? '')) return k;
  // "how much tax *do* football clubs pay?": "do" after what is asked has the question's subject after it.
  if (/^how (?:much|many)$/.test(ws.slice(0, 2).join(' '))) for (const k of [3, 4]) if (/^(?:do|does|did)$/.test(ws[k] ?? '')) return k;
  return -1;
}

/**
 * The question's subject: its key concepts (from the search) less the words that ask for a
 * kind of fact, state words and verbs (an -ed or -ing word after "is", "are", "be"…, a word
 * after "to" or a modal unless the modal is inverted, `invertedAt`, an everyday verb; never a
 * word in "-ings"). When fewer than two concepts are left, the
 * search's core was too thin to say what the question is about (a name it left out, as in
 * "troops … in Syria"), and every content word of the question but those asking for the kind
 * of fact and state words is the subject. Verbs are left out even when one noun is all that is
 * left ("how much does it cost to *keep* someone in prison for a year?" is about prison): the
 * kind of fact asked narrows the sentences enough, and the answers say "a prison place", not
 * "keeping someone in prison". A one-word name typed with a capital that the search's core left
 * out ("Ajax", "Millsike") joins that noun. Only when no noun is left are the verbs the subject.
 */
export function subjectOf(question: string, concepts: string[][], terms: string[]): string[][] {
  const toks = words(question);
  const verbs = new Set<string>();
  const inverted = invertedAt(toks.map((t) => t.word));
  toks.forEach((t, i) => {
    const stem = term(t.word);
    if (!stem) return;
    const prev = toks[i - 1]?.word ?? '';
    const prev2 = toks[i - 2]?.word ?? '';
    // After "to" or a modal any word is a verb ("to keep"); after "is", "were" only a participle
    // ("were granted", "are waiting"): "how much is child benefit" asks about child benefit.
    const afterAux =
      (AUXILIARY.has(prev) && (!BE.has(prev) || isParticiple(t.word))) || (AUXILIARY.has(prev2) && /^(?:being|been|also|now|not|up|and)$/.test(prev));
    // A word in "-ings" is a noun ("public buildings", "savings"), though Porter gives it its verb's stem.
    if (/ings$/.test(t.word)) return;
    if (COMMON_VERBS.has(stem) || (afterAux && i - 1 !== inverted)) verbs.add(stem);
    // How something is done ("to go home *voluntarily*"), as a verb is, not what it is about.
    if (t.word.length > 6 && MANNER.test(t.word)) verbs.add(stem);
  });
  // A word typed in capitals is a name, never a verb.
  for (const m of question.matchAll(/\b\p{Lu}[\p{L}\p{N}]*/gu)) {
    const stem = term(m[0].toLowerCase());
    if (stem && m.index! > 0) verbs.delete(stem);
  }
  const periods = periodTerms(question);
  // Only the words asking for the kind of fact asked: "how many *supported* housing homes" asks a
  // count, and "supported" names the housing, though "what support …" would ask for a measure.
  const want = wants(question);
  const factWords = want !== 'any' && want !== 'asked' ? askWords(want, question) : FACT_WORDS;
  const asks = (c: string[]) => c.every((t) => factWords.has(t) || periods.has(t) || GENERIC.has(t) || PREPOSITIONS.has(t));
  const core = alternatives(question, concepts).filter((c) => !asks(c));
  const nouns = core.filter((c) => !c.every((t) => verbs.has(t) || MORE.has(t)));
  if (nouns.length >= 2) return nouns;
  // One noun left: with it, any name typed with a capital that the search's core left out ("how much
  // has the Ministry of Defence spent on Ajax?": the core was "defence" alone).
  if (nouns.length === 1) {
    const inCore = new Set(nouns.flat());
    // A name of one word only: one of several words ("Access to Work") is its name's, not a subject of its own.
    const named = typedNamesIn(question)
      .filter((n) => n.split(/\s+/).length === 1)
      .map((n) => term(fold(n)))
      .filter((t): t is string => !!t && !inCore.has(t) && !GENERIC.has(t) && !FACT_WORDS.has(t));
    return [...nouns, ...[...new Set(named)].map((t) => [t])];
  }
  if (core.length >= 2) return core;
  const hedges = hedgeTerms(question);
  const all = [...new Set([...concepts.flat(), ...terms])].filter((t) => !FACT_WORDS.has(t) && !periods.has(t) && !GENERIC.has(t) && !hedges.has(t));
  // A code's letter and digit parts ("hs" and "2" of "hs2") are the code, not two more subjects.
  const parts = new Set(all.flatMap((t) => (codeParts(t) ?? []).flatMap((p) => [p, term(p) ?? p])));
  return all.filter((t) => !parts.has(t)).map((t) => [t]);
}

/**
 * A text's terms, and its pairs of terms side by side ("tax gap"), from one reading of its
 * words. An abbreviation also stands for its long form's terms ("NECVCU": national, economic,
 * crime …), as in the search.
 */
export function termsOf(s: string, abbreviations: Record<string, string[]> = {}): { terms: Set<string>; pairs: Set<string> } {
  const ts = words(s).map((w) => term(w.word));
  // "A&E" is one term, as the index reads it (text.ts), not a stop word and "e".
  const terms = new Set([...ts.filter((t): t is string => !!t), ...(s.includes('&') ? indexTerms(s).filter((t) => t.includes('&')) : [])]);
  for (const t of [...terms]) for (const l of Object.hasOwn(abbreviations, t) ? abbreviations[t] : []) terms.add(l);
  const pairs = new Set<string>();
  for (let i = 1; i < ts.length; i++) if (ts[i - 1] && ts[i]) pairs.add(`${ts[i - 1]} ${ts[i]}`);
  return { terms, pairs };
}
