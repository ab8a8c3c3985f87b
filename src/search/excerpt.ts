// The passage of a record that best shows why it matched: about 300 characters, cut at
// sentence (else word) boundaries, with the matched words marked.
import type { QaRecord } from '../record.ts';
import type { Excerpt } from './types.ts';
import { splitSentences, type Span } from './sentences.ts';
import { escapeRe, fold, inTitle, phraseRegex, term, words } from './text.ts';
import { referralIn } from './referral.ts';

export const EXCERPT_TARGET = 300;

export interface MatchSpec {
  /** Index terms to mark (stemmed, as text.ts makes them). */
  terms: ReadonlySet<string>;
  /** Exact phrases to mark as a whole. */
  phrases: string[];
}

/** Character ranges in `text` to mark. */
export function matchRanges(text: string, spec: MatchSpec): Span[] {
  const ranges: Span[] = [];
  if (spec.phrases.length) {
    const folded = fold(text);
    // fold() keeps string length for the Latin text of the archive except decomposed
    // accents; map through only when lengths agree, else fall back to word marks.
    if (folded.length === text.length) {
      for (const p of spec.phrases) {
        const re = new RegExp(phraseRegex(p).source, 'gu');
        for (const m of folded.matchAll(re)) ranges.push({ start: m.index!, end: m.index! + m[0].length });
      }
    }
  }
  // A name joined by an ampersand ("A&E") is one term (text.ts), not two words.
  for (const t of spec.terms) {
    if (!t.includes('&')) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t)}(?![\\p{L}\\p{N}])`, 'giu'))) ranges.push({ start: m.index!, end: m.index! + m[0].length });
  }
  const toks = words(text);
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    const t = inTitle(toks, i) ? null : term(w.word);
    if (t && spec.terms.has(t) && !ranges.some((r) => w.start >= r.start && w.end <= r.end)) {
      ranges.push({ start: w.start, end: w.end });
    }
  }
  // A word inside a web address is no match to show: marked, it would cut the address's link in
  // two on Slack and Discord ("…/10-year-health-plan-for-**england**"), and choose the passage for it.
  const links = [...text.matchAll(WEB_ADDRESS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const outside = links.length ? ranges.filter((r) => !links.some((l) => r.start < l.end && r.end > l.start)) : ranges;
  return outside.sort((a, b) => a.start - b.start);
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;

function segmentsOf(text: string, from: number, to: number, ranges: Span[]): Excerpt['segments'] {
  const segs: Excerpt['segments'] = [];
  let at = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    if (s > at) segs.push({ text: text.slice(at, s), match: false });
    segs.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < to) segs.push({ text: text.slice(at, to), match: false });
  // Paragraph breaks inside a one-passage excerpt read better as spaces.
  return segs.map((s) => ({ ...s, text: s.text.replace(/\s*\n+\s*/g, ' ') }));
}

/** Move `i` back (dir -1) or forward (dir 1) to a word boundary. */
function wordBoundary(text: string, i: number, dir: -1 | 1): number {
  if (dir < 0) {
    while (i > 0 && /\S/.test(text[i - 1])) i--;
    return i;
  }
  while (i < text.length && /\S/.test(text[i])) i++;
  return i;
}

/**
 * The best passage of `text`; null when nothing in it matches. With `prefer`, a passage holding a
 * sentence it accepts comes first among those showing as many distinct matched words as the best
 * (a question's figure or date beside its words): never one showing fewer of the query's words.
 */
export function bestPassage(
  text: string,
  spec: MatchSpec,
  target = EXCERPT_TARGET,
  prefer?: (sentence: string) => boolean,
): { start: number; end: number; ranges: Span[]; score: number } | null {
  const ranges = matchRanges(text, spec);
  if (ranges.length === 0) return null;
  const sents = splitSentences(text);
  const termOf = (r: Span) => term(fold(text.slice(r.start, r.end))) ?? fold(text.slice(r.start, r.end));
  let best = { start: sents[0].start, end: sents[0].end, score: -1, distinct: 0, holds: false };
  // With `prefer`, the best window that holds a sentence it accepts.
  let fact: typeof best | undefined;
  const held: (boolean | undefined)[] = [];
  const accepts = (k: number) => (held[k] ??= !!prefer?.(text.slice(sents[k].start, sents[k].end)));
  for (let i = 0; i < sents.length; i++) {
    // Grow a window of whole sentences while it fits the target.
    let end = sents[i].end;
    let holds = false;
    for (let j = i; j < sents.length; j++) {
      if (j > i && sents[j].end - sents[i].start > target) break;
      end = sents[j].end;
      holds ||= !!prefer && accepts(j);
      const inWin = ranges.filter((r) => r.start >= sents[i].start && r.end <= end);
      const distinct = new Set(inWin.map(termOf)).size;
      // Distinct matched words count most; repeats a little; earlier passages win ties.
      const score = distinct * 10 + inWin.length - i * 0.01;
      const w = { start: sents[i].start, end, score, distinct, holds };
      if (score > best.score) best = w;
      if (holds && distinct > 0 && (!fact || distinct > fact.distinct || (distinct === fact.distinct && score > fact.score))) fact = w;
    }
  }
  if (fact && !best.holds && fact.distinct >= best.distinct) best = fact;
  let { start, end } = best;
  if (end - start > target * 1.3) {
    // One long sentence: centre a word-bounded window on the first match in it.
    const first = ranges.find((r) => r.start >= start && r.end <= end) ?? ranges[0];
    const s = Math.max(start, first.start - Math.floor(target / 3));
    start = s === start ? start : wordBoundary(text, s, 1) + 1;
    end = Math.min(end, wordBoundary(text, start + target, -1));
    while (end > start && /\s/.test(text[end - 1])) end--; // no space before the "…"
    if (end <= start) end = Math.min(text.length, start + target);
  }
  return { start, end, ranges, score: best.score };
}

export function makeExcerpt(r: QaRecord, spec: MatchSpec, target = EXCERPT_TARGET, prefer?: (sentence: string) => boolean): Excerpt {
  const candidates: { field: Excerpt['field']; text: string }[] = [];
  if (r.answerText) candidates.push({ field: 'answer', text: r.answerText });
  candidates.push({ field: 'question', text: r.questionText });
  for (const c of candidates) {
    const p = bestPassage(c.text, spec, target, prefer);
    if (p) {
      return {
        field: c.field,
        segments: segmentsOf(c.text, p.start, p.end, p.ranges),
        cutStart: p.start > 0,
        cutEnd: p.end < c.text.trimEnd().length,
      };
    }
  }
  // Nothing matched in the text (a filter-only query, or a heading match): open the answer.
  const c = candidates[0];
  let end = c.text.length > target ? wordBoundary(c.text, target, -1) || target : c.text.length;
  while (end > 0 && /\s/.test(c.text[end - 1])) end--; // no space before the "…"
  return { field: c.field, segments: segmentsOf(c.text, 0, end, []), cutStart: false, cutEnd: end < c.text.length };
}

/**
 * A hit's passage: for an answer that only refers to another (`referredTo`), its referring
 * sentence and then the passage of the answer it refers to, within the same length; else the
 * record's own best passage.
 */
export function passageOf(r: QaRecord, referredTo: QaRecord | undefined, spec: MatchSpec, target = EXCERPT_TARGET, prefer?: (sentence: string) => boolean): Excerpt {
  const referral = referredTo && referralIn(r.answerText, r.dateAnswered);
  if (!referral) return makeExcerpt(r, spec, target, prefer);
  const passage = makeExcerpt(referredTo, spec, Math.max(target - referral.sentence.length, target / 2), prefer);
  return {
    field: 'answer',
    segments: [{ text: referral.sentence, match: false }, { text: passage.cutStart ? ' → …' : ' → ', match: false }, ...passage.segments],
    cutStart: false,
    cutEnd: passage.cutEnd,
  };
}
