// Identical questions put to several departments ("To ask the Secretary of State for Health …" and
// "… for Education, …", same member, same day, same words) show as one hit. Which records belong
// together is a property of the archive, not of a query, so it is worked out once per index:
// at the full archive that takes seconds, too long to repeat at every start or search.
import { withoutAddress, type RecordMeta } from '../record.ts';
import type { Ranked, Ranking } from './ranking.ts';

/** The question text of records by short id (the index keeps no text: it is read from the archive). */
export type QuestionsOf = (docs: readonly number[]) => Map<number, string>;

/** Member-days whose questions are read from the archive at a time. */
const GROUP_BATCH = 2000;

/** No group: the record's question is not shared (or too short to say). */
export const UNGROUPED = -1;

/** Only records asked by the same member on the same day can share a question. */
function askerDay(r: Pick<RecordMeta, 'askingMember' | 'askingMemberId' | 'dateTabled'>): string {
  return `${r.askingMember?.id ?? r.askingMemberId ?? r.askingMember?.name ?? ''}|${r.dateTabled ?? ''}`;
}

/** The words that must be the same: the question without its "To ask the …," address. */
function questionKey(r: RecordMeta, questionText: string | undefined): string {
  if (!questionText) return '';
  // Lower-casing is enough (no Unicode folding): accented letters, like punctuation, become spaces in every copy of the same text.
  const body = withoutAddress(questionText).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (body.length < 40) return '';
  return `${askerDay(r)}|${body}`;
}

/**
 * For each record (by MiniSearch short id), the short id of the first record with the same
 * question, when at least two share it; otherwise UNGROUPED.
 */
export function questionGroups(recs: readonly (RecordMeta | undefined)[], questionsOf: QuestionsOf): Int32Array {
  const groups = new Int32Array(recs.length).fill(UNGROUPED);
  // Same member and day first: only records sharing both can share a question, and a record
  // alone on its member's day needs no long key at all.
  const byAskerDay = new Map<string, number[]>();
  recs.forEach((r, doc) => {
    if (!r) return;
    const k = askerDay(r);
    const list = byAskerDay.get(k);
    if (list) list.push(doc);
    else byAskerDay.set(k, [doc]);
  });
  // Only member-days with two or more records need their questions read.
  const shared = [...byAskerDay.values()].filter((docs) => docs.length > 1);
  for (let i = 0; i < shared.length; i += GROUP_BATCH) {
    const batch = shared.slice(i, i + GROUP_BATCH);
    const questions = questionsOf(batch.flat());
    for (const docs of batch) groupWithin(recs, docs, groups, questions);
  }
  return groups;
}

/** Group the records of one member-day (docs in short-id order) by their question. */
function groupWithin(recs: readonly (RecordMeta | undefined)[], docs: number[], groups: Int32Array, questions: Map<number, string>): void {
  for (const doc of docs) groups[doc] = UNGROUPED;
  if (docs.length < 2) return;
  const first = new Map<string, number>();
  for (const doc of docs) {
    const key = questionKey(recs[doc]!, questions.get(doc));
    if (!key) continue;
    const at = first.get(key);
    if (at === undefined) first.set(key, doc);
    else groups[at] = groups[doc] = at;
  }
}

/**
 * After records changed (old and new versions in `touched`), group again the member-days they
 * belong to; every other record keeps its group. Reads the whole archive's dates once, not its text.
 */
export function regroup(recs: readonly (RecordMeta | undefined)[], groups: Int32Array, touched: readonly RecordMeta[], questionsOf: QuestionsOf): void {
  const days = new Set(touched.map((r) => r.dateTabled ?? ''));
  const keys = new Set(touched.map(askerDay));
  const buckets = new Map<string, number[]>();
  recs.forEach((r, doc) => {
    if (!r || !days.has(r.dateTabled ?? '')) return;
    const k = askerDay(r);
    if (!keys.has(k)) return;
    const list = buckets.get(k);
    if (list) list.push(doc);
    else buckets.set(k, [doc]);
  });
  // A removed record's slot is empty: it belongs to no group.
  for (let doc = 0; doc < recs.length; doc++) if (!recs[doc] && doc < groups.length) groups[doc] = UNGROUPED;
  const questions = questionsOf([...buckets.values()].filter((docs) => docs.length > 1).flat());
  for (const docs of buckets.values()) groupWithin(recs, docs, groups, questions);
}

