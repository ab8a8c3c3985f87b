// A term's postings in one field (document short id → term frequency) as two typed arrays
// instead of a Map. MiniSearch keeps every posting as a Map entry: at the full archive (25.8
// million postings) that is over a gigabyte of heap and, at start-up, 25.8 million insertions.
// Packed, the same postings take 6 bytes each and load as one read of a file (persist.ts).
//
// MiniSearch still owns the index and calls the Map methods it uses on these (get, set, delete,
// size, iteration) when it adds or removes a document; changes go to a small overlay that is
// folded back into the arrays once it grows past a share of them, so updates cost amortised O(1)
// and memory stays packed as the archive grows.
import type { FieldPostings, MiniSearchInternals } from './internals.ts';

/** Overlay entries beyond this share of the packed postings (or MIN_OVERLAY) are folded in. */
const OVERLAY_SHARE = 0.25;
const MIN_OVERLAY = 16;

export type Freqs = Uint16Array | Uint32Array;

export class PackedPostings implements Map<number, number> {
  /** Packed documents whose entry is gone or superseded by `extra`. */
  private removed?: Set<number>;
  /** Entries not in the packed arrays (new documents, changed frequencies). */
  private extra?: Map<number, number>;

  /** `docs` ascending; `freqs[i]` is docs[i]'s frequency. */
  constructor(
    private docs: Int32Array,
    private freqs: Freqs,
  ) {}

  /** Pack a Map's postings. */
  static from(map: ReadonlyMap<number, number>): PackedPostings {
    const docs = Int32Array.from(map.keys()).sort();
    let max = 0;
    for (const f of map.values()) if (f > max) max = f;
    const freqs = max > 0xffff ? new Uint32Array(docs.length) : new Uint16Array(docs.length);
    docs.forEach((d, i) => (freqs[i] = map.get(d)!));
    return new PackedPostings(docs, freqs);
  }

  get size(): number {
    return this.docs.length - (this.removed?.size ?? 0) + (this.extra?.size ?? 0);
  }

  /** The packed arrays and what supersedes them, for a scoring loop without a call per posting. */
  parts(): { docs: Int32Array; freqs: Freqs; removed?: ReadonlySet<number>; extra?: ReadonlyMap<number, number> } {
    return { docs: this.docs, freqs: this.freqs, removed: this.removed, extra: this.extra };
  }

