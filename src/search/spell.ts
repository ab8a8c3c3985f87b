// Spelling correction for words the archive does not know. Most typing errors are one edit
// away from the intended word: a letter left out, doubled, mistyped, or two neighbouring
// letters swapped (Damerau 1964). Swaps are two edits to plain Levenshtein distance, which
// puts "sbuject" as far from "subject" as from any of dozens of unrelated terms; counting a
// swap as one edit finds the intended word instead.
import { term } from './text.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit (delete, swap of neighbours, replace, insert) from `w`. */
export function editsOne(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b && c !== b[0]) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(w);
  return out;
}

/** Shortest word worth correcting: shorter ones are one edit from too many real words. */
export const MIN_CORRECTABLE = 4;

/**
 * The index term (and a spelling of it) a misspelt (folded, letters-only) word most likely stands for: among the
 * terms of the words one edit away, the one in most records (the likeliest word, as in
 * Norvig's corrector). Undefined when none is in the archive.
 * With `together` (how many records hold a term beside the query's other words), the word most
 * often written with its neighbours comes first: "sewerage spils" is "spills", not the commoner
 * "soil"; "fule duty" is "fuel", not "full".
 */
export function correction(word: string, df: (term: string) => number, together?: (term: string) => number): { term: string; word: string } | undefined {
  if (word.length < MIN_CORRECTABLE || !/^[a-z]+$/.test(word)) return undefined;
  const found: { term: string; word: string; df: number }[] = [];
  const seen = new Set<string>();
  for (const v of editsOne(word)) {
    const t = term(v);
    if (!t || seen.has(t)) continue;
    seen.add(t);
    const n = df(t);
    if (n > 0) found.push({ term: t, word: v, df: n });
  }
  if (found.length === 0) return undefined;
  const near = together && found.length > 1 ? new Map(found.map((f) => [f.term, together(f.term)])) : undefined;
  const best = found.reduce((b, f) => {
    const by = near ? near.get(f.term)! - near.get(b.term)! : 0;
    return by > 0 || (by === 0 && (f.df > b.df || (f.df === b.df && f.term < b.term))) ? f : b;
  });
  return { term: best.term, word: best.word };
}
