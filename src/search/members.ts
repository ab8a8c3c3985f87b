// Names are people: a query that is, or contains, a member's name ("Rupert Lowe", "questions
// from Sir Iain Duncan Smith on pensions") is read as that member, asking or answering, rather
// than as the ordinary words the stemmer would make of it ("low"). The names are the archive's
// own: those on its records' askingMember and answeringMember, found through the index.
import type { ParsedQuery } from './query.ts';
import { personName, squash } from './filters.ts';
import { escapeRe, term } from './text.ts';
import { namesNothing, RECORD_WORDS } from './question.ts';

/** Longest run of query words tried as a name ("Iain Duncan Smith", "Baroness Smith of Basildon"). */
export const MAX_NAME_WORDS = 5;

export interface NameInQuery {
  /** The query's groups [start, end) that spell the name. */
  start: number;
  end: number;
  /** The name as compared (personName): the query's member filter. */
  key: string;
  /** The name as the archive writes it. */
  name: string;
}

/**
 * The first (leftmost, then longest) run of two or more plain words that is a member's name,
 * as `lookup` knows names: it gets the compared form and returns the archive's spelling, or
 * undefined. A quoted phrase is never a name: "Rupert Lowe" in quotes searches for the words.
 */
export function nameInQuery(parsed: ParsedQuery, lookup: (key: string) => string | undefined): NameInQuery | undefined {
  const gs = parsed.groups;
  const plain = (i: number) => plainText(gs[i]) !== undefined;
  for (let start = 0; start < gs.length; start++) {
    if (!plain(start)) continue;
    for (let end = Math.min(gs.length, start + MAX_NAME_WORDS); end >= start + 2; end--) {
      let ok = true;
      for (let i = start; i < end && ok; i++) ok = plain(i);
      if (!ok) continue;
      const key = personName(gs.slice(start, end).map((g) => g.alternatives[0].text).join(' '));
      // A title alone before a surname ("Sir Starmer") is not a name: two words after titles.
      if (key.split(' ').length < 2) continue;
      const name = lookup(key);
      if (name) return { start, end, key, name };
    }
  }
  return undefined;
}

/** Longest constituency name tried after "MP for" ("Oldham West, Chadderton and Royton"). */
const MAX_SEAT_WORDS = 8;

/**
 * "the MP for Bournemouth East", "my MP for …": the member who sits for the seat, as `lookup`
 * knows seats (the name squashed as a department's is, `squash`: punctuation, spacing and "&"
 * do not matter → the member; undefined when none). The run covers the words
 * from "the" or "my" to the seat's last, longest seat first.
 */
export function seatInQuery(parsed: ParsedQuery, lookup: (seat: string) => { key: string; name: string } | undefined): NameInQuery | undefined {
  const gs = parsed.groups;
  const word = (i: number) => plainText(gs[i])?.toLowerCase();
  for (let i = 0; i + 2 < gs.length; i++) {
    // "MP for", or as the House says it, "the Member for" ("the hon. Member for Clacton", "Member of Parliament for").
    const office = word(i) === 'member' && word(i + 1) === 'of' && word(i + 2) === 'parliament' ? 3 : word(i) === 'mp' || word(i) === 'member' ? 1 : 0;
    if (!office || word(i + office) !== 'for') continue;
    const before = word(i - 1) === 'hon' || word(i - 1) === 'honourable' ? i - 1 : i;
    const start = /^(?:the|my|our|your|local)$/.test(word(before - 1) ?? '') ? before - 1 : before;
    const seat = seatAt(gs, i + office + 1, lookup);
    if (seat) return { start, ...seat };
  }
  return undefined;
}

/** The longest run of plain words from `from` (at most MAX_SEAT_WORDS) naming a seat `lookup` knows, with its member. */
function seatAt(gs: Group[], from: number, lookup: (seat: string) => { key: string; name: string } | undefined): { end: number; key: string; name: string } | undefined {
  for (let end = Math.min(gs.length, from + MAX_SEAT_WORDS); end > from; end--) {
    const ws = gs.slice(from, end).map(plainText);
    if (ws.some((w) => w === undefined)) continue;
    const found = lookup(squash(ws.join(' ')));
    if (found) return { end, key: found.key, name: found.name };
  }
  return undefined;
}

/**
 * A seat's name typed on its own ("questions about my constituency Strangford"), longest run
 * first, as `lookup` knows seats: only a candidate, which the engine reads as the member who sits
 * for it when the archive's text never uses its words, as a surname alone is read.
 */
export function bareSeatInQuery(parsed: ParsedQuery, lookup: (seat: string) => { key: string; name: string } | undefined): NameInQuery | undefined {
  const gs = parsed.groups;
  for (let i = 0; i < gs.length; i++) {
    const seat = seatAt(gs, i, lookup);
    if (seat) return { start: i, ...seat };
  }
  return undefined;
}

