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

/**
 * Whether `v`, one edit from `w`, is one of the commonest slips: two neighbouring letters swapped
 * or a letter doubled or undoubled ("sbuject", "fule"; "stafing", "spils"), rather than a letter
 * left out, added or mistyped at random.
 */
export function isSlip(w: string, v: string): boolean {
  if (v.length === w.length) {
    const diff = [...w].flatMap((c, i) => (c === v[i] ? [] : [i]));
    return diff.length === 2 && diff[1] === diff[0] + 1 && w[diff[0]] === v[diff[1]] && w[diff[1]] === v[diff[0]];
  }
  const [long, short] = v.length > w.length ? [v, w] : [w, v];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // The extra letter repeats a neighbour: "staffing" for "stafing", "spills" for "spils".
  return long[i] === long[i - 1] || long[i] === long[i + 1];
}

/** Shortest word worth correcting: shorter ones are one edit from too many real words. */
export const MIN_CORRECTABLE = 4;

/**
 * The index term (and a spelling of it) a misspelt (folded, letters-only) word most likely stands for: among the
 * terms of the words one edit away, the one in most records (the likeliest word, as in
 * Norvig's corrector). Undefined when none is in the archive.
 * A common slip (`isSlip`) comes before any other edit; then, with `together` (how many records
 * hold a term beside the query's other words), the word most often written with its neighbours:
 * "sewerage spils" is "spills", not the commoner "soil"; "fule duty" is "fuel", not "full";
 * "nurse stafing" is "staffing", not "safe" or "state".
 */
export function correction(word: string, df: (term: string) => number, together?: (term: string) => number): { term: string; word: string; slip: boolean } | undefined {
  if (word.length < MIN_CORRECTABLE || !/^[a-z]+$/.test(word)) return undefined;
  const found = new Map<string, { term: string; word: string; df: number; slip: boolean }>();
  for (const v of editsOne(word)) {
    const t = term(v);
    if (!t) continue;
    const slip = isSlip(word, v);
    const had = found.get(t);
    if (had) {
      if (slip && !had.slip) found.set(t, { ...had, word: v, slip });
      continue;
    }
    const n = df(t);
    if (n > 0) found.set(t, { term: t, word: v, df: n, slip });
  }
  if (found.size === 0) return undefined;
  const all = [...found.values()];
  const slips = all.filter((f) => f.slip);
  const pool = slips.length ? slips : all;
  const near = together && pool.length > 1 ? new Map(pool.map((f) => [f.term, together(f.term)])) : undefined;
  const best = pool.reduce((b, f) => {
    const by = near ? near.get(f.term)! - near.get(b.term)! : 0;
    return by > 0 || (by === 0 && (f.df > b.df || (f.df === b.df && f.term < b.term))) ? f : b;
  });
  return { term: best.term, word: best.word, slip: best.slip };
}
