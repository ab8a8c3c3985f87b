// "Who is the minister for water?", "which department is responsible for potholes?": the archive
// answers from its records' answeringBody and answeringMember, not from a sentence. The topic is
// searched (the question's frame taken off, `whoAnswersTopic`); the department answering most of
// the best answers on it is named, with who answered its latest and in what role.
import type { Hit } from '../search/types.ts';
import { isAnswered } from '../search/timeliness.ts';
import { formatDate } from './present.ts';

/** What the reply says about who answers on `topic`, read from the best hits (the first ANSWER_DEPTH). */
export function answeringBodyNote(topic: string, hits: readonly Hit[]): string {
  const answered = hits.map((h) => h.record).filter((r) => isAnswered(r) && r.answeringBody);
  if (answered.length === 0) return `None of the best questions on “${topic}” has been answered yet, so the archive cannot say who answers on it.`;
  const counts = new Map<string, number>();
  for (const r of answered) counts.set(r.answeringBody!, (counts.get(r.answeringBody!) ?? 0) + 1);
  // The most answers; a tie goes to the department of the better-ranked answer (Map keeps first-seen order).
  const [body, n] = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best));
  const latest = answered.filter((r) => r.answeringBody === body).reduce((a, b) => ((b.dateAnswered ?? '') > (a.dateAnswered ?? '') ? b : a));
  const who = latest.answeringMember?.name;
  const role = latest.answeringMember?.role;
  const by = who ? ` by ${who}${role ? ` (${role})` : ''}` : '';
  const share = n === answered.length ? `all ${n} of the best answers` : `${n} of the best ${answered.length} answers`;
  return (
    `Questions on “${topic}” are answered by the ${body} (${share}); the latest of them, on ${formatDate(latest.dateAnswered)},${by}. ` +
    'That is who answered then, not necessarily who holds the post today.'
  );
}
