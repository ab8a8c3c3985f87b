// The search engine: candidates are found and scored with BM25 over MiniSearch's term index
// (scorer.ts), then a second pass ranks them the way a reader would: answers that cover all
// of the topic's words, with those words next to each other, come first.
import MiniSearch from 'minisearch';
import { metaOf, type QaRecord, type RecordMeta } from '../record.ts';
import type { Person } from '../ingest/members.ts';
import type { Hit, StatsReply, Timeliness } from './types.ts';
import { statsOf } from './stats.ts';
import { QueryError, type SearchRequest, type SearchResponse, type Searcher } from './types.ts';
import { timelinessTable, type TimelinessPer } from './timeliness.ts';
import { filterText, parseQuery, type Alternative, type Filters, type ParsedQuery } from './query.ts';
import { escapeRe, fold, foldForMatch, phraseRegex, term, terms, tokenizeForIndex, words } from './text.ts';
import { hasCriteria, hasRecordFilters, isAnswered, matchesDept, matchesMember, matchesParty, nameKey, passesFilters, recordDate } from './filters.ts';
import { type Abbreviations, abbreviationOf, headingLongForm, learnAbbreviations } from './abbreviations.ts';
import { departmentInQuery, departmentNotice, withoutDepartment } from './departments.ts';
import {
  bareSeatInQuery,
  memberFallbackNotice,
  memberNamedNotice,
  memberNotice,
  memberOtherSideNotice,
  memberUnnamedNotice,
  nameAsPhrase,
  nameInQuery,
  plainText,
  seatInQuery,
  sideOf,
  surnameInQuery,
  withoutName,
  type NameInQuery,
} from './members.ts';
import { barePartyInQuery, partyInQuery, partyNotice, withoutParty, type PartyInQuery } from './parties.ts';
import { isBareNumber, uinNotice, uinQuery } from './lookup.ts';
import { passageOf } from './excerpt.ts';
import { ReferredRecords, referralIn } from './referral.ts';
import { correction } from './spell.ts';
import { isQuestion, namesNothing, recordTerms } from './question.ts';
import { MAX_PLACE_WORDS, Roster, surnameBearers } from './roster.ts';
import { exactAverageFieldLengths, fieldLengthSums, internals, recordsByShortId } from './internals.ts';
import { countQuestions, pageOfQuestions, questionGroups, regroup, UNGROUPED, type QuestionsOf } from './groups.ts';
import type { Concept, PhraseGroup } from './concept.ts';
import { coreOf, type CoreSource, type QuestionReading } from './core.ts';
import { Collocations, type Scored } from './collocations.ts';
import { hasAll, hasAny, Scorer, termBits, type Matches } from './scorer.ts';
import {
  absentNameNotice,
  answeredOnlyNotice,
  awaitingCountNotice,
  outsideArchiveNotice,
  awaitingNotice,
  orderNotice,
  otherBusinessNotice,
  periodNotice,
  relaxedNotice,
  spellingNotice,
  staleArchiveNotice,
  stateNotice,
  unmatchedNotice,
} from './notices.ts';
import { cover, holdsConcept, TAUS, type CoreConcept, type Held } from './coverage.ts';
import { packIndex, sweepPostings } from './postings.ts';
import { useShortIdMaps } from './shortIdMap.ts';
import {
  ABBREVIATION_MIN_TERMS,
  ABBREVIATIONS,
  ANSWERS_FIRST,
  BAG_FROM,
  CLIPPED_FACTOR,
  COMMON_DF,
  COVERAGE,
  FEEDBACK_DEPTH,
  FEEDBACK_SHARE,
  FIELD_BOOST,
  FIELDS,
  FILL_PAGE,
  FUZZY_WEIGHT,
  HEADING_ABBREVIATIONS,
  HEADING_BOOST,
  HEADING_COVERAGE,
  HEADING_FEEDBACK,
  MIN_RESULTS,
  OWN_TIER_FROM,
  NAME_BOUND_MIN,
  NAME_BOUND_SHARE,
  NAME_COMPANY_MIN,
  on,
  PROXIMITY_ANSWER_CHARS,
  QUESTION_TOPICS,
  RECENCY_BOOST,
  RELAXED_FEEDBACK,
  RELAXED_FEEDBACK_MIN,
  RERANK,
  SURNAME_SAMPLE,
  TEXT_FIELDS,
  TWO_WORD_TOPICS,
  TYPED_NAME_DF,
  UBIQUITOUS_DF,
  UBIQUITY_MIN_ARCHIVE,
} from './signals.ts';
import { ListRanking, MatchRanking, Scratch, topPositions, type Ranked, type Ranking } from './ranking.ts';

/** Records added between packings of a build's postings (postings.ts). */
const PACK_EVERY = 100_000;
/**
 * Days the archive's latest record may lag today before "overdue" is judged as of that record's
 * date: more than a recess's quiet spell with the hourly ingest running, less than a stale snapshot.
 */
const STALE_DAYS = 14;

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
    // Removals are swept from the postings at once (Engine.apply), not vacuumed later in the background.
    autoVacuum: false,
    // tokenizeForIndex already returns final terms (stop words out, stemmed).
    processTerm: (t: string) => t,
  };
}

export function buildMiniSearch(records: Iterable<QaRecord>): MiniSearch<QaRecord> {
  const ms = new MiniSearch<QaRecord>(miniSearchOptions());
  useShortIdMaps(internals(ms));
  const batch: QaRecord[] = [];
  let added = 0;
  for (const r of records) {
    batch.push(r);
    if (batch.length === 5000) ms.addAll(batch.splice(0));
    // Packed as it grows, so a build of the whole archive never holds all postings as Maps.
    if (++added % PACK_EVERY === 0) packIndex(internals(ms)._index);
  }
  ms.addAll(batch);
  packIndex(internals(ms)._index);
  // The same averages an index updated in place ends with (see Engine.apply).
  exactAverageFieldLengths(ms);
  return ms;
}

/** A copy of `a` with room for `n` entries, the new ones set to `fill`; spare room so growth is amortised. */
function grow(a: Int32Array, n: number, fill: number): Int32Array {
  const out = new Int32Array(Math.max(n, Math.ceil(a.length * 1.25) + 1024)).fill(fill);
  out.set(a);
  return out;
}

/** The scratch slot df() marks records in (rank() uses slots 0–4 and 7). */
const DF_SLOT = 5;

/**
 * How many positions a query's group takes among the concepts' (`Concept.pos`): a plain word one,
 * a phrase or an OR group two, so that no pair of adjacent words is read across them.
 */
const groupWidth = (g: ParsedQuery['groups'][number]) => (g.alternatives.length === 1 && g.alternatives[0]!.kind === 'word' ? 1 : 2);
/** The position the concepts of the query's group `at` have. */
const conceptPos = (gs: ParsedQuery['groups'], at: number) => gs.slice(0, at).reduce((p, g) => p + groupWidth(g), 0);
/** How many records holding every word of a typed name are read for the name as written (`absentName`): more, and it is there. */
const NAME_SAMPLE = 200;


/**
 * Where the engine reads records' text: the archive store in the search worker (the index keeps
 * only each record's RecordMeta in memory), or the records themselves for an engine built in memory.
 */
export interface RecordText {
  /** The records with these ids, as the archive holds them now (ids it no longer holds are absent). */
  get(ids: readonly string[]): Map<string, QaRecord>;
  /** Every record, streamed: for what is learned from the whole archive (abbreviations.ts). */
  all(): Iterable<QaRecord>;
  /** Told of each change the engine applies, where the text lives in memory (the store already holds it). */
  update?(id: string, record?: QaRecord): void;
}

export function memoryText(records: Iterable<QaRecord>): RecordText {
  const byId = new Map<string, QaRecord>();
  for (const r of records) byId.set(r.id, r);
  return {
    get: (ids) => new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : []))),
    all: () => byId.values(),
    update: (id, record) => (record ? byId.set(id, record) : byId.delete(id)),
  };
}

export interface EngineOptions {
  /** Where text is read; without it, `records` must be whole records and are read in memory. */
  text?: RecordText;
  /** Abbreviations learned before (a snapshot's): otherwise learned from the text on first use. */
  abbreviations?: Abbreviations;
  /** How many whole records to keep at hand (TEXT_CACHE); smaller in tests, to see it fill. */
  textCache?: number;
  /** The members the archive keeps (ingest/members.ts `people`): read as members though no record names them. */
  people?: readonly Person[];
}

/** Whole records kept at hand between reads of the archive (more than one query reads closely). */
const TEXT_CACHE = 2000;

export class Engine implements Searcher {
  private readonly byId: Map<string, RecordMeta>;
  /** Records (without their text) by MiniSearch short id. */
  private recs: (RecordMeta | undefined)[];
  private readonly text: RecordText;
  /** Whole records read from where the text lives, by short id: kept across queries until textCache (TEXT_CACHE) is reached or changes are applied. */
  private fetched = new Map<number, QaRecord>();
  private readonly textCache: number;
  /** Short id of the record each one shares its question with (groups.ts), or UNGROUPED. */
  groups: Int32Array;
  /** Subject heading of each record, as a number (-1: none). */
  private headingOf: Int32Array;
  /** 1 for a record with a substantive answer (isAnswered), by short id: read for every match, so a column, not the record. */
  private answeredOf: Int32Array;
  private readonly headingIds = new Map<string, number>();
  /** Each heading's parts, folded ("Drugs: Organised Crime": drugs, organised crime), by heading id. */
  private readonly partsOfHeading: string[][] = [];
  /** Each field's total length: kept up to date by apply(), so averages need no pass over the archive. */
  private readonly fieldSums: number[];
  readonly scorer: Scorer<QaRecord>;
  private dfCache = new Map<string, number>();
  private readonly scratch = new Scratch();
  /** Who and what the records name (members, parties, departments, places). */
  readonly roster = new Roster(() => this.recs);

  constructor(
    readonly index: MiniSearch<QaRecord>,
    records: Iterable<RecordMeta | QaRecord>,
    groups?: Int32Array,
    opts: EngineOptions = {},
  ) {
    this.byId = new Map();
    for (const p of opts.people ?? []) {
      const key = nameKey(p.name);
      if (key?.includes(' ')) this.people.set(key, p);
    }
    if (opts.text) this.text = opts.text;
    else {
      const whole = [...records] as QaRecord[];
      this.text = memoryText(whole);
      records = whole;
    }
    for (const r of records) this.byId.set(r.id, 'questionText' in r ? metaOf(r as QaRecord) : r);
    this.abbreviations = opts.abbreviations;
    this.textCache = opts.textCache ?? TEXT_CACHE;
    this.recs = recordsByShortId(index, this.byId);
    this.groups = groups && groups.length === this.recs.length ? groups : questionGroups(this.recs, this.questionsOf);
    this.headingOf = Int32Array.from(this.recs, (r) => this.headingId(r));
    this.answeredOf = Int32Array.from(this.recs, (r) => (r && isAnswered(r) ? 1 : 0));
    this.fieldSums = fieldLengthSums(index);
    this.scorer = new Scorer(index, FIELDS, FIELD_BOOST);
  }

