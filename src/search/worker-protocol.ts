// Messages between the main thread and the search worker.
import type { Hit } from '../bot/reply.ts';
import type { SearchRequest, SearchResponse } from './types.ts';

export type WorkerRequest = { id: number; op: 'search'; req: SearchRequest } | { id: number; op: 'matchAll'; query: string };

export type RequestBody = WorkerRequest extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

export type WireHit = Omit<Hit, 'record'> & { recordId: string };

export type WireResponse = Omit<SearchResponse, 'hits'> & { hits: WireHit[] };

export type WorkerReply =
  | { id: number; ok: true; result?: WireResponse; ids?: string[] }
  | { id: number; ok: false; queryError?: { message: string; hint?: string }; error?: string };
