// Is the input a question put in words, rather than a list of keywords? Ranking and the
// bot's direct answers both ask.
import { term, terms, words } from './text.ts';

const QUESTION_START = /^(what|how|when|who|whom|whose|why|which|where|whats|hows|whos|wheres|whens|whys|whether|has|have|had|is|are|was|were|did|does|do|can|could|will|would|should|shall|may|might|any|tell me)\b/i;

/** "how much has the government spent …?" is a question; "county lines funding" is a topic. */
export function isQuestion(input: string): boolean {
  const s = input.trim();
  if (!s.endsWith('?') && (/\b[a-z-]+:\S/i.test(s) || s.includes('"'))) return false; // query syntax, not prose
  const n = s.split(/\s+/).length;
  return (s.endsWith('?') && n >= 2) || (QUESTION_START.test(s) && n >= 3);
}

/**
 * The whole country as a question's scope ("how many children are being home-schooled *in
 * England*?", "… in the UK", "… nationwide"): the scope most answers speak for without naming it
 * ("an estimated 92,000 children in home education"), so no word a record must hold. Not
 * "British" or "English" ("English waters", "British beef" name what is asked about), nor
 * "Britain", which a question names as who acts ("how many drones did Britain send …?").
 * Typed forms, compared folded; "united" only before "kingdom".
 */
const WHOLE_SCOPE = new Set('england uk kingdom nationwide nationally'.split(' '));

/** The index terms of the words naming the whole country as this question's scope (see WHOLE_SCOPE). */
export const wholeScopeTerms = (question: string): Set<string> => termsWhere(question, (w, next) => WHOLE_SCOPE.has(w) || (w === 'united' && next === 'kingdom'));

/** The index terms of a question's words that `keep` keeps, told the word typed (folded) and those beside it. */
function termsWhere(question: string, keep: (word: string, next: string | undefined, prev: string | undefined) => boolean): Set<string> {
  const ws = words(question).map((w) => w.word);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const t = term(w);
    if (t && keep(w, ws[i + 1], ws[i - 1])) out.add(t);
  });
  return out;
}

/**
 * Words asking for a measure ("is there any *help* with funeral costs …?", "what *support* is
 * there …", "what *steps* are being taken …"): the kind of fact asked, not the topic, which the
 * answers name by the measure itself ("the Funeral Expenses Payment"). Outside one of the
 * archive's phrases ("child support", "Help to Buy") no part of a question's core; the direct
 * answer leaves them out of the subject too (src/bot/subject.ts). Typed forms, compared folded.
 */
export const MEASURE_WORDS: ReadonlySet<string> = new Set('plan plans step steps measure measures action actions support help assistance advice available availability'.split(' '));

/**
 * "how many *new* homes were built …?", "*extra* police officers", "*additional* places": more of
 * what is asked, or a new one of it, not what it is. No part of a question's core, even where the
 * archive writes it beside its noun ("new homes": that question's core had been "new" alone, its
 * "homes" too common to count). The direct answer leaves them out of the subject too
 * (`MORE` in src/bot/subject.ts). Not "further": "further education" is a name. Typed forms.
 */
export const MORE_WORDS: ReadonlySet<string> = new Set('new extra additional'.split(' '));

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
export const hedgeTerms = (question: string): Set<string> => {
  // "so far"; and "so called", "so-called", which introduce a name, as quotes would: the words it
  // is written with (a hyphenated compound's joined form too) name nothing asked.
  // "according to …" says whose figure is asked, not what it is of.
  const out = termsWhere(
    question,
    (w, next, prev) => HEDGES.has(w) || (w === 'far' && /^(?:so|thus)$/.test(prev ?? '')) || (w === 'called' && prev === 'so') || (w === 'according' && next === 'to'),
  );
  for (const m of question.matchAll(/\bso-called\b/gi)) for (const t of terms(m[0])) out.add(t);
  return out;
};

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
 * Light verbs, of the everyday ones: "get", "go", "keep", "give", "put", "come", "take", "make"
 * say little of their own ("is there any help to *get* young people into work?", "how much is
 * the government *putting* into …?"), and the answers seldom use them. Outside one of the
 * archive's phrases ("come into force" stays) no part of a question's core. Every form, typed,
 * compared folded. The heavier everyday verbs ("send", "build", "stop") often are what is asked
 * ("how many drones did Britain send …?") and stay.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'get gets getting got go goes going went gone keep keeps keeping kept give gives giving gave given put puts putting come comes coming came take takes taking took taken make makes making made'.split(' '),
);

/**
 * Who a count counts when it is anyone: "how many *people* …" asks a number of whoever the answer
 * counts ("3,444 UK Armed Forces personnel"), not about people. Typed forms, compared folded.
 */
export const ANYONE: ReadonlySet<string> = new Set('people persons individuals'.split(' '));

/**
 * Words naming each part or each occurrence of what is counted, before "of": "67 *members* of
 * staff", "85 *cases* of measles", "392,453 *diagnoses* of STIs". "How many cases of gonorrhoea
 * …" asks a count of gonorrhoea however the answer counts it. Typed forms, compared folded.
 */
