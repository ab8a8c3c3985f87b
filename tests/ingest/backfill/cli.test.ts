// `qa backfill` as a user runs it, in a child process against the fake API: killed with SIGKILL
// part way and run again, it ends with the same archive as a run never interrupted, asking the
// API for much less than a whole run; Ctrl-C stops it after the page in hand, saying how to resume.
import { execFile, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ArchiveStore } from '../../../src/store/archive.ts';
import type { FakeWqApi } from '../../fakes/wqApi.ts';
import { repoRoot } from '../helpers.ts';
import { cleanupTmp, hashes, hasCorpus, questions, startFake, tmp } from '../poll/helpers.ts';

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start `qa backfill …`; `onStart` gets the child (to kill it from the fake). */
function qa(args: string[], env: Record<string, string>, onStart?: (c: ChildProcess) => void): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [path.join(repoRoot, 'bin/qa.js'), 'backfill', ...args], { cwd: repoRoot, env: { ...process.env, ARCHIVE_DB: '', ...env }, timeout: 120_000 }, (_err, stdout, stderr) =>
      resolve({ code: child.exitCode, signal: child.signalCode, stdout, stderr }),
    );
    onStart?.(child);
  });
}

function readStore<T>(data: string, fn: (s: ArchiveStore) => T): T {
  const store = ArchiveStore.open(path.join(data, 'archive.sqlite'));
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

const ARGS = ['--since', '2024-09-01', '--until', '2024-09-30', '--rate', '1000', '--page-size', '20', '--json'];

describe.skipIf(!hasCorpus)('qa backfill', () => {
  let api: FakeWqApi | undefined;
  afterEach(() => api?.close());
  afterAll(cleanupTmp);

  it('killed with SIGKILL part way, the same command resumes: same archive as an uninterrupted run, nothing twice, far fewer requests', async () => {
    api = await startFake(await questions());
    // An uninterrupted run, for comparison.
    const clean = tmp('qa-backfill-cli-');
    const full = await qa([...ARGS, '--data', clean], { WQ_API_URL: api.url, STATE_DB: path.join(clean, 'state.sqlite') });
    expect(full.stderr).toMatch(/backfill: complete/);
    expect(full.code).toBe(0);
    const fullSummary = JSON.parse(full.stdout) as { requests: number; added: number };
    expect(fullSummary.added).toBe(800);
    const want = readStore(clean, (s) => ({ hashes: hashes(s), seq: s.seq }));

    // Killed when the fake gets the request 40% of the way through.
    const dir = tmp('qa-backfill-cli-');
    const env = { WQ_API_URL: api.url, STATE_DB: path.join(dir, 'state.sqlite') };
    const killAt = api.requestCount + Math.round(fullSummary.requests * 0.4);
    let child: ChildProcess | undefined;
    api.faultFor = (n) => {
      if (n === killAt) child?.kill('SIGKILL');
      return undefined;
    };
    const killed = await qa([...ARGS, '--data', dir], env, (c) => (child = c));
    expect(killed.signal).toBe('SIGKILL');
    api.faultFor = undefined;
    const partial = readStore(dir, (s) => s.size);
    expect(partial).toBeGreaterThan(0);

    const before = api.requestCount;
    const resumed = await qa([...ARGS, '--data', dir], env);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/backfill: complete/);
    const r = JSON.parse(resumed.stdout) as { requests: number; added: number; updated: number };
    expect(r.requests).toBe(api.requestCount - before);
    expect(r.requests).toBeLessThan(fullSummary.requests * 0.7);
    // Added now + added before the kill = every question once.
    expect(r.added + partial).toBe(800);
    readStore(dir, (s) => {
      expect(s.size).toBe(800);
      expect(hashes(s)).toEqual(want.hashes);
      // No record was written more often than in the uninterrupted run.
      expect(s.seq).toBeLessThanOrEqual(want.seq);
      expect(s.db.prepare("SELECT count(*) FROM backfill_windows WHERE status NOT IN ('done', 'split')").pluck().get()).toBe(0);
      expect(s.db.prepare('SELECT count(*) FROM backfill_details').pluck().get()).toBe(0);
    });
  });

  it('Ctrl-C finishes the page in hand, exits 130 and says how to resume', async () => {
    api = await startFake(await questions());
    const dir = tmp('qa-backfill-cli-');
    let child: ChildProcess | undefined;
    api.faultFor = (n) => {
      if (n === 5) child?.kill('SIGINT');
      return undefined;
    };
    const r = await qa([...ARGS, '--data', dir], { WQ_API_URL: api.url, STATE_DB: path.join(dir, 'state.sqlite') }, (c) => (child = c));
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/stopping after the requests in hand/);
    expect(r.stderr).toMatch(/stopped\. Progress is saved; resume with: npx qa backfill --since 2024-09-01 --until 2024-09-30 --rate 1000 --page-size 20 --data /);
    // The request in hand landed: its records are in the archive.
    expect(readStore(dir, (s) => s.size)).toBeGreaterThan(0);
  });

  it('rejects bad arguments with usage (exit 2)', async () => {
    const r = await qa(['--since', '16/09/2024', '--data', tmp()], { WQ_API_URL: 'http://127.0.0.1:9', STATE_DB: path.join(tmp(), 'state.sqlite') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since must be a date like 2024-09-16/);
    const rate = await qa(['--rate', '0', '--data', tmp()], { STATE_DB: path.join(tmp(), 'state.sqlite') });
    expect(rate.code).toBe(2);
    expect(rate.stderr).toMatch(/--rate must be a number from 0.01/);
  });
});
