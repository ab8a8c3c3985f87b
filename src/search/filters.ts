// Record filters of the query language: dept:, by:, answered-by:, party:, house:, from:/to:, answered, is:.
import type { RecordMeta } from '../record.ts';
import { hasQualifier, isAnswered } from './timeliness.ts';
import { fold } from './text.ts';
import type { Filters, ParsedQuery } from './query.ts';

/** "Department for Work and Pensions" → "departmentforworkandpensions": spacing, case and "&" for "and" do not matter. */
export function squash(s: string): string {
  return fold(s).replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
}

const CONNECTORS = new Set(['for', 'of', 'and', 'the', '&']);

/**
 * The ways people write a department: its name squashed, and its initials with and without
 * the little words (DWP, DfE, MoJ, DHSC, FCDO …).
 */
export function bodyAliases(name: string): string[] {
  const ws = fold(name).split(/[^a-z0-9&]+/).filter(Boolean);
  const all = ws.map((w) => w[0]).join('');
  const significant = ws.filter((w) => !CONNECTORS.has(w)).map((w) => w[0]).join('');
  const withFor = ws.filter((w) => w !== 'and' && w !== 'the' && w !== '&').map((w) => w[0]).join('');
  return [...new Set([squash(name), all, significant, withFor, ...(DEPT_NICKNAMES[squash(name)] ?? [])].filter((a) => a.length >= 2))];
}

/**
 * What people call departments besides their names and initials, squashed: the names they had
 * before a merger or a rename ("the Foreign Office", "the FCO", "the Department of Health").
 */
const DEPT_NICKNAMES: Record<string, string[]> = {
  foreigncommonwealthanddevelopmentoffice: ['foreignoffice', 'fco'],
  departmentofhealthandsocialcare: ['departmentofhealth', 'doh'],
};

export function matchesDept(answeringBody: string | undefined, wanted: string): boolean {
  if (!answeringBody) return false;
  const w = squash(wanted);
  if (!w) return false;
  const aliases = bodyAliases(answeringBody);
  // A whole alias, or a part of the squashed name long enough not to be accidental.
  return aliases.includes(w) || (w.length >= 4 && aliases[0].includes(w));
}

/** What people call parties besides their names; the names' initials (snp, dup, sdlp) and word starts ("lib dem", "reform", "green") do the rest. */
const PARTY_NICKNAMES: Record<string, string> = { tory: 'conservative', tories: 'conservative', libdem: 'liberal democrat', libdems: 'liberal democrat', ld: 'liberal democrat' };

/**
 * The party is the one wanted: its initials ("snp"), a nickname ("tory"), or the starts of its
 * words from its first ("lib dem", "reform" for Reform UK, "labour" for Labour (Co-op) but not
 * for the Social Democratic & Labour Party), a plural read as its singular ("greens").
 */
export function matchesParty(party: string | undefined, wanted: string): boolean {
  if (!party) return false;
  const want = (PARTY_NICKNAMES[squash(wanted)] ?? fold(wanted)).split(/[^a-z0-9]+/).filter(Boolean);
  if (want.length === 0) return false;
  if (want.length === 1 && bodyAliases(party).includes(want[0]!)) return true;
  const have = fold(party).split(/[^a-z0-9]+/).filter(Boolean);
  const starts = (h: string, w: string) => h.startsWith(w) || (w.length > 3 && w.endsWith('s') && h.startsWith(w.slice(0, -1)));
  return want.length <= have.length && want.every((w, i) => starts(have[i]!, w));
}

const TITLES = /^(sir|dame|mr|mrs|ms|miss|dr|lord|baroness|lady|rt|hon|the)\s+/;

/** A person's name as compared: folded, punctuation and titles (Sir, Dame, Dr …) out, a possessive 's dropped. */
export function personName(s: string): string {
  let n = fold(s).replace(/['’]s\b/g, '').replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  while (TITLES.test(n)) n = n.replace(TITLES, '');
  return n;
}

/** Every word of the wanted name appears as a word (or word start) of the member's name. */
export function matchesMember(name: string | undefined, wanted: string): boolean {
  if (!name) return false;
  const have = personName(name).split(' ');
  const want = personName(wanted).split(' ').filter(Boolean);
  if (want.length === 0) return false;
  return want.every((w) => have.some((h) => h === w || (w.length >= 3 && h.startsWith(w))));
}

const nameKeys = new Map<string, string>();

/** personName, remembered: a member-only query compares the name on every record. */
export function nameKey(name: string | undefined): string | undefined {
  if (!name) return undefined;
  let k = nameKeys.get(name);
  if (k === undefined) {
    if (nameKeys.size > 50_000) nameKeys.clear();
    nameKeys.set(name, (k = personName(name)));
  }
  return k;
}

/** The record was asked or answered by the member whose name (as personName gives it) is `key`. */
export function byMember(r: RecordMeta, key: string): boolean {
  return nameKey(r.askingMember?.name) === key || nameKey(r.answeringMember?.name) === key;
}

/** The date a record counts as "from": when it was answered, or tabled while unanswered. */
export function recordDate(r: RecordMeta): string | undefined {
  return r.dateAnswered ?? r.dateTabled;
}

export function hasRecordFilters(f: Filters): boolean {
  return f.dept.length + f.by.length + f.answeredBy.length + f.party.length + f.is.length > 0 || !!f.member || !!f.uin || !!f.house || !!f.from || !!f.to || f.answered !== undefined;
}

export { isAnswered };

export function passesFilters(r: RecordMeta, f: Filters): boolean {
  if (f.house && r.house !== f.house) return false;
  if (f.answered !== undefined && isAnswered(r) !== f.answered) return false;
  if (f.is.length && !f.is.every((q) => hasQualifier(r, q, f.today))) return false;
  if (f.from || f.to) {
    const d = f.dated === 'tabled' ? r.dateTabled : recordDate(r);
    if (!d) return false;
    if (f.from && d < f.from) return false;
    if (f.to && d > f.to) return false;
  }
  // Several dept:/by: values widen the choice (any of them), as people expect from "dept:dwp dept:hmrc".
  if (f.dept.length && !f.dept.some((d) => matchesDept(r.answeringBody, d))) return false;
  if (f.by.length && !f.by.some((b) => matchesMember(r.askingMember?.name, b))) return false;
  if (f.member && !byMember(r, f.member)) return false;
  if (f.uin && !(r.house === f.uin.house && r.uin?.toUpperCase() === f.uin.uin && (!f.uin.dateTabled || r.dateTabled === f.uin.dateTabled))) return false;
  if (f.answeredBy.length && !f.answeredBy.some((b) => matchesMember(r.answeringMember?.name, b))) return false;
  if (f.party.length && !f.party.some((p) => matchesParty(r.askingMember?.party, p))) return false;
  return true;
}

/** True when the query searches for something or at least filters something. */
export function hasCriteria(q: ParsedQuery): boolean {
  return q.groups.length > 0 || hasRecordFilters(q.filters);
}