export const PARTITIVE: ReadonlySet<string> = new Set(
  'member members piece pieces item items unit units case cases diagnosis diagnoses instance instances incident incidents'.split(' '),
);

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

/**
 * The index terms of the words in this text that only name the archive's records (see
 * RECORD_WORDS); in a question about the questions (`ASKED_FRAME`), those naming who asks, and the
 * asking, too ("which MPs have raised water bills?": every record was raised by one).
 */
export function recordTerms(text: string): Set<string> {
  const out = new Set<string>();
  const askers = ASKED_FRAME.test(text);
  for (const { word } of words(text)) {
    const t = RECORD_WORDS.has(word) || (askers && ASKER_WORDS.has(word)) ? term(word) : null;
    if (t) out.add(t);
  }
  return out;
}
const ASKER_WORDS: ReadonlySet<string> = new Set('mp mps member members ask asks raised raise raises tabled table tables'.split(' '));

/**
 * Who a question asks about as having asked ("has *anyone* asked …", "have *any MPs* raised …").
 */
const ASKERS = String.raw`(?:anyone|anybody|someone|somebody|any\s*one|any\s+(?:mps?|members?)|mps?|members?)`;

/**
 * A question about the questions: "has anyone asked about …", "have any MPs raised …", "who asked
 * about …", "what has Rupert Lowe asked about …", "what did Reform MPs ask in July 2025?", "how many
 * questions …", "which questions are overdue?". The list of them answers it, not a sentence of an
 * answer (src/bot/want.ts); a period ending it dates the asking (query.ts). Read on the question in
 * lower case or not.
 */
export const ASKED_FRAME = new RegExp(
  [
    String.raw`^(?:has|have|did|do|does)\s+${ASKERS}\s+(?:\S+\s+){0,2}(?:asked|raised|questioned|tabled|enquired)\b`,
    String.raw`^(?:who|which\s+(?:mps?|members?))\s+(?:\S+\s+){0,2}(?:asks?|asked|raises?|raised|tables?|tabled)\b`,
    // "Raised" not of the thing itself: "has the pension age been raised?" asks whether it went up…
    String.raw`^(?:what\s+)?(?:has|have|did)\s+(?:\S+\s+){1,5}(?:asked|ask|(?<!\bbeen\s+)(?:raised|raise)|tabled)(?:\s+(?:about|on|regarding|concerning|in|during|since|(?:this|last)\s+(?:week|month|year))\b|\s*\??$)`,
    // …unless where or with whom: "has the issue been raised in Parliament?".
    String.raw`^(?:has|have)\s+(?:\S+\s+){1,5}been\s+raised\s+(?:in\s+(?:parliament|the\s+commons|the\s+house)|with\s+(?:the\s+)?(?:ministers?|government|department))\b`,
    String.raw`^(?:have|has|are|were)\s+there\s+(?:been\s+)?(?:any\s+)?(?:written\s+|parliamentary\s+)?(?:questions|pqs)\b`,
    String.raw`^how\s+many\s+(?:written\s+|parliamentary\s+)?(?:questions|pqs)\b`,
    // "what questions are there on SEND?", "which questions are overdue?": the list names them.
    String.raw`^(?:what|which)\s+(?:written\s+|parliamentary\s+)?(?:questions|pqs)\b`,
  ].join('|'),
  'i',
);

/**
 * A question asking what was said, to its verb of saying: "what did the Home Office say …", "what
 * has the minister said …", "has the government responded …", "has the minister commented …".
 * A period ending it dates the saying (query.ts: "what did the minister say in March 2025?").
 */
export const SAID_OPENING = /^(?:what|has|have|did|does|do)\s+(?:\S+\s+){0,4}(?<saying>said|say|says|stated|told\s+\S+|responded|respond|replied|reply|commented|comment|spoken|speak)\b/i;

/**
 * …and on what: "what has the government said *about* …", "did the minister say anything *on* …".
 * Asked so, the answers listed are what was said (src/bot/want.ts); without the topic ("what did
 * the minister say the cost would be?") it may ask a fact of its own.
 */
export const SAID_FRAME = new RegExp(String.raw`${SAID_OPENING.source}\s+(?:anything\s+|something\s+)?(?:about|on|regarding|concerning|re|of)\b`, 'i');

/**
 * A sum asked for as more of it: "how much *extra money* is going into the probation service?",
 * "*additional funding* for …". The archive writes these words together everywhere, so they read as
 * one of its names, and a question's core kept them beside its topic: no record held all four
 * words, and the records holding "extra money" on anything came first. How much is the question's
 * kind of fact (src/bot/want.ts), not its topic. Typed forms, compared folded.
 */
const MORE_OF = new Set('extra additional further more'.split(' '));
const SUM = new Set('money funding funds cash resources investment spending'.split(' '));
export const moreOfSum = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && MORE_OF.has(a) && SUM.has(b);
