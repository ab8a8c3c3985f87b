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

/**
 * A question's number asked about in words: "question 95908", "PQ 95908", "who answered 95908?",
 * "what was the answer to question 95908?": that question, the words around it only asking for it.
 */
const NUMBER_ASKED = new RegExp(
  String.raw`^(?:(?:who\s+(?:asked|answered|tabled)|what\s+(?:was|is)\s+the\s+(?:answer|reply)\s+to|(?:the\s+)?(?:answer|reply)\s+to|(?:show|find|get|give)\s+(?:me\s+)?|look\s+up)\s+)?` +
    String.raw`(?:(?:the\s+)?(?:written\s+|parliamentary\s+)?(?:question|pq|wq)\s+(?:(?:number|no\.?)\s*)?)?(?<n>\d{4,7}|HL\d{1,7})\s*[?!.]*$`,
  'i',
);

/** The query as a lookup of the question it names, when the whole query names one. */
export function uinQuery(raw: string): ParsedQuery | undefined {
  const trimmed = raw.trim();
  const asked = NUMBER_ASKED.exec(trimmed)?.groups?.n;
  const s = asked && !YEAR.test(asked) ? asked : trimmed;
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
