// An answer that only refers to another ("I refer the hon. Member to the answer I gave on 4
// December to Question UIN 16274."): about one in thirty of the archive's answers. Its own text
// tells the reader nothing; the answer it names, when the archive holds it, does.
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
