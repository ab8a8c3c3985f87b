// What a match holds of a query's core concepts: its coverage (the weight of those it holds,
// which weighs its score), its share (which decides whether it is in: "all the words", "most of
// them") and whether it holds none of the names the question typed. Worked out for every match of
// a query, so for common words for most of the archive: by a table of term masks where it can be.
import { COUNTED_SHARE, COVERAGE, COVERAGE_TABLE_TERMS } from './signals.ts';
import { hasAll, hasAny, type Matches } from './scorer.ts';

/** How a match holds a concept, as query-term mask bits (`termBits`) and heading ids. */
export interface Held {
  /** Any one of these terms … */
  any: Uint32Array;
  /** … or every one of these (an abbreviation's long form) … */
  all?: Uint32Array;
  /** … or being filed under one of these headings (a heading's own form of the word). */
  headings?: Set<number>;
}

/** Does match i hold the concept? `headingOf` maps a record's short id to its heading id. */
export function holdsConcept(m: Matches, i: number, h: Held, headingOf: Int32Array): boolean {
  return hasAny(m, i, h.any) || (!!h.all && hasAll(m, i, h.all)) || (!!h.headings && h.headings.has(headingOf[m.docs[i]!]!));
}

/** A core concept as coverage reads it. */
export interface CoreConcept extends Held {
  weight: number;
  /** A name the question typed ("Hillsborough", "Rwanda"): `typed-name-held`. */
  name: boolean;
  /** The place the query ends on ("flooding in Somerset"): `place-scope`. */
  place: boolean;
}

/** Shares from "all of the words" down to "half of them": the pool is relaxed along these. */
export const TAUS = [0.999, 0.75, 0.5] as const;

/** Per match (by position in the matches), written by `cover`. */
export interface Covered {
  coverage: Float64Array;
  share: Float64Array;
  /** The match's score weighted by coverage squared (`COVERAGE`). */
  score: Float64Array;
  /** 1: the match holds none of the typed names while the core has other words. */
  unnamed: Uint8Array;
}

/**
 * Reads every match in the pool against the core; returns how many hold at least each of
 * `TAUS`. "All the words" and "most of the words" count words (`COUNTED_SHARE`): a rare word
 * weighs more in the score (idf), but does not decide alone which records are in. A record
 * naming the place a query ends on and nothing else of it holds nothing of the topic. Where the
 * core has typed names and other words, a record holding none of the names is in by the weight of
 * the words it holds, not their number ("law" and "introduced" are not most of "when will the
 * Hillsborough law be introduced?"; "standard tier venues" are most of "… the standard tier of
 * Martyn's Law?").
 */
export function cover(m: Matches, terms: number, inPool: Uint8Array, core: readonly CoreConcept[], headingOf: Int32Array, out: Covered): number[] {
  const coreWeight = core.reduce((s, c) => s + c.weight, 0) || 1;
  const names = core.some((c) => c.name) && core.some((c) => !c.name);
  const tallied = { cov: 0, share: 0, unnamed: 0 };
  // Read alike for a row of the table by mask and for a match: `holds(k)` says whether the k-th concept is held.
  const tally = (holds: (k: number) => boolean) => {
    let covered = 0;
    let count = 0;
    let places = 0;
    let named = false;
    for (let k = 0; k < core.length; k++) {
      if (!holds(k)) continue;
      covered += core[k]!.weight;
      count++;
      if (core[k]!.place) places++;
      if (core[k]!.name) named = true;
    }
    tallied.cov = covered / coreWeight;
    tallied.share =
      places > 0 && places === count ? 0 : !COUNTED_SHARE ? tallied.cov : names && !named ? Math.min(tallied.cov, count / core.length) : count / core.length;
    tallied.unnamed = names && !named ? 1 : 0;
  };
  const { coverage, share, score, unnamed } = out;
  const { masks, score: matchScore, size: n } = m;
  const atLeast = TAUS.map(() => 0);
  unnamed.fill(0);
  if (m.words === 1 && terms <= COVERAGE_TABLE_TERMS && core.every((c) => !c.headings)) {
    // Concepts held by terms alone: what a match covers depends only on which terms it holds, so
    // it is worked out once for each set of terms, not for each of the matches (at the full
    // archive, 600,000 of them for common words).
    const covOf = new Float64Array(1 << terms);
    const shareOf = new Float64Array(covOf.length);
    const perMask = new Int32Array(covOf.length);
    const unnamedOf = new Uint8Array(covOf.length);
    for (let mask = 0; mask < covOf.length; mask++) {
      tally((k) => {
        const h = core[k]!;
        return (mask & h.any[0]!) !== 0 || (!!h.all && (mask & h.all[0]!) >>> 0 === h.all[0]);
      });
      covOf[mask] = tallied.cov;
      shareOf[mask] = tallied.share;
      unnamedOf[mask] = tallied.unnamed;
    }
    for (let i = 0; i < n; i++) {
      if (!inPool[i]) continue;
      const mask = masks[i]!;
      const cov = covOf[mask]!;
      coverage[i] = cov;
      share[i] = shareOf[mask]!;
      unnamed[i] = unnamedOf[mask]!;
      score[i] = COVERAGE ? matchScore[i]! * cov * cov : matchScore[i]!;
      perMask[mask]!++;
    }
    for (let mask = 0; mask < covOf.length; mask++) {
      for (let t = 0; t < TAUS.length; t++) if (shareOf[mask]! >= TAUS[t]!) atLeast[t]! += perMask[mask]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (!inPool[i]) continue;
      tally((k) => holdsConcept(m, i, core[k]!, headingOf));
      const cov = tallied.cov;
      coverage[i] = cov;
      share[i] = tallied.share;
      unnamed[i] = tallied.unnamed;
      score[i] = COVERAGE ? matchScore[i]! * cov * cov : matchScore[i]!;
      for (let t = 0; t < TAUS.length; t++) if (share[i]! >= TAUS[t]!) atLeast[t]!++;
    }
  }
  return atLeast;
}
