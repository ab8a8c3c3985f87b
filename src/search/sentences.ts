// Sentence splitting for excerpts and direct answers. Parliamentary answers are full of
// full stops that end nothing: "Rt Hon.", "No. 10", "£3.6m", "e.g.", "p.a.", "Sept." …

export interface Span {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. Compared lower-case. */
const ABBREVIATIONS = new Set(
  (
    'rt hon hon mr mrs ms dr prof sir st no nos vol para paras art arts sec cl ch p pp fig ref refs approx est ' +
    'inc ltd co corp dept govt gov min max vs v cf al etc ie eg viz jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun op cit ibid ed eds col cols'
  ).split(' '),
);

/** "Circa", as answers shorten it (lower case only: "Annex C." ends a sentence). */
const CIRCA = new Set(['c', 'ca', 'circ']);

/** The shortest line a line break ends as a sentence (a table's cells are shorter). */
const LINE_MIN = 40;

/**
 * Sentence spans of `text`. A sentence ends at . ! ? (optionally followed by quotes or a bracket)
 * before whitespace and a capital, digit, quote or bracket — unless the stop ends a known
 * abbreviation, a single initial, or sits inside a number. Paragraph breaks always end one; so does
 * a line break after a line of a list.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    // trim both sides
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      start = i + 2;
      i++;
      continue;
    }
    // A line break before a line opening on a word or a bullet ends a line of a list, stop or no
    // stop ("… nature's recovery\nWe are investing more than £2.7 billion …"); not a table's cells
    // (short lines, figures), nor a line ending on a comma.
    if (c === '\n' && i - start >= LINE_MIN && /^[ \t]*(?:\p{Lu}\p{Ll}|[•-]\s)/u.test(text.slice(i + 1, i + 5)) && !/[,;]\s*$/.test(text.slice(Math.max(0, i - 3), i))) {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // include closing quotes/brackets
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
    // "3.6", "e.g.x", "gov.uk" go on; a stop glued to the next sentence where the source lost a
    // paragraph break ("is not held.As of November …", "than in July 2024.The Government …", "(HCRS).Since
    // the launch …", "violence and abuse.£9.2 million funding …": a word, a year or a bracket, then a
    // capitalised word or a sum) ends one.
    const glued =
      c === '.' && j === i + 1 && /(?:\p{Ll}\p{Ll}|\b(?:19|20)\d\d|\p{L}\))$/u.test(text.slice(Math.max(0, i - 5), i)) && /^(?:\p{Lu}\p{Ll}|£\d)/u.test(text.slice(j, j + 2));
    if (j < text.length && !/\s/.test(text[j]) && !glued) continue;
    // next non-space character must look like a sentence start
    let k = j;
    while (k < text.length && /[ \t\n]/.test(text[k])) k++;
    if (k < text.length && !/[\p{Lu}\p{N}"'“‘(\[£$€•-]/u.test(text[k])) continue;
    if (c === '.') {
      // Dotted abbreviations ("e.g.", "i.e.") are read whole: their last letter alone is no word.
      const before = /((?:[\p{L}]+\.)*?([\p{L}]+))\.$/u.exec(text.slice(Math.max(0, i - 12), i + 1));
      if (before) {
        const w = before[2];
        if (ABBREVIATIONS.has(w.toLowerCase()) || ABBREVIATIONS.has(before[1].replace(/\./g, '').toLowerCase())) continue;
        if (w.length === 1 && /\p{Lu}/u.test(w)) continue; // an initial: "J. Smith"
        // "circa" before a figure: "was c. £1.5 billion", "c. 29,000 staff".
        if (CIRCA.has(w) && /[\p{N}£$€]/u.test(text[k] ?? '')) continue;
      }
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

export function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}