  /** Whole records (text included) by short id, read from the archive once while cached. */
  private wholeAt(docs: readonly number[]): Map<number, QaRecord> {
    let missing = docs.filter((d) => !this.fetched.has(d) && this.recs[d]);
    if (missing.length) {
      // Clearing drops the asked-for records already held too: fetch those again, or they read as empty.
      if (this.fetched.size + missing.length > this.textCache) {
        this.fetched.clear();
        missing = docs.filter((d) => this.recs[d]);
      }
      const found = this.text.get(missing.map((d) => this.recs[d]!.id));
      for (const d of missing) {
        const r = found.get(this.recs[d]!.id);
        if (r) this.fetched.set(d, r);
      }
    }
    const out = new Map<number, QaRecord>();
    for (const d of docs) {
      const r = this.fetched.get(d);
      if (r) out.set(d, r);
    }
    return out;
  }

  /** The folded searchable text (heading, question, answer, department) of records by short id. */
  private searchableAt(docs: readonly number[]): Map<number, string> {
    const out = new Map<number, string>();
    for (const [d, r] of this.wholeAt(docs)) out.set(d, foldForMatch(searchableText(r)));
    return out;
  }

  private readonly questionsOf: QuestionsOf = (docs) => {
    const out = new Map<number, string>();
    for (let i = 0; i < docs.length; i += this.textCache) {
      this.fetched.clear();
      for (const [d, r] of this.wholeAt(docs.slice(i, i + this.textCache))) out.set(d, r.questionText);
    }
    this.fetched.clear();
    return out;
  };

  private headingId(r: RecordMeta | undefined): number {
    if (!r?.heading) return -1;
    let h = this.headingIds.get(r.heading);
    if (h === undefined) {
      this.headingIds.set(r.heading, (h = this.headingIds.size));
      this.partsOfHeading.push(r.heading.split(':').map((part) => fold(part.trim())));
    }
    return h;
  }

  /**
   * Bring the index up to date with changed records, in place: `record` is the record as it is
   * now, absent when it left the archive. MiniSearch removes the old version's terms exactly
   * (it needs the document as indexed, which this engine holds) and adds the new one; then the
   * statistics BM25 reads (average field lengths), the scorer's per-record arrays, headings and
   * the question groups of the records' member-days follow. Scores afterwards equal those of a
   * fresh build over the same records.
   */
  apply(changes: Iterable<{ id: string; record?: QaRecord }>): { added: number; replaced: number; removed: number } {
    const out = { added: 0, replaced: 0, removed: 0 };
    const m = internals(this.index);
    const touched: RecordMeta[] = [];
    const docs: number[] = [];
    const gone: number[] = [];
    const count = (short: number, sign: number) => {
      const lengths = m._fieldLength.get(short) ?? [];
      this.fieldSums.forEach((_, f) => (this.fieldSums[f]! += sign * (lengths[f] ?? 0)));
    };
    for (const { id, record } of changes) {
      this.text.update?.(id, record);
      const old = this.byId.get(id);
      if (old) {
        const short = m._idToShortId.get(id)!;
        count(short, -1);
        // The index keeps no text to remove the old version's terms by: its postings are swept below.
        this.index.discard(id);
        gone.push(short);
        docs.push(short);
        this.byId.delete(id);
        this.recs[short] = undefined;
        this.headingOf[short] = -1;
        this.answeredOf[short] = 0;
        touched.push(old);
      }
      if (record) {
        this.index.add(record);
        const short = m._nextId - 1;
        count(short, +1);
        docs.push(short);
        const meta = metaOf(record);
        this.byId.set(record.id, meta);
        this.recs[short] = meta;
        if (this.headingOf.length <= short) this.headingOf = grow(this.headingOf, short + 1, -1);
        this.headingOf[short] = this.headingId(meta);
        if (this.answeredOf.length <= short) this.answeredOf = grow(this.answeredOf, short + 1, 0);
        this.answeredOf[short] = isAnswered(meta) ? 1 : 0;
        touched.push(meta);
      }
      if (old && record) out.replaced++;
      else if (record) out.added++;
      else if (old) out.removed++;
    }
    if (!touched.length) return out;
    if (gone.length) sweepPostings(this.index, gone);
    exactAverageFieldLengths(this.index, this.fieldSums);
    this.recs.length = m._nextId;
    if (this.groups.length < m._nextId) this.groups = grow(this.groups, m._nextId, UNGROUPED);
    this.fetched.clear();
    regroup(this.recs, this.groups, touched, this.questionsOf);
    this.scorer.refresh(docs);
    // Abbreviations are learned from the whole archive (seconds at the full size): again only when
    // a tenth of it is new (a backfill), not after every hourly ingest.
    if (out.added + out.replaced > this.byId.size * 0.1) this.abbreviations = this.headingParts = undefined;
    this.dfCache.clear();
    this.collocations.reset();
    // Who bears a name, and which words the archive writes, as records come or go (removals too).
    this.roster.reset();
    this.wordsUsed.clear();
    this.referred.reset();
    return out;
  }

  get size(): number {
    return this.byId.size;
  }

  /** The whole record, read from where the text lives, if the index holds it. */
  get(id: string): QaRecord | undefined {
    return this.byId.has(id) ? this.text.get([id]).get(id) : undefined;
  }

  /** Every record the index holds, without text. */
  all(): IterableIterator<RecordMeta> {
    return this.byId.values();
  }

  /** The record (without its text) with this MiniSearch short id. */
  recordAt(doc: number): RecordMeta | undefined {
    return this.recs[doc];
  }

  /** The abbreviations the archive defines, learned now if need be (saved with a snapshot, so a start need not read all the text). */
  abbreviationsNow(): Abbreviations {
    return (this.abbreviations ??= learnAbbreviations(() => this.text.all()));
  }

