// A question looked up by its number or its link ("UIN 12715", "uin:HL1234", a pasted
// questions-statements.parliament.uk link, a result's record id): the question itself, not the
// records that happen to hold the digits. The same forms `/qa watch` takes (src/uin.ts).
import { parseWatchTarget } from '../uin.ts';
import { noFilters, type ParsedQuery } from './query.ts';

/** A bare number is a UIN from four digits, unless it is a year ("2024" is searched as a word); so is a Lords one ("HL1234"). */
const BARE_UIN = /^(?:\d{4,7}|HL\d{1,7})$/i;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether the query is a number alone, which may be meant as a word (a figure) when no question
 * has it. A Lords UIN ("HL1234") is no figure: searched as words, its letters and digits matched
 * records citing other questions.
 */
export const isBareNumber = (raw: string) => BARE_UIN.test(raw.trim()) && /^\d+$/.test(raw.trim());

/** The query as a lookup of the question it names, when the whole query names one. */
export function uinQuery(raw: string): ParsedQuery | undefined {
  const s = raw.trim();
  const named = /^(?:uin\b|https?:|<https?:|(?:commons|lords)-\d{4}-)/i.test(s) || (BARE_UIN.test(s) && !YEAR.test(s));
  const target = named ? parseWatchTarget(s) : undefined;
  if (!target) return undefined;
  const { house, uin, dateTabled } = target;
  return {
    raw,
    text: '',
    groups: [],
    exclude: [],
    filters: { ...noFilters(), uin: dateTabled ? { house, uin, dateTabled } : { house, uin } },
    sort: 'newest',
  };
}

/** What the reply says about how the query was read. */
export function uinNotice(q: ParsedQuery, found: number): string {
  const t = q.filters.uin!;
  if (found === 0) return `No question numbered ${t.uin}${t.dateTabled ? ` and tabled on ${t.dateTabled}` : ''} is in the archive.`;
  if (t.dateTabled) return `Read that as the question with UIN ${t.uin}, tabled on ${t.dateTabled}.`;
  const each = found > 1 ? `the ${found} questions numbered ${t.uin} (a UIN starts again each session), newest first` : `the question numbered ${t.uin}`;
  return `Read “${q.raw.trim()}” as a question's UIN: ${each}. For the number as a word instead, put it in quotes: "${t.uin}".`;
}
