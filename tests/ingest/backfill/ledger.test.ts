// The backfill's lock in the archive database: who holds it, and when it is taken over.
import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { BackfillBusyError, Ledger } from '../../../src/ingest/backfill/ledger.ts';
import { cleanupTmp, openStore, tmp } from '../poll/helpers.ts';

afterAll(cleanupTmp);

const T = Date.parse('2026-01-10T12:00:00Z');
function holder(store: ReturnType<typeof openStore>, pid: number, host: string, at: number) {
  store.setMeta('backfill.lock', JSON.stringify({ pid, host, at, token: 'theirs' }));
}

describe('backfill lock', () => {
  it('refuses while a live process on this host holds it, however long ago it last wrote', () => {
    const store = openStore(tmp('qa-ledger-'));
    holder(store, process.pid, hostname(), T - 60 * 60_000);
    expect(() => new Ledger(store.db, () => new Date(T)).lock()).toThrow(BackfillBusyError);
  });

  it('takes over from a process on this host that has died', () => {
    const store = openStore(tmp('qa-ledger-'));
    holder(store, 2 ** 22 + 12345, hostname(), T);
    const l = new Ledger(store.db, () => new Date(T));
    l.lock();
    expect(JSON.parse(store.meta('backfill.lock')!)).toMatchObject({ pid: process.pid });
    l.unlock();
    expect(store.meta('backfill.lock')).toBeUndefined();
  });

  it('trusts a holder on another host for 15 minutes after its last write', () => {
    const store = openStore(tmp('qa-ledger-'));
    holder(store, 1, 'elsewhere', T - 10 * 60_000);
    expect(() => new Ledger(store.db, () => new Date(T)).lock()).toThrow(/another backfill is writing this archive \(pid 1 on elsewhere/);
    holder(store, 1, 'elsewhere', T - 16 * 60_000);
    new Ledger(store.db, () => new Date(T)).lock();
    expect(JSON.parse(store.meta('backfill.lock')!)).toMatchObject({ host: hostname() });
  });

  it('does not release a lock another holder has since taken', () => {
    const store = openStore(tmp('qa-ledger-'));
    const l = new Ledger(store.db, () => new Date(T));
    l.lock();
    holder(store, 1, 'elsewhere', T);
    l.unlock();
    expect(JSON.parse(store.meta('backfill.lock')!)).toMatchObject({ host: 'elsewhere' });
  });
});
