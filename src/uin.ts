// How people name one question: a UIN, a question's page on questions-statements.parliament.uk,
// or a record id (a result's Watch button); `/qa watch …` and a search for the number read it.
// Lords UINs start with HL, so the House follows from the UIN.
import { isCalendarDate, type House } from './record.ts';

export interface WatchTarget {
  house: House;
  /** Upper-cased, as Parliament writes it: 4712, HL1234. */
  uin: string;
  /** Known from a link or a record id; a UIN alone leaves it to the archive (UINs restart each session). */
  dateTabled?: string;
}

const UIN = /^([A-Za-z]{0,3}\d{1,7})$/;
const DETAIL = /^https?:\/\/questions-statements\.parliament\.uk\/written-questions\/detail\/(\d{4}-\d{2}-\d{2})\/([A-Za-z]{0,3}\d{1,7})(?:[/?#].*)?$/i;
const RECORD_ID = /^(commons|lords)-(\d{4}-\d{2}-\d{2})-([a-z]{0,3}\d{1,7})$/i;

const houseOf = (uin: string): House => (/^HL/i.test(uin) ? 'Lords' : 'Commons');

/** The question `input` names, or undefined when it names none. */
export function parseWatchTarget(input: string): WatchTarget | undefined {
  // Slack sends a pasted link as <url> or <url|label>.
  const s = input
    .trim()
    .replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1')
    .replace(/^uin[:\s]\s*/i, '');
  let m = DETAIL.exec(s);
  if (m) return isCalendarDate(m[1]!) ? { house: houseOf(m[2]!), uin: m[2]!.toUpperCase(), dateTabled: m[1]! } : undefined;
  m = RECORD_ID.exec(s);
  if (m) return isCalendarDate(m[2]!) ? { house: m[1]!.toLowerCase() === 'lords' ? 'Lords' : 'Commons', uin: m[3]!.toUpperCase(), dateTabled: m[2]! } : undefined;
  m = UIN.exec(s);
  if (m) return { house: houseOf(m[1]!), uin: m[1]!.toUpperCase() };
  return undefined;
}

/** How a question is named back to people: "UIN 4712" (with the day tabled when known). */
export function targetLabel(t: Pick<WatchTarget, 'uin'>): string {
  return `UIN ${t.uin}`;
}
