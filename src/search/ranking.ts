// A query's ranking as the engine hands it on: the records in order, worked out only as far as
// they are read (a page of ten from 100,000 matches needs the best few dozen), and the per-query
// arrays the engine ranks in.
import type { RecordMeta } from '../record.ts';
import type { Matches } from './scorer.ts';

export interface Ranked {
  id: string;
  /** MiniSearch short id: the record's place in the engine's arrays. */
  doc: number;
  score: number;
}

/**
 * The records a query found, in order. Only as much of the order as is read is worked out:
 * a page of ten from 100,000 matches needs the best few dozen, not a sort of all of them.
 */
export interface Ranking {
  readonly size: number;
  /** The first k records, in order. */
  head(k: number): Ranked[];
  /** Every record in the ranking (short ids), in no particular order. */
  docs(): Int32Array;
  /** The record at docs()[k], as head() gives it (so compare() places it without a lookup). */
  at(k: number): Ranked;
  /** Orders two records of the ranking as head() does (negative: a first). */
  compare(a: Ranked, b: Ranked): number;
  /** Index terms to highlight in a record (spelling variants the record holds included). */
  matched(r: Ranked): readonly string[];
}

/** A ranking already in order (filter-only queries, and orders by date). */
export class ListRanking implements Ranking {
  constructor(private readonly list: Ranked[], private readonly order: (a: Ranked, b: Ranked) => number) {}
  get size(): number {
    return this.list.length;
  }
  head(k: number): Ranked[] {
    return this.list.slice(0, k);
  }
  docs(): Int32Array {
    return Int32Array.from(this.list, (r) => r.doc);
  }
  at(k: number): Ranked {
    return this.list[k]!;
  }
  compare(a: Ranked, b: Ranked): number {
    return this.order(a, b);
  }
  matched(): readonly string[] {
    return [];
  }
}

/**
 * A relevance ranking over the scorer's matches: `chosen` positions, ordered by tier (records
 * with the query as a phrase or filed under its topic) and then score.
 */
export class MatchRanking implements Ranking {
  private sorted: Ranked[] = [];
  constructor(
    /** Which of the query's terms (spelling variants included) a record holds, for highlighting: the engine's scorer. */
    private readonly scorer: { matchedTerms(doc: number, variants: string[][]): string[] },
    private readonly m: Matches,
    private readonly chosen: Int32Array,
    private readonly score: Float64Array,
    private readonly tier: Uint8Array | undefined,
    private readonly recs: readonly (RecordMeta | undefined)[],
    /** 1 for a record awaiting an answer: after every answered record; 2 or 3 for one filling the page: after both. */
    private readonly awaiting?: Uint8Array,
  ) {}
  get size(): number {
    return this.chosen.length;
  }
  private cmp = (i: number, j: number): number =>
    (this.tier ? this.tier[j] - this.tier[i] : 0) ||
    (this.awaiting ? this.awaiting[i] - this.awaiting[j] : 0) ||
    this.score[j] - this.score[i] ||
    this.m.docs[i] - this.m.docs[j];
  head(k: number): Ranked[] {
    k = Math.min(k, this.size);
    if (this.sorted.length < k) this.sorted = topPositions(this.chosen, k, this.cmp).map((i) => this.ranked(i));
    return this.sorted.slice(0, k);
  }
  at(k: number): Ranked {
    return this.ranked(this.chosen[k]!);
  }
  private ranked(i: number): Ranked {
    return { id: this.recs[this.m.docs[i]!]!.id, doc: this.m.docs[i]!, score: this.score[i]!, at: i } as Ranked;
  }
  docs(): Int32Array {
    // A plain loop: Int32Array.from with a mapping function costs a call per record (100,000 at the full archive).
    const out = new Int32Array(this.chosen.length);
    for (let k = 0; k < out.length; k++) out[k] = this.m.docs[this.chosen[k]!]!;
    return out;
  }
  compare(a: Ranked, b: Ranked): number {
    return this.cmp((a as Ranked & { at: number }).at, (b as Ranked & { at: number }).at);
  }
  matched(r: Ranked): readonly string[] {
    return this.scorer.matchedTerms(r.doc, this.m.variants);
  }
}

/**
 * The positions (of `from`) of the k best by `cmp`, best first: a bounded heap, so choosing ten
 * from a hundred thousand costs one pass, not a sort.
 */
export function topPositions(from: Int32Array, k: number, cmp: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k >= from.length) return Array.from(from).sort(cmp);
  // heap[0] is the worst of the best k so far.
  const heap: number[] = [];
  const worse = (a: number, b: number) => cmp(a, b) > 0;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l], heap[w])) w = l;
      if (r < heap.length && worse(heap[r], heap[w])) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w], heap[i]];
      i = w;
    }
  };
  for (const x of from) {
    if (heap.length < k) {
      heap.push(x);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i], heap[p])) break;
        [heap[i], heap[p]] = [heap[p], heap[i]];
        i = p;
      }
    } else if (cmp(x, heap[0]) < 0) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort(cmp);
}

/**
 * Per-query arrays, kept between queries: fresh typed arrays for every 100,000 matches make V8
 * collect its (multi-gigabyte, at the full archive) heap far more often. A view holds until the
 * same slot is asked for again, so a ranking is read before the next query starts.
 */
export class Scratch {
  private readonly bufs = { f64: [] as Float64Array[], u8: [] as Uint8Array[], i32: [] as Int32Array[] };
  f64(slot: number, n: number): Float64Array {
    return this.view(this.bufs.f64, slot, n, (k) => new Float64Array(k));
  }
  u8(slot: number, n: number): Uint8Array {
    return this.view(this.bufs.u8, slot, n, (k) => new Uint8Array(k));
  }
  i32(slot: number, n: number): Int32Array {
    return this.view(this.bufs.i32, slot, n, (k) => new Int32Array(k));
  }
  private view<A extends Float64Array | Uint8Array | Int32Array>(list: A[], slot: number, n: number, make: (k: number) => A): A {
    if (!list[slot] || list[slot].length < n) list[slot] = make(Math.max(n, 2 * (list[slot]?.length ?? 512)));
    const v = list[slot].subarray(0, n) as A;
    v.fill(0);
    return v;
  }
}