  /** How many records hold `term` and at least one of `others` (each in any field). */
  private recordsWithAny(term: string, others: readonly string[]): number {
    const ix = internals(this.index)._index;
    const entry = ix.get(term);
    if (!entry) return 0;
    const otherFields = others.filter((o) => o !== term).flatMap((o) => [...(ix.get(o)?.values() ?? [])]);
    const docs = new Set<number>();
    for (const m of entry.values()) for (const d of m.keys()) docs.add(d);
    let n = 0;
    for (const d of docs) if (otherFields.some((m) => m.has(d))) n++;
    return n;
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
        // Records holding the term in any field, each once: marked in a scratch array (a Set of
        // a common word's 100,000 records at the full archive cost tens of milliseconds).
        const seen = this.scratch.u8(DF_SLOT, internals(this.index)._nextId);
        for (const m of entry.values()) {
          m.forEach((_, d) => {
            if (seen[d] === 0) {
              seen[d] = 1;
              n++;
            }
          });
        }
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

  /**
   * The archive's spelling of the member whose compared name (personName) is `key`: as a record
   * asked or answered by them carries it, else as the archive's members keep it (a Cabinet minister
   * answers no written question herself; EngineOptions.people).
   */
  memberName(key: string): string | undefined {
    return this.recordsName(key) ?? this.people.get(key)?.name;
  }

  /**
   * The member's name as a record asking or answering carries it, if one does: the records holding
   * the name's words in their members field (the rarest word's postings) are read until one does.
   */
  private recordsName(key: string): string | undefined {
    for (const doc of this.holdingName(key)) {
      const r = this.recs[doc];
      if (!r) continue;
      for (const m of [r.askingMember, r.answeringMember]) if (m && nameKey(m.name) === key) return m.name;
    }
    return undefined;
  }

  /** The archive's members by compared name (EngineOptions.people). */
  private readonly people = new Map<string, Person>();
  /** The one member of the directory bearing a surname (null: several), read once: the directory is the engine's for its life. */
  private peopleSurnames?: Map<string, { key: string; name: string } | null>;
  private personBySurname(surname: string): { key: string; name: string } | undefined {
    this.peopleSurnames ??= surnameBearers([...this.people.values()].map((p) => p.name));
    return this.peopleSurnames.get(surname) ?? undefined;
  }

  /** The records whose members field holds every word of a compared name: the rarest word's postings (none when a word is held by none). */
  private holdingName(key: string): Iterable<number> {
    const ms = internals(this.index);
    const f = ms._fieldIds.members;
    let fewest: Map<number, number> | undefined;
    for (const t of new Set(terms(key))) {
      const p = ms._index.get(t)?.get(f);
      if (!p) return [];
      if (!fewest || p.size < fewest.size) fewest = p;
    }
    return fewest?.keys() ?? [];
  }

  /**
   * A typed dept:, party:, by: or answered-by: value that names no department, party or member of
   * the archive, or a house: it holds nothing from, is refused with what to type, rather than
   * answered with nothing and a hint to check the spelling (`dept:"nonsense"` had said "No answers
   * match that"; in a timeliness table, that no question fell due).
   */
  private knownFilterValues(filters: Filters): void {
    // Read only when a value is typed: every query passes here.
    const bodies = filters.dept.length ? [...this.roster.bodies().keys()] : [];
    for (const d of filters.dept) {
      if (!bodies.some((b) => matchesDept(b, d))) {
        throw new QueryError(`No department in the archive goes by “${d}”.`, 'A department goes by its name, its name squashed or its initials: dept:"home office", dept:homeoffice, dept:dwp.');
      }
    }
    for (const p of filters.party) {
      if (!this.roster.parties().some((x) => matchesParty(x, p))) throw new QueryError(`No party in the archive goes by “${p}”.`, 'For example party:labour, party:"lib dem", party:snp, party:tory.');
    }
    // A member who only answered, asked for by by: (or the other way round), is named in the hint.
    const members = filters.by.length || filters.answeredBy.length ? this.roster.members() : undefined;
    for (const [key, values, role, other, otherKey] of [
      ['by', filters.by, 'asking', 'answering', 'answered-by'],
      ['answered-by', filters.answeredBy, 'answering', 'asking', 'by'],
    ] as const) {
      for (const b of values) {
        if (members![role].some((n) => matchesMember(n, b))) continue;
        const found = members![other].find((n) => matchesMember(n, b));
        // A member of the directory who has asked or answered nothing yet (newly elected) may yet.
        if (!found && [...this.people.values()].some((p) => matchesMember(p.name, b))) continue;
        throw new QueryError(
          `No member who ${role === 'asking' ? 'asked' : 'answered'} questions in the archive goes by “${b}”.`,
          found
            ? `${found} ${role === 'asking' ? 'answered' : 'asked'} questions: ${filterText(otherKey, b)}.`
            : `A member goes by their name or surname: ${key}:"${role === 'asking' ? 'Rupert Lowe' : 'Wes Streeting'}", ${key}:${role === 'asking' ? 'lowe' : 'streeting'}.`,
        );
      }
    }
    if (filters.house && !this.roster.houses().has(filters.house)) {
      // At most one House is held when the other is not.
      const [held] = this.roster.houses();
      throw new QueryError(
        `The archive holds no questions from the House of ${filters.house}.`,
        held ? `It holds House of ${held} questions only: leave house:${filters.house.toLowerCase()} out.` : 'It holds no questions yet.',
      );
    }
  }

  /**
   * Parse, retrieve, filter and order every matching record; a member's name is read as the
   * member, a party's members ("Reform MPs") as the party: filter, and a department the questions
   * were put to ("questions to the Home Office") as the dept: filter.
   */
  private rankAll(req: SearchRequest) {
    const lookup = uinQuery(req.query);
    if (lookup) {
      const res = this.rankParsed(lookup, req);
      // A number no question has is searched as a word; a UIN or a link said as one is answered so.
      if (res.ranking.size > 0 || !isBareNumber(req.query)) {
        res.notices.unshift(uinNotice(lookup, res.ranking.size));
        return res;
      }
    }
    const typed = parseQuery(req.query);
    this.knownFilterValues(typed.filters);
    // The department first: it is read beside the words naming the records, which the other readings take out.
    const bodies = this.roster.bodies();
    const dept = departmentInQuery(typed, [...bodies.keys()], (b) => bodies.get(b));
    const byDept = dept ? withoutDepartment(typed, dept) : typed;
    const party = partyInQuery(byDept, this.roster.parties()) ?? this.partyReading(byDept);
    const parsed = party ? withoutParty(byDept, party) : byDept;
    const res = this.rankMembers(parsed, req);
    if (dept) res.notices.unshift(departmentNotice(dept));
    if (party) res.notices.unshift(partyNotice(byDept, party));
    return res;
  }

  private rankMembers(parsed: ParsedQuery, req: SearchRequest) {
    const found =
      nameInQuery(parsed, (key) => this.memberName(key)) ?? seatInQuery(parsed, (seat) => this.roster.memberBySeat(seat)) ?? this.surnameReading(parsed) ?? this.seatReading(parsed);
    if (!found) return this.rankParsed(parsed, req);
    const side = sideOf(parsed, found);
    const rest = withoutName(parsed, found, side);
    const res = this.rankParsed(rest, req);
    if (res.ranking.size > 0) {
      res.notices.unshift(memberNotice(parsed, found, rest, side));
      return res;
    }
    if (rest.groups.length === 0 && side !== 'either') {
      // The name alone, and the side asked holds nothing ("questions from Jess Phillips", a
      // minister who asks none): the other side, saying so, rather than "no answers match".
      const other = side === 'asked' ? 'answered' : 'asked';
      const theirs = this.rankParsed(withoutName(parsed, found, other), req);
      if (theirs.ranking.size > 0) {
        theirs.notices.unshift(memberOtherSideNotice(found, side));
        return theirs;
      }
    }
    if (rest.groups.length === 0) {
      // A member no record names at all (the members file's alone): the answers writing the name.
      const named = this.recordsName(found.key) ? undefined : this.rankParsed(this.writingName(parsed, found, rest), req);
      if (named && named.ranking.size > 0) {
        named.notices.unshift(memberNamedNotice(found, this.memberDepartment(found.key)));
        return named;
      }
      res.notices.unshift(named ? memberUnnamedNotice(found, hasRecordFilters(parsed.filters)) : memberNotice(parsed, found, rest, side));
      return res;
    }
    // Nothing by the member on the other words: the answers of the department they answer for, if
    // they answer for one ("questions to Wes Streeting about GP appointments": a Secretary of State
    // answers few questions himself); else the other words alone, saying so.
    const body = side === 'asked' ? undefined : this.memberDepartment(found.key);
    if (body) {
      const inDept = this.rankParsed({ ...rest, filters: { ...parsed.filters, dept: [...parsed.filters.dept, body] } }, req);
      if (inDept.ranking.size > 0) {
        inDept.notices.unshift(memberFallbackNotice(found, rest, side, body));
        return inDept;
      }
    }
    // A member no record names: the answers writing the name, on the other words ("Theresa May immigration").
    if (!this.recordsName(found.key)) {
      const named = this.rankParsed(this.writingName(parsed, found, rest), req);
      if (named.ranking.size > 0) {
        named.notices.unshift(memberNamedNotice(found, undefined, true));
        return named;
      }
    }
    const words = this.rankParsed({ ...rest, filters: parsed.filters }, req);
    words.notices.unshift(memberFallbackNotice(found, rest, side));
    return words;
  }

  /** The query as the records writing the member's name match it: the name a phrase, the other words after it, the filters kept. */
  private writingName(parsed: ParsedQuery, found: NameInQuery, rest: ParsedQuery): ParsedQuery {
    const q = parseQuery(nameAsPhrase(parsed, found, rest));
    return { ...parsed, groups: q.groups, text: q.text };
  }

  /** The department a member last answered for, from the records holding their name's rarest word. */
  memberDepartment(key: string): string | undefined {
    let latest: { at: string; body: string } | undefined;
    for (const doc of this.holdingName(key)) {
      const r = this.recs[doc];
      if (!r?.answeringBody || nameKey(r.answeringMember?.name) !== key) continue;
      const at = r.dateAnswered ?? '';
      if (!latest || at > latest.at) latest = { at, body: r.answeringBody };
    }
    if (latest) return latest.body;
    // None answered by them: the answering body of the department the members file says they serve in now.
    const department = this.people.get(key)?.department;
    return department ? this.bodyNamed(department) : undefined;
  }

  /**
   * The archive's answering body a department's full name names ("HM Treasury": "Treasury"; "Office
   * of the Secretary of State for Scotland": "Scotland Office"): the longest whose words, an office
   * aside, are all the department's.
   */
  private bodyNamed(department: string): string | undefined {
    const words = new Set(fold(department).split(/[^a-z]+/));
    const named = [...this.roster.bodies().keys()].filter((b) =>
      fold(b)
        .split(/[^a-z]+/)
        .filter((w) => w && w !== 'office')
        .every((w) => words.has(w)),
    );
    return named.sort((a, b) => b.length - a.length)[0];
  }

  /**
   * A member's surname typed without the first name ("Streeting", "Farage on immigration"), borne
   * by no other member, read as the member when the archive does not use it as a word: the records
   * holding its stem hold another word ("Downing Street") or none do. A surname the archive also
   * uses as a word ("Wood", "French") is searched as the word; the full name reads it as the member.
   */
  private surnameReading(parsed: ParsedQuery): NameInQuery | undefined {
    // A member of the directory whom no record names ("Davey": Ed Davey has asked nothing yet) bears it too, when no record's member does.
    const found = surnameInQuery(parsed, (s) => this.roster.memberBySurname(s) ?? (this.roster.bearsSurname(s) ? undefined : this.personBySurname(s)));
    return found && !this.usesWord(parsed.groups[found.start]!.alternatives[0]!.text) ? found : undefined;
  }

  /**
   * A seat's name typed alone ("Strangford"), read as the member who sits for it when the archive's
   * text uses none of its words: the archive names the place nowhere, so only its member's questions
   * are about it. Searched as words it had been spelled into another place ("Stratford-on-Avon").
   */
  private seatReading(parsed: ParsedQuery): NameInQuery | undefined {
    const found = bareSeatInQuery(parsed, (seat) => this.roster.memberBySeat(seat));
    if (!found) return undefined;
    // Word by word: "Stratford-on-Avon" is written in headings as "Stratford" and "Avon".
    const words = parsed.groups.slice(found.start, found.end).flatMap((g) => plainText(g)!.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean));
    return words.every((w) => !this.usesWord(w)) ? found : undefined;
  }

  /**
   * A party's name typed outside the frames `partyInQuery` reads ("SNP", "DUP whisky"), read as its
   * members' questions when the archive's text uses none of its words: searched, "SNP" matched
   * nothing at all ("not in the archive, nor a close spelling").
   */
  private partyReading(parsed: ParsedQuery): PartyInQuery | undefined {
    const found = barePartyInQuery(parsed, this.roster.parties());
    if (!found) return undefined;
    const words = parsed.groups.slice(found.start, found.end).map((g) => plainText(g)!);
    return words.every((w) => !this.usesWord(w)) ? found : undefined;
  }

  /** Words asked about by usesWord, with the answer, until records come or go. */
  private readonly wordsUsed = new Map<string, boolean>();
  /**
   * Whether the archive writes a query word as typed, not only another word of its stem: some of
   * the records holding its stem in their text (the first SURNAME_SAMPLE, read closely) hold it.
   * A stem no record's text holds ("Badenoch" is only a member's name) is no word of the archive.
   */
  private usesWord(typed: string): boolean {
    // The word without punctuation typed against it ("Oldham West, Chadderton": "West,").
    const word = fold(typed).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    let used = this.wordsUsed.get(word);
    if (used === undefined) {
      const ms = internals(this.index);
      const postings = ms._index.get(term(word) ?? word);
      const docs = new Set<number>();
      for (const f of TEXT_FIELDS) {
        for (const doc of postings?.get(ms._fieldIds[f]!)?.keys() ?? []) {
          if (docs.size >= SURNAME_SAMPLE) break;
          docs.add(doc);
        }
      }
      const pattern = phraseRegex(word);
      used = docs.size > 0 && [...this.searchableAt([...docs]).values()].some((text) => pattern.test(text));
      this.wordsUsed.set(word, used);
    }
    return used;
  }

