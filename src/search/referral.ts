// An answer that only refers to another ("I refer the hon. Member to the answer I gave on 4
// December to Question UIN 16274."): about one in thirty of the archive's answers. Its own text
// tells the reader nothing; the answer it names, when the archive holds it, does.
import type { QaRecord, RecordMeta } from '../record.ts';
import { sentences } from './sentences.ts';

export interface Referral {
  /** The answer's referring sentence, as written. */
  sentence: string;
  /** The question referred to: its number and House ("HL1234" is the Lords'). */
  uin: string;
  house: 'Commons' | 'Lords';
  /** The day the referred answer was given, when the referral says it (YYYY-MM-DD). */
  dateAnswered?: string;
}

/** Opening a referral: "I refer the hon. Member to …", "We would refer …", "Please see the previous response to …". */
const REFERS = /^\s*(?:(?:I|We)\s+(?:would\s+)?refer\b|Please\s+(?:see|refer\s+to)\b)/i;
/** The question referred to: "Question UIN 16274", "PQ 120718", "UIN HL965", "question number 3661". */
const QUESTION = /\b(?:Questions?|UIN|PQ)\s*(?:UIN\s*)?(?:number\s*|no\.?\s*)?(HL\s?\d{1,7}|\d{1,7})\b/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The day it was given: "on 4 December 2023", "of 16 February 2022", "on 25th November". */
const ON_DAY = new RegExp(String.raw`\b(?:on|of)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS.join('|')})(?:,?\s+((?:19|20)\d\d))?\b`, 'i');
/**
 * What else an answer may say and still be only a referral: "Any updates will be provided in the
 * usual way in due course." An answer going on for longer has content of its own.
 */
const REST_MAX = 120;

/**
 * The referral an answer is, or undefined when it is not one (or says more than it). A day given
 * without its year is of the year the referring answer was given, or the one before when that day
 * had not come yet.
 */
export function referralIn(answerText: string | undefined, answeredOn?: string): Referral | undefined {
  if (!answerText || !REFERS.test(answerText)) return undefined;
  const [sentence, ...rest] = sentences(answerText);
  if (!sentence || rest.join(' ').replace(/https?:\/\/\S+/g, '').trim().length > REST_MAX) return undefined;
  const q = QUESTION.exec(sentence);
  if (!q) return undefined;
  const uin = q[1]!.replace(/\s/g, '').toUpperCase();
  const out: Referral = { sentence, uin, house: uin.startsWith('HL') ? 'Lords' : 'Commons' };
  const day = ON_DAY.exec(sentence);
  if (day) {
    const mm = String(MONTHS.indexOf(day[2]!.toLowerCase()) + 1).padStart(2, '0');
    const dd = day[1]!.padStart(2, '0');
    let year = day[3] ? Number(day[3]) : answeredOn ? Number(answeredOn.slice(0, 4)) : undefined;
    if (year !== undefined && !day[3] && answeredOn && `${year}-${mm}-${dd}` > answeredOn) year--;
    if (year !== undefined) out.dateAnswered = `${year}-${mm}-${dd}`;
  }
  return out;
}

/** A UIN's digits as a number ("HL1234" → 1234; 0 for none): a column to scan for a number. */
const uinNumber = (uin: string | undefined) => (uin ? Number.parseInt(uin.replace(/^\D+/, ''), 10) || 0 : 0);

/**
 * Which record each referring answer refers to, among the records by short id: the record of that
 * House and number answered on the day the referral names, else the same department's latest
 * tabled before the referring answer. Remembered until records come or go (`reset`).
 */
export class ReferredRecords {
  /** By referring record's id, the short id of the one it refers to (-1: none the archive holds). */
  private readonly found = new Map<string, number>();
  /** Each record's UIN as a number, by short id: a pass over them costs little at 660,000 records. */
  private numbers: Int32Array | undefined;

  constructor(
    private readonly records: () => readonly (RecordMeta | undefined)[],
    private readonly answered: (doc: number) => boolean,
  ) {}

  reset(): void {
    this.found.clear();
    this.numbers = undefined;
  }

  /** The short id of the record `ref` (read from `r`'s answer) names, or -1. */
  docOf(r: QaRecord, ref: Referral): number {
    let doc = this.found.get(r.id);
    if (doc === undefined) {
      doc = this.find(r, ref);
      this.found.set(r.id, doc);
    }
    return doc;
  }

  private find(r: QaRecord, ref: Referral): number {
    const recs = this.records();
    let best: number | undefined;
    let onDay = false;
    const numbers = (this.numbers ??= Int32Array.from(recs, (m) => uinNumber(m?.uin)));
    const wanted = uinNumber(ref.uin);
    for (let d = 0; d < numbers.length; d++) {
      if (numbers[d] !== wanted) continue;
      const m = recs[d];
      if (!m || m.uin?.toUpperCase() !== ref.uin || m.id === r.id || m.house !== ref.house || !this.answered(d)) continue;
      const day = !!ref.dateAnswered && m.dateAnswered === ref.dateAnswered;
      const tabled = m.dateTabled ?? '';
      // Numbers start again each session: without the day, only the same department's earlier answer.
      if (!day && (onDay || m.answeringBody !== r.answeringBody || (r.dateAnswered && tabled > r.dateAnswered))) continue;
      if (day && !onDay) best = undefined;
      onDay ||= day;
      if (best === undefined || tabled > (recs[best]!.dateTabled ?? '')) best = d;
    }
    return best ?? -1;
  }
}
