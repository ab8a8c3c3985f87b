// The periods a backfill lists, by the day a question was tabled: every question is tabled once,
// so listing by tabled date (withdrawn included) reaches each question exactly once, answered or
// not, with its answer as it stands today. A calendar month at a time; a period that holds more
// than the API pages reliably is halved until it fits (or is one day).

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  since: string;
  until: string;
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function daysIn(p: Period): number {
  return Math.round((ms(p.until) - ms(p.since)) / DAY) + 1;
}

/** Calendar months from `since` to `until`, the first and last cut to the range. */
export function monthPeriods(since: string, until: string): Period[] {
  if (since > until) return [];
  const out: Period[] = [];
  let start = since;
  while (start <= until) {
    const d = new Date(ms(start));
    const monthEnd = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    const end = monthEnd < until ? monthEnd : until;
    out.push({ since: start, until: end });
    start = iso(ms(end) + DAY);
  }
  return out;
}

/** Two halves of a period of two days or more (the first half holds the extra day). */
export function halve(p: Period): [Period, Period] {
  const n = daysIn(p);
  if (n < 2) throw new Error(`cannot halve a one-day period (${p.since})`);
  const firstEnd = iso(ms(p.since) + (Math.ceil(n / 2) - 1) * DAY);
  return [
    { since: p.since, until: firstEnd },
    { since: iso(ms(firstEnd) + DAY), until: p.until },
  ];
}

export const within = (day: string | undefined, p: Period): boolean => !!day && day >= p.since && day <= p.until;
