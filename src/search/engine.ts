// The search engine: MiniSearch finds and scores candidates (BM25 over terms), then a
// second pass ranks them the way a reader would: answers that cover all of the topic's
// words, with those words next to each other, come first.
import MiniSearch, { type SearchResult as MsResult } from 'minisearch';
import type { QaRecord } from '../record.ts';
import type { Hit } from '../bot/reply.ts';
import { QueryError, type SearchRequest, type SearchResponse, type Searcher } from './types.ts';
import { parseQuery, hasCriteria, type ParsedQuery, type Alternative } from './query.ts';
import { escapeRe, fold, foldForMatch, phraseRegex, terms, tokenizeForIndex, words } from './text.ts';
import { hasRecordFilters, passesFilters, recordDate } from './filters.ts';
import { makeExcerpt } from './excerpt.ts';
import { correction } from './spell.ts';
import { isQuestion } from './question.ts';
import { internals } from './internals.ts';

export const FIELDS = ['heading', 'questionText', 'answerText', 'answeringBody', 'members'] as const;

/** Field weights: a heading names the topic; the question states it; the answer discusses it. */
export const FIELD_BOOST: Record<(typeof FIELDS)[number], number> = {
  heading: 3,
  questionText: 2,
  answerText: 1,
  answeringBody: 1,
  members: 1,
};

export function extractField(r: QaRecord, field: string): string {
  switch (field) {
    case 'id':
      return r.id;
    case 'members':
      return [r.askingMember?.name, r.answeringMember?.name].filter(Boolean).join(' ');
    default: {
      const v = (r as Record<string, unknown>)[field];
      return typeof v === 'string' ? v : '';
    }
  }
}

export function miniSearchOptions() {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [] as string[],
    extractField: (doc: unknown, field: string) => extractField(doc as QaRecord, field),
    tokenize: tokenizeForIndex,
    // tokenizeForIndex already returns final terms (stop words out, stemmed).
    processTerm: (t: string) => t,
  };
}

export function buildMiniSearch(records: Iterable<QaRecord>): MiniSearch<QaRecord> {
  const ms = new MiniSearch<QaRecord>(miniSearchOptions());
  const batch: QaRecord[] = [];
  for (const r of records) {
    batch.push(r);
    if (batch.length === 5000) ms.addAll(batch.splice(0));
  }
  ms.addAll(batch);
  return ms;
}

interface Ranked {
  id: string;
  score: number;
  /** Document terms that matched (fuzzy variants included), for highlighting. */
  matched: readonly string[];
}

/** One thing the query asks about: any of `terms` satisfies it. */
interface Concept {
  terms: string[];
  weight: number;
  /** Present in the index at all? Unknown words are typos until shown otherwise. */
  known: boolean;
  /** A word of a quoted phrase: highlighted only as part of the phrase. */
  inPhrase?: boolean;
  /** For a plain word: the word as typed and its position among the query's words. */
  word?: string;
  pos?: number;
  /** An unknown word replaced by the archive's word one edit away (see spell.ts). */
  corrected?: boolean;
}

interface Scored extends Ranked {
  /** All of the query's word pairs (or, for a question, its concepts) stand together in the record. */
  phrase?: boolean;
  /** Filed under a heading that the best matches crowd under (see headingFeedback). */
  topical?: boolean;
  /** Share (by weight) of the core concepts the record contains. */
  coverage: number;
  /** Query terms the record matched. */
  terms: readonly string[];
}

/** Two adjacent query words and the pattern that finds them together in a text. */
interface Pair {
  a: Concept;
  b: Concept;
  re: RegExp;
  /** Literal starts of both words: a text without them cannot match `re` (a cheap test first). */
  needles: [string, string];
}

/** Records read to decide whether two words form a concept, and the share that must have them together. */
const COLLOCATION_SAMPLE = 40;
const COLLOCATION_SHARE = 0.3;
/** In a question, words in more than this share of records are framing, not topic. */
const QUESTION_COMMON_DF = 0.1;
/** Largest multiplier for query words standing together, and for being the newest record. */
const PROXIMITY_BOOST = 1;
/** Weight of a refining (non-concept) word's score against a concept word's. */
const LOOSE_TERM_BOOST = 0.15;
const RECENCY_BOOST = 0.15;
/** Heading feedback: how many top results are read, the share a heading needs, its largest boost. */
const FEEDBACK_DEPTH = 20;
const FEEDBACK_SHARE = 0.2;
const HEADING_BOOST = 1.5;
/** Multiplier for a record whose answer text the source clipped. */
const CLIPPED_FACTOR = 0.8;
/** Multiplier for an unanswered record when the query is a question. */
const UNANSWERED_IN_QUESTION = 0.6;