  private rankParsed(parsed: ParsedQuery, req: SearchRequest) {
    // Words that only name the records beside a filter ("unanswered questions", "answers dept:dwp",
    // "oldest unanswered questions"): the filter's list, not the records holding the word "question".
    if (hasRecordFilters(parsed.filters) && parsed.groups.length && parsed.exclude.length === 0 && parsed.groups.every((g) => g.alternatives.every((a) => a.kind === 'word' && namesNothing(a.text)))) {
      parsed = { ...parsed, groups: [], text: '' };
    }
    if (!hasCriteria(parsed)) {
      throw new QueryError('There is nothing to search for in that query.', 'Type a few words that name the topic, for example county lines.');
    }
    const notices: string[] = [];
    const listed: string[] = [];
    // Overdue as of the archive's latest record when it is long behind today (a snapshot, or an ingest that stopped).
    const asOf = this.overdueAsOf(parsed.filters.today);
    if (asOf !== parsed.filters.today && parsed.filters.is.includes('overdue')) {
      parsed = { ...parsed, filters: { ...parsed.filters, today: asOf } };
      notices.push(staleArchiveNotice(asOf));
    }
    const out: QuestionReading = {};
    const { concepts, phrases, required, common } = this.concepts(parsed);
    const filtering = !!req.onlyIds || hasRecordFilters(parsed.filters);
    const filter = filtering ? (r: RecordMeta) => (!req.onlyIds || req.onlyIds.has(r.id)) && passesFilters(r, parsed.filters) : undefined;

    let ranking: Ranking;
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
    const byDate = (dir: number) => (a: Ranked, b: Ranked) => {
      const da = recordDate(this.recs[a.doc]!) ?? '';
      const db = recordDate(this.recs[b.doc]!) ?? '';
      return da === db ? b.score - a.score || a.doc - b.doc : da < db ? -dir : dir;
    };
    if (concepts.length === 0) {
      // Filters only (e.g. "dept:dwp from:2025"): every record that passes, newest first.
      if (parsed.groups.length > 0 && !hasRecordFilters(parsed.filters)) {
        throw new QueryError('Those words are too common to search for on their own.', 'Add a word that names the topic, for example "pension credit".');
      }
      let list: Ranked[] = [];
      this.recs.forEach((r, doc) => {
        if (r && (!filter || filter(r))) list.push({ id: r.id, doc, score: 0 });
      });
      if (parsed.exclude.length) {
        const out = this.excluded(list.map((r) => r.doc), parsed.exclude);
        list = list.filter((r) => !out.has(r.doc));
      }
      if (parsed.sort === 'relevance') parsed.sort = 'newest';
      ranking = new ListRanking(list, () => 0);
    } else {
      ranking = this.rank(parsed, concepts, required, filter, notices, common, out, listed);
    }

    if (parsed.otherBusiness) notices.push(otherBusinessNotice(parsed.otherBusiness));
    for (const x of parsed.statesAsked ?? []) notices.push(stateNotice(x));
    if (parsed.answersAsked && parsed.filters.answered) notices.push(answeredOnlyNotice(parsed.answersAsked, parsed.groups.length > 0));
    if (parsed.awaitingAsked) notices.push(awaitingNotice(parsed.awaitingAsked));
    const period = parsed.periodAsked;
    if (period && parsed.filters.from === period.from && parsed.filters.to === period.to) notices.push(periodNotice(period));
    const span = ranking.size === 0 && (parsed.filters.from || parsed.filters.to) ? this.roster.dateSpan() : undefined;
    const outside = span && outsideArchiveNotice(span, parsed.filters.from, parsed.filters.to);
    if (outside) notices.push(outside);
    // Said apart from the readings: the list's order, which counting the records (`stats`) has none of.
    // Without words to rank by, a list is newest first anyway: nothing to say of "latest", and no best match to offer instead.
    const words = parsed.groups.length > 0;
    if (parsed.sort !== 'relevance' && parsed.orderAsked && (words || parsed.sort === 'oldest')) listed.push(orderNotice(parsed.sort === 'newest', parsed.orderAsked, words));
    if (parsed.sort !== 'relevance') {
      const order = byDate(parsed.sort === 'newest' ? -1 : 1);
      ranking = new ListRanking(ranking.head(ranking.size).sort(order), order);
    }
    return { ranking, concepts, common, phrases, notices, listed, subject: out.subject, guessed: out.guessed, unknown: out.unknown, named: out.named };
  }

  /** The first k records of the ranking, in order, one per record (no grouping): for tests and tools. */
  rankedIds(query: string, k: number): string[] {
    return this.rankAll({ query }).ranking.head(k).map((r) => r.id);
  }

  /** How many records match, and by whom; with how the query was read (a member, a period, "most of your words"), as a search says it. */
  async stats(query: string): Promise<StatsReply> {
    // Nothing typed: every question in the archive ("which MP asks the most questions?").
    if (!query.trim()) return statsOf('', [...this.byId.values()]);
    const { ranking, notices } = this.rankAll({ query });
    return statsOf(query, Array.from(ranking.docs(), (doc) => this.recs[doc]!), undefined, notices);
  }

  /**
   * `departments|members|months` then filters only (the period is from:/to: on the date due,
   * default the last twelve months): every record, not a search, so no words.
   */
  async timeliness(query: string): Promise<Timeliness> {
    const m = /^\s*(departments?|members?|ministers?|months?)\b/i.exec(query);
    const per: TimelinessPer = !m ? 'department' : /^m(ember|inister)/i.test(m[1]!) ? 'member' : /^month/i.test(m[1]!) ? 'month' : 'department';
    const parsed = parseQuery(m ? query.slice(m[0].length) : query);
    this.knownFilterValues(parsed.filters);
    if (parsed.groups.length || parsed.exclude.length) {
      throw new QueryError('A timeliness table takes filters, not words.', 'For example: stats timeliness dept:"home office" from:2025, or stats timeliness members from:2025-01 to:2025-06.');
    }
    const today = this.overdueAsOf(parsed.filters.today);
    const stale = today !== parsed.filters.today;
    const to = parsed.filters.to && parsed.filters.to < today ? parsed.filters.to : today;
    const from = parsed.filters.from ?? new Date(Date.parse(to) - 365 * 864e5).toISOString().slice(0, 10);
    const filters = { ...parsed.filters, from: undefined, to: undefined };
    const kept = hasRecordFilters(filters) ? [...this.byId.values()].filter((r) => passesFilters(r, filters)) : this.byId.values();
    return { ...timelinessTable(kept, { from, to, today, per }), from, to, today, per, ...(stale ? { asOfArchive: true } : {}) };
  }

  /**
   * The day a question is judged overdue on: today, or the date of the archive's latest record
   * when that is more than `STALE_DAYS` before it. The archive knows no answer given after it, so
   * every question due since would count as overdue.
   */
  private overdueAsOf(today: string): string {
    const last = this.roster.dateSpan()?.last.slice(0, 10);
    return last && Date.parse(today) - Date.parse(last) > STALE_DAYS * 864e5 ? last : today;
  }

  async matchAll(query: string): Promise<RecordMeta[]> {
    const { ranking } = this.rankAll({ query });
    return Array.from(ranking.docs(), (doc) => this.recs[doc]!);
  }

  searchSync(req: SearchRequest): SearchResponse {
    const { ranking, concepts: used, common, phrases, notices: readings, listed, subject, guessed, unknown, named } = this.rankAll(req);
    const notices = [...readings, ...listed];
    // Words dropped from the lookup as too common are still the user's words: mark them too.
    const concepts = [...used, ...common];
    const limit = Math.max(1, Math.min(req.limit ?? 10, 100));
    const offset = Math.max(0, req.offset ?? 0);
    const { total, awaiting, page } = pageOfQuestions(ranking, offset, limit, this.groups, this.answeredOf);
    const termList = [...new Set(concepts.filter((c) => !c.inPhrase).flatMap((c) => c.terms.filter((t) => !c.phraseTerms?.includes(t))))];
    const phraseOnly = new Set(concepts.flatMap((c) => (c.inPhrase ? c.terms : (c.phraseTerms ?? []))).filter((t) => !termList.includes(t)));
    // Words naming the records ("questions about flooding") are no topic to show: not marked, nor
    // choosing the passage ("… to Question 63361"), unless nothing else is typed.
    const recordWords = recordTerms(req.query);
    const shown = (ts: Iterable<string>) => {
      const all = new Set(ts);
      const topic = [...all].filter((t) => !recordWords.has(t));
      return topic.length ? new Set(topic) : all;
    };
    const whole = this.wholeAt(page.map((g) => g.doc));
    // A record the archive no longer holds (removed in the seconds before the index caught up) is not shown.
    const hits: Hit[] = page.filter((g) => whole.has(g.doc)).map((g) => {
      const record = whole.get(g.doc)!;
      const matched = ranking.matched(g);
      const referredTo = this.referredTo(record);
      const hit: Hit = {
        record,
        score: g.score,
        excerpt: passageOf(record, referredTo, { terms: shown([...termList, ...matched.filter((t) => !phraseOnly.has(t))]), phrases }),
        ...(referredTo ? { referredTo } : {}),
      };
      if (g.also.length) {
        hit.alsoAskedOf = g.also.map((a) => {
          const r = this.recs[a.doc]!;
          return { id: r.id, answeringBody: r.answeringBody, url: r.url };
        });
      }
      return hit;
    });
    return { total, awaiting, hits, notices, terms: termList, ...(subject ? { subject, abbreviations: this.abbreviationsFor(subject) } : {}), ...(guessed ? { guessed } : {}), ...(unknown ? { unknown } : {}), ...(named ? { named } : {}) };
  }

  /** Whether the query's adjacent words form a name in this archive, and which records hold them as one (collocations.ts). */
  private readonly collocations = new Collocations({
    match: (terms, fuzzyWeight) => this.scorer.match(terms, fuzzyWeight),
    searchableAt: (docs) => this.searchableAt(docs),
    wholeAt: (docs) => this.wholeAt(docs),
    bodies: () => this.bodies(),
  });
  /** What a query's core is read against (core.ts). */
  private readonly coreSource: CoreSource = {
    df: (t) => this.df(t),
    documentCount: () => Math.max(1, this.index.documentCount),
    isCollocation: (p, fuzzyOf) => this.collocations.isCollocation(p, fuzzyOf),
  };
  private *bodies(): Iterable<string> {
    for (const r of this.recs) if (r?.answeringBody) yield r.answeringBody;
  }
  /** The record each referring answer refers to (referral.ts), found among the records as they are now. */
  private readonly referred = new ReferredRecords(() => this.recs, (d) => this.answeredOf[d] === 1);