type Group = ParsedQuery['groups'][number];
/** A query group's word as typed when it is one plain word (not a phrase, not an OR); undefined otherwise, or past the query's end. */
export const plainText = (g: Group | undefined) =>
  g && g.alternatives.length === 1 && g.alternatives[0]!.kind === 'word' ? g.alternatives[0]!.text.replace(/(?<=.)[?!.,;:]+$/u, '') : undefined;
/** The same, lower-cased. */
const plainWord = (g: Group) => plainText(g)?.toLowerCase();
const isRecordWord = (g: Group) => RECORD_WORDS.has(plainWord(g) ?? '');
/** Query groups written back as typed: phrases in quotes, alternatives joined by OR. */
const textOf = (groups: Group[]) => groups.map((g) => g.alternatives.map((a) => (a.kind === 'phrase' ? `"${a.text}"` : a.text)).join(' OR ')).join(' ');
/** A record word or a stop word ("from", "on", "what has … about"). */
const saysNothing = (g: Group) => { const w = plainText(g); return w !== undefined && namesNothing(w); };

/**
 * The first plain word of the query that is the surname of one member of the archive, and of no
 * other ("Streeting", "Farage"), as `lookup` knows surnames: it gets the compared form and returns
 * the member (undefined when none, or several, bear it). Only a candidate: the engine reads it as
 * the member when the archive does not write it as a word (`Engine.surnameReading`), since a
 * surname may be an everyday word too ("Wood", "French").
 */
export function surnameInQuery(parsed: ParsedQuery, lookup: (surname: string) => { key: string; name: string } | undefined): NameInQuery | undefined {
  const gs = parsed.groups;
  for (let i = 0; i < gs.length; i++) {
    const w = plainWord(gs[i]);
    // A stop word ("may", "long") is no name typed; nor is a word of the archive's records ("questions").
    if (!w || !term(w) || RECORD_WORDS.has(w)) continue;
    const surname = personName(w);
    if (!surname || surname.includes(' ')) continue;
    const found = lookup(surname);
    if (found) return { start: i, end: i + 1, key: found.key, name: found.name };
  }
  return undefined;
}

/**
 * The query without the groups [start, end) read as a person, a party or a department, and without
 * the words that only name the archive's records ("questions from Rupert Lowe on immigration",
 * "Rupert Lowe's answers": that reading already lists questions and answers), nor those `drop`
 * says the reading took ("tabled" in "tabled by …"). When nothing else is left but stop words
 * ("questions from Rupert Lowe"), there are no words: the reading's list.
 */
export function withoutRun(parsed: ParsedQuery, start: number, end: number, drop?: (g: Group) => boolean): ParsedQuery {
  let groups = parsed.groups.filter((g, i) => (i < start || i >= end) && !isRecordWord(g) && !drop?.(g));
  if (groups.every(saysNothing)) groups = [];
  return { ...parsed, groups, text: textOf(groups) };
}

/**
 * A word naming the office of the member it stands beside ("the minister Stephen Kinnock", "Wes
 * Streeting MP", "Health Secretary Wes Streeting"): who they are, not what the query is about. The
 * department's own word ("Health") stays: the questions put to it name it.
 */
const OFFICE = new Set(['minister', 'mp', 'secretary', 'chancellor', 'shadow', 'spokesperson', 'spokesman', 'spokeswoman', 'member']);
const isOffice = (g: Group | undefined) => !!g && OFFICE.has(plainWord(g) ?? '');

/** Which side of its questions a query puts the member on: the asker, the answerer, or either. */
export type Side = 'asked' | 'answered' | 'either';

/**
 * The side the words beside the name say: "asked by Rupert Lowe", "what has Rupert Lowe asked
 * about …", "answered by the minister Wes Streeting", "what did Wes Streeting reply on …",
 * "questions from Rupert Lowe", "questions to Wes Streeting"; either when they say neither ("Rupert
 * Lowe", "Rupert Lowe housing"). Read from the query as
 * typed: "answered" is also the filter word, which the parse has taken out.
 */
export function sideOf(parsed: ParsedQuery, found: NameInQuery): Side {
  const name = parsed.groups
    .slice(found.start, found.end)
    .map((g) => escapeRe(g.alternatives[0]!.text))
    .join(String.raw`\s+`);
  const office = String.raw`(?:(?:the|a)\s+)?(?:(?:${[...OFFICE].join('|')})\s+)*`;
  const verb = new RegExp(
    String.raw`\b(asked|tabled|answered|replied)\s+(?:to\s+)?by\s+${office}${name}|${name}(?:['’]s)?\s+(?:(?:has|had|have)\s+)?(asked|tabled|answered|replied)\b` +
      // "questions to Wes Streeting" were put to him; "questions from (or by) Rupert Lowe" he asked; "answers from …" given.
      String.raw`|\b(?:(questions?|pqs?|wqs?)\s+(?:put\s+)?(to|from|by)|(answers?|replies)\s+(?:from|by))\s+${office}${name}`,
    'iu',
  ).exec(parsed.raw);
  if (verb?.[3]) return verb[4]!.toLowerCase() === 'to' ? 'answered' : 'asked';
  if (verb?.[5]) return 'answered';
  const said = (verb?.[1] ?? verb?.[2])?.toLowerCase();
  return !said ? 'either' : said === 'asked' || said === 'tabled' ? 'asked' : 'answered';
}

