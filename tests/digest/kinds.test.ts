// Digests that cover more than answers (issue 17): a follow ending in `tabled` also gets newly
// tabled questions, a follow of `is:overdue` gets the questions that fell overdue since the last
// digest, and every line says what it is (holding answer, correction, newly tabled, overdue).
import { afterEach, describe, expect, it } from 'vitest';
import { followKinds } from '../../src/bot/follow.ts';
import { composeDigest, sweepOverdue } from '../../src/digest/compose.ts';
import type { QaRecord } from '../../src/record.ts';
import { Engine, buildMiniSearch } from '../../src/search/engine.ts';
import { arrivalSeq, markAnsweredSeen } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import { fixtureRecords, tmpDb } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('followKinds', () => {
  it('reads `tabled` last as the opt-in and is:overdue from the query', () => {
    expect(followKinds('county lines')).toEqual({ query: 'county lines', tabled: false, overdue: false });
    expect(followKinds('county lines tabled')).toEqual({ query: 'county lines', tabled: true, overdue: false });
    expect(followKinds('is:overdue dept:"home office"')).toEqual({ query: 'is:overdue dept:"home office"', tabled: false, overdue: true });
    expect(followKinds('"questions tabled"').tabled).toBe(false);
    expect(followKinds('tabled')).toEqual({ query: 'tabled', tabled: false, overdue: false });
  });
});

describe('composeDigest: tabled, overdue, holding', () => {
  it('tells each follow what it asked for, once, each line saying what it is', async () => {
    const base = fixtureRecords();
    const prison = base.find((r) => r.dateAnswered && r.heading?.startsWith('Prisons'))!;
    const question = (n: number, over: Partial<QaRecord>): QaRecord => ({
      ...prison,
      id: `commons-2025-02-1${n}-99${n}`,
      uin: `99${n}`,
      heading: `Prisons: Question ${n}`,
      answerText: undefined,
      dateAnswered: undefined,
      dateTabled: `2025-02-1${n}`,
      url: `https://questions-statements.parliament.uk/written-questions/detail/2025-02-1${n}/99${n}`,
      ...over,
    });
    const backlogOverdue = question(1, { dateForAnswer: '2025-02-14' });
    const tabled = question(2, { dateForAnswer: '2099-01-01' });
    const fallsOverdue = question(3, { dateForAnswer: '2025-02-25' });
    const holding = question(4, { answerText: 'I will reply to the hon. Member as soon as possible.', answerIsHolding: true, dateAnswered: '2025-03-01', dateForAnswer: '2025-03-01' });
    const records = [...base, backlogOverdue, tabled, fallsOverdue, holding];
    const engine = new Engine(buildMiniSearch(records), records);
    const { db, cleanup } = tmpDb();
    cleanups.push(cleanup);

    markAnsweredSeen(db, [...base, backlogOverdue], new Date('2025-03-01T00:00:00Z'));
    const follows = new SqliteFollowStore(db, () => new Date('2025-03-01T10:00:00Z'));
    const channel = (id: string, q: string) => {
      follows.follow({ platform: 'slack', channelId: id }, q);
      return follows.list({ platform: 'slack', channelId: id });
    };
    const withTabled = channel('C1', 'prisons tabled');
    const answersOnly = channel('C2', 'prisons');
    const overdue = channel('C3', 'is:overdue prisons');
    // As a digest run composes: sweep for overdue questions, then take the window's end in arrivals.
    const window = async (f: typeof withTabled, afterSeq: number | undefined, from: string | undefined, to: string, searcher = engine) => {
      await sweepOverdue(db, searcher, f, new Date(to));
      const upToSeq = arrivalSeq(db);
      const digest = await composeDigest({ db, searcher, follows: f, afterSeq, upToSeq, from: from ? Date.parse(from) : undefined, to: Date.parse(to), timeZone: 'Europe/London' });
      return { digest, upToSeq };
    };
    const compose = async (...args: Parameters<typeof window>) => (await window(...args)).digest;

    // The first digest run that looks for overdue questions takes those overdue then as known
    // (the archive does not hold the one that falls overdue later yet).
    const before = records.filter((r) => r !== fallsOverdue);
    const first = await window(overdue, undefined, undefined, '2025-03-01T11:00:00Z', new Engine(buildMiniSearch(before), before));
    expect(first.digest).toBeNull();
    markAnsweredSeen(db, [tabled, fallsOverdue, holding], new Date('2025-03-01T12:00:00Z'));

    const c1 = await window(withTabled, undefined, undefined, '2025-03-02T08:00:00Z');
    const t1 = c1.digest!.topics[0]!;
    expect(t1.records.map((r) => r.id).sort()).toEqual([tabled.id, fallsOverdue.id, holding.id].sort());
    expect(t1.count).toBe('1 new answer, 2 newly tabled');
    expect(t1.search).toBe('prisons');
    const line = (t: typeof t1, r: QaRecord) => t.lines[t.records.indexOf(t.records.find((x) => x.id === r.id)!)]!;
    expect(line(t1, holding)).toMatch(/^Holding answer: /);
    expect(line(t1, tabled)).toMatch(/^Newly tabled, due 1 Jan 2099: /);

    const t2 = (await compose(answersOnly, undefined, undefined, '2025-03-02T08:00:00Z'))!.topics[0]!;
    expect(t2.records.map((r) => r.id)).toEqual([holding.id]);
    expect(t2.count).toBeUndefined();

    // Overdue: what fell overdue since the last run, not the backlog, not the question still in time.
    const c3 = await window(overdue, first.upToSeq, '2025-03-01T11:00:00Z', '2025-03-02T08:00:00Z');
    const t3 = c3.digest!.topics[0]!;
    expect(t3.records.map((r) => r.id)).toEqual([fallsOverdue.id]);
    expect(t3.lines[0]).toMatch(/^Overdue since 26 Feb 2025: /);
    expect(t3.count).toBe('1 fell overdue');
    // The next day's digest does not tell it again.
    expect(await compose(overdue, c3.upToSeq, '2025-03-02T08:00:00Z', '2025-03-03T08:00:00Z')).toBeNull();

    // The clock is set back 12 hours: a question tabled then, and one found overdue then, are
    // still after the last digest in the order of arrival; each is told once.
    const lateTabled = question(5, { dateForAnswer: '2099-02-01' });
    const lateOverdue = question(6, { dateForAnswer: '2025-02-20' });
    const later = [...records, lateTabled, lateOverdue];
    const laterEngine = new Engine(buildMiniSearch(later), later);
    markAnsweredSeen(db, [lateTabled, lateOverdue], new Date('2025-03-01T20:00:00Z'));
    const c1b = await window(withTabled, c1.upToSeq, '2025-03-02T08:00:00Z', '2025-03-03T08:00:00Z', laterEngine);
    expect(c1b.digest!.topics[0]!.records.map((r) => r.id).sort()).toEqual([lateTabled.id, lateOverdue.id].sort());
    expect(await compose(withTabled, c1b.upToSeq, '2025-03-03T08:00:00Z', '2025-03-04T08:00:00Z', laterEngine)).toBeNull();
    const c3b = await window(overdue, c3.upToSeq, '2025-03-02T08:00:00Z', '2025-03-01T20:00:00Z', laterEngine);
    expect(c3b.digest!.topics[0]!.records.map((r) => r.id)).toEqual([lateOverdue.id]);
    expect(await compose(overdue, c3b.upToSeq, '2025-03-01T20:00:00Z', '2025-03-04T08:00:00Z', laterEngine)).toBeNull();
  });
});
