// MiniSearch's id and length tables as arrays must behave as the Maps they replace.
import { describe, expect, it } from 'vitest';
import { ShortIdMap } from '../../src/search/shortIdMap.ts';

describe('ShortIdMap', () => {
  it('answers get, has, size and iteration (in short-id order) as a Map does, through sets and deletes', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const map = new Map<number, string>();
    const ids = new ShortIdMap<string>();
    for (let step = 0; step < 3000; step++) {
      const id = Math.floor(rand() * 400);
      if (rand() < 0.6) {
        map.set(id, `r${step}`);
        ids.set(id, `r${step}`);
      } else {
        expect(ids.delete(id)).toBe(map.delete(id));
      }
    }
    expect(ids.size).toBe(map.size);
    for (let id = 0; id < 420; id++) {
      expect(ids.get(id)).toBe(map.get(id));
      expect(ids.has(id)).toBe(map.has(id));
    }
    const sorted = [...map].sort((a, b) => a[0] - b[0]);
    expect([...ids]).toEqual(sorted);
    expect([...ids.keys()]).toEqual(sorted.map(([k]) => k));
    expect([...ids.values()]).toEqual(sorted.map(([, v]) => v));
    const seen: [number, string][] = [];
    ids.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual(sorted);
  });

  it('refuses what is not a short id', () => {
    expect(() => new ShortIdMap<string>().set(-1, 'x')).toThrow(RangeError);
    expect(() => new ShortIdMap<string>().set(1.5, 'x')).toThrow(RangeError);
  });
});
