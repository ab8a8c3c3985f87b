// One process at a time for a job (the digest run, an ingest, a backfill): a row naming the holder
// (pid, host, when, a token), taken in an IMMEDIATE transaction so two processes never both win.
// A holder that died is taken over: on this host the process table says so; a holder on another
// host is trusted until its row is older than `staleMs`.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';

/** Where the row lives: the state db's `kv` or the archive's `meta` (both key → value). */
export interface LockPlace {
  db: Database.Database;
  table: 'kv' | 'meta';
  key: string;
}

interface Holder {
  pid: number;
  host: string;
  at: number;
  token: string;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function read(p: LockPlace): Holder | undefined {
  const v = p.db.prepare(`SELECT value FROM ${p.table} WHERE key = ?`).pluck().get(p.key) as string | undefined;
  return v ? (JSON.parse(v) as Holder) : undefined;
}

function write(p: LockPlace, h: Holder): void {
  const value = JSON.stringify(h);
  if (p.table === 'kv') {
    p.db.prepare('INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(p.key, value, h.at);
  } else p.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(p.key, value);
}

export interface LockPolicy {
  /** A row older than this is taken over. */
  staleMs: number;
  /**
   * Whether a live process on this host loses its lock once its row is stale too (a short job:
   * pid reuse makes a very old row doubtful), or keeps it while it lives (a job of hours that
   * says it is alive now and then: `refresh`).
   */
  staleOnThisHost: boolean;
  /** Real time by default: the lock is about live processes, not a schedule. */
  now?: () => number;
}

/** Take the lock: the token to release it with, or who holds it. */
export function takeLock(p: LockPlace, policy: LockPolicy): { token: string } | { holder: string } {
  const at = (policy.now ?? Date.now)();
  const token = randomUUID();
  return p.db
    .transaction(() => {
      const h = read(p);
      if (h) {
        const fresh = at - h.at < policy.staleMs;
        const held = h.host === hostname() ? processAlive(h.pid) && (fresh || !policy.staleOnThisHost) : fresh;
        if (held) return { holder: `pid ${h.pid} on ${h.host}, since ${new Date(h.at).toISOString()}` };
      }
      write(p, { pid: process.pid, host: hostname(), at, token });
      return { token };
    })
    .immediate();
}

/** Say the holder is still alive (a long job, now and then). */
export function refreshLock(p: LockPlace, token: string, at: number = Date.now()): void {
  write(p, { pid: process.pid, host: hostname(), at, token });
}

/** Release the lock if this token still holds it. */
export function releaseLock(p: LockPlace, token: string): void {
  p.db.transaction(() => {
    if (read(p)?.token === token) p.db.prepare(`DELETE FROM ${p.table} WHERE key = ?`).run(p.key);
  })();
}