/** Share of the collection above which a word is too common to help find anything. */
const COMMON_DF = 0.2;
/** Share of records above which a query made only of such words is refused as saying nothing. */
const UBIQUITOUS_DF = 0.5;
/** …only in an archive big enough for "nearly every" to mean something (and to need pruning). */
const UBIQUITY_MIN_ARCHIVE = 1000;
/** How much of an answer the proximity check reads. */
const PROXIMITY_ANSWER_CHARS = 3000;
/** Candidates re-ranked with proximity; beyond this MiniSearch's order stands. */
const RERANK = 100;
/** Fewest results worth showing before the query is relaxed to "most of the words". */
const MIN_RESULTS = 5;

export class Engine implements Searcher {
  private readonly byId: Map<string, QaRecord>;
  private dfCache = new Map<string, number>();
  private questionKeys = new Map<string, string>();
  private newest: number | undefined;
  private collocationCache = new Map<string, boolean>();

  constructor(
    readonly index: MiniSearch<QaRecord>,
    records: Iterable<QaRecord>,
  ) {
    this.byId = new Map();
    for (const r of records) this.byId.set(r.id, r);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): QaRecord | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<QaRecord> {
    return this.byId.values();
  }

  /** Number of documents containing `term` in any field (MiniSearch keeps it per field). */
  df(term: string): number {
    const cached = this.dfCache.get(term);
    if (cached !== undefined) return cached;
    // MiniSearch has no public document-frequency call; its term index is a map of
    // field id → (document → frequency). Read-only use.
    const entry = internals(this.index)._index.get(term);
    let n = 0;
    if (entry) {
      if (entry.size === 1) n = [...entry.values()][0].size;
      else {
        const docs = new Set<number>();
        for (const m of entry.values()) for (const d of m.keys()) docs.add(d);
        n = docs.size;
      }
    }
    if (this.dfCache.size > 50_000) this.dfCache.clear();
    this.dfCache.set(term, n);
    return n;
  }

  private idf(df: number): number {
    const N = Math.max(1, this.index.documentCount);
    return Math.log(1 + (N - df + 0.5) / (df + 0.5));
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    return this.searchSync(req);
  }

  /** Parse, retrieve, filter and order every matching record. */
  private rankAll(req: SearchRequest) {
    const parsed = parseQuery(req.query);
    if (!hasCriteria(parsed)) {
      throw new QueryError('There is nothing to search for in that query.', 'Type a few words that name the topic, for example county lines.');
    }
    const notices: string[] = [];
    const { concepts, phrases, common } = this.concepts(parsed);
    const filtering = !!req.onlyIds || hasRecordFilters(parsed.filters) || parsed.exclude.length > 0;
    const filter = filtering
      ? (r: QaRecord) => (!req.onlyIds || req.onlyIds.has(r.id)) && passesFilters(r, parsed.filters) && !this.excluded(r, parsed.exclude)
      : undefined;

    let ranked: Ranked[];
    const N = Math.max(1, this.index.documentCount);
    if (
      N >= UBIQUITY_MIN_ARCHIVE &&
      concepts.length > 0 &&
      phrases.length === 0 &&
      !hasRecordFilters(parsed.filters) &&
      concepts.every((c) => c.known && c.terms.every((t) => this.df(t) / N > UBIQUITOUS_DF))
    ) {
      // "secretary of state" is in nearly every question: ranking them all would say nothing.
      throw new QueryError('Those words are in nearly every question in the archive.', 'Add a word that names the topic, or a filter such as dept:dwp or from:2025.');
    }
    if (concepts.length === 0) {
      // Filters only (e.g. "dept:dwp from:2025"): every record that passes, newest first.
      if (parsed.groups.length > 0 && !hasRecordFilters(parsed.filters)) {
        throw new QueryError('Those words are too common to search for on their own.', 'Add a word that names the topic, for example "pension credit".');
      }
      ranked = [];
      for (const r of this.byId.values()) if (!filter || filter(r)) ranked.push({ id: r.id, score: 0, matched: [] });
      if (parsed.sort === 'relevance') parsed.sort = 'newest';
    } else {
      ranked = this.rank(parsed, concepts, phrases, filter, notices, common);
    }

    if (parsed.sort !== 'relevance') {
      const dir = parsed.sort === 'newest' ? -1 : 1;
      ranked.sort((a, b) => {
        const da = recordDate(this.byId.get(a.id)!) ?? '';
        const db = recordDate(this.byId.get(b.id)!) ?? '';
        return da === db ? b.score - a.score : da < db ? -dir : dir;
      });
    }
    return { ranked, concepts, common, phrases, notices };
  }

