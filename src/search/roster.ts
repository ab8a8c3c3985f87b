// Who and what the archive's records name: its members by surname, seat and first name, the
// parties they sit for, the departments that answer, and the places seats are named for. Each is
// read from the records when first asked, and again after records have come or gone (`reset`).
import type { RecordMeta } from '../record.ts';
import { nameKey, squash } from './filters.ts';
import { fold } from './text.ts';

/** Longest place a query may end on, in words ("North East Somerset and Hanham"). */
export const MAX_PLACE_WORDS = 5;
/** The UK's nations, and the kingdom itself ("in the UK": "the" is read past): places no seat is named for. */
const NATIONS = ['england', 'wales', 'scotland', 'northern ireland', 'great britain', 'britain', 'uk', 'united kingdom'];
/** Compass points, which name a place only together ("North East") or with a name ("North Somerset"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'mid']);
/** Words of a seat's name that are no place alone. */
const PLACE_FILLER = new Set([...DIRECTIONS, 'and', 'the', 'of', 'on', 'upon', 'in', 'with', 'city', 'cities', 'st']);

/**
 * Each surname (compared form) with the one full name bearing it, or null when several do:
 * from names in any number, a name met twice counted once; a name of one word bears none.
 */
export function surnameBearers(names: Iterable<string>): Map<string, { key: string; name: string } | null> {
  const bearers = new Map<string, { key: string; name: string } | null>();
  for (const name of names) {
    const key = nameKey(name);
    if (!key?.includes(' ')) continue;
    const last = key.slice(key.lastIndexOf(' ') + 1);
    const had = bearers.get(last);
    if (had === undefined) bearers.set(last, { key, name });
    else if (had && had.key !== key) bearers.set(last, null);
  }
  return bearers;
}

export class Roster {
  /** The records as they are now (a removed one leaves a hole). */
  constructor(private readonly records: () => Iterable<RecordMeta | undefined>) {}

  /** Records have come or gone: everything is read again when next asked. */
  reset(): void {
    this.partyNames = this.bodyDates = this.surnames = this.seats = this.places = this.firstNames = this.memberNames = this.houseNames = this.span = undefined;
  }

  /**
   * The one member of the archive bearing a surname (compared form), or undefined when none or
   * several do ("Cooper").
   */
  private surnames?: Map<string, { key: string; name: string } | null>;
  memberBySurname(surname: string): { key: string; name: string } | undefined {
    this.surnames ??= surnameBearers(this.namesOnRecords());
    return this.surnames.get(surname) ?? undefined;
  }

  /** Every asking and answering member's name, as the records give it (repeats and all). */
  private *namesOnRecords(): Iterable<string> {
    for (const r of this.records()) for (const m of [r?.askingMember, r?.answeringMember]) if (m?.name) yield m.name;
  }

  /** Whether any member of the archive bears a surname, one or several. */
  bearsSurname(surname: string): boolean {
    this.memberBySurname(surname);
    return this.surnames!.has(surname);
  }

  /**
   * The member who sits for a constituency (its name `squash`ed): of those who asked from it, the one
   * whose question is the latest (a seat changes hands at an election).
   */
  private seats?: Map<string, { key: string; name: string; at: string }>;
  memberBySeat(seat: string): { key: string; name: string } | undefined {
    if (!this.seats) {
      const sitting = new Map<string, { key: string; name: string; at: string }>();
      for (const r of this.records()) {
        const m = r?.askingMember;
        const key = nameKey(m?.name);
        if (!m?.constituency || !key) continue;
        const at = r!.dateTabled ?? '';
        const seatName = squash(m.constituency);
        const had = sitting.get(seatName);
        if (!had || at > had.at) sitting.set(seatName, { key, name: m.name, at });
      }
      this.seats = sitting;
    }
    const found = this.seats.get(seat);
    return found && { key: found.key, name: found.name };
  }

