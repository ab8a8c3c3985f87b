// Where a watched question stands, and what a channel is told when that moves on. Each event is
// told once: a watch remembers the last state (and correction) it told, and only a step forward
// (awaiting → holding → answered, a new correction, a withdrawal) is news.
import type { QaRecord } from '../record.ts';

export type WatchState = 'awaiting' | 'holding' | 'answered' | 'withdrawn';
export type WatchEvent = 'holding' | 'answered' | 'corrected' | 'withdrawn';

const RANK: Record<WatchState, number> = { awaiting: 0, holding: 1, answered: 2, withdrawn: 3 };

export function stateOf(r: Pick<QaRecord, 'isWithdrawn' | 'answerText' | 'answerIsHolding'>): WatchState {
  if (r.isWithdrawn) return 'withdrawn';
  if (!r.answerText) return 'awaiting';
  return r.answerIsHolding ? 'holding' : 'answered';
}

/** The correction a record carries: its date, or 'undated' when only flagged. */
export function correctionOf(r: Pick<QaRecord, 'answerIsCorrection' | 'dateAnswerCorrected'>): string | undefined {
  return r.answerIsCorrection ? (r.dateAnswerCorrected ?? 'undated') : undefined;
}

export interface Told {
  state: WatchState;
  corrected?: string;
}

/**
 * What is news in `r` for a watch that has told `told`, and what it has told after. `grouped`: r is
 * another question of the watched one's group, answered together with it: only its holding or
 * substantive answer counts for the watched question (its corrections and withdrawal are its own).
 */
export function nextEvent(told: Told, r: QaRecord, grouped = false): { event: WatchEvent; told: Told } | undefined {
  let state = stateOf(r);
  const corrected = correctionOf(r);
  if (grouped && (state === 'withdrawn' || state === 'awaiting')) return undefined;
  if (RANK[state] > RANK[told.state]) {
    // An answer first seen already corrected is told as answered (the notice says corrected).
    return { event: state as WatchEvent, told: { state, corrected: grouped ? told.corrected : corrected } };
  }
  state = told.state;
  if (!grouped && state === 'answered' && corrected && corrected !== told.corrected) return { event: 'corrected', told: { state, corrected } };
  return undefined;
}