  async matchAll(query: string): Promise<QaRecord[]> {
    return this.rankAll({ query }).ranked.map((s) => this.byId.get(s.id)!);
  }

  searchSync(req: SearchRequest): SearchResponse {
    const { ranked, concepts: used, common, phrases, notices } = this.rankAll(req);
    // Words dropped from the lookup as too common are still the user's words: mark them too.
    const concepts = [...used, ...common];
    const limit = Math.max(1, Math.min(req.limit ?? 10, 100));
    const offset = Math.max(0, req.offset ?? 0);
    const grouped = this.groupSameQuestion(ranked);
    const page = grouped.slice(offset, offset + limit);
    const termList = [...new Set(concepts.filter((c) => !c.inPhrase).flatMap((c) => c.terms))];
    const phraseOnly = new Set(concepts.filter((c) => c.inPhrase).flatMap((c) => c.terms).filter((t) => !termList.includes(t)));
    const hits: Hit[] = page.map((g) => {
      const record = this.byId.get(g.id)!;
      const hit: Hit = {
        record,
        score: g.score,
        excerpt: makeExcerpt(record, { terms: new Set([...termList, ...g.matched.filter((t) => !phraseOnly.has(t))]), phrases }),
      };
      if (g.also.length) {
        hit.alsoAskedOf = g.also.map((id) => {
          const r = this.byId.get(id)!;
          return { id, answeringBody: r.answeringBody, url: r.url };
        });
      }
      return hit;
    });
    return { total: grouped.length, hits, notices, terms: termList };
  }

  /** Turn the query's words into concepts with weights; say which words were left out. */
  private concepts(parsed: ParsedQuery): { concepts: Concept[]; phrases: string[]; common: Concept[] } {
    const concepts: Concept[] = [];
    const phrases: string[] = [];
    const N = Math.max(1, this.index.documentCount);
    const make = (ts: string[], word?: string, pos?: number): Concept => {
      const df = Math.max(...ts.map((t) => this.df(t)));
      const c: Concept = { terms: ts, weight: this.idf(df), known: df > 0, word, pos };
      const fix = !c.known && word ? correction(word, (t) => this.df(t)) : undefined;
      if (fix) {
        c.terms = [fix.term];
        c.word = fix.word;
        c.weight = this.idf(this.df(fix.term));
        c.known = true;
        c.corrected = true;
      } else if (!c.known && word) {
        // A misspelt ending defeats the stemmer ("hospitaltiy"): also try the longest start
        // of the word that the archive knows as a term.
        for (let n = word.length - 1; n >= 5; n--) {
          const prefix = word.slice(0, n);
          if (this.df(prefix) > 0) {
            c.terms = [...ts, prefix];
            break;
          }
        }
      }
      return c;
    };
    let pos = 0;
    for (const g of parsed.groups) {
      if (g.alternatives.length === 1) {
        const alt = g.alternatives[0];
        if (alt.kind === 'phrase') {
          phrases.push(alt.text);
          for (const t of terms(alt.text)) concepts.push({ ...make([t]), inPhrase: true });
          pos += 2;
          continue;
        }
        // Each word is its own concept; a hyphen's joined form also satisfies either part.
        const parts = terms(alt.text);
        const joined = parts.length > 1 ? parts[parts.length - 1] : undefined;
        const own = joined ? parts.slice(0, -1) : parts;
        const word = fold(alt.text).replace(/[^\p{L}\p{N}]/gu, '');
        // A code typed as one word ("HCWS342": hcw, 342) stays one word for its neighbours.
        const oneWord = own.length === 1 || /^[\p{L}\p{N}]+$/u.test(alt.text);
        for (const p of own) concepts.push(make(joined ? [p, joined] : [p], oneWord ? word : undefined, pos));
        pos++;
      } else {
        // OR: any alternative's words satisfy the group.
        const ts = [...new Set(g.alternatives.flatMap((a) => terms(a.text)))];
        if (ts.length) concepts.push(make(ts));
        for (const a of g.alternatives) if (a.kind === 'phrase') phrases.push(a.text);
        pos += 2;
      }
    }
    // Very common words ("secretary" is in nearly every question) cost the most to look up and
    // decide nothing: drop them while rarer words remain. Phrase words stay (the phrase needs them).
    const rare = concepts.filter((c) => c.inPhrase || !c.known || c.terms.some((t) => this.df(t) / N < COMMON_DF));
    if (N >= UBIQUITY_MIN_ARCHIVE && rare.length > 0 && rare.length < concepts.length) {
      return { concepts: rare, phrases, common: concepts.filter((c) => !rare.includes(c)) };
    }
    return { concepts, phrases, common: [] };
  }

