// Is the input a question put in words, rather than a list of keywords? Ranking and the
// bot's direct answers both ask.
import { term, words } from './text.ts';

const QUESTION_START = /^(what|how|when|who|whom|whose|why|which|where|whats|hows|whos|wheres|whens|whys|whether|has|have|had|is|are|was|were|did|does|do|can|could|will|would|should|shall|may|might|any|tell me)\b/i;

/** "how much has the government spent …?" is a question; "county lines funding" is a topic. */
export function isQuestion(input: string): boolean {
  const s = input.trim();
  if (!s.endsWith('?') && (/\b[a-z-]+:\S/i.test(s) || s.includes('"'))) return false; // query syntax, not prose
  const n = s.split(/\s+/).length;
  return (s.endsWith('?') && n >= 2) || (QUESTION_START.test(s) && n >= 3);
}

/**
 * Words people pace or hedge a question with ("roughly how many …", "has the UK actually …",
 * "… so far?"): in everyday speech they are common, in the archive rare, so rarity would make
 * them look like the topic. Typed forms, compared folded; "far" only after "so" or "thus".
 */
const HEDGES = new Set(
  [
    'actually really roughly approximately exactly precisely still ever even already yet currently presently',
    'anything something everything basically generally typically usually overall',
    'officially formally supposedly supposed apparently finally ultimately',
  ]
    .join(' ')
    .split(' '),
);

/** The index terms of the words that only pace or hedge this question (see HEDGES). */
export function hedgeTerms(question: string): Set<string> {
  const ws = words(question).map((w) => w.word);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const t = term(w);
    if (t && (HEDGES.has(w) || (w === 'far' && /^(?:so|thus)$/.test(ws[i - 1] ?? '')))) out.add(t);
  });
  return out;
}

/**
 * Everyday verbs: what a question says is done ("sent back", "get", "take"), rarely what it is
 * about. Typed forms, compared folded. The direct answer leaves them out of a question's subject;
 * the ranking takes one with its particle ("go back") for a phrasal verb, not one of the archive's
 * names (engine.ts, with the forms no noun takes: "sent", "started").
 */
export const EVERYDAY_VERBS: ReadonlySet<string> = new Set(
  (
    'get got take taken took make made run running go goes went give given buy bought build built pay paid lend lent spend spent hold held keep kept sell sold ' +
    'send sent put set cut tackle halt stop start started begin begun use used open close help ensure reduce improve increase address deal happen cannot unable'
  ).split(' '),
);

/**
 * Who a count counts when it is anyone: "how many *people* …" asks a number of whoever the answer
 * counts ("3,444 UK Armed Forces personnel"), not about people. Typed forms, compared folded.
 */
export const ANYONE: ReadonlySet<string> = new Set('people persons individuals'.split(' '));

/**
 * Words that name the archive's own kind of record ("questions on county lines", "written answers
 * about …", "PQs"): said of every record, they name no topic. Typed forms, compared folded.
 */
export const RECORD_WORDS: ReadonlySet<string> = new Set('question questions answer answers reply replies written pq pqs wq wqs'.split(' '));

/** Whether a typed word only names the archive's records (RECORD_WORDS) or is a stop word: it names no topic. */
export function namesNothing(word: string): boolean {
  const w = word.toLowerCase();
  return RECORD_WORDS.has(w) || !term(w);
}

/** The index terms of the words in this text that only name the archive's records (see RECORD_WORDS). */
export function recordTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const { word } of words(text)) {
    const t = RECORD_WORDS.has(word) ? term(word) : null;
    if (t) out.add(t);
  }
  return out;
}
