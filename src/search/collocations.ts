// Whether a query's adjacent words form a name in this archive ("county lines", "net zero"),
// decided on the records holding both, and which records hold the query as such a phrase.
import type { QaRecord } from '../record.ts';
import { adjacent, type Adjacent } from './adjacent.ts';
import type { Concept } from './concept.ts';
import { hasTerm, type Matches, type QueryTerm } from './scorer.ts';
import { COLLOCATION_MIN_TOGETHER, COLLOCATION_SAMPLE, COLLOCATION_SHARE, FUZZY_WEIGHT, PROXIMITY_ANSWER_CHARS } from './signals.ts';
import { escapeRe, foldForMatch } from './text.ts';
import { topPositions, type Ranked } from './ranking.ts';

/** Two adjacent query words and the pattern that finds them together in a text. */
export interface Pair {
  a: Concept;
  b: Concept;
  together: Adjacent;
}

export interface Scored extends Ranked {
  /** All of the query's word pairs (or, for a question, its concepts) stand together in the record. */
  phrase?: boolean;
}

/** What the archive is read for here: matches, records' searchable text and whole records, the answering bodies. */
export interface CollocationSource {
  match(terms: QueryTerm[], fuzzyWeight: number): Matches;
  searchableAt(docs: readonly number[]): Map<number, string>;
  wholeAt(docs: readonly number[]): Map<number, QaRecord>;
  bodies(): Iterable<string>;
}

/** The query's adjacent words (at most one word between them) as pairs. */
export function pairsOf(concepts: Concept[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i + 1 < concepts.length; i++) {
    const a = concepts[i];
    const b = concepts[i + 1];
    if (a.pos === undefined || b.pos === undefined || b.pos === a.pos || b.pos - a.pos > 2 || !a.word || !b.word) continue;
    out.push({ a, b, together: adjacent(a.word, b.word) });
  }
  return out;
}

/** The archive's answers to "do these words form a name?", kept until the archive changes (`reset`). */
export class Collocations {
  private cache = new Map<string, boolean>();
  /** The departments' names as unaddressed() finds them; null when the archive names none. */
  private departmentNames?: RegExp | null;

  constructor(private readonly archive: CollocationSource) {}

  reset(): void {
    this.cache.clear();
    this.departmentNames = undefined;
  }

  /**
   * Do two adjacent query words form a multi-word concept in this archive? Among the best
   * records containing both, do they mostly stand together? Cached: the archive decides.
   */
  isCollocation(p: Pair, fuzzyOf: (t: string) => number): boolean {
    const key = `${p.a.word} ${p.b.word}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const ts = [...new Set([...p.a.terms, ...p.b.terms])];
    const m = this.archive.match(ts.map((term) => ({ term, boost: 1, fuzzy: fuzzyOf(term) })), FUZZY_WEIGHT);
    const holds = (i: number, c: Concept) => c.terms.some((t) => hasTerm(m, i, ts.indexOf(t)));
    const both: number[] = [];
    for (let i = 0; i < m.size; i++) if (holds(i, p.a) && holds(i, p.b)) both.push(i);
    const sample = topPositions(Int32Array.from(both), COLLOCATION_SAMPLE, (i, j) => m.score[j] - m.score[i] || m.docs[i] - m.docs[j]);
    const texts = this.archive.searchableAt(sample.map((i) => m.docs[i]));
    const together = sample.filter((i) => p.together.test(texts.get(m.docs[i]) ?? '')).length;
    const yes = sample.length >= 3 && together >= COLLOCATION_MIN_TOGETHER && together / sample.length >= COLLOCATION_SHARE;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, yes);
    return yes;
  }

  /**
   * The same question as isCollocation, asked of records already ranked (no extra lookup):
   * among the best records holding both words, do they mostly stand together? Undefined when
   * too few records hold both, or have them together, to say.
   */
  collocatedIn(p: Pair, rankedTexts: string[]): boolean | undefined {
    let both = 0;
    let together = 0;
    for (const text of rankedTexts) {
      if (!text.includes(p.together.needles[0]) || !text.includes(p.together.needles[1])) continue;
      both++;
      if (p.together.test(text)) together++;
      if (both === COLLOCATION_SAMPLE) break;
    }
    // Together in one record of three is too little to tell either way.
    if (both < 3 || (together < COLLOCATION_MIN_TOGETHER && together / both >= COLLOCATION_SHARE)) return undefined;
    return together / both >= COLLOCATION_SHARE;
  }

  /**
   * Marks the records where every word pair of the query stands together: the query as a phrase
   * (read for the phrase tier). It no longer changes scores: a multiplier for words standing
   * together lowered topic nDCG on both dev sets (docs/ranking.md).
   */
  markPhrases(top: Scored[], pairs: Pair[]): void {
    if (pairs.length === 0) return;
    const whole = this.archive.wholeAt(top.map((s) => s.doc));
    for (const s of top) {
      const r = whole.get(s.doc);
      if (!r) continue;
      const head = this.unaddressed(foldForMatch(`${r.heading ?? ''} . ${r.questionText}`));
      // The opening of an answer says what it is about; reading all of a long one costs more than it tells.
      const answer = this.unaddressed(foldForMatch((r.answerText ?? '').slice(0, PROXIMITY_ANSWER_CHARS)));
      let together = 0;
      for (const p of pairs) {
        if (p.together.test(head) || p.together.test(answer)) together++;
        else break;
      }
      // Every pair standing together is the query as a phrase: a reader ranks that first.
      s.phrase = together === pairs.length;
    }
  }

  /**
   * A folded text less the departments' names where they name the department ("Secretary of
   * State for Energy Security and Net Zero", "Department of Health and Social Care"): who is
   * asked or answers, not what the question is about. Every question to a department names it,
   * so "net zero" or "social care" stood together in all of them, and the phrase tier put the
   * department's own running ("Department of Health and Social Care: Public Appointments")
   * first. Read for the phrase tier only: whether the words form a name at all (a collocation,
   * or a known item's bag of words) is decided on the whole text, where a reader recalling a
   * question by its department's words finds it.
   */
  private unaddressed(text: string): string {
    if (this.departmentNames === undefined) {
      const bodies = new Set<string>();
      for (const b of this.archive.bodies()) bodies.add(b);
      const cores = [...bodies]
        .map((b) => foldForMatch(b).replace(/^(?:department|ministry|office|minister) (?:for|of) (?:the )?/, ''))
        .filter((c) => c.length > 2)
        .sort((a, b) => b.length - a.length)
        .map(escapeRe);
      // A body's whole name of two words or more ("Department of Health and Social Care"); not "Treasury" alone.
      const full = [...bodies].filter((b) => /\s/.test(b.trim())).map((b) => escapeRe(foldForMatch(b))).sort((a, b) => b.length - a.length);
      const names = [...full, ...(cores.length ? [`\\b(?:secretary of state|minister of state|minister|department|ministry|office) (?:for|of) (?:the )?(?:${cores.join('|')})\\b`] : [])];
      this.departmentNames = names.length ? new RegExp(names.join('|'), 'g') : null;
    }
    return this.departmentNames ? text.replace(this.departmentNames, ' . ') : text;
  }
}