  private fuzziness(term: string): number {
    if (/\d/.test(term)) return 0;
    if (term.length >= 6) return 2;
    if (term.length >= 4) return 1;
    return 0;
  }

  private rank(
    parsed: ParsedQuery,
    concepts: Concept[],
    phrases: string[],
    filter: ((r: QaRecord) => boolean) | undefined,
    notices: string[],
    common: Concept[] = [],
  ): Ranked[] {
    const allTerms = [...new Set(concepts.flatMap((c) => c.terms))];
    const unknown = new Set(concepts.filter((c) => !c.known).flatMap((c) => c.terms));
    const searchOptions = {
      tokenize: (s: string) => [s],
      processTerm: (t: string) => t,
      // Only words missing from the archive are treated as typos: an exact word is never drowned by its neighbours.
      fuzzy: (t: string) => (unknown.has(t) ? this.fuzziness(t) : false),
      weights: { fuzzy: 0.6, prefix: 0.3 },
      prefix: false,
      boost: FIELD_BOOST,
    };
    // In a question put in words, the topic is what matters: multi-word concepts, when the
    // archive shows some, and the words that are not everyday ones. The other words (money,
    // plans, government …) only refine the order. A typed list of keywords keeps every word.
    const N = Math.max(1, this.index.documentCount);
    let core = concepts;
    // Word pairs come from the whole query, common words included ("access to work").
    const pairs = this.pairs(common.length ? [...concepts, ...common].sort((a, b) => (a.pos ?? Infinity) - (b.pos ?? Infinity)) : concepts);
    let collocs: Pair[] = [];
    if (isQuestion(parsed.raw)) {
      collocs = pairs.filter((p) => this.isCollocation(p, searchOptions));
      const inColloc = new Set(collocs.flatMap((c) => [c.a, c.b]));
      const topical = concepts.filter((c) => (inColloc.size ? inColloc.has(c) : true) && (!c.known || c.terms.some((t) => this.df(t) / N < QUESTION_COMMON_DF)));
      if (topical.length) core = topical;
    }
    const looseTerms = new Set(concepts.filter((c) => !core.includes(c)).flatMap((c) => c.terms));
    const results = this.index.search(
      { combineWith: 'OR', queries: allTerms },
      {
        ...searchOptions,
        boostTerm: (t: string) => (looseTerms.has(t) ? LOOSE_TERM_BOOST : 1),
        // No callback at all when nothing is filtered: it runs once per matching record.
        ...(filter ? { filter: (res: MsResult) => filter(this.byId.get(res.id as string)!) } : {}),
      },
    );

    const phrasePatterns = phrases.map(phraseRegex);
    const coreWeight = core.reduce((s, c) => s + c.weight, 0) || 1;
    const scored: Scored[] = [];
    for (const res of results) {
      const q = res.queryTerms;
      let covered = 0;
      for (const c of core) if (c.terms.some((t) => q.includes(t))) covered += c.weight;
      const coverage = covered / coreWeight;
      scored.push({ id: res.id as string, score: res.score * coverage * coverage, coverage, matched: res.terms, terms: q });
    }

    // Exact phrases are required: check the text of the records that have all their words.
    let pool = scored;
    if (phrasePatterns.length) {
      pool = pool.filter((s) => {
        const text = foldForMatch(searchableText(this.byId.get(s.id)!));
        return phrasePatterns.every((p) => p.test(text));
      });
    }

    // Relax from "all the words" to "most of them" only when all of them find too little.
    let chosen = pool;
    for (const tau of [0.999, 0.75, 0.5]) {
      const kept = pool.filter((s) => s.coverage >= tau);
      chosen = kept;
      if (kept.length >= MIN_RESULTS) break;
    }
    if (chosen.length === 0) chosen = pool;
    if (core.length > 1 && chosen.some((s) => s.coverage < 0.999)) {
      notices.push('Few answers contain all of your words, so these contain most of them.');
    }
    if (concepts.some((c) => c.corrected) && results.length) {
      notices.push('Some words were not in the archive; close spellings were used.');
    } else if (unknown.size && results.length) {
      const fixed = [...unknown].filter((t) => !scored.some((s) => s.terms.includes(t) && !s.matched.includes(t)));
      if (fixed.length < unknown.size) notices.push('Some words were not in the archive; close spellings were used.');
    }

    chosen.sort((a, b) => b.score - a.score);
    const top = chosen.slice(0, RERANK);
    // Do the query's adjacent words form concepts in this archive? Decided once, on the best
    // matches before re-ranking.
    const together = new Map(pairs.map((p) => [p, collocs.includes(p) || this.collocatedIn(p, chosen)] as const));
    // Words the archive shows form no concept at all are a bag of words, most often lifted from
    // the question someone is looking for (a known item), not a topic.
    const bagOfWords = pairs.length > 0 && pairs.every((p) => together.get(p) === false);
    // The archive's own multi-word concepts, when the question has them, decide proximity.
    this.proximityRerank(top, collocs.length ? collocs : pairs);
    // A known item's date says nothing about whether it is the one looked for: no nudge.
    if (!bagOfWords) this.recencyTieBreak(top);
    // A clipped answer looks short to BM25 (it is scored on 255 characters), which flatters
    // it against complete ones; and it shows the reader less. Undo part of that advantage.
    for (const s of top) if (this.byId.get(s.id)!.answerTextClipped) s.score *= CLIPPED_FACTOR;
    // Someone asking a question wants answers: records still awaiting one step back.
    if (isQuestion(parsed.raw)) for (const s of top) if (!this.byId.get(s.id)!.answerText) s.score *= UNANSWERED_IN_QUESTION;
    chosen.sort((a, b) => b.score - a.score);
    chosen = this.headingFeedback(chosen, pool);
    // A bag of words is most often lifted from the question looked for: records whose own words
    // (heading and question, not the department's answer) hold all of them come first, and
    // among those, the ones holding more of the words as typed (not only as stems).
    if (bagOfWords) {
      const own = this.ownWords(chosen.slice(0, RERANK), core);
      const rank = (s: Scored) => own.get(s.id) ?? -1;
      chosen.sort((a, b) => rank(b) - rank(a) || b.score - a.score);
    }
    // Records with the query as a phrase, or filed under the query's topic heading, come
    // before records that merely contain the words somewhere.
    // Only when the archive shows the words form a concept ("county lines"), not for a bag of words.
    if (pairs.length && pairs.every((p) => together.get(p))) {
      const tier = (s: Scored) => Number(!!(s.phrase || s.topical));
      chosen.sort((a, b) => tier(b) - tier(a) || b.score - a.score);
    }
    return chosen;
  }

