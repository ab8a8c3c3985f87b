// Exactly once across a hard crash: a child process runs the digest and SIGKILLs itself
// between composing/sending and recording; a restart must leave exactly one message at the
// (local HTTP stand-in) platform, with the content composed before the crash.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listDeliveries, lastDigestAt } from '../../src/digest/run.ts';
import { markAnsweredSeen, openDb } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import type { DigestReply } from '../../src/bot/reply.ts';
import { fixtureRecords, idsOf, tmpDb } from './helpers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

interface Received {
  deliveryId: string;
  digest: DigestReply;
}

async function startSink(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/messages') {
        received.push(JSON.parse(body) as Received);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      } else if (req.method === 'GET' && req.url?.startsWith('/has/')) {
        const id = decodeURIComponent(req.url.slice('/has/'.length));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ has: received.some((r) => r.deliveryId === id) }));
      } else res.writeHead(404).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  cleanups.push(() => new Promise<void>((ok) => server.close(() => ok())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

function runChild(db: string, sink: string, mode: string, now: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'crash-child.ts'), db, sink, mode, now], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

const records = fixtureRecords();
const prisons = records.filter((r) => r.dateAnswered && r.heading?.startsWith('Prisons'));

function prepare() {
  const t = tmpDb();
  cleanups.push(t.cleanup);
  const backlog = records.filter((r) => !prisons.includes(r));
  markAnsweredSeen(t.db, backlog, new Date('2025-03-01T00:00:00Z'));
  new SqliteFollowStore(t.db, () => new Date('2025-03-01T10:00:00Z')).follow({ platform: 'slack', channelId: 'C1' }, 'prisons');
  markAnsweredSeen(t.db, prisons.slice(0, 4), new Date('2025-03-01T12:00:00Z'));
  t.db.close(); // the children own the database from here
  return t.file;
}

describe('exactly once across SIGKILL', { timeout: 60_000 }, () => {
  for (const mode of ['kill-before-send', 'kill-after-send'] as const) {
    it(`${mode}: the restarted process delivers the composed digest exactly once`, async () => {
      const file = prepare();
      const sink = await startSink();

      const crashed = await runChild(file, sink.url, mode, '2025-03-02T08:00:00Z');
      expect(crashed.signal, crashed.err).toBe('SIGKILL');
      expect(sink.received).toHaveLength(mode === 'kill-after-send' ? 1 : 0);
      let db = openDb(file);
      const [pending] = listDeliveries(db);
      expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
      expect(pending!.payload.topics.map((t) => [t.query, t.total, t.records.length])).toEqual([['prisons', 4, 3]]);
      expect(lastDigestAt(db, { platform: 'slack', channelId: 'C1' })).toBeUndefined();
      // Something new arrives while the bot is down: it belongs to the next digest, not this one.
      markAnsweredSeen(db, [prisons[4]!], new Date('2025-03-02T09:00:00Z'));
      db.close();

      const restarted = await runChild(file, sink.url, 'normal', '2025-03-02T09:30:00Z');
      expect(restarted.code, restarted.err).toBe(0);
      expect(JSON.parse(restarted.out)).toEqual([mode === 'kill-after-send' ? 'already-sent' : 'sent', 'not-due']);
      const again = await runChild(file, sink.url, 'normal', '2025-03-02T10:00:00Z');
      expect(again.code, again.err).toBe(0);

      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]!.deliveryId).toBe(pending!.id);
      expect(sink.received[0]!.digest).toEqual(pending!.payload);
      db = openDb(file);
      expect(listDeliveries(db).map((d) => d.status)).toEqual(['sent']);
      expect(lastDigestAt(db, { platform: 'slack', channelId: 'C1' })).toBe(Date.parse('2025-03-02T08:00:00Z'));
      db.close();

      // The next day's digest carries what arrived during the downtime, once.
      const next = await runChild(file, sink.url, 'normal', '2025-03-03T08:00:00Z');
      expect(next.code, next.err).toBe(0);
      expect(sink.received.map((r) => idsOf(r.digest))).toEqual([idsOf(pending!.payload), [prisons[4]!.id]]);
    });
  }
});
