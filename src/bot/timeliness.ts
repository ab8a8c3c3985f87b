// `/qa stats timeliness [departments|members|months] [filters]`: a league table of answering on
// time, as a compact monospace table every platform shows alike, worst first, with the period
// and the definitions under it.
import type { Timeliness } from '../search/types.ts';
import { MIN_DUE } from '../search/timeliness.ts';
import { code, message, text, type MessageReply } from './reply.ts';

/** Rows shown; the rest are counted. */
const SHOWN = 12;
const LABEL = 28;

const pct = (n: number, d: number) => `${Math.round((100 * n) / d)}%`;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

export function timelinessReply(t: Timeliness): MessageReply {
  const what = t.per === 'member' ? 'Minister' : t.per === 'month' ? 'Month due' : 'Department';
  const title = `Answering on time: ${t.due.toLocaleString('en-GB')} question(s) due ${t.from} to ${t.to}`;
  if (t.due === 0) {
    return message('info', title, [text('No question with a due date falls in that period. Try a wider one, e.g. '), code('stats timeliness from:2024'), text('.')]);
  }
  const header = `${what.padEnd(LABEL)}   Due  On time  Median late  Overdue  Holding`;
  const rows = t.rows.slice(0, SHOWN).map(
    (r) =>
      `${cut(r.label, LABEL)} ${String(r.due).padStart(5)}  ${pct(r.onTime, r.due).padStart(7)}  ${(r.medianDaysLate === undefined ? '–' : `${r.medianDaysLate} d`).padStart(11)}  ${String(r.overdue).padStart(7)}  ${String(r.holding).padStart(7)}`,
  );
  const more = t.rows.length > SHOWN ? [[text(`… and ${t.rows.length - SHOWN} more, better on time.`)]] : [];
  return message(
    'info',
    title,
    [code(header)],
    ...rows.map((r) => [code(r)]),
    ...more,
    [
      text(
        `Worst first (rows with fewer than ${MIN_DUE} questions due last). Due: questions whose date for answer falls in the period (withdrawn ones left out). ` +
          'On time: answered, or given a holding answer, by that date. Median late: days after it, among those answered late. ' +
          `Overdue: unanswered past it with no holding answer, as of ${t.today}${t.asOfArchive ? " (the date of the archive's latest record: it holds no answer given since)" : ''}. Holding: a holding answer only, so far.`,
      ),
    ],
  );
}
