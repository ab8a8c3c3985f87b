// The ranking's signals and tuned constants, in one place: each is named and explained here,
// switched off for an ablation by QA_RANK_OFF, and measured in docs/ranking.md's table. The
// engine (engine.ts) reads them; nothing here reads the archive.

/** The fields indexed, each weighed by FIELD_BOOST. */
export const FIELDS = ['heading', 'questionText', 'answerText', 'answeringBody', 'members'] as const;

/**
 * Ranking signals that can be switched off for an ablation (docs/ranking.md):
 * QA_RANK_OFF=proximity,recency npm run eval. Every signal is on in normal use.
 */
export const RANK_SIGNALS = [
  'fields',
  'coverage',
  'phrase-tier',
  'heading-feedback',
  'own-words',
  'clipped',
  'answers-first',
  'question-core',
  'counted-share',
  'recency',
  'abbreviations',
  'heading-coverage',
  'heading-abbreviations',
  'relaxed-feedback',
  'bag-unknown-pairs',
  'period',
  'hedges',
  'record-words',
  'phrasal-verbs',
  'name-company',
  'typed-names',
  'fill-page',
  'two-word-topics',
  'question-topics',
  'asked-of',
  'more-money',
  'place-scope',
  'absent-names',
  'typed-name-held',
  'whole-scope',
  'measure-words',
  'more-words',
  'light-verbs',
  'own-words-tier',
  'aim-verbs',
] as const;
/** The signals switched off for this process (QA_RANK_OFF), read once at start. */
const OFF = new Set((process.env.QA_RANK_OFF ?? '').split(',').map((s) => s.trim()).filter(Boolean));
/** Whether a signal is on: every one is, but for an ablation. */
export const on = (s: (typeof RANK_SIGNALS)[number]) => !OFF.has(s);

/** Field weights (each field's BM25 score times its weight, summed): a heading names the topic; the question states it; the answer discusses it. */
export const FIELD_BOOST: Record<(typeof FIELDS)[number], number> = on('fields')
  ? { heading: 3, questionText: 2, answerText: 1, answeringBody: 1, members: 1 }
  : { heading: 1, questionText: 1, answerText: 1, answeringBody: 1, members: 1 };

/** Records read to decide whether two words form a concept, and the share that must have them together. */
export const COLLOCATION_SAMPLE = 40;
export const COLLOCATION_SHARE = 0.3;
/**
 * And how many must, at the least: one record of the three holding "sewage" and "spills" has them
 * together, a question awaiting an answer, which the phrase tier then put above every answer. Words
 * met together once are no sign the archive names anything by them.
 */
export const COLLOCATION_MIN_TOGETHER = 2;
/** In a question, words in more than this share of records are framing, not topic. */
export const QUESTION_COMMON_DF = 0.1;
/**
 * A word typed with a capital inside a question (not its first word) and in fewer than this share
 * of records is a name the question is about ("Myanmar", 54 records of 58,173; "JobStart", 1),
 * whatever phrases the archive shows around it; commoner ones ("Government", "UK", "NHS") are
 * framing as other common words are.
 */
export const TYPED_NAME_DF = 0.003;

/** Largest multiplier for being the newest record (× 1 + 0.15 · e^−age in years). */
export const RECENCY_BOOST = on('recency') ? 0.15 : 0;
export const QUESTION_CORE = on('question-core');
/** Heading feedback: how many top results are read, the share a heading needs, its largest boost. */
export const FEEDBACK_DEPTH = 20;
export const FEEDBACK_SHARE = 0.2;
export const HEADING_BOOST = 1.5;
export const HEADING_FEEDBACK = on('heading-feedback');
/**
 * When the words are relaxed, the headings of the records holding all of them (at least this
 * many: fewer say too little about a topic) choose the topic for the records holding some.
 */
export const RELAXED_FEEDBACK = on('relaxed-feedback');
export const RELAXED_FEEDBACK_MIN = 5;
/** A record filed under the query's topic heading pays for its missing words once (× coverage), not squared. */
export const HEADING_COVERAGE = on('heading-coverage');
/** Multiplier for a record whose answer text the source clipped. */
export const CLIPPED_FACTOR = on('clipped') ? 0.8 : 1;
/** Weight of a spelling variant's score, as in MiniSearch's `weights.fuzzy`. */
export const FUZZY_WEIGHT = 0.6;

