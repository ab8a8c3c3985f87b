// A department the records are put to, named in words ("questions to the Home Office about small
// boats", "answers from DWP on PIP", "Treasury answers this year", "what has the Home Office said
// about asylum hotels?"), is the dept: filter, as a member's name is the member (members.ts). Only
// beside a word naming the records (after it with "to", "from" or "by", or right before it), after
// the topic when the records were named before it ("answers about fly-tipping from Defra"), or as
// the one saying what is asked about; an office named for it counts ("the Home Secretary"). "funding
// from the Treasury for councils" is about councils' funding, whoever answered.
import { filterText, type ParsedQuery } from './query.ts';
import { bodyAliases, matchesDept, squash } from './filters.ts';
import { plainText, withoutRun } from './members.ts';
import { namesNothing, RECORD_WORDS } from './question.ts';

/** Who puts the questions, said before the department they are put to ("Reform MPs to the Home Office"). */
const ASKERS = /^(?:mps?|members)$/i;
/** Verbs of a department saying something, after its name ("what has the Home Office said about …"). */
const SAID = /^(?:said|say|says|stated|told)$/i;
/** An office named after its department's words ("Home Secretary", "Health Minister"). */
const OFFICE = /^(?:secretary|minister)$/i;
/** Longest department name typed ("Department for Science, Innovation and Technology"). */
const MAX_DEPT_WORDS = 7;

export interface DepartmentInQuery {
  /** The query's groups [start, end) naming the department, "to"/"from"/"by" and "the" included. */
  start: number;
  end: number;
  /** The department as typed ("Home Office", "DWP"), and as the archive writes it. */
  typed: string;
  /** The words read as it, when not the department's own ("Home Secretary"). */
  said?: string;
  body: string;
}

/**
 * The first department of `bodies` (the archive's answering bodies) named whole after a record
 * word and "to", "from" or "by", or right before a record word: by its name, squashed name or
 * initials (bodyAliases), longest first. A part of a name alone ("Home") is no department; with an
 * office after it ("Home Secretary") it is (the latest-answering body of those it names, by `lastAnswered`).
 */
export function departmentInQuery(parsed: ParsedQuery, bodies: readonly string[], lastAnswered?: (body: string) => string | undefined): DepartmentInQuery | undefined {
  const gs = parsed.groups;
  const isRecordWord = (i: number) => RECORD_WORDS.has(plainText(gs[i])?.toLowerCase() ?? '');
  /** The department the words [from, end) name whole, if any. */
  const named = (from: number, end: number) => {
    const ws = gs.slice(from, end).map(plainText);
    if (ws.some((w) => w === undefined)) return undefined;
    const typed = ws.join(' ').replace(/[,.;:!?]+$/, '');
    const wanted = squash(typed);
    const body = bodies.find((b) => bodyAliases(b).includes(wanted));
    if (body) return { typed, body };
    // An office named for its department ("the Home Secretary", "the Health Minister"): the words
    // before the office, a part of one department's name or more (the filter keeps each).
    if (ws.length < 2 || !OFFICE.test(ws.at(-1)!)) return undefined;
    const part = ws.slice(0, -1).join(' ');
    const holders = bodies.filter((b) => matchesDept(b, part));
    const latest = holders.sort((a, b) => (lastAnswered?.(b) ?? '').localeCompare(lastAnswered?.(a) ?? ''))[0];
    return latest && { typed: part, body: latest, said: typed };
  };
  const isThe = (i: number) => /^the$/i.test(plainText(gs[i]) ?? '');
  /** The run from `start`, with a "the" before it. */
  const withThe = (start: number) => (start > 0 && isThe(start - 1) ? start - 1 : start);
  /** The longest department named after "to", "from" or "by" at `i` (and "the"); when `ending`, only a name that ends the phrase. */
  const nameAfter = (i: number, ending: boolean) => {
    const from = isThe(i + 1) ? i + 2 : i + 1;
    for (let end = Math.min(gs.length, from + MAX_DEPT_WORDS); end > from; end--) {
      const next = plainText(gs[end]);
      if (ending && end < gs.length && (next === undefined || !namesNothing(next))) continue;
      const found = named(from, end);
      if (found) return { start: i, end, ...found };
    }
    return undefined;
  };
  for (let i = 1; i < gs.length; i++) {
    const preposition = i < gs.length - 1 && /^(?:to|from|by)$/i.test(plainText(gs[i]) ?? '');
    // "questions to the Home Office …": the longest name after.
    if (preposition && (isRecordWord(i - 1) || ASKERS.test(plainText(gs[i - 1]) ?? ''))) {
      const found = nameAfter(i, false);
      if (found) return found;
    }
    // "answers about fly-tipping from Defra": after the topic, when the records were named before
    // it and the name ends the phrase ("… from the Treasury for councils" too: answers from it).
    if (preposition && !/^to$/i.test(plainText(gs[i]) ?? '') && gs.slice(0, i - 1).some((_, j) => isRecordWord(j))) {
      const found = nameAfter(i, true);
      if (found) return found;
    }
    // "what has the Home Office said about …", "what did DWP say on …": the department saying it.
    if (SAID.test(plainText(gs[i]) ?? '')) {
      for (let start = Math.max(0, i - MAX_DEPT_WORDS); start < i; start++) {
        const found = named(start, i);
        const the = withThe(start);
        if (found && the > 0 && /^(?:has|have|had|did|does|do)$/i.test(plainText(gs[the - 1]) ?? '')) return { start: the, end: i, ...found };
      }
    }
    // "Home Office questions on …", "Treasury answers …": the longest name right before.
    if (isRecordWord(i)) {
      for (let start = Math.max(0, i - MAX_DEPT_WORDS); start < i; start++) {
        const found = named(start, i);
        if (found) return { start: withThe(start), end: i, ...found };
      }
    }
  }
  return undefined;
}

/** The query as the department's filter and the other words. */
export function withoutDepartment(parsed: ParsedQuery, found: DepartmentInQuery): ParsedQuery {
  const rest = withoutRun(parsed, found.start, found.end);
  return { ...rest, filters: { ...rest.filters, dept: [...rest.filters.dept, found.typed] } };
}

/** What the reply says about how the query was read. */
export function departmentNotice(found: DepartmentInQuery): string {
  const filter = filterText('dept', found.typed);
  const said = found.said ?? found.typed;
  return `Read “${said}” as questions put to the ${found.body} (${filter}). For the words instead, put them in quotes: "${said}".`;
}
