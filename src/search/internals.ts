// The parts of MiniSearch 7's private state this project reads or fills directly, named in one
// place: document frequencies (engine.ts) and saving/loading the index a line at a time
// (persist.ts). Public MiniSearch offers neither without copying the whole index.
import type MiniSearch from 'minisearch';

/** field id → (document short id → term frequency) */
export type FieldPostings = Map<number, Map<number, number>>;

export interface MiniSearchInternals {
  _index: Iterable<[string, FieldPostings]> & {
    get(term: string): FieldPostings | undefined;
    set(term: string, data: FieldPostings): unknown;
  };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

export function internals<T>(ms: MiniSearch<T>): MiniSearchInternals {
  return ms as unknown as MiniSearchInternals;
}
