// Identical questions put to several departments ("To ask the Secretary of State for Health …" and
// "… for Education, …", same member, same day, same words) show as one hit. Which records belong
// together is a property of the archive, not of a query, so it is worked out once per index:
// at the full archive that takes seconds, too long to repeat at every start or search.
import type { RecordMeta } from '../record.ts';

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
  const body = questionText.toLowerCase().replace(/^to ask the [^,]*,\s*/, '').replace(/[^a-z0-9]+/g, ' ').trim();
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
