// Members API ids → who they were on a given date. The corpus's records carry only ids; this
// resolves them from members_lookup_derived.json (dated history + ministerial posts) or from a plain
// array of Members API member objects (latest details only).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Member } from '../record.ts';
import { MAX_JSON_BYTES, openSource, readAll } from './source.ts';

export type MemberPeriod = { name: string; party?: string; constituency?: string; from?: string; to?: string };
export type MinisterialPost = { post: string; department?: string; departmentShort?: string; rank?: string; start?: string; end?: string };
/** A member as the search reads them: a name, and the department of the post held now. */
export type Person = { name: string; department?: string };
/** The archive's meta key the members' `people()` are kept under (read by the search: live.ts). */
export const PEOPLE_META = 'people';

/** The people kept in an archive (`PEOPLE_META`), or none when it keeps none or they cannot be read. */
export function peopleIn(json: string | undefined): Person[] {
  if (!json) return [];
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((p): p is Person => isObj(p) && typeof p.name === 'string' && (p.department === undefined || typeof p.department === 'string')) : [];
  } catch {
    return [];
  }
}
export type DirectoryEntry = { id: number; name: string; party?: string; constituency?: string; history: MemberPeriod[]; posts: MinisterialPost[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const RANKS = ['PM', 'DPM', 'SoS', 'MoS', 'PUSS', 'Parl. lead', 'Parl.'];

export class MembersDirectory {
  private byId = new Map<number, DirectoryEntry>();

  constructor(entries: DirectoryEntry[]) {
    for (const e of entries) this.byId.set(e.id, e);
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  /**
   * The member as they were on `date` (YYYY-MM-DD): the history period containing it, else the nearest
   * before, else the nearest after (periods are snapshot dates, so changes fall between them).
   * With `role`, also the ministerial post held that day, preferring one in `department`.
   */
  resolve(id: number, date?: string, opts: { role?: boolean; department?: string } = {}): Member | undefined {
    const e = this.byId.get(id);
    if (!e) return undefined;
    const p = date ? periodOn(e.history, date) : undefined;
    const m: Member = { id, name: p?.name ?? e.name };
    const party = p ? p.party : e.party;
    const constituency = p ? p.constituency : e.constituency;
    if (party) m.party = party;
    if (constituency) m.constituency = constituency;
    if (opts.role && date) {
      const role = this.roleOn(id, date, opts.department);
      if (role) m.role = role;
    }
    return m;
  }

  /** The ministerial post held on `date`; rows whose end precedes their start (a known typo in the source) are ignored. */
  roleOn(id: number, date: string, department?: string): string | undefined {
    const e = this.byId.get(id);
    if (!e) return undefined;
    const held = e.posts.filter((p) => p.start && p.start <= date && (!p.end || (p.end >= p.start && date <= p.end)));
    if (!held.length) return undefined;
    const dept = department && norm(department);
    const rank = (p: MinisterialPost) => {
      const r = RANKS.indexOf(p.rank ?? '');
      return r < 0 ? RANKS.length : r;
    };
    held.sort((a, b) => {
      const da = dept && (norm(a.department) === dept || norm(a.departmentShort) === dept) ? 0 : 1;
      const db = dept && (norm(b.department) === dept || norm(b.departmentShort) === dept) ? 0 : 1;
      return da - db || rank(a) - rank(b);
    });
    return held[0].post;
  }

  /**
   * Every member by their latest name, with the department of the ministerial post they hold now
   * (the latest begun and not ended), if any: kept in the archive (`people` in sources.ts), so a
   * member who asked and answered nothing (a Chancellor answers no written question herself) is
   * still read as the member, and her department's answers found (engine.ts, `rankMembers`).
   */
  people(): Person[] {
    return [...this.byId.values()].map((e) => {
      const now = e.posts.filter((p) => p.start && !p.end).sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
      return now?.department ? { name: e.name, department: now.department } : { name: e.name };
    });
  }

  /** Build from either supported file shape; throws with a clear message on anything else. */
  static fromJson(doc: unknown): MembersDirectory {
    if (isObj(doc) && Array.isArray(doc.members)) return new MembersDirectory(doc.members.map(fromDerived).filter(isEntry));
    const list = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.items) ? doc.items : undefined;
    if (list) return new MembersDirectory(list.map((m) => fromMembersApi(isObj(m) && isObj(m.value) ? m.value : m)).filter(isEntry));
    throw new Error('not a members file: expected {members:[…]} or an array of Members API members');
  }
}

/**
 * An archive folder's own members directory, named so in it: used when no other is given, and
 * never read as a source of questions (the bundled data/ carries one for its sample's members).
 */
export const FOLDER_MEMBERS = ['members.json', 'members.json.gz'];

/** The members directory for an archive's sources when none is named: MEMBERS_FILE, else the folder's own (one folder). */
export function defaultMembersFile(data: string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.MEMBERS_FILE) return env.MEMBERS_FILE;
  if (data.length !== 1) return undefined;
  return FOLDER_MEMBERS.map((name) => path.join(data[0]!, name)).find((file) => existsSync(file));
}

/** A members file, plain or gzip-compressed (read as the sources are, source.ts). */
export async function loadMembers(file: string): Promise<MembersDirectory> {
  const bytes = await readAll(await openSource(file), MAX_JSON_BYTES);
  if (!bytes) throw new Error(`members file ${file}: larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`);
  const text = bytes.toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`members file ${file}: invalid JSON (${(e as Error).message})`);
  }
  return MembersDirectory.fromJson(doc);
}

