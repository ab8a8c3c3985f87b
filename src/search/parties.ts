// A party's members typed as words ("questions by Reform MPs", "what have Lib Dem MPs asked about
// water?", "Tory members on the NHS") are the party: filter, as a member's name is the member
// (members.ts). Only before "MP", "MPs" or "members", or where the words can only name who asks:
// opening the query before "questions" ("Reform UK questions about immigration"), or after
// "questions from" or "by", ending there ("questions from Labour on potholes"), or ending the
// query after "from" or "by" ("questions about grooming gangs from Reform"). "Reform" alone is
// as often planning reform, and "questions from independent experts" asks of no party.
import { filterText, type ParsedQuery } from './query.ts';
import { matchesParty } from './filters.ts';
import { plainText, withoutRun } from './members.ts';
import { namesNothing } from './question.ts';
import { term } from './text.ts';

/** Words naming a party's members, after its name. */
const MEMBERS_WORDS = new Set(['mp', 'mps', "mp's", 'mps’', "mps'", 'member', 'members']);
/** Longest party name typed before them ("Social Democratic and Labour"). */
const MAX_PARTY_WORDS = 4;
/** Words naming the questions a party's members ask (not "answers": ministers give those). */
const ASKED_WORDS = new Set(['question', 'questions', 'pq', 'pqs', 'wq', 'wqs']);

export interface PartyInQuery {
  /** The query's groups [start, end) that name the party's members, "MPs" included. */
  start: number;
  end: number;
  /** The party as typed ("Lib Dem"): the party: filter's value. */
  typed: string;
  /** The party as the archive writes it ("Liberal Democrat"). */
  party: string;
}

/**
 * The first run of plain words naming one of `parties` (the archive's own) right before "MPs" or
 * "members", longest first. A quoted phrase is never read so: "Reform MPs" in quotes is words.
 */
export function partyInQuery(parsed: ParsedQuery, parties: readonly string[]): PartyInQuery | undefined {
  return membersNamed(parsed, parties) ?? askersNamed(parsed, parties);
}

/** The shortest party the words name: "Labour" before "Labour (Co-op)", which party:labour also keeps. */
function partyNamed(typed: string, parties: readonly string[]): string | undefined {
  return parties.filter((p) => matchesParty(p, typed)).sort((a, b) => a.length - b.length)[0];
}

/** A party named before "MPs" or "members". */
function membersNamed(parsed: ParsedQuery, parties: readonly string[]): PartyInQuery | undefined {
  const gs = parsed.groups;
  for (let at = 1; at < gs.length; at++) {
    const w = plainText(gs[at]);
    if (!w || !MEMBERS_WORDS.has(w.toLowerCase())) continue;
    for (let start = Math.max(0, at - MAX_PARTY_WORDS); start < at; start++) {
      const ws = gs.slice(start, at).map(plainText);
      // No party is named by a function word ("the MP for Bournemouth East" is no member of The Reclaim Party).
      if (ws.some((x) => x === undefined) || !term(ws[0]!)) continue;
      // "how many Labour MPs …" counts the members: it is not asking for their questions.
      if (/^many$/i.test(plainText(gs[start - 1]) ?? '') && /^how$/i.test(plainText(gs[start - 2]) ?? '')) continue;
      const typed = ws.join(' ').toLowerCase();
      const party = partyNamed(typed, parties);
      if (party) return { start, end: at + 1, typed, party };
    }
  }
  return undefined;
}

/**
 * A party named where only askers stand: opening the query right before "questions" (nothing but
 * stop words before it), or after "questions from" / "questions by" and ending the phrase (the
 * next word, if any, a stop word: "questions from Labour about …"), or after "from" or "by"
 * ending the query, the questions named before ("questions about grooming gangs from Reform").
 */
