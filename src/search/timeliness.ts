// Whether a question was answered in time. Every question has a date it is due (dateForAnswer;
// a named-day question must be answered on it). A holding answer counts as what it is: given by
// the due date it is on time, but the question still awaits its substantive answer.
import type { QaRecord } from '../record.ts';

/** The qualifiers of `is:` (as on GitHub): what state a question is in, not what it says. */
export const QUALIFIERS = ['overdue', 'late', 'holding', 'corrected', 'answered', 'unanswered', 'withdrawn'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

type Timed = Pick<QaRecord, 'answerText' | 'answerIsHolding' | 'dateAnswered' | 'dateForAnswer' | 'dateHoldingAnswer' | 'answerIsCorrection' | 'dateAnswerCorrected' | 'isWithdrawn'>;

/** Has its substantive answer (a holding answer still awaits one). */
export function isAnswered(r: Timed): boolean {
  return r.answerText !== undefined && !r.answerIsHolding;
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
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