/** Share of the collection above which a word is too common to help find anything. */
export const COMMON_DF = 0.2;
/** Share of records above which a query made only of such words is refused as saying nothing. */
export const UBIQUITOUS_DF = 0.5;
/** …only in an archive big enough for "nearly every" to mean something (and to need pruning). */
export const UBIQUITY_MIN_ARCHIVE = 1000;
/** How much of an answer the proximity check reads. */
export const PROXIMITY_ANSWER_CHARS = 3000;
/** Candidates re-ranked with proximity; beyond this BM25's order stands. */
export const RERANK = 100;
/** Up to this many query terms, coverage is looked up by mask (a table of 2^terms entries, 4,096 at most). */
export const COVERAGE_TABLE_TERMS = 12;
/** Answered records lead a relevance ranking; those awaiting an answer follow (still found). */
export const ANSWERS_FIRST = on('answers-first');
/**
 * Fewest records holding all of the words before the query is relaxed to "most of the words":
 * a page of results. (5 before; 10 raised topic nDCG on the second dev set, 10 queries up, 2 down.)
 */
export const MIN_RESULTS = 10;
/** How many of the records holding a surname's stem in their text are read for the surname as typed. */
export const SURNAME_SAMPLE = 20;
/** The fields holding a record's own words (not its department's or members' names). */
export const TEXT_FIELDS = ['heading', 'questionText', 'answerText'] as const;
/**
 * Fewest words (stop words aside) a query has to be read as a bag of words, a known item lifted
 * from a question: 398 of the dev sets' 400 known items have three or more; two are a topic.
 */
export const BAG_FROM = 3;
/**
 * Fewest words (stop words aside) a list of keywords has for the records whose own heading and
 * question hold every one of them to come first, ahead of answers holding them in their text,
 * when the words are not read as a bag (some pair of them is a name of the archive's: "aviation
 * authority staff employed") nor as one phrase (`own-words-tier`). Four or more typed words are
 * mostly a question looked for; at three (0.850 → 0.847 on `more`: "free childcare hours", "farm
 * animal cages", "workers rights bill" lose), a topic as often (docs/ranking.md).
 */
export const OWN_TIER_FROM = 4;
export const TWO_WORD_TOPICS = on('two-word-topics');
/** A question put in words is never a bag of words: it asks for answers, and they lead. */
export const QUESTION_TOPICS = on('question-topics');
/** A relaxed query still holding fewer than a page is filled to one with records holding fewer of its words. */
export const FILL_PAGE = on('fill-page');

/**
 * Fewest records holding a name ("county lines") for their departments and headings to say
 * which records holding its words apart are on the topic (as few as a collocation needs).
 */
export const NAME_COMPANY_MIN = 3;
/**
 * A word of a name is bound to it when, of the records filed under the name's headings that hold
 * the word, at least `NAME_BOUND_SHARE` (four in five) hold the other word too, and at least
 * `NAME_BOUND_MIN` records say so. 0.6 to 1 drop the same records on both dev sets and the
 * bundled archive; 3 records would leave the bundled archive's `county lines` (two such records)
 * as it was.
 */
export const NAME_BOUND_SHARE = 0.8;
export const NAME_BOUND_MIN = 2;
/** A record's score is weighed by the share of the query's concepts it holds, squared. */
export const COVERAGE = on('coverage');
/** Whether a record holds "all" or "most" of the words counts words, not their idf weights. */
export const COUNTED_SHARE = on('counted-share');
/** Abbreviations the archive defines are also satisfied by their long form (abbreviations.ts). */
export const ABBREVIATIONS = on('abbreviations');
/** …and those the subject headings spell out ("FE": Further Education), for a word typed as an abbreviation. */
export const HEADING_ABBREVIATIONS = ABBREVIATIONS && on('heading-abbreviations');
/** A long form of one index term ("Further Education": "further" is a stop word) says too little to stand for an abbreviation. */
export const ABBREVIATION_MIN_TERMS = 2;
