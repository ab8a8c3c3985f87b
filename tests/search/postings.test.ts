// Packed postings must behave as the Map MiniSearch expects, through any mix of updates.
import { describe, expect, it } from 'vitest';
import { PackedPostings } from '../../src/search/postings.ts';

/** A small deterministic generator, so a failure repeats. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('PackedPostings', () => {
  it('answers get, has, size and iteration as a Map does, through thousands of sets and deletes', () => {
    const rand = rng(7);
    const map = new Map<number, number>();
    for (let d = 0; d < 500; d += 3) map.set(d, 1 + (d % 5));
    const packed = PackedPostings.from(map);
    for (let step = 0; step < 5000; step++) {
      const doc = Math.floor(rand() * 800);
      if (rand() < 0.55) {
        const f = 1 + Math.floor(rand() * 70_000);
        map.set(doc, f);
        packed.set(doc, f);
      } else {
        expect(packed.delete(doc)).toBe(map.delete(doc));
      }
      if (step % 250 === 0) {
        expect(packed.size).toBe(map.size);
        expect(new Map(packed)).toEqual(map);
      }
    }
    for (let doc = 0; doc < 800; doc++) {
      expect(packed.get(doc)).toBe(map.get(doc));
      expect(packed.has(doc)).toBe(map.has(doc));
    }
    const seen = new Map<number, number>();
    packed.forEach((f, d) => seen.set(d, f));
    expect(seen).toEqual(map);
    expect(new Set(packed.keys())).toEqual(new Set(map.keys()));
    // Folded into fresh arrays (as a snapshot writes them): documents ascending, nothing lost.
    const { docs, freqs } = packed.sorted();
    const want = [...map].sort((a, b) => a[0] - b[0]);
    expect(Array.from(docs)).toEqual(want.map(([d]) => d));
    expect(Array.from(freqs)).toEqual(want.map(([, f]) => f));
    expect(new Map(packed)).toEqual(map);
  });

  it('drops the documents marked dead, overlay entries included', () => {
    const packed = PackedPostings.from(new Map([[1, 1], [3, 2], [5, 3], [7, 4]]));
    packed.set(3, 9);
    packed.set(4, 5);
    packed.set(9, 6);
    const dead = new Uint8Array(10);
    dead[3] = dead[9] = dead[5] = 1;
    packed.drop(dead);
    expect([...packed]).toEqual([[1, 1], [4, 5], [7, 4]]);
    expect(Array.from(packed.sorted().freqs)).toEqual([1, 5, 4]);
    expect(packed.sorted().freqs).toBeInstanceOf(Uint16Array);
  });

  it('keeps frequencies above 65,535 exact', () => {
    const packed = PackedPostings.from(new Map([[1, 70_000], [5, 2]]));
    expect(packed.get(1)).toBe(70_000);
    expect(packed.get(5)).toBe(2);
  });
});
