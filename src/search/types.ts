// What the search core offers the rest of the bot. Async, so the index may live in a worker.
import type { QaRecord, RecordMeta } from '../record.ts';
import type { TimelinessRow, TimelinessPer } from './timeliness.ts';

/** A passage of a record with the query's matched terms marked. */
export interface Excerpt {
  /** Where the passage comes from. */
  field: 'answer' | 'question' | 'heading';
  /** Consecutive pieces; `match: true` pieces are the matched terms (render as bold). */
  segments: { text: string; match: boolean }[];
  /** True when text was cut before / after the passage (render an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface Hit {
  record: QaRecord;
  score: number;
  excerpt: Excerpt;
  /** Records with the same question text put to other departments (grouped under this hit). */
  alsoAskedOf?: { id: string; answeringBody?: string; url: string }[];
  /**
   * The answer this one only refers to ("I refer the hon. Member to the answer … to Question
   * 16274"), when the archive holds it: the excerpt shows its passage, and a direct answer reads it.
   */
  referredTo?: QaRecord;
}

export interface StatsRow {
  label: string;
  count: number;
}

export interface StatsReply {
  kind: 'stats';
  query: string;
  total: number;
  /** Of the total, the questions awaiting an answer. */
  awaiting?: number;
  /** How the query was read, as a search says it ("Few answers contain all of your words …", a member, a period). */
  notices?: string[];
  /** How many members asked them (those the archive names): "how many MPs asked about Gaza?" */
  askers?: number;
  byAnsweringBody: StatsRow[];
  byYear: StatsRow[];
  /** The asking members' parties when they asked (unknown ones left out, as askers are). */
  byParty: StatsRow[];
  topAskers: StatsRow[];
}

/** A timeliness league table: the rows, worst first, and what they cover. */
export interface Timeliness {
  rows: TimelinessRow[];
  /** Questions due in the period. */
  due: number;
  from: string;
  to: string;
  today: string;
  per: TimelinessPer;
  /** `today` is the date of the archive's latest record, long before today's (a snapshot, or a stopped ingest). */
  asOfArchive?: boolean;
}

export interface SearchRequest {
  /** Query in the query language (see src/search/query.ts and `qa help`). */
  query: string;
  limit?: number;
  offset?: number;
  /** Extra restriction applied after the query's own filters (e.g. "records new since the last digest"). */
  onlyIds?: ReadonlySet<string>;
}

export interface SearchResponse {
  total: number;
  /** Of the total, the questions awaiting an answer (a question put to several departments counts once, as in the total). */
  awaiting?: number;
  hits: Hit[];
  /** Advice to show the user (an ignored word, a corrected filter …). */
  notices: string[];
  /** Words the query looked for, after stop words: used for highlighting and answers. */
  terms: string[];
  /** For a question: its key concepts (each a list of index terms, any of which will do), for direct answers. */
  subject?: string[][];
  /** For a question: its subject's terms read from a word the archive does not have, by a close spelling that is no common slip ("pilates" as "pilots"). */
  guessed?: string[];
  /** For a question: its subject's terms from a word the archive has nowhere, and no spelling of it corrected: what the question is about may not be in the archive at all. */
  unknown?: string[];
  /** For a question: the terms of the names it types with a capital that few records hold ("Protector", "HALEU"): a name the question is about. */
  named?: string[];
  /** For a question: the archive's abbreviations whose long form holds a subject word (index terms of their long forms, by the abbreviation's term). */
  abbreviations?: Record<string, string[]>;
}

export interface Searcher {
  /** Rejects with QueryError (a message meant for the user) on bad syntax or an over-long query. */
  search(req: SearchRequest): Promise<SearchResponse>;
  /** Every record the query matches (no paging, no grouping), best first: for stats. */
  matchAll(query: string): Promise<RecordMeta[]>;
  /** How many records match, by department, year and asker (counted where the index is). */
  stats(query: string): Promise<StatsReply>;
  /** Answered on time or not, per department (member, month), for the filters given (counted where the index is). */
  timeliness(query: string): Promise<Timeliness>;
  get(id: string): QaRecord | undefined;
  readonly size: number;
}

/** A problem with what the user typed. `message` is for the user; `hint` shows what to type instead. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}