  private find(doc: number): number {
    const d = this.docs;
    let lo = 0;
    let hi = d.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = d[mid]!;
      if (v === doc) return mid;
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(doc: number): number | undefined {
    const e = this.extra?.get(doc);
    if (e !== undefined) return e;
    if (this.removed?.has(doc)) return undefined;
    const i = this.find(doc);
    return i < 0 ? undefined : this.freqs[i];
  }

  has(doc: number): boolean {
    return this.get(doc) !== undefined;
  }

  set(doc: number, freq: number): this {
    if (this.find(doc) >= 0) (this.removed ??= new Set()).add(doc);
    (this.extra ??= new Map()).set(doc, freq);
    this.fold();
    return this;
  }

  delete(doc: number): boolean {
    let had = this.extra?.delete(doc) ?? false;
    if (!had && !this.removed?.has(doc) && this.find(doc) >= 0) {
      (this.removed ??= new Set()).add(doc);
      had = true;
    }
    if (had) this.fold();
    return had;
  }

  clear(): void {
    this.docs = new Int32Array(0);
    this.freqs = new Uint16Array(0);
    this.removed = undefined;
    this.extra = undefined;
  }

  forEach(fn: (freq: number, doc: number, map: Map<number, number>) => void): void {
    const { docs, freqs, removed, extra } = this;
    for (let i = 0; i < docs.length; i++) if (!removed?.has(docs[i]!)) fn(freqs[i]!, docs[i]!, this);
    extra?.forEach((f, d) => fn(f, d, this));
  }

  *entries(): MapIterator<[number, number]> {
    const { docs, freqs, removed, extra } = this;
    for (let i = 0; i < docs.length; i++) if (!removed?.has(docs[i]!)) yield [docs[i]!, freqs[i]!];
    if (extra) yield* extra.entries();
  }

  *keys(): MapIterator<number> {
    for (const [d] of this.entries()) yield d;
  }

  *values(): MapIterator<number> {
    for (const [, f] of this.entries()) yield f;
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'PackedPostings';
  }

  /** Remove every document marked in `dead` (by short id): one pass over the arrays. */
  drop(dead: Uint8Array): void {
    const { docs } = this;
    let any = false;
    for (let i = 0; i < docs.length; i++) {
      if (dead[docs[i]!] === 1) {
        any = true;
        break;
      }
    }
    if (this.extra) for (const d of this.extra.keys()) if (dead[d] === 1) this.extra.delete(d);
    if (any) this.repack((d) => dead[d] !== 1);
  }

  /** The postings as packed arrays, documents ascending (the overlay folded in first): what a snapshot writes. */
  sorted(): { docs: Int32Array; freqs: Freqs } {
    if (this.removed || this.extra) this.repack();
    return { docs: this.docs, freqs: this.freqs };
  }

  /** Fold the overlay into fresh arrays once it is a sizeable share of them. */
  private fold(): void {
    const pending = (this.removed?.size ?? 0) + (this.extra?.size ?? 0);
    if (pending > Math.max(MIN_OVERLAY, this.docs.length * OVERLAY_SHARE)) this.repack();
  }

  /**
   * Fresh arrays of the entries (those `keep` keeps), the overlay folded in: the packed entries
   * and the overlay's, both in document order, merged straight into typed arrays. (Through a Map,
   * a common word's 600,000 postings cost tens of megabytes of garbage, and a snapshot of a
   * freshly built archive folds thousands of them.)
   */
  private repack(keep: (doc: number) => boolean = () => true): void {
    const { docs, freqs, removed, extra } = this;
    const added = extra ? Int32Array.from(extra.keys()).sort() : new Int32Array(0);
    const outDocs = new Int32Array(docs.length + added.length);
    const outFreqs = new Uint32Array(outDocs.length);
    let n = 0;
    let max = 0;
    const put = (d: number, f: number) => {
      if (!keep(d)) return;
      outDocs[n] = d;
      outFreqs[n++] = f;
      if (f > max) max = f;
    };
    let j = 0;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      while (j < added.length && added[j]! < d) put(added[j]!, extra!.get(added[j++]!)!);
      // An entry superseded by the overlay is in `removed` (set() puts it there) and in `added`.
      if (!removed?.has(d)) put(d, freqs[i]!);
    }
    while (j < added.length) put(added[j]!, extra!.get(added[j++]!)!);
    this.docs = outDocs.slice(0, n);
    this.freqs = max > 0xffff ? outFreqs.slice(0, n) : Uint16Array.from(outFreqs.subarray(0, n));
    this.removed = undefined;
    this.extra = undefined;
  }
}

/**
 * Take documents discarded from MiniSearch (`discard` drops a document's bookkeeping, not its
 * postings) out of every term's postings, at once: what `remove` would do given the document's
 * text, which the index does not keep. One pass over all postings (about 26 million at the full
 * archive, a tenth of a second), whatever the number of documents.
 */
export function sweepPostings(index: unknown, gone: readonly number[]): void {
  const m = index as MiniSearchInternals;
  const dead = new Uint8Array(m._nextId);
  for (const d of gone) dead[d] = 1;
  const empty: string[] = [];
  for (const [term, fields] of m._index) {
    for (const [fieldId, postings] of fields) {
      if (postings instanceof PackedPostings) postings.drop(dead);
      else for (const d of postings.keys()) if (dead[d] === 1) postings.delete(d);
      if (postings.size === 0) fields.delete(fieldId);
    }
    if (fields.size === 0) empty.push(term);
  }
  for (const term of empty) m._index.delete(term);
  // Nothing is left for MiniSearch's vacuum to clean.
  m._dirtCount = 0;
}

/**
 * Replace every Map of postings in a MiniSearch term index with packed arrays (after a build,
 * whose postings MiniSearch made as Maps). Field maps of a term stay Maps: five entries at most.
 */
export function packIndex(termIndex: MiniSearchInternals['_index']): void {
  for (const [, fields] of termIndex) {
    for (const [fieldId, postings] of fields as FieldPostings) {
      if (!(postings instanceof PackedPostings)) fields.set(fieldId, PackedPostings.from(postings));
    }
  }
}
