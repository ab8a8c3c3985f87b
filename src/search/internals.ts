// The parts of MiniSearch 7's private state this project reads or fills directly, named in one
// place: document frequencies (engine.ts), scoring straight from the term index (scorer.ts),
// and saving/loading the index a line at a time (persist.ts). Public MiniSearch offers none of
// these without copying the whole index or a result object per match.
import type MiniSearch from 'minisearch';

/** field id → (document short id → term frequency) */
export type FieldPostings = Map<number, Map<number, number>>;

export interface MiniSearchInternals {
  _index: Iterable<[string, FieldPostings]> & {
    get(term: string): FieldPostings | undefined;
    set(term: string, data: FieldPostings): unknown;
    delete(term: string): unknown;
    /** Terms within `maxDistance` edits of `term`: term → [postings, distance]. */
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

export function internals<T>(ms: MiniSearch<T>): MiniSearchInternals {
  return ms as unknown as MiniSearchInternals;
}

/** The records in MiniSearch short-id order (the order `groups` arrays follow). */
export function recordsByShortId<T extends { id: string }>(index: MiniSearch<never> | MiniSearch<unknown>, records: Iterable<T> | Map<string, T>): (T | undefined)[] {
  let byId: Map<string, T>;
  if (records instanceof Map) byId = records;
  else {
    byId = new Map();
    for (const r of records) byId.set(r.id, r);
  }
  const m = internals(index);
  const out = new Array<T | undefined>(m._nextId);
  for (const [short, id] of m._documentIds) out[short] = byId.get(id as string);
  return out;
}

/** Each field's total length over the documents held (integers, so sums stay exact as documents come and go). */
export function fieldLengthSums<T>(index: MiniSearch<T>): number[] {
  const m = internals(index);
  const fields = Object.keys(m._fieldIds).length;
  const sums = new Array<number>(fields).fill(0);
  for (const lengths of m._fieldLength.values()) for (let f = 0; f < fields; f++) sums[f] += lengths[f] ?? 0;
  return sums;
}

/**
 * Set each field's average length to the exact mean over the documents held. MiniSearch keeps a
 * running mean as documents come and go, which drifts with every update; an index updated in
 * place and one built afresh must score alike.
 */
export function exactAverageFieldLengths<T>(index: MiniSearch<T>, sums: number[] = fieldLengthSums(index)): void {
  const m = internals(index);
  const n = m._documentCount;
  sums.forEach((sum, f) => (m._avgFieldLength[f] = n > 0 ? sum / n : 0));
}
