// Identical questions put to several departments ("To ask the Secretary of State for Health …" and
// "… for Education, …", same member, same day, same words) show as one hit. Which records belong
// together is a property of the archive, not of a query, so it is worked out once per index:
// at the full archive that takes seconds, too long to repeat at every start or search.
import type { QaRecord } from '../record.ts';

/** No group: the record's question is not shared (or too short to say). */
export const UNGROUPED = -1;

/** The words that must be the same: the question without its "To ask the …," address. */
function questionKey(r: QaRecord): string {
  // Lower-casing is enough (no Unicode folding): accented letters, like punctuation, become spaces in every copy of the same text.
  const body = r.questionText.toLowerCase().replace(/^to ask the [^,]*,\s*/, '').replace(/[^a-z0-9]+/g, ' ').trim();
  if (body.length < 40) return '';
  return `${r.askingMember?.id ?? r.askingMemberId ?? r.askingMember?.name ?? ''}|${r.dateTabled ?? ''}|${body}`;
}

/**
 * For each record (by MiniSearch short id), the short id of the first record with the same
 * question, when at least two share it; otherwise UNGROUPED.
 */
export function questionGroups(recs: readonly (QaRecord | undefined)[]): Int32Array {
  const groups = new Int32Array(recs.length).fill(UNGROUPED);
  // Same member and day first: only records sharing both can share a question, and a record
  // alone on its member's day needs no long key at all.
  const byAskerDay = new Map<string, number[]>();
  recs.forEach((r, doc) => {
    if (!r) return;
    const k = `${r.askingMember?.id ?? r.askingMemberId ?? r.askingMember?.name ?? ''}|${r.dateTabled ?? ''}`;
    const list = byAskerDay.get(k);
    if (list) list.push(doc);
    else byAskerDay.set(k, [doc]);
  });
  for (const docs of byAskerDay.values()) {
    if (docs.length < 2) continue;
    const first = new Map<string, number>();
    for (const doc of docs) {
      const key = questionKey(recs[doc]!);
      if (!key) continue;
      const at = first.get(key);
      if (at === undefined) first.set(key, doc);
      else groups[at] = groups[doc] = at;
    }
  }
  return groups;
}

/** The same, from the saved form (a JSON array), when it fits the records; else undefined. */
export function parseGroups(json: string, size: number): Int32Array | undefined {
  const arr = JSON.parse(json) as unknown;
  if (!Array.isArray(arr) || arr.length !== size) return undefined;
  return Int32Array.from(arr as number[]);
}
