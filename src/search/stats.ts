// `/qa stats <query>`: how many questions match, by department, by year, by the askers' party, and who asked most.
import type { RecordMeta } from '../record.ts';
import { isAnswered } from './filters.ts';
import type { StatsReply, StatsRow } from './types.ts';

function top(counts: Map<string, number>, n: number, order: 'count' | 'label' = 'count'): StatsRow[] {
  const rows = [...counts].map(([label, count]) => ({ label, count }));
  rows.sort((a, b) => (order === 'label' ? a.label.localeCompare(b.label) : b.count - a.count || a.label.localeCompare(b.label)));
  return rows.slice(0, n);
}

function bump(m: Map<string, number>, k: string | undefined): void {
  if (k) m.set(k, (m.get(k) ?? 0) + 1);
}

export function statsOf(query: string, records: RecordMeta[], n = 8, notices: string[] = []): StatsReply {
  const bodies = new Map<string, number>();
  const years = new Map<string, number>();
  const askers = new Map<string, number>();
  const parties = new Map<string, number>();
  for (const r of records) {
    bump(bodies, r.answeringBody ?? 'Unknown department');
    bump(years, (r.dateTabled ?? r.dateAnswered)?.slice(0, 4) ?? 'Unknown');
    bump(askers, r.askingMember?.name);
    bump(parties, r.askingMember?.party);
  }
  return {
    kind: 'stats',
    query,
    total: records.length,
    awaiting: records.filter((r) => !isAnswered(r)).length,
    askers: askers.size,
    notices,
    byAnsweringBody: top(bodies, n),
    // Every year, oldest first: a trend reads left to right.
    byYear: top(years, 100, 'label'),
    byParty: top(parties, n),
    topAskers: top(askers, Math.min(n, 5)),
  };
}
