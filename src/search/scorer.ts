// BM25 over MiniSearch's own term index, summed into typed arrays. MiniSearch's search() makes
// an object (with a terms array and a match map) for every matching record and sorts them all;
// at the full archive a common word matches 100,000 records, and that allocation, not the
// arithmetic, is where the time goes. This computes the same scores (MiniSearch 7's BM25+ with
// its default parameters, its field boosts and term weights, and its final "× number of query
// terms matched") into flat arrays, and leaves choosing and ordering to the engine.
import type MiniSearch from 'minisearch';
import { internals, type FieldPostings } from './internals.ts';
import { PackedPostings } from './postings.ts';

/** MiniSearch 7's defaults (`defaultBM25params`): k1, b, and the BM25+ floor d. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface QueryTerm {
  term: string;
  /** Multiplier for this term's score (MiniSearch's boostTerm). */
  boost: number;
  /** Largest edit distance of spelling variants also looked up (0: the exact term only). */
  fuzzy: number;
}

export interface Matches {
  /** Matching records by MiniSearch short id, in no particular order. */
  readonly docs: Int32Array;
  /** Score of docs[i], as MiniSearch's search() would report it. */
  readonly score: Float64Array;
  /** Bit j of word w of docs[i]'s mask (masks[i * words + w]) says query term 32w + j matched. */
  readonly masks: Uint32Array;
  readonly words: number;
  /** For each query term, the index terms looked up for it (itself first, then spelling variants). */
  readonly variants: string[][];
  readonly size: number;
}

export class Scorer<T = unknown> {
  private readonly fieldIds: number[];
  private readonly boosts: number[];
  /** Per field: each record's length (distinct terms), by short id: what its norm below is worked out from. */
  private lengths: Float64Array[] = [];
  /**
   * Per field: each record's BM25 length norm, k1 · (1 − b + b · length / average), for the
   * average in `normAvg`. The same expression MiniSearch works out per posting, kept, so a
   * posting costs one division; worked out again when the average moves (after an update).
   */
  private norms: Float64Array[] = [];
  private normAvg: number[] = [];
  private acc!: Float64Array;
  private seen!: Uint8Array;
  /** Query-term masks for queries of up to 32 terms, kept between queries (cleared after each). */
  private mask1!: Uint32Array;
  /** The records this query has reached so far (as many as there are records, so it never grows mid-query). */
  private touched!: Int32Array;
  private reached = 0;
  private out: Float64Array;
  private outMask!: Uint32Array;

  constructor(
    private readonly index: MiniSearch<T>,
    fields: readonly string[],
    boost: Record<string, number>,
  ) {
    const m = internals(index);
    this.fieldIds = fields.map((f) => m._fieldIds[f]);
    this.boosts = fields.map((f) => boost[f] ?? 1);
    this.out = new Float64Array(1024);
    this.refresh();
  }

  /**
   * Follow the index after documents were added or removed: new short ids need room in the
   * per-record arrays (grown with spare room, so a stream of small updates does not reallocate
   * each time), and the changed records' lengths are read again. Without `changed`, every record's.
   * Nothing here depends on the average lengths, so an update costs what it changed.
   */
  refresh(changed?: Iterable<number>): void {
    const m = internals(this.index);
    const size = m._nextId;
    if (!this.acc || this.acc.length < size) {
      const cap = this.acc ? Math.max(size, Math.ceil(size * 1.25)) : size;
      this.acc = new Float64Array(cap);
      this.seen = new Uint8Array(cap);
      this.mask1 = new Uint32Array(cap);
      this.outMask = new Uint32Array(cap);
      this.touched = new Int32Array(cap);
      this.lengths = this.fieldIds.map((_, f) => {
        const a = new Float64Array(cap);
        if (this.lengths[f]) a.set(this.lengths[f]!);
        return a;
      });
      this.norms = this.fieldIds.map(() => new Float64Array(cap));
      this.normAvg = [];
    }
    const read = (doc: number) => {
      const l = m._fieldLength.get(doc);
      this.fieldIds.forEach((fieldId, f) => (this.lengths[f]![doc] = l?.[fieldId] ?? 0));
    };
    if (changed) for (const doc of changed) read(doc);
    else for (const doc of m._fieldLength.keys()) read(doc);
    // Changed lengths need their norms again (all of them when the average moved too: see normsOf).
    if (changed) {
      for (let f = 0; f < this.fieldIds.length; f++) {
        const avg = this.normAvg[f];
        if (avg === undefined) continue;
        const len = this.lengths[f]!;
        const norm = this.norms[f]!;
        for (const doc of changed) norm[doc] = K * (1 - B + (B * len[doc]!) / avg);
      }
    } else this.normAvg = [];
  }

  /** Field f's length norms for the index's present average length. */
  private normsOf(f: number, avg: number): Float64Array {
    const norm = this.norms[f]!;
    if (this.normAvg[f] !== avg) {
      const len = this.lengths[f]!;
      for (let doc = 0; doc < norm.length; doc++) norm[doc] = K * (1 - B + (B * len[doc]!) / avg);
      this.normAvg[f] = avg;
    }
    return norm;
  }

