import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.ts';
import { SqliteFollowStore, normaliseQuery } from '../../src/store/follows.ts';
import type { ChannelRef } from '../../src/ports.ts';
import { tmpDb } from '../digest/helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const C: ChannelRef = { platform: 'slack', channelId: 'C123' };

function store(start = Date.parse('2025-03-01T09:00:00Z')) {
  const t = tmpDb();
  cleanups.push(t.cleanup);
  let now = start;
  const s = new SqliteFollowStore(t.db, () => new Date((now += 60_000)));
  return { ...t, s };
}

describe('SqliteFollowStore', () => {
  it('follows with the time it was made, and says so when a topic is already followed', () => {
    const { s } = store();
    const f = s.follow(C, '  knife   crime dept:home ');
    expect(f).toEqual({ id: expect.any(Number), query: 'knife crime dept:home', createdAt: '2025-03-01T09:01:00.000Z', afterSeq: 0 });
    expect(s.follow(C, 'Knife Crime DEPT:home')).toEqual({ already: f });
    expect(s.list(C)).toHaveLength(1);
  });

  it('keeps channels and platforms apart', () => {
    const { s } = store();
    s.follow(C, 'prisons');
    expect('already' in s.follow({ platform: 'slack', channelId: 'C999' }, 'prisons')).toBe(false);
    expect('already' in s.follow({ platform: 'discord', channelId: 'C123' }, 'prisons')).toBe(false);
    expect(s.list(C).map((f) => f.query)).toEqual(['prisons']);
    expect(s.channels()).toEqual([
      { platform: 'discord', channelId: 'C123' },
      { platform: 'slack', channelId: 'C123' },
      { platform: 'slack', channelId: 'C999' },
    ]);
  });

  it('lists oldest first and unfollows by that number or by query text', () => {
    const { s } = store();
    for (const q of ['prisons', 'dental services', 'bus services', 'knives']) s.follow(C, q);
    expect(s.list(C).map((f) => f.query)).toEqual(['prisons', 'dental services', 'bus services', 'knives']);
    expect(s.unfollow(C, '2')?.query).toBe('dental services');
    expect(s.list(C).map((f) => f.query)).toEqual(['prisons', 'bus services', 'knives']); // renumbered
    expect(s.unfollow(C, ' Bus  Services ')?.query).toBe('bus services');
    expect(s.unfollow(C, '7')).toBeUndefined();
    expect(s.unfollow(C, '0')).toBeUndefined();
    expect(s.unfollow(C, 'not followed')).toBeUndefined();
    expect(s.unfollow({ platform: 'slack', channelId: 'other' }, '1')).toBeUndefined();
    expect(s.list(C).map((f) => f.query)).toEqual(['prisons', 'knives']);
  });

  it('an all-digit query can still be unfollowed by its text when no follow has that number', () => {
    const { s } = store();
    s.follow(C, '2024');
    expect(s.unfollow(C, '2024')?.query).toBe('2024');
    expect(s.list(C)).toEqual([]);
  });

  it('following again after unfollowing starts afresh (new time)', () => {
    const { s } = store();
    const a = s.follow(C, 'prisons');
    s.unfollow(C, '1');
    const b = s.follow(C, 'prisons');
    expect('already' in b).toBe(false);
    expect(Date.parse((b as { createdAt: string }).createdAt)).toBeGreaterThan(Date.parse((a as { createdAt: string }).createdAt));
  });

  it('persists across reopening', () => {
    const { db, file, s } = store();
    s.follow(C, 'prisons');
    db.close();
    const db2 = openDb(file);
    expect(new SqliteFollowStore(db2).list(C).map((f) => f.query)).toEqual(['prisons']);
    db2.close();
  });

  it('normaliseQuery collapses case and spaces only', () => {
    expect(normaliseQuery('  A   b\tC ')).toBe('a b c');
    expect(normaliseQuery('"knife crime"')).toBe('"knife crime"');
  });
});