/** A record (or draft) with member ids: fills askingMember/answeringMember from the directory. Names the source gave are kept. */
export function fillMembers(r: Record<string, unknown>, dir: MembersDirectory): void {
  const ask = memberOf(r.askingMember);
  const askId = ask?.id ?? num(r.askingMemberId);
  if (askId) {
    const found = dir.resolve(askId, str(r.dateTabled) ?? str(r.dateAnswered));
    if (found) r.askingMember = combine(ask, found);
  }
  const ans = memberOf(r.answeringMember);
  const ansId = ans?.id ?? num(r.answeringMemberId);
  if (ansId) {
    const found = dir.resolve(ansId, str(r.dateAnswered) ?? str(r.dateTabled), { role: true, department: str(r.answeringBody) });
    if (found) r.answeringMember = combine(ans, found);
  }
}

function combine(had: Member | undefined, found: Member): Member {
  if (!had) return found;
  const m: Member = { ...had };
  m.id ??= found.id;
  m.party ??= found.party;
  m.constituency ??= found.constituency;
  m.role ??= found.role;
  for (const k of Object.keys(m) as (keyof Member)[]) if (m[k] === undefined) delete m[k];
  return m;
}

function memberOf(v: unknown): Member | undefined {
  return isObj(v) && typeof v.name === 'string' ? (v as Member) : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}

function norm(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/^the\s+/, '').trim();
}

function periodOn(history: MemberPeriod[], date: string): MemberPeriod | undefined {
  let before: MemberPeriod | undefined;
  let after: MemberPeriod | undefined;
  for (const p of history) {
    const from = p.from ?? '0000-00-00';
    const to = p.to ?? '9999-99-99';
    if (from <= date && date <= to) return p;
    if (to < date && (!before || to > (before.to ?? ''))) before = p;
    if (from > date && (!after || from < (after.from ?? '9999'))) after = p;
  }
  return before ?? after;
}

function fromDerived(m: unknown): DirectoryEntry | undefined {
  if (!isObj(m) || typeof m.id !== 'number' || !str(m.name)) return undefined;
  const history = (Array.isArray(m.history) ? m.history : []).filter(isObj).flatMap((h): MemberPeriod[] => {
    const name = str(h.name) ?? str(m.name)!;
    return [{ name, party: str(h.party), constituency: str(h.constituency), from: str(h.first_seen), to: str(h.last_seen) }];
  });
  const posts = (Array.isArray(m.ministerial_roles_since_2023) ? m.ministerial_roles_since_2023 : []).filter(isObj).flatMap((p): MinisterialPost[] => {
    const post = str(p.post);
    return post ? [{ post, department: str(p.department), departmentShort: str(p.department_short), rank: str(p.rank), start: str(p.start_date), end: str(p.end_date) }] : [];
  });
  return { id: m.id, name: str(m.name)!, party: str(m.party), constituency: str(m.constituency), history, posts };
}

function fromMembersApi(m: unknown): DirectoryEntry | undefined {
  if (!isObj(m) || typeof m.id !== 'number') return undefined;
  const name = str(m.nameDisplayAs) ?? str(m.name);
  if (!name) return undefined;
  const party = isObj(m.latestParty) ? str(m.latestParty.name) : str(m.party);
  const membership = isObj(m.latestHouseMembership) ? m.latestHouseMembership : {};
  const constituency = str(membership.membershipFrom) ?? str(m.membershipFrom) ?? str(m.constituency);
  return { id: m.id, name, party, constituency, history: [], posts: [] };
}

function isEntry(e: DirectoryEntry | undefined): e is DirectoryEntry {
  return e !== undefined;
}