  /**
   * The answer a record's answer only refers to ("I refer the hon. Member to the answer I gave on 4
   * December to Question UIN 16274"): the record of that House and number answered on the day the
   * referral names, else the same department's latest tabled before the referring answer; not one
   * that refers on again. Read for the page's hits only, and remembered.
   */
  private referredTo(r: QaRecord): QaRecord | undefined {
    const ref = referralIn(r.answerText, r.dateAnswered);
    if (!ref) return undefined;
    const best = this.referred.docOf(r, ref);
    if (best < 0) return undefined;
    const referred = this.wholeAt([best]).get(best);
    return referred && !referralIn(referred.answerText, referred.dateAnswered) ? referred : undefined;
  }

  /**
   * The archive's abbreviations whose long form holds a subject word: a direct answer reads
   * "NECVCU has supported 440,994 victims" as naming the National Economic Crime Victim Care Unit.
   */
  private abbreviationsFor(subject: string[][]): Record<string, string[]> {
    const words = new Set(subject.flat());
    const out: Record<string, string[]> = {};
    // Keyed by index term, as the answer reads a sentence's words.
    for (const [written, long] of this.abbreviationsNow()) {
      const abbr = term(written);
      if (abbr && long.length >= ABBREVIATION_MIN_TERMS && long.some((t) => words.has(t))) out[abbr] = long;
    }
    return out;
  }

