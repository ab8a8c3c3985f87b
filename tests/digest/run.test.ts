import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { listDeliveries, lastDigestAt, runDueDigests, startDigestScheduler, type RunOptions, type Timer } from '../../src/digest/run.ts';
import { DEFAULT_DIGEST_CONFIG, type DigestConfig } from '../../src/schedule.ts';
import { kvGet, kvSet, markAnsweredSeen } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import type { ChannelRef } from '../../src/ports.ts';
import type { QaRecord } from '../../src/record.ts';
import { FakeSearcher, fixtureRecords, idsOf, recordingSender, tmpDb } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const C: ChannelRef = { platform: 'slack', channelId: 'C1' };
const D: ChannelRef = { platform: 'discord', channelId: '900' };
const at = (s: string) => new Date(s);
const records = fixtureRecords();
const topic = (w: string) => records.filter((r) => r.dateAnswered && (r.heading ?? '').toLowerCase().startsWith(w));
const prisons = topic('prisons');
const dental = topic('dental');

/**
 * The archive grows over time: `backlog` records are there from the start (seen at the first
 * load), others arrive later via `arrive`.
 */
function world(opts: { backlog?: QaRecord[]; config?: Partial<DigestConfig> } = {}) {
  const t = tmpDb();
  cleanups.push(t.cleanup);
  const backlog = opts.backlog ?? records.filter((r) => !prisons.includes(r) && !dental.includes(r));
  const searcher = new FakeSearcher(backlog);
  markAnsweredSeen(t.db, backlog, at('2025-03-01T00:00:00Z')); // the bot's first start
  const slack = recordingSender('slack');
  const discord = recordingSender('discord');
  let clock = at('2025-03-01T00:00:00Z');
  const follows = new SqliteFollowStore(t.db, () => clock);
  const config: DigestConfig = { ...DEFAULT_DIGEST_CONFIG, ...opts.config };
  return {
    ...t,
    searcher,
    follows,
    slack,
    discord,
    config,
    follow(ch: ChannelRef, q: string, when: string) {
      clock = at(when);
      return follows.follow(ch, q);
    },
    arrive(rs: QaRecord[], when: string) {
      for (const r of rs) searcher.add(r);
      markAnsweredSeen(t.db, rs, at(when));
    },
    run(when: string, extra: Partial<RunOptions> = {}) {
      return runDueDigests({ db: t.db, searcher, senders: [slack.sender, discord.sender], now: at(when), config, ...extra });
    },
  };
}

