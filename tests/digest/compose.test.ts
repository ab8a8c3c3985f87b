import { afterEach, describe, expect, it } from 'vitest';
import { composeDigest, oneLine, withNewestSort } from '../../src/digest/compose.ts';
import { moreText, renderDigestText } from '../../src/digest/sender.ts';
import { arrivalSeq, markAnsweredSeen } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import type { ChannelRef } from '../../src/ports.ts';
import { FakeSearcher, fixtureRecords, idsOf, tmpDb } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const C: ChannelRef = { platform: 'slack', channelId: 'C1' };
const T = (s: string) => Date.parse(s);
const records = fixtureRecords();
const answered = records.filter((r) => r.dateAnswered);
const isTopic = (word: string) => (r: (typeof records)[number]) => (r.heading ?? '').toLowerCase().startsWith(word);

function setup() {
  const t = tmpDb();
  cleanups.push(t.cleanup);
  const searcher = new FakeSearcher(records);
  let clock = T('2025-03-01T10:00:00Z');
  const follows = new SqliteFollowStore(t.db, () => new Date(clock));
  return { ...t, searcher, follows, setClock: (s: string) => (clock = T(s)) };
}

describe('composeDigest', () => {
  it('brings back an answer the department corrected, saying so', async () => {
    const { db, searcher, follows, setClock } = setup();
    markAnsweredSeen(db, records, new Date(T('2025-03-01T09:00:00Z'))); // all of it: the backlog
    setClock('2025-03-01T10:00:00Z');
    follows.follow(C, 'knife');
    const beforeCorrection = arrivalSeq(db);
    const target = answered.find((r) => /knife/i.test(`${r.heading} ${r.questionText} ${r.answerText}`))!;
    const corrected = { ...target, answerIsCorrection: true, dateAnswerCorrected: '2025-03-01' };
    const now = records.map((r) => (r.id === target.id ? corrected : r));
    const correctedSearcher = new FakeSearcher(now);
    markAnsweredSeen(db, now, new Date(T('2025-03-01T15:00:00Z')));

    const d = await composeDigest({ db, searcher: correctedSearcher, follows: follows.list(C), afterSeq: undefined, upToSeq: arrivalSeq(db), from: undefined, to: T('2025-03-02T08:00:00Z'), timeZone: 'Europe/London' });
    expect(d!.topics.map((t) => [t.query, t.total, t.records.map((r) => r.id)])).toEqual([['knife', 1, [target.id]]]);
    expect(d!.topics[0]!.lines[0]).toMatch(/^Corrected answer \(2025-03-01\): /);
    // Before the correction arrived, there was nothing new.
    expect(await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: undefined, upToSeq: beforeCorrection, from: undefined, to: T('2025-03-01T14:00:00Z'), timeZone: 'Europe/London' })).toBeNull();
  });

  it('groups new answers by topic, newest first, three each, counting the rest', async () => {
    const { db, searcher, follows, setClock } = setup();
    setClock('2025-03-01T10:00:00Z');
    follows.follow(C, 'prisons');
    follows.follow(C, 'dental');
    follows.follow(C, 'knife');
    markAnsweredSeen(db, records, new Date(T('2025-03-01T12:00:00Z')));

    const d = await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: undefined, upToSeq: arrivalSeq(db), from: undefined, to: T('2025-03-02T08:00:00Z'), timeZone: 'Europe/London' });
    expect(d).not.toBeNull();
    expect(d!.from).toBe('2025-03-01T10:00:00.000Z');
    expect(d!.to).toBe('2025-03-02T08:00:00.000Z');
    expect(d!.topics.map((t) => [t.query, t.total, t.records.length])).toEqual([
      ['prisons', answered.filter((r) => /prison/i.test(`${r.heading} ${r.questionText} ${r.answerText}`)).length, 3],
      ['dental', answered.filter(isTopic('dental')).length, 3],
      ['knife', 3, 3],
    ]);
    for (const t of d!.topics) {
      const dates = t.records.map((r) => r.dateAnswered!);
      expect(dates).toEqual([...dates].sort().reverse()); // newest first
      expect(t.lines).toHaveLength(t.records.length);
      for (const l of t.lines) {
        expect(l.length).toBeLessThanOrEqual(160);
        expect(l).not.toMatch(/\n/);
      }
    }
    // Newest prison answer in the fixtures is "Prisons: Leisure" (2025-11-11).
    expect(d!.topics[0]!.records[0]!.heading).toBe('Prisons: Leisure');
    // Searches are restricted to the new ids and ask for newest first.
    expect(searcher.calls.every((c) => c.query.endsWith(' sort:newest') && c.onlyIds instanceof Set)).toBe(true);
  });

  it('renders "and N more — /qa <query> from:<date>" with a date that covers every new answer', async () => {
    const { db, searcher, follows } = setup();
    follows.follow(C, 'dental');
    markAnsweredSeen(db, records, new Date(T('2025-03-01T12:00:00Z')));
    const d = (await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: undefined, upToSeq: arrivalSeq(db), from: undefined, to: T('2025-03-02T08:00:00Z'), timeZone: 'Europe/London' }))!;
    const t = d.topics[0]!;
    const oldest = answered.filter(isTopic('dental')).map((r) => r.dateAnswered!).sort()[0];
    expect(t.since).toBe(oldest); // the records arrived today but were answered in 2024
    expect(moreText(t)).toBe(`and ${t.total - 3} more — /qa dental from:${oldest}`);
    const text = renderDigestText(d);
    expect(text).toContain(`and ${t.total - 3} more — /qa dental from:${oldest}`);
    expect(text).toContain('Dental Services: Recruitment — Department of Health and Social Care, 16 Sep 2024');
    expect(text).toContain('https://questions-statements.parliament.uk/written-questions/detail/2024-09-03/4022');
    expect(text).toContain(t.lines[0]!);
  });

  it('no "more" line when everything fits', async () => {
    const { db, searcher, follows } = setup();
    follows.follow(C, 'knife');
    markAnsweredSeen(db, records, new Date(T('2025-03-01T12:00:00Z')));
    const d = (await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: undefined, upToSeq: arrivalSeq(db), from: undefined, to: T('2025-03-02T08:00:00Z'), timeZone: 'Europe/London' }))!;
    expect(moreText(d.topics[0]!)).toBe('');
    expect(renderDigestText(d)).not.toContain('more —');
  });

  it('counts only records first seen after the follow was made and after the last digest', async () => {
    const { db, searcher, follows, setClock } = setup();
    const prisons = records.filter(isTopic('prisons')).filter((r) => r.dateAnswered);
    // Backlog: all but two prison answers were in the archive before anyone followed.
    markAnsweredSeen(db, records.filter((r) => !prisons.slice(0, 2).includes(r)), new Date(T('2025-03-01T09:00:00Z')));
    setClock('2025-03-01T10:00:00Z');
    follows.follow(C, 'prisons');
    markAnsweredSeen(db, [prisons[0]!], new Date(T('2025-03-01T11:00:00Z')));
    const s1 = arrivalSeq(db);
    markAnsweredSeen(db, [prisons[1]!], new Date(T('2025-03-02T11:00:00Z')));
    const s2 = arrivalSeq(db);

    const first = await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: undefined, upToSeq: s1, from: undefined, to: T('2025-03-02T08:00:00Z'), timeZone: 'Europe/London' });
    expect(idsOf(first!)).toEqual([prisons[0]!.id]);
    const second = await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: s1, upToSeq: s2, from: T('2025-03-02T08:00:00Z'), to: T('2025-03-03T08:00:00Z'), timeZone: 'Europe/London' });
    expect(idsOf(second!)).toEqual([prisons[1]!.id]);
    const third = await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: s2, upToSeq: arrivalSeq(db), from: T('2025-03-03T08:00:00Z'), to: T('2025-03-04T08:00:00Z'), timeZone: 'Europe/London' });
    expect(third).toBeNull();
  });

  it('a topic followed later in the window starts at its own follow time', async () => {
    const { db, searcher, follows, setClock } = setup();
    const bus = records.filter(isTopic('bus'));
    setClock('2025-03-01T10:00:00Z');
    follows.follow(C, 'prisons');
    markAnsweredSeen(db, [bus[0]!], new Date(T('2025-03-01T11:00:00Z')));
    setClock('2025-03-01T12:00:00Z');
    follows.follow(C, 'bus');
    markAnsweredSeen(db, [bus[1]!], new Date(T('2025-03-01T13:00:00Z')));
    const d = await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: undefined, upToSeq: arrivalSeq(db), from: undefined, to: T('2025-03-02T08:00:00Z'), timeZone: 'Europe/London' });
    expect(d!.topics.map((t) => t.query)).toEqual(['bus']);
    expect(idsOf(d!)).toEqual([bus[1]!.id]);
  });

  it('leaves out unanswered questions and records no longer in the archive', async () => {
    const { db, searcher, follows } = setup();
    follows.follow(C, 'prisons');
    const unanswered = records.filter((r) => !r.dateAnswered);
    // Even if something marked them seen, they are not "answered since".
    const { markSeen } = await import('../../src/store/db.ts');
    markSeen(db, [...unanswered.map((r) => r.id), 'commons-gone-1'], new Date(T('2025-03-01T12:00:00Z')));
    const d = await composeDigest({ db, searcher, follows: follows.list(C), afterSeq: undefined, upToSeq: arrivalSeq(db), from: undefined, to: T('2025-03-02T08:00:00Z'), timeZone: 'Europe/London' });
    expect(d).toBeNull();
    expect(searcher.calls).toHaveLength(0);
  });

  it('skips a topic whose query is rejected and reports it', async () => {
    const { db, searcher, follows } = setup();
    follows.follow(C, 'weird:filter');
    follows.follow(C, 'knife');
    markAnsweredSeen(db, records, new Date(T('2025-03-01T12:00:00Z')));
    const errors: string[] = [];
    const d = await composeDigest({
      db,
      searcher,
      follows: follows.list(C),
      afterSeq: undefined,
      upToSeq: arrivalSeq(db),
      from: undefined,
      to: T('2025-03-02T08:00:00Z'),
      timeZone: 'Europe/London',
      onTopicError: (f, e) => errors.push(`${f.query}: ${(e as Error).message}`),
    });
    expect(d!.topics.map((t) => t.query)).toEqual(['knife']);
    expect(errors).toEqual(['weird:filter: unknown filter weird:']);
  });
});

describe('helpers', () => {
  it('oneLine flattens and cuts at a word', () => {
    expect(oneLine('a\n\nb  c')).toBe('a b c');
    const long = 'word '.repeat(100);
    const l = oneLine(long, 50);
    expect(l.length).toBeLessThanOrEqual(50);
    expect(l.endsWith('word…')).toBe(true);
  });
  it('withNewestSort keeps a sort the user chose', () => {
    expect(withNewestSort('prisons')).toBe('prisons sort:newest');
    expect(withNewestSort('prisons sort:oldest')).toBe('prisons sort:oldest');
  });
  it('renders a nothing-new digest as one line', () => {
    expect(renderDigestText({ kind: 'digest', from: '2025-03-01T08:00:00.000Z', to: '2025-03-02T08:00:00.000Z', topics: [] }).trim().split('\n')).toHaveLength(1);
  });
});