  /**
   * Records matching any of the terms (an OR query), with MiniSearch's scores. The arrays
   * returned are reused: they hold until the next call.
   */
  match(terms: QueryTerm[], fuzzyWeight = 0.6): Matches {
    const m = internals(this.index);
    const N = m._documentCount;
    const words = Math.max(1, Math.ceil(terms.length / 32));
    const size = this.acc.length;
    if (terms.length === 0) return { docs: new Int32Array(0), score: new Float64Array(0), masks: new Uint32Array(0), words, variants: [], size: 0 };
    // One mask word per record is the common case; wider masks are allocated for the query.
    const mask = words === 1 ? this.mask1 : new Uint32Array(size * words);
    const { acc, seen, touched } = this;
    this.reached = 0;
    const variants: string[][] = [];
    terms.forEach((q, t) => {
      const word = t >>> 5;
      const bit = 1 << (t & 31);
      const lookups: [string, FieldPostings, number][] = [];
      const exact = m._index.get(q.term);
      if (exact) lookups.push([q.term, exact, 1]);
      if (q.fuzzy > 0) {
        for (const [term, [data, distance]] of m._index.fuzzyGet(q.term, q.fuzzy)) {
          if (distance > 0) lookups.push([term, data, (fuzzyWeight * term.length) / (term.length + distance)]);
        }
      }
      variants.push(lookups.map(([term]) => term));
      for (const [, data, weight] of lookups) {
        for (let f = 0; f < this.fieldIds.length; f++) {
          const postings = data.get(this.fieldIds[f]);
          if (!postings) continue;
          const df = postings.size;
          const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
          const c = weight * q.boost * this.boosts[f] * idf;
          const norm = this.normsOf(f, m._avgFieldLength[this.fieldIds[f]!] || 1);
          const visit = (tf: number, doc: number) => {
            if (seen[doc] === 0) {
              seen[doc] = 1;
              touched[this.reached++] = doc;
            }
            // MiniSearch's own expression (its norm kept per record), so the scores are the same to the last bit.
            acc[doc] += c * (D + (tf * (K + 1)) / (tf + norm[doc]!));
            mask[doc * words + word] |= bit;
          };
          if (postings instanceof PackedPostings) {
            // Straight over the arrays, the same steps as visit() written out: this loop is most
            // of a query's time at the full archive.
            const { docs, freqs, removed, extra } = postings.parts();
            let n = this.reached;
            for (let i = 0; i < docs.length; i++) {
              const doc = docs[i]!;
              if (removed?.has(doc)) continue;
              const tf = freqs[i]!;
              if (seen[doc] === 0) {
                seen[doc] = 1;
                touched[n++] = doc;
              }
              acc[doc] += c * (D + (tf * (K + 1)) / (tf + norm[doc]!));
              mask[doc * words + word] |= bit;
            }
            this.reached = n;
            extra?.forEach(visit);
          } else {
            // forEach, not for…of: iterating entries would make an array per posting.
            postings.forEach(visit);
          }
        }
      }
    });
    const n = this.reached;

    // Views of buffers kept between queries: allocating fresh ones for 100,000 matches each time
    // makes V8 collect its (multi-gigabyte) heap far more often.
    const docs = this.touched.subarray(0, n);
    if (this.out.length < n) this.out = new Float64Array(Math.max(n, this.out.length * 2));
    const score = this.out.subarray(0, n);
    const masks = words === 1 ? this.outMask.subarray(0, n) : new Uint32Array(n * words);
    // MiniSearch multiplies by the number of query terms a record matched. Every match passes
    // here (600,000 for common words at the full archive): a query of up to 32 terms (nearly
    // all) has one mask word, read without the inner loop.
    if (words === 1) {
      for (let i = 0; i < n; i++) {
        const doc = docs[i]!;
        const bits = mask[doc]!;
        masks[i] = bits;
        mask[doc] = 0;
        score[i] = acc[doc]! * popcount(bits);
        acc[doc] = 0;
        seen[doc] = 0;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const doc = docs[i]!;
        let matched = 0;
        for (let w = 0; w < words; w++) {
          const bits = mask[doc * words + w]!;
          masks[i * words + w] = bits;
          matched += popcount(bits);
          mask[doc * words + w] = 0;
        }
        score[i] = acc[doc]! * matched;
        acc[doc] = 0;
        seen[doc] = 0;
      }
    }
    return { docs, score, masks, words, variants, size: n };
  }

  /** The index terms (of `variants`) that a record holds: what to highlight in it. */
  matchedTerms(doc: number, variants: string[][]): string[] {
    const m = internals(this.index);
    const out: string[] = [];
    for (const list of variants) {
      for (const term of list) {
        const data = m._index.get(term);
        if (data && this.fieldIds.some((f) => data.get(f)?.has(doc))) out.push(term);
      }
    }
    return [...new Set(out)];
  }
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A set of query terms (positions in the list given to match) as mask words, so that "does this
 * record hold any (or all) of them" is one AND per word instead of a lookup per term.
 */
export function termBits(words: number, terms: Iterable<number>): Uint32Array {
  const bits = new Uint32Array(words);
  for (const t of terms) bits[t >>> 5]! |= 1 << (t & 31);
  return bits;
}

/** Does match i hold any of the terms in bits? */
export function hasAny(m: Matches, i: number, bits: Uint32Array): boolean {
  const at = i * m.words;
  for (let w = 0; w < bits.length; w++) if ((m.masks[at + w]! & bits[w]!) !== 0) return true;
  return false;
}

/** Does match i hold every term in bits? */
export function hasAll(m: Matches, i: number, bits: Uint32Array): boolean {
  const at = i * m.words;
  for (let w = 0; w < bits.length; w++) if ((m.masks[at + w]! & bits[w]!) >>> 0 !== bits[w]) return false;
  return true;
}

/** Does a mask (starting at masks[i * words]) have query term t? */
export function hasTerm(m: Matches, i: number, t: number): boolean {
  return ((m.masks[i * m.words + (t >>> 5)] >>> (t & 31)) & 1) === 1;
}
