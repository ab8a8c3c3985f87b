// A department the records are put to, named in words ("questions to the Home Office about small
// boats", "answers from DWP on PIP", "replies by the Treasury"), is the dept: filter, as a
// member's name is the member (members.ts). Only after a word naming the records and "to",
// "from" or "by": "funding from the Treasury for councils" is about councils' funding, whoever answered.
import type { ParsedQuery } from './query.ts';
import { bodyAliases, squash } from './filters.ts';
import { plainText, withoutRun } from './members.ts';
import { RECORD_WORDS } from './question.ts';

/** Longest department name typed ("Department for Science, Innovation and Technology"). */
const MAX_DEPT_WORDS = 7;

export interface DepartmentInQuery {
  /** The query's groups [start, end) naming the department, "to"/"from"/"by" and "the" included. */
  start: number;
  end: number;
  /** The department as typed ("the Home Office"), and as the archive writes it. */
  typed: string;
  body: string;
}

/**
 * The first department of `bodies` (the archive's answering bodies) named whole after a record
 * word and "to", "from" or "by": by its name, squashed name or initials (bodyAliases), longest
 * first. A part of a name ("Home") is no department.
 */
export function departmentInQuery(parsed: ParsedQuery, bodies: readonly string[]): DepartmentInQuery | undefined {
  const gs = parsed.groups;
  for (let i = 1; i < gs.length - 1; i++) {
    if (!/^(?:to|from|by)$/i.test(plainText(gs[i]) ?? '') || !RECORD_WORDS.has(plainText(gs[i - 1])?.toLowerCase() ?? '')) continue;
    const from = /^the$/i.test(plainText(gs[i + 1]) ?? '') ? i + 2 : i + 1;
    for (let end = Math.min(gs.length, from + MAX_DEPT_WORDS); end > from; end--) {
      const ws = gs.slice(from, end).map(plainText);
      if (ws.some((w) => w === undefined)) continue;
      const wanted = squash(ws.join(' '));
      const body = bodies.find((b) => bodyAliases(b).includes(wanted));
      if (body) return { start: i, end, typed: ws.join(' ').replace(/[,.;:!?]+$/, ''), body };
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
  const filter = `dept:${found.typed.includes(' ') ? `"${found.typed}"` : found.typed}`;
  return `Read “${found.typed}” as questions put to the ${found.body} (${filter}). For the words instead, put them in quotes: "${found.typed}".`;
}
