// Messages between the main thread and the search worker.
import type { StatsReply } from './types.ts';
import type { RecordMeta } from '../record.ts';
import type { SearchRequest, SearchResponse, Timeliness } from './types.ts';

/** What the worker is started with: the archive it serves (see locateArchive). */
export interface WorkerConfig {
  data: string[];
  members?: string;
  dbFile: string;
  indexDir: string;
  /** Import new or changed source files before loading the index (the bot's start). */
  importSources: boolean;
  /** How often the worker looks for changes other processes wrote (ms); 0: only when asked. */
  pollMs: number;
}

export type WorkerRequest =
  | { id: number; op: 'search'; req: SearchRequest }
  | { id: number; op: 'matchAll'; query: string }
  | { id: number; op: 'stats'; query: string }
  | { id: number; op: 'timeliness'; query: string }
  /** Apply every change written to the store so far; replies when searches see them. */
  | { id: number; op: 'refresh' }
  /** Write a snapshot at the index's current seq. */
  | { id: number; op: 'save' };

export type RequestBody = WorkerRequest extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/** Records travel with the hits: the version the index holds, never one read elsewhere. */
export type WireResponse = SearchResponse;

export interface LiveState {
  /** The store's last change the index includes. */
  seq: number;
  records: number;
  /** Records changed by this refresh. */
  applied?: number;
}

export type WorkerReply =
  | { id: number; ok: true; result?: WireResponse; records?: RecordMeta[]; stats?: StatsReply; timeliness?: Timeliness; state?: LiveState }
  | { id: number; ok: false; queryError?: { message: string; hint?: string }; error?: string };

/** Unprompted messages: ready (once), log lines, and the index's state after a catch-up it did by itself. */
export type WorkerEvent = { event: 'ready'; state: LiveState; how: 'loaded' | 'built' } | { event: 'log'; line: string } | { event: 'state'; state: LiveState };