/**
 * The query without the name's words and the office named beside it (`withoutRun`), filtered to the
 * member: asked or answered by them, or only the side the query says (`sideOf`).
 */
export function withoutName(parsed: ParsedQuery, found: NameInQuery, side: Side): ParsedQuery {
  let { start, end } = found;
  while (isOffice(parsed.groups[start - 1])) start--;
  while (isOffice(parsed.groups[end])) end++;
  // The verb saying the side is no word to search for ("questions tabled by …").
  const rest = withoutRun(parsed, start, end, side === 'either' ? undefined : (g) => SIDE_VERBS.has(plainWord(g) ?? ''));
  const f = rest.filters;
  const filters = side === 'asked' ? { ...f, by: [...f.by, found.name] } : side === 'answered' ? { ...f, answeredBy: [...f.answeredBy, found.name] } : { ...f, member: found.key };
  return { ...rest, filters };
}

const SIDE_VERBS = new Set(['asked', 'tabled', 'answered', 'replied']);
const SCOPE: Record<Side, string> = { asked: 'asked', answered: 'answered', either: 'asked or answered' };

/** What the reply says about how the query was read. */
export function memberNotice(parsed: ParsedQuery, found: NameInQuery, rest: ParsedQuery, side: Side): string {
  const typed = typedOf(parsed, found);
  const who = `questions ${SCOPE[side]} by ${found.name}`;
  const scope = rest.groups.length ? `${who} that match “${wordsOf(rest)}”` : `${who}, newest first`;
  return `Read “${typed}” as the member ${found.name}: ${scope}. For the words instead, put them in quotes: "${typed}".`;
}

/** What the reply says when the member named alone has no question on the side asked, and these are the other side's. */
export function memberOtherSideNotice(found: NameInQuery, side: 'asked' | 'answered'): string {
  const other = side === 'asked' ? 'answered' : 'asked';
  return `${found.name} ${side} no question in the archive; these are the questions ${found.name} ${other}, newest first.`;
}

/** What the reply says when no record is asked or answered by the member, nor writes their name (of those the filters keep, when there are any). */
export function memberUnnamedNotice(found: NameInQuery, filtered = false): string {
  return `${found.name} asked or answered no question in the archive, and no answer ${filtered ? 'your filters keep ' : ''}names ${found.name}.`;
}

/**
 * The query with the member's name as typed in quotes, the rest's words after it: the answers that
 * write the name ("Theresa May" names her; "may" and "theresa" apart do not).
 */
export function nameAsPhrase(parsed: ParsedQuery, found: NameInQuery, rest: ParsedQuery): string {
  return `"${typedOf(parsed, found)}" ${rest.text}`.trim();
}
const typedOf = (parsed: ParsedQuery, found: NameInQuery) =>
  parsed.groups
    .slice(found.start, found.end)
    .map((g) => plainText(g) ?? g.alternatives[0].text)
    .join(' ');

/**
 * What the reply says when no record is asked or answered by the member: these answers name them
 * (`withWords`: hold the query's words, the name's among them); with the department they serve in, if any.
 */
export function memberNamedNotice(found: NameInQuery, body?: string, withWords = false): string {
  const dept = body ? `; for the answers from the ${body}, which ${found.name} serves in: dept:"${body}"` : '';
  const these = withWords ? `these answers name ${found.name} and match your other words` : `these answers name ${found.name}`;
  return `${found.name} asked or answered no question in the archive; ${these}${dept}.`;
}

/** What the reply says when the member has nothing on the rest of the query: the department they answer for (`body`) is searched, or the words alone. */
export function memberFallbackNotice(found: NameInQuery, rest: ParsedQuery, side: Side, body?: string): string {
  const none = `${found.name} ${SCOPE[side]} nothing matching “${wordsOf(rest)}”`;
  return body
    ? `${none}; these are the answers on it from the ${body}, which ${found.name} answers for (dept:"${body}").`
    : `${none}; these answers are found by those words alone.`;
}

/** The words searched for, as typed, without those that say nothing ("what has … asked about immigration?": “immigration”). */
function wordsOf(rest: ParsedQuery): string {
  const shown = rest.groups.filter((g) => !saysNothing(g));
  const text = textOf(shown.length ? shown : rest.groups);
  return text.replace(/[?!.]+$/, '');
}
