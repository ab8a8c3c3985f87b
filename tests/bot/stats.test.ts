// `stats <query>`: counts by department, year, party and asker, computed here independently.
import { describe, expect, it } from 'vitest';
import { statsOf } from '../../src/search/stats.ts';
import type { QaRecord } from '../../src/record.ts';
import { fixtureEngine, fixtureRecords } from '../search/helpers.ts';

function count<T>(xs: T[], key: (x: T) => string | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) {
    const k = key(x);
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

describe('statsOf', () => {
  it('on every fixture record: totals and every row agree with a count made here', async () => {
    const records = await fixtureRecords();
    const s = statsOf('everything', records);
    expect(s.kind).toBe('stats');
    expect(s.query).toBe('everything');
    expect(s.total).toBe(records.length);

    const bodies = count(records, (r) => r.answeringBody ?? 'Unknown department');
    for (const row of s.byAnsweringBody) expect(row.count, row.label).toBe(bodies.get(row.label));
    expect(s.byAnsweringBody).toHaveLength(Math.min(8, bodies.size));
    // the biggest departments are the ones shown, biggest first, ties by name
    const counts = s.byAnsweringBody.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const shownMin = Math.min(...counts);
    for (const [label, n] of bodies) if (n > shownMin) expect(s.byAnsweringBody.map((r) => r.label)).toContain(label);
    for (let i = 1; i < s.byAnsweringBody.length; i++) {
      const [a, b] = [s.byAnsweringBody[i - 1], s.byAnsweringBody[i]];
      if (a.count === b.count) expect(a.label.localeCompare(b.label)).toBeLessThan(0);
    }

    // How many members asked them: every named asker once.
    expect(s.askers).toBe(count(records, (r) => r.askingMember?.name).size);
    expect(s.askers).toBeGreaterThan(1);

    const years = count(records, (r) => (r.dateTabled ?? r.dateAnswered)?.slice(0, 4) ?? 'Unknown');
    expect(s.byYear).toEqual([...years].map(([label, count]) => ({ label, count })).sort((a, b) => a.label.localeCompare(b.label)));
    expect(s.byYear.reduce((n, r) => n + r.count, 0)).toBe(records.length);

    const parties = count(records, (r) => r.askingMember?.party);
    expect(parties.size).toBeGreaterThan(1);
    for (const row of s.byParty) expect(row.count, row.label).toBe(parties.get(row.label));
    expect(s.byParty).toHaveLength(Math.min(8, parties.size));
    expect(s.byParty[0]!.count).toBe(Math.max(...parties.values()));

    const askers = count(records, (r) => r.askingMember?.name);
    expect(s.topAskers.length).toBeLessThanOrEqual(5);
    for (const row of s.topAskers) expect(row.count).toBe(askers.get(row.label));
    expect(s.topAskers[0].count).toBe(Math.max(...askers.values()));
  });

  it('stats of a search agree with the records the search matches', async () => {
    const engine = await fixtureEngine();
    const records = await engine.matchAll('dept:"home office"');
    const s = statsOf('dept:"home office"', records);
    expect(s.total).toBe(records.length);
    expect(s.byAnsweringBody).toEqual([{ label: 'Home Office', count: records.length }]);
  });

  it('missing department, dates and asker are counted as unknown, not dropped (askers are left out)', () => {
    const bare = {
      id: 'x', house: 'Commons', questionText: 'q', answerIsHolding: false, answerIsCorrection: false, isWithdrawn: false, groupedQuestions: [],
      questionTextClipped: false, answerTextClipped: false, url: 'https://example.org/', sources: [{ kind: 'wq-jsonl', file: 'f' }],
    } as QaRecord;
    const s = statsOf('x', [bare, { ...bare, id: 'y', dateAnswered: '2024-02-01' }]);
    expect(s.byAnsweringBody).toEqual([{ label: 'Unknown department', count: 2 }]);
    expect(s.byYear).toEqual([
      { label: '2024', count: 1 },
      { label: 'Unknown', count: 1 },
    ]);
    expect(s.topAskers).toEqual([]);
  });

  it('n limits the department rows', async () => {
    const records = await fixtureRecords();
    expect(statsOf('q', records, 3).byAnsweringBody).toHaveLength(3);
    expect(statsOf('q', records, 3).topAskers).toHaveLength(3);
  });
});
