// What a search says of the words it could not find as typed: said, rather than quietly
// answering the other words or finding nothing without a word why.

/** "a", "a and b", "a, b and c". */
export function inWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

const quoted = (w: string) => `“${w}”`;

/**
 * The pool was relaxed below "all of your words". Said as it is: when no answer holds every
 * word, these are not "most" of a topic found; when the page was filled with records holding
 * fewer than most, they are "some".
 */
export function relaxedNotice(noneHoldAll: boolean, filled = false): string {
  if (noneHoldAll) return 'No answer contains all of your words; these contain some of them.';
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