describe('runDueDigests', () => {
  it('first follow does not flood: the backlog never appears, only what arrives after', async () => {
    const w = world({ backlog: records });
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    const r1 = await w.run('2025-03-02T08:00:00Z');
    expect(r1.outcomes.map((o) => o.status)).toEqual(['nothing-new']);
    expect(w.slack.sent).toHaveLength(0);
    expect(lastDigestAt(w.db, C)).toBe(Date.parse('2025-03-02T08:00:00Z'));
    const fresh = { ...prisons[0]!, id: 'commons-2025-03-02-9999', dateAnswered: '2025-03-02' };
    w.arrive([fresh], '2025-03-02T15:00:00Z');
    await w.run('2025-03-03T08:00:05Z');
    expect(w.slack.sent.map((s) => idsOf(s.digest))).toEqual([[fresh.id]]);
  });

  it('is due only once a scheduled instant has passed, and sends each window once', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive(prisons.slice(0, 2), '2025-03-01T18:00:00Z');
    expect((await w.run('2025-03-02T07:59:59Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    const r = await w.run('2025-03-02T08:00:00Z');
    expect(r.outcomes.map((o) => o.status)).toEqual(['sent']);
    expect((await w.run('2025-03-02T08:00:01Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    expect((await w.run('2025-03-02T20:00:00Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    expect(w.slack.sent).toHaveLength(1);
    const d = w.slack.sent[0]!;
    expect(idsOf(d.digest).sort()).toEqual(prisons.slice(0, 2).map((r) => r.id).sort());
    expect(d.digest.from).toBe('2025-03-01T10:00:00.000Z');
    expect(d.digest.to).toBe('2025-03-02T08:00:00.000Z');
    expect(d.deliveryId).toMatch(/^dg[0-9a-f]{23}$/);
    expect(listDeliveries(w.db, C).map((x) => [x.id, x.status, x.attempts])).toEqual([[d.deliveryId, 'sent', 1]]);
  });

  it('after several days down, one catch-up digest covers the whole gap', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.follow(C, 'dental', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    await w.run('2025-03-02T08:00:00Z');
    expect(w.slack.sent).toHaveLength(1);
    // Down from the 2nd to the 6th; records keep arriving (ingest) meanwhile.
    w.arrive([prisons[1]!, dental[0]!], '2025-03-02T12:00:00Z');
    w.arrive([prisons[2]!, dental[1]!], '2025-03-04T12:00:00Z');
    w.arrive([prisons[3]!], '2025-03-06T07:00:00Z');
    // After today's 08:00 but before the digest is composed: what arrived by then is in it.
    w.arrive([prisons[4]!], '2025-03-06T09:00:00Z');
    const r = await w.run('2025-03-06T10:30:00Z');
    expect(r.outcomes.map((o) => o.status)).toEqual(['sent']);
    expect(w.slack.sent).toHaveLength(2);
    const catchUp = w.slack.sent[1]!.digest;
    expect(catchUp.from).toBe('2025-03-02T08:00:00.000Z');
    expect(catchUp.to).toBe('2025-03-06T08:00:00.000Z');
    expect(catchUp.topics.map((t) => [t.query, t.total])).toEqual([
      ['prisons', 4],
      ['dental', 2],
    ]);
    w.arrive([prisons[5]!], '2025-03-06T11:00:00Z');
    await w.run('2025-03-07T08:00:00Z');
    expect(idsOf(w.slack.sent[2]!.digest)).toEqual([prisons[5]!.id]);
  });

  // What is new follows the order of arrival: the clock decides only when a digest is due.
  it('a clock set 12 hours back loses no answer and repeats none', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive(prisons.slice(0, 2), '2025-03-01T12:00:00Z');
    await w.run('2025-03-02T08:00:00Z');
    // Someone sets the clock back 12 hours: answers arrive "before" the digest just sent.
    w.arrive([prisons[2]!], '2025-03-01T21:00:00Z');
    w.arrive([prisons[3]!], '2025-03-01T23:00:00Z');
    expect((await w.run('2025-03-02T08:00:00Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    w.arrive(prisons.slice(4, 6), '2025-03-02T12:00:00Z');
    await w.run('2025-03-03T08:00:00Z');
    const sent = w.slack.sent.flatMap((x) => x.digest.topics.flatMap((t) => t.records.map((r) => r.id)));
    expect(w.slack.sent.map((x) => x.digest.topics[0]!.total)).toEqual([2, 4]);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('a clock 7 days ahead, then put right, loses no answer and repeats none', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    await w.run('2025-03-02T08:00:00Z');
    // The clock jumps 7 days ahead: the digest it thinks is due goes out with what arrived.
    w.arrive([prisons[1]!], '2025-03-09T12:00:00Z');
    await w.run('2025-03-10T08:00:00Z');
    // Put right: answers arrive at times before the last digest's; none is lost.
    w.arrive(prisons.slice(2, 4), '2025-03-03T12:00:00Z');
    expect((await w.run('2025-03-04T08:00:00Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    w.arrive(prisons.slice(4, 6), '2025-03-04T12:00:00Z');
    await w.run('2025-03-05T08:00:00Z');
    expect(w.slack.sent.map((x) => x.digest.topics[0]!.total)).toEqual([1, 1, 4]);
    expect(idsOf(w.slack.sent[0]!.digest)).toEqual([prisons[0]!.id]);
    expect(idsOf(w.slack.sent[1]!.digest)).toEqual([prisons[1]!.id]);
    // And the schedule is the real one again: the next digest is due at the next 08:00.
    w.arrive([prisons[0]!, { ...prisons[0]!, id: 'commons-late-1', dateAnswered: '2025-03-05' }], '2025-03-05T12:00:00Z');
    expect((await w.run('2025-03-05T20:00:00Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    await w.run('2025-03-06T08:00:00Z');
    expect(idsOf(w.slack.sent[3]!.digest)).toEqual(['commons-late-1']);
  });

  it('a platform failure is kept and retried with the same payload; nothing is lost or repeated', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive(prisons.slice(0, 2), '2025-03-01T12:00:00Z');
    w.slack.state.failNext = 2;
    const r1 = await w.run('2025-03-02T08:00:00Z');
    expect(r1.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(r1.failed).toBe(1);
    const [row] = listDeliveries(w.db, C);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, error: 'platform said: service_unavailable' });
    expect(lastDigestAt(w.db, C)).toBeUndefined(); // the window is not closed

    // More arrives; the next run fails again (and must not compose past the stuck delivery).
    w.arrive(prisons.slice(2, 4), '2025-03-02T12:00:00Z');
    const r2 = await w.run('2025-03-03T08:00:00Z');
    expect(r2.outcomes.map((o) => [o.status, o.retry])).toEqual([['failed', true]]);
    expect(listDeliveries(w.db, C)).toHaveLength(1);

    // The platform is back: the stored delivery goes first, then one digest for everything since.
    const r3 = await w.run('2025-03-03T09:00:00Z');
    expect(r3.outcomes.map((o) => [o.status, !!o.retry])).toEqual([
      ['sent', true],
      ['sent', false],
    ]);
    expect(w.slack.sent).toHaveLength(2);
    expect(w.slack.sent[0]!.deliveryId).toBe(row!.id);
    expect(w.slack.sent[0]!.digest).toEqual(row!.payload); // the composed content, unchanged
    const all = w.slack.sent.flatMap((s) => idsOf(s.digest));
    expect(all.sort()).toEqual(prisons.slice(0, 4).map((r) => r.id).sort()); // each exactly once
    expect(listDeliveries(w.db, C).map((x) => [x.status, x.attempts])).toEqual([
      ['sent', 3],
      ['sent', 1],
    ]);
    expect((await w.run('2025-03-03T10:00:00Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    expect(w.slack.sent).toHaveLength(2);
  });

  it('a stored payload that fails its schema is a logged failure of that delivery: not sent, not dropped, no crash', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.follow(D, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive(prisons.slice(0, 2), '2025-03-01T12:00:00Z');
    w.slack.state.failNext = 1;
    expect((await w.run('2025-03-02T08:00:00Z')).outcomes.map((o) => [o.channel.platform, o.status])).toEqual([
      ['discord', 'sent'],
      ['slack', 'failed'],
    ]);
    const [row] = listDeliveries(w.db, C);
    const stored = JSON.parse(w.db.prepare('SELECT payload FROM deliveries WHERE id = ?').pluck().get(row!.id) as string);
    const corrupt = (payload: string) => w.db.prepare('UPDATE deliveries SET payload = ? WHERE id = ?').run(payload, row!.id);

    // A record that lost its house, and a row cut short: each is reported, nothing is sent.
    stored.topics[0].records[0].house = 'Senate';
    for (const [payload, reason] of [
      [JSON.stringify(stored), /topics\.0\.records\.0\.house: /],
      ['{"kind":"digest","topics":[{"que', /not JSON/],
    ] as const) {
      corrupt(payload);
      const lines: string[] = [];
      const r = await w.run('2025-03-02T09:00:00Z', { log: (l) => lines.push(l) });
      expect(r.outcomes.map((o) => [o.channel.platform, o.status, o.retry])).toEqual([
        ['discord', 'not-due', undefined],
        ['slack', 'failed', true],
      ]);
      expect(r.outcomes[1]!.error).toMatch(reason);
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^digest: slack:C1: delivery ${row!.id}: stored payload unreadable, not sent: `))]);
      expect(w.db.prepare('SELECT status, error FROM deliveries WHERE id = ?').get(row!.id)).toMatchObject({ status: 'failed', error: expect.stringMatching(reason) });
    }
    expect(w.slack.sent).toHaveLength(0);
    expect(w.discord.sent).toHaveLength(1);
    expect(lastDigestAt(w.db, C)).toBeUndefined(); // its window stays open
    expect(() => listDeliveries(w.db, C)).toThrow(`delivery ${row!.id}: stored payload unreadable: not JSON`);
  });

  it('a send that fails after the platform stored it (HTTP 500, a cut connection) is confirmed, not sent again', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    const real = w.slack.sender.send;
    w.slack.sender.send = async (ch, d, id) => {
      await real(ch, d, id);
      throw new Error('An HTTP protocol error occurred: statusCode = 500');
    };
    const r1 = await w.run('2025-03-02T08:00:00Z');
    expect(r1.outcomes.map((o) => o.status)).toEqual(['sent']);
    w.slack.sender.send = real;
    expect((await w.run('2025-03-02T08:10:00Z')).outcomes.map((o) => o.status)).toEqual(['not-due']);
    expect(w.slack.sent).toHaveLength(1);
    expect(listDeliveries(w.db, C).map((x) => [x.status, x.attempts])).toEqual([['sent', 1]]);
    expect(lastDigestAt(w.db, C)).toBe(Date.parse('2025-03-02T08:00:00Z'));
  });

  it('a delivery left pending by a crash mid-send is not re-sent when the platform already has it', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    // Simulate: the platform received it, then the process died before recording anything, and
    // the platform could not be asked at once either.
    const real = { send: w.slack.sender.send, alreadySent: w.slack.sender.alreadySent! };
    w.slack.sender.send = async (ch, d, id) => {
      await real.send(ch, d, id);
      throw new Error('crash stand-in');
    };
    w.slack.sender.alreadySent = async () => {
      throw new Error('unreachable');
    };
    expect((await w.run('2025-03-02T08:00:00Z')).outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(w.slack.sent).toHaveLength(1);
    Object.assign(w.slack.sender, real);
    const r = await w.run('2025-03-02T08:10:00Z');
    expect(r.outcomes.map((o) => o.status)).toEqual(['already-sent', 'not-due']);
    expect(w.slack.sent).toHaveLength(1);
    expect(listDeliveries(w.db, C)[0]!.status).toBe('sent');
    expect(lastDigestAt(w.db, C)).toBe(Date.parse('2025-03-02T08:00:00Z'));
  });

  it('DIGEST_EMPTY=post sends a one-line "nothing new"; skip sends nothing', async () => {
    const w = world({ config: { empty: 'post' } });
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    await w.run('2025-03-02T08:00:00Z');
    expect(w.slack.sent).toHaveLength(1);
    expect(w.slack.sent[0]!.digest.topics).toEqual([]);
    const w2 = world();
    w2.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    await w2.run('2025-03-02T08:00:00Z');
    expect(w2.slack.sent).toHaveLength(0);
    expect(listDeliveries(w2.db)).toHaveLength(0);
  });

  it('each channel gets its own digest; --channel limits the run to one', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.follow(D, 'dental', '2025-03-01T10:00:00Z');
    w.arrive([...prisons.slice(0, 1), ...dental.slice(0, 1)], '2025-03-01T12:00:00Z');
    const r = await w.run('2025-03-02T08:00:00Z', { channel: '900' });
    expect(r.outcomes.map((o) => o.channel)).toEqual([D]);
    expect(w.discord.sent.map((s) => idsOf(s.digest))).toEqual([[dental[0]!.id]]);
    expect(w.slack.sent).toHaveLength(0);
    await w.run('2025-03-02T08:00:00Z', { channel: 'slack:C1' });
    expect(w.slack.sent.map((s) => idsOf(s.digest))).toEqual([[prisons[0]!.id]]);
  });

  it('without a sender for the platform, a channel is left untouched for the bot', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    const r = await w.run('2025-03-02T08:00:00Z', { senders: [w.discord.sender] });
    expect(r.outcomes.map((o) => o.status)).toEqual(['no-sender']);
    expect(lastDigestAt(w.db, C)).toBeUndefined();
    expect(listDeliveries(w.db)).toHaveLength(0);
    await w.run('2025-03-02T09:00:00Z');
    expect(w.slack.sent.map((s) => idsOf(s.digest))).toEqual([[prisons[0]!.id]]);
  });

  it('dry-run composes but neither sends nor records', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    const r = await w.run('2025-03-02T08:00:00Z', { dryRun: true });
    expect(r.outcomes.map((o) => [o.status, o.digest && idsOf(o.digest)])).toEqual([['dry-run', [prisons[0]!.id]]]);
    expect(w.slack.sent).toHaveLength(0);
    expect(listDeliveries(w.db)).toHaveLength(0);
    expect(lastDigestAt(w.db, C)).toBeUndefined();
  });

  it('force (qa digest --now) closes the window at now; the next scheduled digest starts there', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    await w.run('2025-03-01T13:00:00Z', { force: true });
    expect(w.slack.sent[0]!.digest.to).toBe('2025-03-01T13:00:00.000Z');
    w.arrive([prisons[1]!], '2025-03-01T14:00:00Z');
    await w.run('2025-03-02T08:00:00Z');
    expect(w.slack.sent.map((s) => idsOf(s.digest))).toEqual([[prisons[0]!.id], [prisons[1]!.id]]);
  });

  it('a follow removed after its digest failed still gets the owed digest; a channel with no follows then stops', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    w.slack.state.failNext = 1;
    await w.run('2025-03-02T08:00:00Z');
    w.follows.unfollow(C, '1');
    await w.run('2025-03-03T08:00:00Z');
    expect(w.slack.sent.map((s) => idsOf(s.digest))).toEqual([[prisons[0]!.id]]);
    expect((await w.run('2025-03-04T08:00:00Z')).outcomes).toEqual([]);
  });

  it('two processes never send at once: a live lock holder makes a run skip; a dead one is taken over', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    kvSet(w.db, 'digest.lock', JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now(), token: 'other' }));
    const r = await w.run('2025-03-02T08:00:00Z');
    expect(r.ran).toBe(false);
    expect(w.slack.sent).toHaveLength(0);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    kvSet(w.db, 'digest.lock', JSON.stringify({ pid: Number(dead.stdout), host: hostname(), at: Date.now(), token: 'dead' }));
    const r2 = await w.run('2025-03-02T08:00:00Z');
    expect(r2.ran).toBe(true);
    expect(w.slack.sent).toHaveLength(1);
    expect(kvGet(w.db, 'digest.lock')).toBeUndefined(); // released
  });
});

describe('startDigestScheduler', () => {
  /** A fake clock and timer: nothing waits for real. */
  function fakeTime(start: string) {
    let now = Date.parse(start);
    const pending: { fn: () => void; due: number; id: number }[] = [];
    let ids = 0;
    const timer: Timer = {
      setTimeout(fn, ms) {
        const id = ++ids;
        pending.push({ fn, due: now + ms, id });
        return id;
      },
      clearTimeout(h) {
        const i = pending.findIndex((p) => p.id === h);
        if (i >= 0) pending.splice(i, 1);
      },
    };
    return {
      clock: () => new Date(now),
      timer,
      pending,
      set(s: string) {
        now = Date.parse(s);
      },
      /** Jump to the next timer's due time and fire it. */
      fireNext(early = 0) {
        pending.sort((a, b) => a.due - b.due);
        const p = pending.shift()!;
        now = Math.max(now, p.due - early);
        p.fn();
      },
    };
  }

  it('runs at start, then at each DIGEST_TIME across the spring change, without drift or double runs', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-28T10:00:00Z');
    const t = fakeTime('2025-03-28T10:00:00Z');
    const runs: string[] = [];
    const s = startDigestScheduler({
      db: w.db,
      searcher: w.searcher,
      senders: [w.slack.sender],
      config: w.config,
      clock: t.clock,
      timer: t.timer,
      maxSleepMs: 6 * 3_600_000,
      onRun: (_r, at) => runs.push(at.toISOString()),
    });
    cleanups.push(() => s.stop());
    await s.idle();
    expect(runs).toEqual(['2025-03-28T10:00:00.000Z']);
    expect(s.nextRunAt()!.toISOString()).toBe('2025-03-29T08:00:00.000Z');
    // Sleeps are capped (6 h here): wakes before the target just sleep again, without running.
    for (let i = 0; i < 10 && runs.length < 2; i++) {
      t.fireNext();
      await s.idle();
    }
    expect(runs).toEqual(['2025-03-28T10:00:00.000Z', '2025-03-29T08:00:00.000Z']);
    expect(s.nextRunAt()!.toISOString()).toBe('2025-03-30T07:00:00.000Z'); // BST from Sunday
    // A timer that fires 2 s early does not run early (and does not run twice).
    while (t.pending[0]!.due < Date.parse('2025-03-30T07:00:00Z')) {
      t.fireNext();
      await s.idle();
    }
    t.fireNext(2000);
    await s.idle();
    expect(runs).toHaveLength(2);
    expect(t.pending).toHaveLength(1);
    t.fireNext();
    await s.idle();
    expect(runs.slice(2)).toEqual(['2025-03-30T07:00:00.000Z']);
    expect(t.pending).toHaveLength(1); // exactly one timer outstanding at any time
    s.stop();
    expect(t.pending).toHaveLength(0);
  });

  it('catches up at start after downtime, and retries a failure soon rather than tomorrow', async () => {
    const w = world();
    w.follow(C, 'prisons', '2025-03-01T10:00:00Z');
    w.arrive([prisons[0]!], '2025-03-01T12:00:00Z');
    w.arrive([prisons[1]!], '2025-03-03T12:00:00Z');
    w.slack.state.failNext = 1;
    const t = fakeTime('2025-03-05T11:00:00Z'); // the bot was down through three digest times
    const s = startDigestScheduler({ db: w.db, searcher: w.searcher, senders: [w.slack.sender], config: w.config, clock: t.clock, timer: t.timer, retryDelayMs: 5 * 60_000 });
    cleanups.push(() => s.stop());
    await s.idle();
    expect(w.slack.sent).toHaveLength(0);
    expect(s.nextRunAt()!.toISOString()).toBe('2025-03-05T11:05:00.000Z');
    t.fireNext();
    await s.idle();
    expect(w.slack.sent.map((x) => idsOf(x.digest).sort())).toEqual([[prisons[0]!.id, prisons[1]!.id].sort()]);
    expect(w.slack.sent[0]!.digest.to).toBe('2025-03-05T08:00:00.000Z');
    expect(s.nextRunAt()!.toISOString()).toBe('2025-03-06T08:00:00.000Z');
  });
});
