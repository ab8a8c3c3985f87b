// The digest against the real search engine (not the fake): pins the contract compose relies
// on — `onlyIds` restricts results, ` sort:newest` orders by dateAnswered, excerpts exist.
import { afterEach, describe, expect, it } from 'vitest';
import { Engine, buildMiniSearch } from '../../src/search/engine.ts';
import { composeDigest } from '../../src/digest/compose.ts';
import { arrivalSeq, markAnsweredSeen } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import { fixtureRecords, idsOf, tmpDb } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('composeDigest with the real Engine', () => {
  it('shows only records new in the window, newest answer first, with one-line excerpts', async () => {
    const records = fixtureRecords();
    const engine = new Engine(buildMiniSearch(records), records);
    const { db, cleanup } = tmpDb();
    cleanups.push(cleanup);
    const prisons = records.filter((r) => r.dateAnswered && r.heading?.startsWith('Prisons'));
    const fresh = prisons.slice(1, 5); // four new prison answers; the first one is backlog
    markAnsweredSeen(db, records.filter((r) => !fresh.includes(r)), new Date('2025-03-01T00:00:00Z'));
    const follows = new SqliteFollowStore(db, () => new Date('2025-03-01T10:00:00Z'));
    follows.follow({ platform: 'slack', channelId: 'C1' }, 'prisons');
    markAnsweredSeen(db, fresh, new Date('2025-03-01T12:00:00Z'));

    const d = await composeDigest({
      db,
      searcher: engine,
      follows: follows.list({ platform: 'slack', channelId: 'C1' }),
      afterSeq: undefined,
      upToSeq: arrivalSeq(db),
      from: undefined,
      to: Date.parse('2025-03-02T08:00:00Z'),
      timeZone: 'Europe/London',
    });
    const t = d!.topics[0]!;
    expect(t.total).toBe(4);
    const newest3 = [...fresh].sort((a, b) => b.dateAnswered!.localeCompare(a.dateAnswered!)).slice(0, 3);
    expect(idsOf(d!)).toEqual(newest3.map((r) => r.id));
    expect(t.since).toBe(fresh.map((r) => r.dateAnswered!).sort()[0]);
    for (const l of t.lines) {
      expect(l.length).toBeGreaterThan(10);
      expect(l.length).toBeLessThanOrEqual(160);
    }
  });
});
