import type { MiniSearchInternals } from './internals.ts';

// MiniSearch keeps each document's id and field lengths in Maps keyed by its short id. Short ids
// are dense (0, 1, 2 … in the order documents were added), so an array does the same job: at the
// full archive that is 660,000 entries built at every start (two Maps: about 0.7 s and 60 MB
// more than arrays). MiniSearch only calls get, has, set, delete and iterates, as on a Map.
export class ShortIdMap<V> implements Map<number, V> {
  private readonly slots: (V | undefined)[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: number): V | undefined {
    return this.slots[id];
  }

  has(id: number): boolean {
    return this.slots[id] !== undefined;
  }

  set(id: number, value: V): this {
    if (!Number.isInteger(id) || id < 0) throw new RangeError(`not a short id: ${id}`);
    // Grown a slot at a time, so the array stays packed (a write far past its end would not).
    while (this.slots.length < id) this.slots.push(undefined);
    if (this.slots[id] === undefined) this.count++;
    this.slots[id] = value;
    return this;
  }

  delete(id: number): boolean {
    if (this.slots[id] === undefined) return false;
    this.slots[id] = undefined;
    this.count--;
    return true;
  }

  clear(): void {
    this.slots.length = 0;
    this.count = 0;
  }

  forEach(fn: (value: V, id: number, map: Map<number, V>) => void): void {
    this.slots.forEach((v, id) => v !== undefined && fn(v, id, this));
  }

  *entries(): MapIterator<[number, V]> {
    for (let id = 0; id < this.slots.length; id++) {
      const v = this.slots[id];
      if (v !== undefined) yield [id, v];
    }
  }

  *keys(): MapIterator<number> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'ShortIdMap';
  }
}

/** Give a MiniSearch index ShortIdMaps for its document ids and field lengths (entries kept). */
export function useShortIdMaps(index: MiniSearchInternals): void {
  const ids = new ShortIdMap<unknown>();
  for (const [id, v] of index._documentIds) ids.set(id, v);
  const lengths = new ShortIdMap<number[]>();
  for (const [id, v] of index._fieldLength) lengths.set(id, v);
  index._documentIds = ids;
  index._fieldLength = lengths;
}