  /** The parties the archive's asking members sat for. */
  private partyNames?: string[];
  parties(): string[] {
    if (!this.partyNames) {
      const names = new Set<string>();
      for (const r of this.records()) if (r?.askingMember?.party) names.add(r.askingMember.party);
      this.partyNames = [...names];
    }
    return this.partyNames;
  }

  /** The names of the members who asked the archive's questions, and of those who answered them. */
  private memberNames?: { asking: string[]; answering: string[] };
  members(): { asking: string[]; answering: string[] } {
    if (!this.memberNames) {
      const asking = new Set<string>();
      const answering = new Set<string>();
      for (const r of this.records()) {
        if (r?.askingMember?.name) asking.add(r.askingMember.name);
        if (r?.answeringMember?.name) answering.add(r.answeringMember.name);
      }
      this.memberNames = { asking: [...asking], answering: [...answering] };
    }
    return this.memberNames;
  }

  /** The first and last dates the archive's questions were tabled or answered on (ISO). */
  private span?: { first: string; last: string } | null;
  dateSpan(): { first: string; last: string } | undefined {
    if (this.span === undefined) {
      let first = '';
      let last = '';
      for (const r of this.records()) {
        for (const d of [r?.dateTabled, r?.dateAnswered]) {
          if (!d) continue;
          if (!first || d < first) first = d;
          if (d > last) last = d;
        }
      }
      this.span = first ? { first, last } : null;
    }
    return this.span ?? undefined;
  }

  /** The Houses the archive's questions were put in. */
  private houseNames?: Set<string>;
  houses(): Set<string> {
    if (!this.houseNames) {
      const houses = new Set<string>();
      for (const r of this.records()) if (r?.house) houses.add(r.house);
      this.houseNames = houses;
    }
    return this.houseNames;
  }

  /**
   * The departments the archive's questions were put to, each with the date it last answered
   * (which of a renamed department's names is current).
   */
  private bodyDates?: Map<string, string>;
  bodies(): Map<string, string> {
    if (!this.bodyDates) {
      const latest = new Map<string, string>();
      for (const r of this.records()) {
        if (!r?.answeringBody) continue;
        const at = r.dateAnswered ?? '';
        if (!latest.has(r.answeringBody) || latest.get(r.answeringBody)! < at) latest.set(r.answeringBody, at);
      }
      this.bodyDates = latest;
    }
    return this.bodyDates;
  }

  /** Whether a word (folded) is the first name of one of the archive's members, asking or answering. */
  private firstNames?: Set<string>;
  isFirstName(folded: string): boolean {
    if (!this.firstNames) {
      const names = new Set<string>();
      for (const r of this.records()) {
        for (const who of [r?.askingMember, r?.answeringMember]) {
          const first = nameKey(who?.name)?.split(' ')[0];
          if (first && first.length > 1) names.add(first);
        }
      }
      this.firstNames = names;
    }
    return this.firstNames.has(folded);
  }

  /** Whether words (folded) name a place: a nation, or a run of words of a seat the archive's members sit for. */
  private places?: Set<string>;
  isPlace(folded: string): boolean {
    if (!this.places) {
      const places = new Set(NATIONS);
      const seats = new Set<string>();
      for (const r of this.records()) if (r?.askingMember?.constituency) seats.add(r.askingMember.constituency);
      for (const seat of seats) {
        const ws = fold(seat).split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
        for (let i = 0; i < ws.length; i++) {
          for (let j = i + 1; j <= Math.min(ws.length, i + MAX_PLACE_WORDS); j++) {
            const run = ws.slice(i, j);
            // "North", "and", "the" alone are no place; "North East" and "Somerset" are.
            if (run.length === 1 && PLACE_FILLER.has(run[0]!)) continue;
            if (run.every((w) => PLACE_FILLER.has(w) && !DIRECTIONS.has(w))) continue;
            places.add(run.join(' '));
          }
        }
      }
      this.places = places;
    }
    return this.places.has(folded);
  }
}