function askersNamed(parsed: ParsedQuery, parties: readonly string[]): PartyInQuery | undefined {
  const gs = parsed.groups;
  const word = (i: number) => plainText(gs[i])?.toLowerCase();
  const run = (start: number, end: number) => partyRun(gs, start, end, parties);
  for (let at = 0; at < gs.length; at++) {
    if (!ASKED_WORDS.has(word(at) ?? '')) continue;
    // "Reform UK questions about immigration": the longest name opening the query.
    for (let start = 0; start < at; start++) {
      if (!gs.slice(0, start).every((g) => namesNothing(plainText(g) ?? '-'))) break;
      const found = run(start, at);
      if (found) return { start, end: at, ...found };
    }
    // "questions from Labour on potholes", "questions asked by Reform UK": the longest name after.
    const by = /^(?:asked|tabled)$/.test(word(at + 1) ?? '') ? at + 2 : at + 1;
    if (!/^(?:from|by)$/.test(word(by) ?? '')) continue;
    const from = word(by + 1) === 'the' ? by + 2 : by + 1;
    for (let end = Math.min(gs.length, from + MAX_PARTY_WORDS); end > from; end--) {
      if (end < gs.length && (word(end) === undefined || term(word(end)!))) continue;
      const found = run(from, end);
      if (found) return { start: from, end, ...found };
    }
  }
  // "questions about grooming gangs from Reform": the party ending the query, after "from" or "by",
  // once the questions are named before.
  const asked = gs.findIndex((_, i) => ASKED_WORDS.has(word(i) ?? ''));
  for (let by = gs.length - 2; asked >= 0 && by > asked; by--) {
    if (!/^(?:from|by)$/.test(word(by) ?? '')) continue;
    const from = word(by + 1) === 'the' ? by + 2 : by + 1;
    if (gs.length - from > MAX_PARTY_WORDS) break;
    const found = from < gs.length ? run(from, gs.length) : undefined;
    if (found) return { start: from, end: gs.length, ...found };
    break;
  }
  return undefined;
}

/**
 * A party's name typed anywhere, longest run first ("SNP", "DUP whisky", "Lib Dem sewage"): only a
 * candidate, which the engine reads as the party when the archive's text never uses its words, as
 * a seat or a surname typed alone is read (`Engine.partyReading`). "Labour" or "Reform" alone stay words.
 */
export function barePartyInQuery(parsed: ParsedQuery, parties: readonly string[]): PartyInQuery | undefined {
  const gs = parsed.groups;
  for (let start = 0; start < gs.length; start++) {
    for (let end = Math.min(gs.length, start + MAX_PARTY_WORDS); end > start; end--) {
      const found = partyRun(gs, start, end, parties);
      if (found) return { start, end, ...found };
    }
  }
  return undefined;
}

/** The party the plain words of groups [start, end) name, as typed (lower case); none when a word is no plain word or the first a function word. */
function partyRun(gs: ParsedQuery['groups'], start: number, end: number, parties: readonly string[]): { typed: string; party: string } | undefined {
  const ws = gs.slice(start, end).map((g) => plainText(g)?.toLowerCase());
  if (ws.some((x) => x === undefined) || !term(ws[0]!)) return undefined;
  const typed = ws.join(' ');
  const party = partyNamed(typed, parties);
  return party ? { typed, party } : undefined;
}

/** The query as the party's filter and the other words (`withoutRun`: nothing but stop words left, the party's list, newest first). */
export function withoutParty(parsed: ParsedQuery, found: PartyInQuery): ParsedQuery {
  const rest = withoutRun(parsed, found.start, found.end);
  return { ...rest, filters: { ...rest.filters, party: [...rest.filters.party, found.typed] } };
}

/** What the reply says about how the query was read. */
export function partyNotice(parsed: ParsedQuery, found: PartyInQuery): string {
  const typed = parsed.groups.slice(found.start, found.end).map((g) => plainText(g)).join(' ');
  const filter = filterText('party', found.typed);
  return `Read “${typed}” as questions asked by ${found.party} members (${filter}). For the words instead, put them in quotes: "${typed}".`;
}