  /** Turn the query's words into concepts with weights; say which words were left out. */
  private concepts(parsed: ParsedQuery): { concepts: Concept[]; phrases: string[]; required: PhraseGroup[]; common: Concept[] } {
    const concepts: Concept[] = [];
    const phrases: string[] = [];
    const required: PhraseGroup[] = [];
    const N = Math.max(1, this.index.documentCount);
    // The query's words the archive knows: a misspelt word is read as the one written beside them
    // (worked out only when a word needs correcting).
    let context: string[] | undefined;
    const contextNow = () => (context ??= [...new Set(parsed.groups.flatMap((g) => g.alternatives.flatMap((a) => terms(a.text))))].filter((t) => this.df(t) > 0));
    // A word in most records ("state", of every "Secretary of State") is beside every other: no evidence.
    const together = (t: string) => (this.df(t) / N > UBIQUITOUS_DF ? 0 : this.recordsWithAny(t, contextNow()));
    const make = (ts: string[], word?: string, pos?: number): Concept => {
      const df = Math.max(...ts.map((t) => this.df(t)));
      const c: Concept = { terms: ts, weight: this.idf(df), known: df > 0, word, pos };
      const fix = !c.known && word ? correction(word, (t) => this.df(t), contextNow().length ? together : undefined) : undefined;
      if (fix) {
        c.terms = [fix.term];
        c.typed = word;
        c.word = fix.word;
        c.weight = this.idf(this.df(fix.term));
        c.known = true;
        c.corrected = true;
        c.guessed = !fix.slip;
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
    let next = 0;
    for (const g of parsed.groups) {
      const pos = next;
      next += groupWidth(g);
      if (g.alternatives.length === 1) {
        const alt = g.alternatives[0];
        if (alt.kind === 'phrase') {
          phrases.push(alt.text);
          required.push({ phrases: [alt.text], words: [] });
          for (const t of terms(alt.text)) concepts.push({ ...make([t]), inPhrase: true });
          continue;
        }
        // Each word is its own concept; a hyphen's joined form also satisfies either part
        // ("gigabit-speed": gigabit or gigabitspe, and speed or gigabitspe), and so does a code
        // typed as one word, which comes after its parts ("EWS1": ews or ews1, 1 or ews1).
        const joins = new Set<string>();
        const parts = terms(alt.text, joins);
        const joined = joins.size ? parts.filter((p) => joins.has(p)) : parts.length > 1 ? [parts[parts.length - 1]!] : undefined;
        const own = joined ? parts.filter((p) => !joined.includes(p)) : parts;
        const word = fold(alt.text).replace(/[^\p{L}\p{N}]/gu, '');
        // A code typed as one word ("HCWS342": hcw, 342) stays one word for its neighbours.
        const oneWord = own.length === 1 || /^[\p{L}\p{N}]+$/u.test(alt.text);
        const byHeading = own.length === 1 && !joined ? this.headingForm(alt.text, own[0]!) : undefined;
        if (byHeading) concepts.push(byHeading(make(own, word, pos)));
        else for (const p of own) concepts.push(this.expand({ ...make(joined ? [p, ...joined] : [p], oneWord ? word : undefined, pos), ...(joined ? { compound: true } : {}) }, p));
      } else {
        // OR: any alternative's words satisfy the group.
        const ts = [...new Set(g.alternatives.flatMap((a) => terms(a.text)))];
        // A phrase among them is one way to satisfy the group, a plain word another: either will do.
        const quoted = g.alternatives.filter((a) => a.kind === 'phrase').map((a) => a.text);
        const words = [...new Set(g.alternatives.filter((a) => a.kind === 'word').flatMap((a) => terms(a.text)))];
        const phraseTerms = ts.filter((t) => !words.includes(t));
        if (ts.length) concepts.push({ ...make(ts), ...(phraseTerms.length ? { phraseTerms } : {}) });
        phrases.push(...quoted);
        if (quoted.length) required.push({ phrases: quoted, words });
      }
    }
    // Very common words ("secretary" is in nearly every question) cost the most to look up and
    // decide nothing: drop them while rarer words remain. Phrase words stay (the phrase needs them).
    const rare = concepts.filter((c) => c.inPhrase || !c.known || c.terms.some((t) => this.df(t) / N < COMMON_DF));
    if (N >= UBIQUITY_MIN_ARCHIVE && rare.length > 0 && rare.length < concepts.length) {
      return { concepts: rare, phrases, required, common: concepts.filter((c) => !rare.includes(c)) };
    }
    return { concepts, phrases, required, common: [] };
  }

  private abbreviations?: Abbreviations;

  /**
   * An abbreviation the archive defines ("Small Modular Reactors (SMRs)") is also satisfied by its
   * long form. Learned from the records once, on first use (later records wait for a restart).
   */
  private expand(c: Concept, t: string): Concept {
    // Only a word typed as the abbreviation itself: not a part of a code ("LA2" is no local authority).
    if (!ABBREVIATIONS || c.corrected || !c.word || !/^\p{L}+$/u.test(c.word) || term(c.word) !== t) return c;
    const long = abbreviationOf(this.abbreviationsNow(), c.word);
    if (!long || long.length < ABBREVIATION_MIN_TERMS || long.some((w) => this.df(w) === 0)) return c;
    const longWeight = Math.max(...long.map((w) => this.idf(this.df(w))));
    return { ...c, expansion: long, known: true, weight: c.known ? c.weight : longWeight };
  }

  private headingParts?: Map<string, number>;

  /**
   * A word typed as an abbreviation (two capitals or more, or a word the archive does not hold)
   * that the archive does not define in its text, but whose subject headings spell it out
   * ("FE": Further Education, "SpAds": Special Advisers): records filed under those headings
   * satisfy it. Returns how to make the word's concept (its spelling is then not corrected).
   */
  private headingForm(typed: string, t: string): ((c: Concept) => Concept) | undefined {
    typed = typed.replace(/[^\p{L}\p{N}]+$/u, ''); // "spads?"
    if (!HEADING_ABBREVIATIONS || !/^\p{L}{2,8}$/u.test(typed)) return undefined;
    if ((typed.match(/\p{Lu}/gu) ?? []).length < 2 && this.df(t) > 0) return undefined;
    if ((abbreviationOf(this.abbreviationsNow(), typed)?.length ?? 0) >= ABBREVIATION_MIN_TERMS) return undefined; // defined in the text: expand() reads it
    this.headingParts ??= this.countHeadingParts();
    // The archive files records under the abbreviation itself ("NHS: Dental Services"): it names
    // its own topic, and is no other heading's initials ("National Highways" spells N-H-s too).
    const asTyped = fold(typed);
    for (const p of this.headingParts.keys()) if (fold(p) === asTyped) return undefined;
    const part = headingLongForm(typed, this.headingParts);
    if (!part) return undefined;
    const key = fold(part);
    const headings = new Set<number>();
    this.partsOfHeading.forEach((parts, id) => {
      if (parts.includes(key)) headings.add(id);
    });
    const ts = terms(part).filter((w) => this.df(w) > 0);
    if (!ts.length) return undefined;
    return (c) => ({ ...c, known: true, corrected: false, terms: [t], weight: c.known ? c.weight : Math.max(...ts.map((w) => this.idf(this.df(w)))), headingForm: { terms: ts, headings } });
  }

  /** Records filed under each part of a subject heading ("Further Education: Finance": both parts). */
  private countHeadingParts(): Map<string, number> {
    const perHeading = new Map<number, number>();
    for (const h of this.headingOf) if (h >= 0) perHeading.set(h, (perHeading.get(h) ?? 0) + 1);
    const parts = new Map<string, number>();
    for (const [heading, id] of this.headingIds) {
      const n = perHeading.get(id);
      if (!n) continue;
      for (const p of new Set(heading.split(':').map((x) => x.trim()).filter(Boolean))) parts.set(p, (parts.get(p) ?? 0) + n);
    }
    return parts;
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
    required: PhraseGroup[],
    filter: ((r: RecordMeta) => boolean) | undefined,
    notices: string[],
    common: Concept[] = [],
    out: QuestionReading = {},
    /** What is said of the list's order (answers first), apart from how the query was read. */
    listed: string[] = [],
  ): Ranking {
    const allTerms = [...new Set(concepts.flatMap((c) => [...c.terms, ...(c.expansion ?? []), ...(c.headingForm?.terms ?? [])]))];
    const unknown = new Set(concepts.filter((c) => !c.known).flatMap((c) => c.terms));
    // Only words missing from the archive are treated as typos: an exact word is never drowned by its neighbours.
    const fuzzyOf = (t: string) => (unknown.has(t) ? this.fuzziness(t) : 0);
    const { core, pairs, collocs } = coreOf(this.coreSource, parsed, concepts, common, fuzzyOf, out);
    // A question's words outside its core count in BM25 as any other ("asthma inhalers" beside the
    // core "low income"); weighed less, they left natural questions' answers lower (docs/ranking.md).
    // They never decide which records are in, nor their coverage: the core does.
    const m = this.scorer.match(
      allTerms.map((term) => ({ term, boost: 1, fuzzy: fuzzyOf(term) })),
      FUZZY_WEIGHT,
    );
    const termAt = new Map(allTerms.map((t, i) => [t, i]));
    // Term sets as mask bits, worked out once: the loops below ask them of every match.
    const bitsOf = (ts: readonly string[]) => termBits(m.words, ts.map((t) => termAt.get(t)!));
    const held = new Map(concepts.map((c): [Concept, Held] => [c, { any: bitsOf(c.terms), all: c.expansion && bitsOf(c.expansion), headings: c.headingForm?.headings }]));
    // A concept is held by one of its terms, or by every word of its long form (an abbreviation).
    const holdsBits = (i: number, h: Held) => holdsConcept(m, i, h, this.headingOf);
    const holds = (i: number, c: Concept) => holdsBits(i, held.get(c)!);

    // The pool: matches that hold any quoted phrase; with each one's
    // share of the core concepts (coverage) and its score, weighted by coverage squared.
    const n = m.size;
    const coverage = this.scratch.f64(0, n);
    const share = this.scratch.f64(2, n);
    const score = this.scratch.f64(1, n);
    const inPool = this.scratch.u8(0, n);
    let fuzzyMatched = false;
    // Typed words the archive does not know, until a record matches them (or a close spelling).
    const unmatched = new Set(concepts.filter((c) => !c.known && c.word));
    // Filters are not read here: the ranking is worked out on every match, and a filter then
    // only removes records from it (see the end of this function).
    const unknownBits = bitsOf([...unknown]);
    inPool.fill(1);
    if (unknown.size) {
      for (let i = 0; i < n; i++) {
        if (!fuzzyMatched && hasAny(m, i, unknownBits)) fuzzyMatched = true;
        for (const c of unmatched) if (holds(i, c)) unmatched.delete(c);
      }
    }
    // A person's name typed that no record writes decides nothing (absentName); the name alone, nothing is found.
    const absent = on('absent-names') ? this.absentName(parsed, concepts, m, holds) : undefined;
    if (absent && core.every((c) => absent.concepts.has(c) || unmatched.has(c))) inPool.fill(0);
    // A word no record holds cannot be covered: the others decide what "all the words" means.
    const left = core.filter((c) => !unmatched.has(c) && !absent?.concepts.has(c));
    const covering = left.length ? left : core;
    if (required.length) {
      // Exact phrases are required (one of them, or a plain word, for an OR group): read the text
      // only of records that hold a phrase's words, or the word.
      const groups = required.map((g) => ({
        patterns: g.phrases.map(phraseRegex),
        phraseBits: g.phrases.map((p) => bitsOf(terms(p).filter((t) => termAt.has(t)))),
        wordBits: g.words.some((t) => termAt.has(t)) ? bitsOf(g.words.filter((t) => termAt.has(t))) : undefined,
      }));
      const byWord = (g: (typeof groups)[number], i: number) => !!g.wordBits && hasAny(m, i, g.wordBits);
      const maybe: number[] = [];
      for (let i = 0; i < n; i++) {
        if (groups.every((g) => byWord(g, i) || g.phraseBits.some((b) => hasAll(m, i, b)))) maybe.push(i);
        else inPool[i] = 0;
      }
      for (let k = 0; k < maybe.length; k += this.textCache) {
        const part = maybe.slice(k, k + this.textCache);
        const texts = this.searchableAt(part.map((i) => m.docs[i]));
        for (const i of part) {
          const text = texts.get(m.docs[i]);
          if (text === undefined || !groups.every((g) => byWord(g, i) || g.patterns.some((p) => p.test(text)))) inPool[i] = 0;
        }
      }
    }
    // The place a query ends on ("flooding in Somerset") is where, not what (placeScope). A name
    // the question typed ("Hillsborough", "Rwanda") is what it asks about: a record holding none of
    // its names holds none of the topic, however many of the other words (`typed-name-held`).
    const scope = on('place-scope') ? this.placeScope(parsed, covering) : undefined;
    const nameTerms = out.names ? new Set(out.names) : undefined;
    const coreHeld = covering.map((c): CoreConcept => ({
      ...held.get(c)!,
      weight: c.weight,
      name: !!nameTerms && c.terms.length > 0 && c.terms.every((t) => nameTerms.has(t)),
      place: !!scope?.has(c),
    }));
    const unnamed = this.scratch.u8(7, n);
    const atLeast = cover(m, allTerms.length, inPool, coreHeld, this.headingOf, { coverage, share, score, unnamed });

    // Relax from "all the words" to "most of them" only when all of them find too little.
    let tau: number = TAUS[TAUS.length - 1];
    let t = 0;
    for (; t < TAUS.length; t++) {
      tau = TAUS[t]!;
      if (atLeast[t]! >= MIN_RESULTS) break;
    }
    if (atLeast[Math.min(t, TAUS.length - 1)] === 0) {
      // Nothing covers even half of the query: only the records that cover the most of it match.
      tau = 0;
      for (let i = 0; i < n; i++) if (inPool[i] && share[i] > tau) tau = share[i];
      tau = tau > 0 ? tau - 1e-9 : Infinity;
    }
    const isChosen = this.scratch.u8(1, n);
    let chosenCount = 0;
    let someLess = false;
    for (let i = 0; i < n; i++) {
      if (inPool[i] && share[i] >= tau) {
        isChosen[i] = 1;
        chosenCount++;
        if (share[i] < 0.999) someLess = true;
      }
    }
    const holdAll = { words: covering.length, records: atLeast[0]! };
    let relaxed = relaxedNotice(holdAll);
    if (covering.length > 1 && someLess) notices.push(relaxed);
    if (absent) notices.push(absentNameNotice(absent.said, covering.some((c) => !absent.concepts.has(c))));
    if (unmatched.size && (unmatched.size < concepts.length || n === 0)) {
      notices.push(unmatchedNotice([...unmatched].map((c) => c.word!), unmatched.size < concepts.length));
    }
    // Not a word of a name no record writes: the name is said to be absent instead.
    if ((concepts.some((c) => c.corrected && !absent?.concepts.has(c)) || (fuzzyMatched && !absent)) && n > 0) {
      notices.push(spellingNotice(concepts.filter((c) => c.corrected && c.typed && !absent?.concepts.has(c)).map((c) => ({ typed: c.typed!, word: c.word! }))));
    }

    const positions = () => {
      const out = this.scratch.i32(0, chosenCount);
      let k = 0;
      for (let i = 0; i < n; i++) if (isChosen[i]) out[k++] = i;
      return out;
    };
    const byScore = (i: number, j: number) => score[j] - score[i] || m.docs[i] - m.docs[j];
    const toScored = (i: number): Scored & { at: number } => ({ id: this.recs[m.docs[i]]!.id, doc: m.docs[i], score: score[i], at: i });

    const chosenBefore = positions();
    const best = topPositions(chosenBefore, RERANK, byScore);
    // Do the query's adjacent words form concepts in this archive? Decided once, on the best
    // matches before re-ranking.
    // Each record's text is folded once for all of the pairs (it is the costly part).
    let bestTexts: string[] | undefined;
    const texts = () => {
      if (!bestTexts) {
        // As markPhrases reads them: heading, question and the answer's opening.
        const whole = this.wholeAt(best.map((i) => m.docs[i]));
        bestTexts = best.map((i) => {
          const r = whole.get(m.docs[i]);
          return r ? foldForMatch(searchableText(r, PROXIMITY_ANSWER_CHARS)) : '';
        });
      }
      return bestTexts;
    };
    const together = new Map(pairs.map((p) => [p, collocs.includes(p) || this.collocations.collocatedIn(p, texts())] as const));
    // Words the archive shows form no concept at all are a bag of words, most often lifted from
    // the question someone is looking for (a known item), not a topic. A pair whose two words
    // hardly meet in the best records (undefined: too few hold both to tell) is no concept
    // either, once another pair is shown apart ("government's secretaries response annual").
    // Two words are a topic, never a bag ("nurses pay", "sanctions on Russia": answers first, not
    // the questions whose own words hold both); a known item is lifted as more of a question's
    // words. Nor is a question put in words ("how many potholes were filled last year?"), which
    // asks for answers, not for the questions that asked it before.
    const bagOfWords =
      (!TWO_WORD_TOPICS || concepts.length + common.length >= BAG_FROM) &&
      !(QUESTION_TOPICS && isQuestion(parsed.text)) &&
      (on('bag-unknown-pairs')
        ? pairs.some((p) => together.get(p) === false) && pairs.every((p) => together.get(p) !== true)
        : pairs.length > 0 && pairs.every((p) => together.get(p) === false));
    // The best hundred are read closely: words standing together, recency, clipped or missing answers.
    const top = best.map(toScored);
    // The archive's own multi-word concepts, when the question has them, decide proximity.
    // A word the archive does not hold pairs with nothing: the other words are read as typed without it.
    // Nor with the place the query ends on: "services in Scotland" is no name of the topic's ("ferry services").
    const judged = pairs.filter((p) => !unmatched.has(p.a) && !unmatched.has(p.b) && !scope?.has(p.a) && !scope?.has(p.b));
    this.collocations.markPhrases(top, collocs.length ? collocs : judged);
    // A known item's date says nothing about whether it is the one looked for: no nudge.
    if (!bagOfWords) this.recencyTieBreak(top);
    // A clipped answer looks short to BM25 (it is scored on 255 characters), which flatters
    // it against complete ones; and it shows the reader less. Undo part of that advantage.
    for (const s of top) if (this.recs[s.doc]!.answerTextClipped) s.score *= CLIPPED_FACTOR;
    const tier = this.scratch.u8(2, n);
    for (const s of top) {
      score[s.at] = s.score;
      if (s.phrase) tier[s.at] = 1;
    }

    // Subject-heading feedback (see headingShares): may bring pool records into the chosen.
    const shares = this.headingShares(topPositions(chosenBefore, FEEDBACK_DEPTH, byScore).map((i) => m.docs[i]));
    // When the words were relaxed (fewer than a page of records hold them all), the records that
    // do hold them all are the surest evidence of the topic, and the best twenty of all matches
    // are mostly records holding the rarer word alone ("Drugs: Shortages" for "teacher shortage").
    // Then the headings of the records holding all of the words decide which of the others are on
    // the topic. Those records themselves keep the usual votes: a handful of them must not lift
    // each other above the one looked for.
    let partialShares = shares;
    if (RELAXED_FEEDBACK && someLess && !bagOfWords) {
      const full: number[] = [];
      for (let i = 0; i < n; i++) if (isChosen[i] && share[i] >= 0.999) full.push(i);
      if (full.length >= RELAXED_FEEDBACK_MIN) {
        partialShares = this.headingShares(topPositions(Int32Array.from(full), FEEDBACK_DEPTH, byScore).map((i) => m.docs[i]!), RELAXED_FEEDBACK_MIN);
      }
    }
    if (HEADING_FEEDBACK && (shares.size || partialShares.size)) {
      // Shares by heading id in arrays (0: not the topic's), as this reads one for every match:
      // for records holding every word, and for the others.
      const shareOf = this.scratch.f64(3, this.headingIds.size);
      for (const [h, sh] of shares) shareOf[h] = sh;
      let partialOf = shareOf;
      if (partialShares !== shares) {
        partialOf = this.scratch.f64(4, this.headingIds.size);
        for (const [h, sh] of partialShares) partialOf[h] = sh;
      }
      const docs = m.docs;
      const headingOf = this.headingOf;
      for (let i = 0; i < n; i++) {
        const h = headingOf[docs[i]!]!;
        const sh = (share[i] >= 0.999 ? shareOf : partialOf)[h];
        if (!sh || !(isChosen[i] || (inPool[i] && coverage[i] > 0))) continue;
        if (!isChosen[i]) {
          isChosen[i] = 1;
          chosenCount++;
        }
        score[i] *= 1 + HEADING_BOOST * sh;
        // Filed under the topic, a record is about it even in other words than the query's: its
        // missing words cost it coverage once, not squared.
        if (HEADING_COVERAGE && COVERAGE && coverage[i] > 0) score[i] /= coverage[i];
        // The phrase tier is for the headings the best matches agree on (relaxed-feedback's lift scores only).
        if (shareOf[h]) tier[i] = 1;
      }
    }

    // Fewer than a page even of records holding most of the words: the page is filled with the
    // best of those holding fewer, by the same coverage-weighted score ("church roof repairs" had
    // listed the two records holding two of its words, where "church roof" lists ninety). They
    // come after the ranking is decided, and after every record of it (answered or not).
    let filling: number[] = [];
    if (FILL_PAGE && chosenCount < MIN_RESULTS && covering.length > 1) {
      const rest: number[] = [];
      for (let i = 0; i < n; i++) if (inPool[i] && !isChosen[i] && share[i] > 0 && !unnamed[i]) rest.push(i);
      filling = topPositions(Int32Array.from(rest), MIN_RESULTS - chosenCount, byScore);
      for (const i of filling) isChosen[i] = 1;
      chosenCount += filling.length;
      if (filling.length) {
        // Said as it is: some of the page holds fewer than most of the words.
        if (notices.includes(relaxed)) notices.splice(notices.indexOf(relaxed), 1);
        relaxed = relaxedNotice(holdAll, true);
        notices.push(relaxed);
      }
    }
    let order: Uint8Array | undefined;
    // Does the archive show the query's words as one phrase ("county lines")?
    const asPhrase = judged.length > 0 && judged.every((p) => together.get(p));
    // Four keywords or more that hold a name of the archive's but are no phrase ("aviation
    // authority staff employed") are most often the words of one question looked for, as a bag of
    // words is: the records whose own heading and question hold every one come first, and answers
    // first within them, so a question awaiting an answer is found by its own words.
    const ownTier =
      on('own-words-tier') && !bagOfWords && !asPhrase && !isQuestion(parsed.text) && concepts.length + common.length >= OWN_TIER_FROM;
    if ((bagOfWords && on('own-words')) || ownTier) {
      // Records whose own words (heading and question, not the department's answer) hold all of
      // them come first; for a bag of words, among those, the ones holding more of the words as
      // typed (not only as stems).
      order = this.scratch.u8(3, n);
      const head = topPositions(positions(), RERANK, byScore);
      const own = this.ownWords(head.map((i) => m.docs[i]), core);
      head.forEach((i, k) => {
        if (own[k] !== undefined) order![i] = bagOfWords ? 1 + Math.min(own[k]!, 254) : 1;
      });
    } else if (!bagOfWords && on('phrase-tier') && asPhrase) {
      // Records with the query as a phrase, or filed under the query's topic heading, come
      // before records that merely contain the words somewhere: only when the archive shows
      // the words form a concept ("county lines").
      order = tier;
      if (on('name-company')) {
        const named = judged.filter((p) => held.has(p.a) && held.has(p.b));
        const pairsHeld = named.map((p) => [held.get(p.a)!, held.get(p.b)!] as const);
        chosenCount -= this.coincidences(m, top, tier, isChosen, pairsHeld, holdsBits, named.map((p) => [p.a.terms, p.b.terms] as const));
        // When none of the records holding only some of the words is left, the notice is not true.
        let lessLeft = false;
        for (let i = 0; i < n && !lessLeft; i++) if (isChosen[i] && share[i] < 0.999) lessLeft = true;
        if (!lessLeft && notices.includes(relaxed)) notices.splice(notices.indexOf(relaxed), 1);
      }
    }
    // Answers first, for a topic or a question: a question awaiting an answer (or holding one)
    // follows every answered one. A bag of words is most often a known item, which may be either.
    const awaiting = this.scratch.u8(4, n);
    const answeredOf = this.answeredOf;
    for (let i = 0; i < n; i++) if (isChosen[i] && answeredOf[m.docs[i]!] === 0) awaiting[i] = 1;
    // Only now the filters: they remove records from the ranking and change nothing else.
    if (filter) {
      for (let i = 0; i < n; i++) {
        if (isChosen[i] && !filter(this.recs[m.docs[i]]!)) {
          isChosen[i] = 0;
          chosenCount--;
        }
      }
    }
    if (parsed.exclude.length) {
      const kept = positions();
      const out = this.excluded(Array.from(kept, (i) => m.docs[i]), parsed.exclude);
      for (const i of kept) {
        if (out.has(m.docs[i])) {
          isChosen[i] = 0;
          chosenCount--;
        }
      }
    }
    const answersFirst = ANSWERS_FIRST && !bagOfWords;
    if (answersFirst && parsed.filters.answered === undefined) {
      let waiting = 0;
      // The highest tier holding a question awaiting an answer, and the lowest holding an answer (see tierAhead).
      let waitingTop = -1;
      let answeredLow = 256;
      for (let i = 0; i < n; i++) {
        if (!isChosen[i]) continue;
        const t = order ? order[i]! : 0;
        if (awaiting[i]) {
          waiting++;
          if (t > waitingTop) waitingTop = t;
        } else if (t < answeredLow) answeredLow = t;
      }
      // Counted as the reply's total is: a question put to several departments once (none when another department answered it).
      const questions = waiting > 0 && waiting < chosenCount ? countQuestions(Array.from(positions(), (i) => m.docs[i]!), this.groups, this.answeredOf).awaiting : 0;
      // A question awaiting an answer among the records holding the most words comes before an
      // answer filling the page ("church roof repairs"): then answers do not all come first.
      let filledBehind = false;
      if (filling.length) {
        const filled = new Set(filling);
        let waitingAhead = false;
        for (let i = 0; i < n && !waitingAhead; i++) if (isChosen[i] && awaiting[i] && !filled.has(i)) waitingAhead = true;
        filledBehind = waitingAhead && filling.some((i) => isChosen[i] && !awaiting[i]);
      }
      // So does one in a tier above an answer (the query as a phrase, or its words in a question's own).
      const tierAhead = waitingTop > answeredLow;
      // In date order ("sort:newest") they are not put after the answers: say how to leave them out instead.
      if (questions > 0) listed.push(awaitingCountNotice(questions, parsed.sort === 'relevance' && !filledBehind && !tierAhead));
    }
    // The records filling the page follow all the others (2 ranks after 1, awaiting an answer).
    let after = answersFirst ? awaiting : undefined;
    if (filling.length) {
      after ??= awaiting.fill(0);
      for (const i of filling) after[i] = 2 + after[i]!;
    }
    return new MatchRanking(this.scorer, m, positions(), score, order, this.recs, after);
  }

  /**
   * When the query's words are a name the archive writes together ("county lines"), a record
   * that holds them apart, or only some of them, is on the topic when the archive puts it in the
   * company of the records holding the name: answered by a department that answered one of
   * them, or filed under a heading part one of theirs has ("Pakistan: Religious Freedom" beside
   * "Syria: Religious Freedom"). Otherwise the words met by chance ("South Fylde Line … Lancashire
   * County Council") and it does not match. Records past the closely read best hundred that hold
   * every word cannot be told from the name's own, and stay. Only when at least
   * `NAME_COMPANY_MIN` records hold the name: fewer say too little of where it is filed.
   * A record holding one word of the name alone, where the name's own records never use that word
   * alone (bound: "county", "lines"), holds nothing of the topic whatever its department, unless
   * filed beside them under that word. "fish", which most "Fisheries: …" records hold without
   * "rights", is not bound, and a record holding it stays.
   * Returns how many records it took out of `isChosen`.
   */
  private coincidences<B>(
    m: Matches,
    top: { at: number }[],
    tier: Uint8Array,
    isChosen: Uint8Array,
    pairs: (readonly [B, B])[],
    holdsBits: (i: number, h: B) => boolean,
    terms: (readonly [string[], string[]])[],
  ): number {
    const ms = internals(this.index);
    const headingTerm = new Map(terms.flat(2).map((t) => [t, ms._index.get(t)?.get(ms._fieldIds.heading)] as const));
    // The name's company: the departments, headings and heading parts of the records holding it.
    const bodies = new Set<string>();
    const headings = new Set<number>();
    const parts = new Set<string>();
    const partsOf = (doc: number) => this.partsOfHeading[this.headingOf[doc]!] ?? [];
    let named = 0;
    for (let i = 0; i < m.size; i++) {
      if (!isChosen[i] || !tier[i]) continue;
      named++;
      const doc = m.docs[i]!;
      bodies.add(this.recs[doc]!.answeringBody ?? '');
      if (this.headingOf[doc]! >= 0) headings.add(this.headingOf[doc]!);
      for (const part of partsOf(doc)) parts.add(part);
    }
    if (named < NAME_COMPANY_MIN) return 0;
    const read = this.scratch.u8(6, m.size);
    for (const s of top) read[s.at] = 1;
    // Which words of the name its own records use alone, under the headings they are filed under.
    const bound = pairs.map(([a, b]) => {
      let holdsA = 0;
      let holdsB = 0;
      let both = 0;
      for (let i = 0; i < m.size; i++) {
        if (!headings.has(this.headingOf[m.docs[i]!]!)) continue;
        const ha = holdsBits(i, a);
        const hb = holdsBits(i, b);
        if (ha) holdsA++;
        if (hb) holdsB++;
        if (ha && hb) both++;
      }
      const isBound = (held: number) => held >= NAME_BOUND_MIN && both / held >= NAME_BOUND_SHARE;
      return [isBound(holdsA), isBound(holdsB)] as const;
    });
    let dropped = 0;
    for (let i = 0; i < m.size; i++) {
      if (!isChosen[i] || tier[i]) continue;
      const doc = m.docs[i]!;
      // A word bound to the name that it holds without the other: on the topic when filed beside
      // the name's records under that word ("Probation: Staff" for "probation service"), not
      // otherwise, whatever its department ("Drugs: Prices … in line with" for county lines).
      let alone: string[] | undefined;
      pairs.forEach(([a, b], k) => {
        if (holdsBits(i, a) && !holdsBits(i, b) && bound[k]![0]) alone = terms[k]![0];
        if (holdsBits(i, b) && !holdsBits(i, a) && bound[k]![1]) alone = terms[k]![1];
      });
      const beside = partsOf(doc).some((part) => parts.has(part));
      if (alone) {
        if (beside && alone.some((t) => headingTerm.get(t)?.has(doc))) continue;
      } else {
        if (beside) continue;
        // Read closely and not holding the name; or, further down, holding only some of its words.
        if (!read[i] && !pairs.some(([a, b]) => holdsBits(i, a) !== holdsBits(i, b))) continue;
        if (bodies.has(this.recs[doc]!.answeringBody ?? '')) continue;
      }
      isChosen[i] = 0;
      dropped++;
    }
    return dropped;
  }

  /**
   * Parliament files every question under a subject heading ("Housing: Construction",
   * "Coronavirus: Vaccination"): a controlled vocabulary. When the best matches crowd under
   * a few headings, those headings are the query's topic: records filed there that match
   * part of the query join the results, and all records filed there rank higher.
   * Returns heading → share of the best matches filed under it.
   */
  private headingShares(best: number[], fewest = FEEDBACK_DEPTH / 2): Map<number, number> {
    const shares = new Map<number, number>();
    if (best.length < fewest) return shares;
    const counts = new Map<number, number>();
    for (const doc of best) {
      const h = this.headingOf[doc];
      if (h >= 0) counts.set(h, (counts.get(h) ?? 0) + 1);
    }
    for (const [h, c] of counts) if (c / best.length >= FEEDBACK_SHARE) shares.set(h, c / best.length);
    return shares;
  }

  /**
   * For each record, when its heading and question contain every concept (words the archive
   * does not know are not asked for), how many of the query's words it has there as typed.
   */
  private ownWords(docs: number[], concepts: Concept[]): (number | undefined)[] {
    const wanted = concepts.filter((c) => c.known);
    const typed = [...new Set(wanted.flatMap((c) => (c.word ? [c.word] : [])))];
    if (wanted.length === 0) return [];
    // The index already holds each record's heading and question terms (the same terms() the
    // text would give): read its postings rather than tokenise a hundred questions per query.
    const ms = internals(this.index);
    const own = [ms._fieldIds.heading, ms._fieldIds.questionText];
    const postings = new Map(wanted.flatMap((c) => c.terms).map((t) => [t, ms._index.get(t)] as const));
    const holds = (t: string, doc: number) => {
      const p = postings.get(t);
      return !!p && own.some((f) => p.get(f)?.has(doc));
    };
    const holding = docs.filter((doc) => wanted.every((c) => c.terms.some((t) => holds(t, doc))));
    const whole = this.wholeAt(holding);
    return docs.map((doc) => {
      const r = whole.get(doc);
      if (!r || !wanted.every((c) => c.terms.some((t) => holds(t, doc)))) return undefined;
      const text = `${r.heading ?? ''} \n ${r.questionText}`;
      const surface = new Set(words(text).map((w) => w.word.replace(/[^\p{L}\p{N}]/gu, '')));
      return typed.filter((w) => surface.has(w)).length;
    });
  }

  /**
   * A person's name typed that no record writes ("Andrew Tate", "Lucy Letby"): two or three words
   * typed with capitals, the first a first name of one of the archive's members, the others rare in
   * the archive (`TYPED_NAME_DF`: "Mark Scheme" names no one), which no record
   * holds as written (or one of which the archive does not hold at all). Its words, met apart or
   * alone, are someone or something else's ("Tate", the gallery's; "Letby" read as a close
   * spelling), so they decide nothing: the reply says no answer names them. Undefined when the
   * query types no such name, or the archive writes it.
   */
  private absentName(parsed: ParsedQuery, concepts: Concept[], m: Matches, holds: (i: number, c: Concept) => boolean): { concepts: Set<Concept>; said: string } | undefined {
    const gs = parsed.groups;
    const typed = (k: number) => plainText(gs[k]);
    const N = Math.max(1, this.index.documentCount);
    for (let i = 0; i + 1 < gs.length; i++) {
      const first = typed(i);
      if (!first || !/^\p{Lu}/u.test(first) || !this.roster.isFirstName(fold(first))) continue;
      let end = i + 1;
      while (end < gs.length && end < i + 3 && /^\p{Lu}\p{Ll}/u.test(typed(end) ?? '') && term(fold(typed(end)!))) end++;
      if (end === i + 1) continue;
      const [from, to] = [conceptPos(gs, i), conceptPos(gs, end)];
      const run = concepts.filter((c) => c.pos !== undefined && c.pos >= from && c.pos < to);
      // Each word its own concept: a very common one dropped from the concepts leaves the name unread.
      if (run.length !== end - i) continue;
      // A surname is rare in the archive, as a name typed is (`TYPED_NAME_DF`): "Mark Scheme" names no one.
      if (run.slice(1).some((c) => c.known && !c.corrected && c.terms.some((t) => this.df(t) / N >= TYPED_NAME_DF))) continue;
      const said = Array.from({ length: end - i }, (_, k) => typed(i + k)!).join(' ');
      if (run.every((c) => c.known && !c.corrected)) {
        const both: number[] = [];
        for (let k = 0; k < m.size && both.length < NAME_SAMPLE; k++) if (run.every((c) => holds(k, c))) both.push(k);
        if (both.length === NAME_SAMPLE) continue;
        const written = phraseRegex(said);
        const texts = this.searchableAt(both.map((k) => m.docs[k]!));
        if (both.some((k) => written.test(texts.get(m.docs[k]!) ?? ''))) continue;
      }
      return { concepts: new Set(run), said };
    }
    return undefined;
  }

  /**
   * The place a query ends on, after "in" ("flooding in Somerset", "potholes in Kent", "knife crime
   * in the North East", "school closures in Wales"): where the topic is asked about, not the topic.
   * A place is one of the UK's nations, or a run of words of a seat the archive's members sit for
   * ("Somerset" of "North Somerset", "Kent" of "Weald of Kent"; not "North" or "and" alone). When
   * too few records hold every word, a record naming the place alone ("Hospital Beds: Somerset")
   * holds none of the topic and is not among "most of the words"; one naming the place and some of
   * the topic ("Railways: Wales" for "rail investment in wales") is, as before. Undefined when the
   * query ends on no place, or the place is all it asks.
   */
  private placeScope(parsed: ParsedQuery, covering: Concept[]): Set<Concept> | undefined {
    const gs = parsed.groups;
    const isPlace = (from: number, to: number) => {
      const typed = gs.slice(from, to).map((g) => plainText(g));
      return typed.length > 0 && typed.length <= MAX_PLACE_WORDS && typed.every((w) => w !== undefined) && this.roster.isPlace(typed.map((w) => fold(w!)).join(' '));
    };
    /** The concepts typed in groups [from, to), when they are some of the query's, not all. */
    const scopeOf = (from: number, to: number) => {
      const [lo, hi] = [conceptPos(gs, from), conceptPos(gs, to)];
      const place = covering.filter((c) => c.pos !== undefined && c.pos >= lo && c.pos < hi);
      return place.length && place.length < covering.length ? new Set(place) : undefined;
    };
    let at = -1;
    for (let i = gs.length - 1; i >= 0 && at < 0; i--) {
      const w = plainText(gs[i])?.toLowerCase();
      if (w === undefined) return undefined;
      if (w === 'in') at = i;
    }
    if (at >= 0) {
      const from = at + (plainText(gs[at + 1])?.toLowerCase() === 'the' ? 2 : 1);
      return isPlace(from, gs.length) ? scopeOf(from, gs.length) : undefined;
    }
    // Typed without "in", a place ending or opening a topic's words ("flooding Somerset", "Somerset
    // flooding") is where too, longest first: "Hospital Beds: Somerset" holds none of the flooding.
    for (let k = Math.min(MAX_PLACE_WORDS, gs.length - 1); k > 0; k--) {
      if (isPlace(gs.length - k, gs.length)) return scopeOf(gs.length - k, gs.length);
      if (isPlace(0, k)) return scopeOf(0, k);
    }
    return undefined;
  }

  /** Between equally good answers, the more recent is the more useful: a light nudge. */
  private recencyTieBreak(top: Scored[]): void {
    // Age is counted from the archive's last date (the roster's, read again after records come or go).
    const last = this.roster.dateSpan()?.last;
    const newest = last ? Date.parse(last) : 0;
    for (const s of top) {
      const d = recordDate(this.recs[s.doc]!);
      if (!d || !newest) continue;
      const ageYears = Math.max(0, (newest - Date.parse(d)) / (365.25 * 864e5));
      s.score *= 1 + RECENCY_BOOST * Math.exp(-ageYears);
    }
  }



  /** The records (short ids) whose text holds an excluded word or phrase. */
  private excluded(docs: number[], exclude: Alternative[]): Set<number> {
    const out = new Set<number>();
    const patterns = exclude.map((a) => (a.kind === 'phrase' ? phraseRegex(a.text) : wordRegex(a.text)));
    for (let k = 0; k < docs.length; k += this.textCache) {
      for (const [doc, text] of this.searchableAt(docs.slice(k, k + this.textCache))) if (patterns.some((p) => p.test(text))) out.add(doc);
    }
    return out;
  }
}

/** A record's heading, question, answer (its first `answerChars` characters) and department, as one text. */
export function searchableText(r: QaRecord, answerChars = Infinity): string {
  return [r.heading, r.questionText, r.answerText?.slice(0, answerChars), r.answeringBody].filter(Boolean).join(' \n ');
}

/** An excluded word also excludes its plural and other endings ("-scooter" drops "scooters"). */
function wordRegex(word: string): RegExp {
  const ws = fold(word).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new RegExp(`(?<![\\p{L}\\p{N}])${ws.map(escapeRe).join('[^\\p{L}\\p{N}]+')}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'u');
}