/** The same, from the saved form (a JSON array), when it fits the records; else undefined. */
export function parseGroups(json: string, size: number): Int32Array | undefined {
  const arr = JSON.parse(json) as unknown;
  if (!Array.isArray(arr) || arr.length !== size) return undefined;
  return Int32Array.from(arr as number[]);
}

/**
 * Identical questions put to several departments show once, with the others listed: the page
 * asked for, each group's records folded into its best-ranked one (`also`), and the totals of the
 * whole ranking counted as questions: a question put to several departments once, and awaiting an
 * answer only when none of its records is answered (`answeredOf`: 1 for an answered record, by short id).
 */
export function pageOfQuestions(ranking: Ranking, offset: number, limit: number, groups: Int32Array, answeredOf: Int32Array) {
  const docs = ranking.docs();
  const { total, awaiting } = countQuestions(docs, groups, answeredOf);
  // Read more of the order until the page is full (a group's records may be far apart).
  const want = offset + limit;
  let k = Math.min(ranking.size, Math.max(32, 2 * want));
  let out: (Ranked & { also: Ranked[] })[];
  let head: Ranked[];
  for (;;) {
    head = ranking.head(k);
    out = [];
    const at = new Map<number, number>();
    for (const s of head) {
      const g = groups[s.doc];
      const i = g === UNGROUPED ? undefined : at.get(g);
      if (i !== undefined) {
        out[i].also.push(s);
        continue;
      }
      if (g !== UNGROUPED) at.set(g, out.length);
      out.push({ ...s, also: [] });
    }
    if (out.length >= want || k >= ranking.size) break;
    k = Math.min(ranking.size, k * 4);
  }
  const page = out.slice(offset, offset + limit);
  if (head.length < ranking.size) {
    // Members of the page's groups ranked below what was read join them, in order.
    const wanted = new Map<number, Ranked & { also: Ranked[] }>();
    for (const g of page) if (groups[g.doc] !== UNGROUPED) wanted.set(groups[g.doc], g);
    if (wanted.size) {
      const inHead = new Set(head.map((s) => s.doc));
      const late = new Map<Ranked & { also: Ranked[] }, Ranked[]>();
      docs.forEach((doc, k) => {
        const g = wanted.get(groups[doc]);
        if (!g || inHead.has(doc)) return;
        const list = late.get(g) ?? [];
        list.push(ranking.at(k));
        late.set(g, list);
      });
      for (const [g, list] of late) g.also.push(...list.sort((a, b) => ranking.compare(a, b)));
    }
  }
  return { total, awaiting, page };
}

/**
 * How many distinct questions these records hold, each group once (a question put to several
 * departments), and how many of them await an answer: none when any department answered it.
 */

/** How many questions the records are, and how many of them await an answer (as `pageOfQuestions` counts them). */
export function countQuestions(docs: Iterable<number>, groups: Int32Array, answeredOf: Int32Array): { total: number; awaiting: number } {
  const answered = new Set<number>();
  const waiting = new Set<number>();
  let total = 0;
  let awaiting = 0;
  for (const doc of docs) {
    const g = groups[doc];
    const has = answeredOf[doc] === 1;
    if (g === UNGROUPED) {
      total++;
      if (!has) awaiting++;
    } else (has ? answered : waiting).add(g);
  }
  let waitingOnly = 0;
  for (const g of waiting) if (!answered.has(g)) waitingOnly++;
  return { total: total + answered.size + waitingOnly, awaiting: awaiting + waitingOnly };
}