  /**
   * Parliament files every question under a subject heading ("Housing: Construction",
   * "Coronavirus: Vaccination"): a controlled vocabulary. When the best matches crowd under
   * a few headings, those headings are the query's topic: records filed there that match
   * part of the query join the results, and all records filed there rank higher.
   */
  private headingFeedback(chosen: Scored[], pool: Scored[]): Scored[] {
    const top = chosen.slice(0, FEEDBACK_DEPTH);
    if (top.length < FEEDBACK_DEPTH / 2) return chosen;
    const counts = new Map<string, number>();
    for (const s of top) {
      const h = this.byId.get(s.id)!.heading;
      if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
    }
    const share = new Map<string, number>();
    for (const [h, n] of counts) if (n / top.length >= FEEDBACK_SHARE) share.set(h, n / top.length);
    if (share.size === 0) return chosen;
    const inChosen = new Set(chosen.map((s) => s.id));
    const out = [...chosen];
    for (const s of pool) {
      if (!inChosen.has(s.id) && s.coverage > 0 && share.has(this.byId.get(s.id)!.heading ?? '')) out.push(s);
    }
    for (const s of out) {
      const sh = share.get(this.byId.get(s.id)!.heading ?? '');
      if (sh) {
        s.score *= 1 + HEADING_BOOST * sh;
        s.topical = true;
      }
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /**
   * The records whose heading and question contain every concept (words the archive does not
   * know are not asked for), each with how many of the query's words it has there as typed.
   */
  private ownWords(records: Scored[], concepts: Concept[]): Map<string, number> {
    const wanted = concepts.filter((c) => c.known);
    const typed = [...new Set(wanted.flatMap((c) => (c.word ? [c.word] : [])))];
    const out = new Map<string, number>();
    if (wanted.length === 0) return out;
    for (const s of records) {
      const r = this.byId.get(s.id)!;
      const text = `${r.heading ?? ''} \n ${r.questionText}`;
      const own = new Set(terms(text));
      if (!wanted.every((c) => c.terms.some((t) => own.has(t)))) continue;
      const surface = new Set(words(text).map((w) => w.word.replace(/[^\p{L}\p{N}]/gu, '')));
      out.set(s.id, typed.filter((w) => surface.has(w)).length);
    }
    return out;
  }

  /** Adjacent query words (a small word may stand between, as in "cost of living"). */
  private pairs(concepts: Concept[]): Pair[] {
    const out: Pair[] = [];
    for (let i = 0; i + 1 < concepts.length; i++) {
      const a = concepts[i];
      const b = concepts[i + 1];
      if (a.pos === undefined || b.pos === undefined || b.pos === a.pos || b.pos - a.pos > 2 || !a.word || !b.word) continue;
      out.push({ a, b, re: pairRegex(a.word, b.word), needles: [stemish(a.word), stemish(b.word)] });
    }
    return out;
  }

  /**
   * Do two adjacent query words form a multi-word concept in this archive? Among the best
   * records containing both, do they mostly stand together? Cached: the archive decides.
   */
  private isCollocation(p: Pair, options: object): boolean {
    const key = `${p.a.word} ${p.b.word}`;
    const cached = this.collocationCache.get(key);
    if (cached !== undefined) return cached;
    const both = this.index.search(
      { combineWith: 'AND', queries: [{ combineWith: 'OR', queries: p.a.terms }, { combineWith: 'OR', queries: p.b.terms }] },
      options,
    );
    const sample = both.slice(0, COLLOCATION_SAMPLE);
    const together = sample.filter((r) => p.re.test(foldForMatch(searchableText(this.byId.get(r.id as string)!)))).length;
    const yes = sample.length >= 3 && together / sample.length >= COLLOCATION_SHARE;
    if (this.collocationCache.size > 10_000) this.collocationCache.clear();
    this.collocationCache.set(key, yes);
    return yes;
  }

  /**
   * The same question as isCollocation, asked of records already ranked (no extra lookup):
   * among the best records holding both words, do they mostly stand together? Undefined when
   * too few records hold both to say.
   */
  private collocatedIn(p: Pair, ranked: Scored[]): boolean | undefined {
    let both = 0;
    let together = 0;
    for (const s of ranked.slice(0, RERANK)) {
      const text = foldForMatch(searchableText(this.byId.get(s.id)!));
      if (!text.includes(p.needles[0]) || !text.includes(p.needles[1])) continue;
      both++;
      if (p.re.test(text)) together++;
      if (both === COLLOCATION_SAMPLE) break;
    }
    return both >= 3 ? together / both >= COLLOCATION_SHARE : undefined;
  }

  /** Records where the query's word pairs stand together rank higher (most in heading or question). */
  private proximityRerank(top: Scored[], pairs: Pair[]): void {
    if (pairs.length === 0) return;
    for (const s of top) {
      const r = this.byId.get(s.id)!;
      const head = foldForMatch(`${r.heading ?? ''} . ${r.questionText}`);
      // The opening of an answer says what it is about; reading all of a long one costs more than it tells.
      const answer = foldForMatch((r.answerText ?? '').slice(0, PROXIMITY_ANSWER_CHARS));
      let bonus = 0;
      let together = 0;
      for (const p of pairs) {
        const may = (t: string) => t.includes(p.needles[0]) && t.includes(p.needles[1]);
        if (may(head) && p.re.test(head)) bonus += 1;
        else if (may(answer) && p.re.test(answer)) bonus += 0.6;
        else continue;
        together++;
      }
      s.score *= 1 + PROXIMITY_BOOST * (bonus / pairs.length);
      // Every pair standing together is the query as a phrase: a reader ranks that first.
      s.phrase = together === pairs.length;
    }
  }

  /** Between equally good answers, the more recent is the more useful: a light nudge. */
  private recencyTieBreak(top: Scored[]): void {
    if (this.newest === undefined) {
      let newest = '';
      for (const r of this.byId.values()) {
        const d = recordDate(r);
        if (d && d > newest) newest = d;
      }
      this.newest = newest ? Date.parse(newest) : 0;
    }
    for (const s of top) {
      const d = recordDate(this.byId.get(s.id)!);
      if (!d || !this.newest) continue;
      const ageYears = Math.max(0, (this.newest - Date.parse(d)) / (365.25 * 864e5));
      s.score *= 1 + RECENCY_BOOST * Math.exp(-ageYears);
    }
  }

  /** Identical questions put to several departments show once, with the others listed. */
  private groupSameQuestion(ranked: Ranked[]) {
    const out: (Ranked & { also: string[] })[] = [];
    const seen = new Map<string, number>();
    for (const s of ranked) {
      const key = this.questionKey(s.id);
      const at = key ? seen.get(key) : undefined;
      if (at !== undefined) {
        out[at].also.push(s.id);
        continue;
      }
      if (key) seen.set(key, out.length);
      out.push({ ...s, also: [] });
    }
    return out;
  }

  private questionKey(id: string): string | undefined {
    let k = this.questionKeys.get(id);
    if (k === undefined) {
      const r = this.byId.get(id)!;
      // Same asker, same day, same words (departments differ only in the "To ask the Secretary of State for X," prefix).
      const body = fold(r.questionText).replace(/^to ask the [^,]*,\s*/, '').replace(/[^a-z0-9]+/g, ' ').trim();
      k = body.length < 40 ? '' : `${r.askingMember?.id ?? r.askingMemberId ?? r.askingMember?.name ?? ''}|${r.dateTabled ?? ''}|${body}`;
      this.questionKeys.set(id, k);
    }
    return k || undefined;
  }

  private excluded(r: QaRecord, exclude: Alternative[]): boolean {
    if (exclude.length === 0) return false;
    const text = foldForMatch(searchableText(r));
    return exclude.some((a) => (a.kind === 'phrase' ? phraseRegex(a.text).test(text) : wordRegex(a.text).test(text)));
  }
}

export function searchableText(r: QaRecord): string {
  return [r.heading, r.questionText, r.answerText, r.answeringBody].filter(Boolean).join(' \n ');
}

/** An excluded word also excludes its plural and other endings ("-scooter" drops "scooters"). */
function wordRegex(word: string): RegExp {
  const ws = fold(word).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new RegExp(`(?<![\\p{L}\\p{N}])${ws.map(escapeRe).join('[^\\p{L}\\p{N}]+')}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'u');
}

const pairCache = new Map<string, RegExp>();

/**
 * Two words adjacent, allowing one small word or number between ("cost of living", "COVID-19
 * vaccines") and common endings.
 */
function pairRegex(a: string, b: string): RegExp {
  const key = `${a} ${b}`;
  let re = pairCache.get(key);
  if (!re) {
    if (pairCache.size > 5000) pairCache.clear();
    re = buildPairRegex(a, b);
    pairCache.set(key, re);
  }
  return re;
}

/** The part of a word its variants share: "lines" → "lin", "county" → "coun". */
function stemish(w: string): string {
  return w.length > 5 ? w.slice(0, w.length - 2) : w.replace(/s$/, '');
}

function buildPairRegex(a: string, b: string): RegExp {
  const part = (w: string) => escapeRe(stemish(w)) + '\\p{L}{0,4}';
  return new RegExp(`(?<![\\p{L}\\p{N}])${part(a)}[^\\p{L}\\p{N}]+(?:[\\p{L}\\p{N}]{1,4}[^\\p{L}\\p{N}]+)?${part(b)}(?![\\p{L}\\p{N}])`, 'u');
}
