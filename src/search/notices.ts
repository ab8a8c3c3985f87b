// What a search says of how it read the query: words it could not find as typed (said, rather
// than quietly answering the other words or finding nothing without a word why), words read as a
// filter (said, with how to search them as words), and how the list is ordered.
import type { ParsedQuery } from './query.ts';

/** "a", "a and b", "a, b and c". */
export function inWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

const quoted = (w: string) => `“${w}”`;

/**
 * The pool was relaxed below "all of your words". Said as it is: when no answer holds every
 * word, these are not "most" of a topic found; when the page was filled with records holding
 * fewer than most, they are "some". Of two words, one is not "most": how many hold both is said,
 * and that the others hold one ("Rwanda scheme": 1 holds both, thousands name a scheme).
 */
export function relaxedNotice(holdAll: { words: number; records: number }, filled = false): string {
  if (holdAll.records === 0) return 'No answer contains all of your words; these contain some of them.';
  if (holdAll.words === 2) return `Only ${holdAll.records === 1 ? '1 answer contains' : `${holdAll.records} answers contain`} both of your words; the others contain one of them.`;
  return `Few answers contain all of your words, so these contain ${filled ? 'some' : 'most'} of them.`;
}

/** A person's name typed that no record writes. */
export function absentNameNotice(said: string, othersMatch: boolean): string {
  return `No answer names ${quoted(said)}${othersMatch ? '; these answers match your other words' : ''}.`;
}

/** Typed words the archive does not hold, nor a close spelling of. */
export function unmatchedNotice(words: readonly string[], othersMatch: boolean): string {
  const are = `${inWords(words.map(quoted))} ${words.length > 1 ? 'are' : 'is'} not in the archive`;
  return othersMatch ? `${are}; these answers match your other words.` : `${are}, nor a close spelling.`;
}

/** Words read as a close spelling, named so that a reader sees what was searched for ("zorp" read as "corp" explains records on X Corp). */
export function spellingNotice(read: readonly { typed: string; word: string }[]): string {
  const named = read.length ? `: ${inWords(read.map((r) => `${quoted(r.typed)} as ${quoted(r.word)}`))}` : '';
  return `Some words were not in the archive; close spellings were used${named}.`;
}

/** Put in quotes, the words are searched as words: said after each reading of words as a filter. */
const asWords = (said: string, one = false) => `For the ${one ? 'word instead, put it' : 'words instead, put them'} in quotes: "${said}".`;

/** A word read as a state ("withdrawn", "corrected"): `is:` that state. */
export function stateNotice(said: string): string {
  return `Read “${said}” as is:${said}. ${asWords(said, true)}`;
}

/** "answers on …" read as answered questions only. */
export function answeredOnlyNotice(said: string, words: boolean): string {
  if (!words) return `Read “${said}” as answered questions, listed by date; unanswered lists those awaiting one.`;
  return `Read “${said}” as answered questions only; for those awaiting an answer too, ask for questions.`;
}

/** "unanswered", "awaiting an answer" read as the filter. */
export function awaitingNotice(said: string): string {
  return `Read “${said}” as unanswered: questions awaiting an answer. ${asWords(said)}`;
}

/**
 * A from:/to: bound past either end of the archive: no question can match it, and "check the
 * spelling" would not say why ("potholes from:2030").
 */
export function outsideArchiveNotice(span: { first: string; last: string }, from: string | undefined, to: string | undefined): string | undefined {
  const bound = from && from > span.last ? `from:${from}` : to && to < span.first ? `to:${to}` : undefined;
  return bound && `The archive's questions run from ${span.first.slice(0, 10)} to ${span.last.slice(0, 10)}: none is dated ${bound}.`;
}

/** A period read as dates: of tabling, of answering, or of either (the record's own date). */
export function periodNotice(period: NonNullable<ParsedQuery['periodAsked']>): string {
  const read = [period.from && `from:${period.from}`, period.to && `to:${period.to}`].filter(Boolean).join(' ');
  const then =
    period.done === 'tabled'
      ? `questions tabled ${!period.from ? `up to ${period.to}` : period.to ? `from ${period.from} to ${period.to}` : `since ${period.from}`}`
      : period.done === 'answered'
        ? `answered ${read}: questions answered then`
        : `${read}: questions answered, or tabled while awaiting an answer, then`;
  return `Read “${period.said}” as ${then}. ${asWords(period.said)}`;
}

/** The list in date order, as a word of the query asked. */
export function orderNotice(newest: boolean, said: string, words = true): string {
  return `${newest ? 'Newest' : 'Oldest'} first, as “${said}” asks${words ? '; for the best match first, leave that word out' : ''}.`;
}

/**
 * How many of the records listed await an answer; with answers first, how to list only those
 * awaiting one, and otherwise (in date order, or behind a page filled with answers holding fewer
 * words) how to leave them out.
 */
export function awaitingCountNotice(questions: number, answersFirst: boolean): string {
  const counted = `${questions} of these questions ${questions > 1 ? 'await' : 'awaits'} an answer`;
  return answersFirst ? `${counted}; answers come first (add unanswered to list only those awaiting one).` : `${counted} (add answered to list only answered ones).`;
}

/** "overdue" judged on the date of the archive's latest record, long before today (`Engine.overdueAsOf`). */
export function staleArchiveNotice(asOf: string): string {
  return `Overdue as of ${asOf}, the date of the archive's latest record: it holds no answer given since, so questions due later are not counted.`;
}

/** Business the archive does not hold asked for ("oral questions on sewage"): what it holds instead (`OTHER_BUSINESS`). */
export function otherBusinessNotice(other: NonNullable<ParsedQuery['otherBusiness']>): string {
  const holds = `The archive holds written questions and their answers, not ${other.said}`;
  return other.dropped ? `${holds}: these are the written questions on your other words.` : `${holds}: these are the written questions that mention them.`;
}
