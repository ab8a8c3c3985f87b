import { afterEach, describe, expect, it } from 'vitest';
import { firstTime, KEEP_HANDLED_MS } from '../../src/store/requests.ts';
import { tmpDb } from '../digest/helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('handled requests', () => {
  it('a request is new once; a replay within a day is not; rows older than a day are deleted', () => {
    const t = tmpDb();
    cleanups.push(t.cleanup);
    expect(firstTime(t.db, 'slack:trigger:1', 1000)).toBe(true);
    expect(firstTime(t.db, 'slack:trigger:1', 2000)).toBe(false);
    expect(firstTime(t.db, 'slack:event:Ev1', 3000)).toBe(true);
    const count = () => t.db.prepare('SELECT count(*) FROM handled_requests').pluck().get();
    expect(count()).toBe(2);
    // A day later the table holds only what is recent: it does not grow without bound.
    expect(firstTime(t.db, 'discord:interaction:9', 1000 + KEEP_HANDLED_MS + 1)).toBe(true);
    expect(count()).toBe(2);
    expect(firstTime(t.db, 'slack:event:Ev1', 3000 + KEEP_HANDLED_MS - 1)).toBe(false);
  });
});
