// Whether a question was answered in time. Every question has a date it is due (dateForAnswer;
// a named-day question must be answered on it). A holding answer counts as what it is: given by
// the due date it is on time, but the question still awaits its substantive answer.
import type { RecordMeta } from '../record.ts';
import { localIsoDate } from '../schedule.ts';

/** The qualifiers of `is:` (as on GitHub): what state a question is in, not what it says. */
export const QUALIFIERS = ['overdue', 'late', 'holding', 'corrected', 'answered', 'unanswered', 'withdrawn'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

type Timed = Pick<RecordMeta, 'hasAnswer' | 'answerIsHolding' | 'dateAnswered' | 'dateForAnswer' | 'dateHoldingAnswer' | 'answerIsCorrection' | 'dateAnswerCorrected' | 'isWithdrawn'>;

/** Has its substantive answer (a holding answer still awaits one). */
export function isAnswered(r: Timed & { answerText?: string }): boolean {
  return (r.answerText !== undefined || r.hasAnswer === true) && !r.answerIsHolding;
}

/** The day a holding answer was given, while the record holds it or after a substantive one replaced it. */
function holdingOn(r: Timed): string | undefined {
  return r.dateHoldingAnswer ?? (r.answerIsHolding ? r.dateAnswered : undefined);
}

/** No substantive answer, past its due date (`today`, ISO), and no holding answer by then. */
export function isOverdue(r: Timed, today: string): boolean {
  if (r.isWithdrawn || isAnswered(r) || !r.dateForAnswer || r.dateForAnswer >= today) return false;
  const held = holdingOn(r);
  return !held || held > r.dateForAnswer;
}

/** Answered substantively after its due date, with no holding answer by then. */
export function isLate(r: Timed): boolean {
  if (!isAnswered(r) || !r.dateForAnswer || !r.dateAnswered || r.dateAnswered <= r.dateForAnswer) return false;
  const held = holdingOn(r);
  return !held || held > r.dateForAnswer;
}

/** Days between the due date and the substantive answer (negative: early), where both are known. */
export function daysLate(r: Timed): number | undefined {
  if (!isAnswered(r) || !r.dateForAnswer || !r.dateAnswered) return undefined;
  return Math.round((Date.parse(r.dateAnswered) - Date.parse(r.dateForAnswer)) / 86_400_000);
}

export function hasQualifier(r: Timed, q: Qualifier, today: string): boolean {
  switch (q) {
    case 'overdue':
      return isOverdue(r, today);
    case 'late':
      return isLate(r);
    case 'holding':
      return !!r.answerIsHolding && !r.isWithdrawn;
    case 'corrected':
      return !!(r.answerIsCorrection || r.dateAnswerCorrected);
    case 'answered':
      return isAnswered(r);
    case 'unanswered':
      return !isAnswered(r) && !r.isWithdrawn;
    case 'withdrawn':
      return r.isWithdrawn;
  }
}

/** Today in London (Parliament's dates are London dates), as YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return localIsoDate(now, 'Europe/London');
}

// ---- league tables --------------------------------------------------------------------------

export type TimelinessPer = 'department' | 'member' | 'month';

export interface TimelinessRow {
  label: string;
  /** Questions due in the period (and due by today). */
  due: number;
  /** Answered, or given a holding answer, by the date due. */
  onTime: number;
  /** Median days after the due date, among those answered late. */
  medianDaysLate?: number;
  /** Unanswered past the date due, with no holding answer by then, as of today. */
  overdue: number;
  /** Holding a holding answer now. */
  holding: number;
}

/** Rows with fewer questions due than this are listed after the others, whatever their share. */
export const MIN_DUE = 10;

/** On time: a substantive answer, or a holding answer, by the date due. */
export function answeredOnTime(r: Timed): boolean {
  if (!r.dateForAnswer) return false;
  const held = holdingOn(r);
  if (held && held <= r.dateForAnswer) return true;
  return isAnswered(r) && !!r.dateAnswered && r.dateAnswered <= r.dateForAnswer;
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Each department's (member's, month's) record on the questions due in [from, to] and by today:
 * worst first (the smallest share on time, then the most questions). Withdrawn questions and
 * questions with no due date are left out.
 */
export function timelinessTable(
  records: Iterable<RecordMeta>,
  o: { from: string; to: string; today: string; per: TimelinessPer },
): { rows: TimelinessRow[]; due: number } {
  const groups = new Map<string, { row: TimelinessRow; late: number[] }>();
  let due = 0;
  for (const r of records) {
    const d = r.dateForAnswer;
    if (!d || r.isWithdrawn || d < o.from || d > o.to || d > o.today) continue;
    const label = o.per === 'member' ? (r.answeringMember?.name ?? 'Unknown minister') : o.per === 'month' ? d.slice(0, 7) : (r.answeringBody ?? 'Unknown department');
    let g = groups.get(label);
    if (!g) groups.set(label, (g = { row: { label, due: 0, onTime: 0, overdue: 0, holding: 0 }, late: [] }));
    due++;
    g.row.due++;
    if (answeredOnTime(r)) g.row.onTime++;
    else if (isLate(r)) g.late.push(daysLate(r)!);
    if (isOverdue(r, o.today)) g.row.overdue++;
    if (r.answerIsHolding) g.row.holding++;
  }
  const rows = [...groups.values()].map(({ row, late }) => ({ ...row, medianDaysLate: median(late) }));
  // A share of three questions says little: rows with fewer than MIN_DUE follow the others.
  const small = (r: TimelinessRow) => (r.due < MIN_DUE ? 1 : 0);
  rows.sort((a, b) => small(a) - small(b) || a.onTime / a.due - b.onTime / b.due || b.due - a.due || a.label.localeCompare(b.label));
  return { rows, due };
}
