// `qa ingest` as a user runs it: against the fake API, into the archive store of the folder named
// with --data, resuming from the cursor, and failing with a clear message and a non-zero exit
// when the API is down.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ArchiveStore } from '../../../src/store/archive.ts';
import type { FakeWqApi } from '../../fakes/wqApi.ts';
import { repoRoot } from '../helpers.ts';
import { cleanupTmp, hashes, hasCorpus, provenanceOf, questions, records, startFake, tmp } from './helpers.ts';

const run = promisify(execFile);
async function qa(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // ARCHIVE_DB cleared: --data alone decides which database is written.
    const { stdout, stderr } = await run(process.execPath, [path.join(repoRoot, 'bin/qa.js'), 'ingest', ...args], { cwd: repoRoot, env: { ...process.env, ARCHIVE_DB: '', ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout: string; stderr: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Read the archive store qa ingest wrote, then close it (the next qa run writes to it again). */
function readStore<T>(data: string, fn: (s: ArchiveStore) => T): T {
  const file = path.join(data, 'archive.sqlite');
  expect(existsSync(file), file).toBe(true);
  const store = ArchiveStore.open(file);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

describe.skipIf(!hasCorpus)('qa ingest', () => {
  let api: FakeWqApi | undefined;
  afterEach(() => api?.close());
  afterAll(cleanupTmp);

  it('ingests a window into DIR/archive.sqlite, then resumes from the cursor and adds nothing twice', async () => {
    api = await startFake(await questions());
    const dir = tmp();
    const data = path.join(dir, 'data');
    mkdirSync(data);
    const env = { WQ_API_URL: api.url, STATE_DB: path.join(dir, 'state.sqlite') };
    const first = await qa(['--since', '2024-09-05', '--until', '2024-09-09', '--data', data, '--json'], env);
    expect(first.stderr).toMatch(/ingest: 2024-09-05 … 2024-09-09: \d+ listed, \d+ new/);
    expect(first.code).toBe(0);
    const s = JSON.parse(first.stdout) as { new: number; written: number; changedIds: string[]; cursor: string };
    expect(s.new).toBeGreaterThan(100);
    expect(s.written).toBe(s.new);
    expect(s.cursor).toBe('2024-09-09');
    expect(first.stderr).toContain(`wrote ${s.written} record(s) to the archive`);
    const before = readStore(data, (store) => {
      const recs = records(store);
      expect(recs.length).toBe(s.new);
      expect(new Set(recs.map((r) => r.id))).toEqual(new Set(s.changedIds));
      for (const r of recs) expect(store.provenance(r.id).map((p) => p.kind), r.id).toEqual([expect.stringMatching(/^wq-api-(list|detail)$/)]);
      return { seq: store.seq, hashes: hashes(store), provenance: provenanceOf(store) };
    });
    expect(before.seq).toBeGreaterThanOrEqual(s.new);

    const again = await qa(['--until', '2024-09-09', '--data', data, '--json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ since: '2024-09-08', new: 0, updated: 0, written: 0, changedIds: [] });
    expect(again.stderr).toMatch(/nothing new, nothing written/);
    readStore(data, (store) => {
      expect(store.seq).toBe(before.seq);
      expect(hashes(store)).toEqual(before.hashes);
      expect(provenanceOf(store)).toEqual(before.provenance);
    });
  });

  it('exits non-zero with a clear message when the API stays down, writing nothing', async () => {
    api = await startFake(await questions());
    api.down({ kind: 'status', status: 503, retryAfter: '1' });
    const dir = tmp();
    const data = path.join(dir, 'data');
    mkdirSync(data);
    const r = await qa(['--since', '2024-09-05', '--until', '2024-09-05', '--data', data], { WQ_API_URL: api.url, STATE_DB: path.join(dir, 'state.sqlite'), WQ_API_ATTEMPTS: '2' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did not answer: GET .* failed after 2 attempt\(s\); last: HTTP 503/);
    expect(r.stderr).toMatch(/nothing was written/);
    // The folder's store is empty: no record, no change, no provenance.
    if (existsSync(path.join(data, 'archive.sqlite'))) {
      readStore(data, (store) => {
        expect(store.size).toBe(0);
        expect(store.seq).toBe(0);
        expect(store.db.prepare('SELECT count(*) FROM provenance').pluck().get()).toBe(0);
      });
    }
  });

  it('rejects bad arguments with usage (exit 2)', async () => {
    // (--data: the dates are checked after the archive is opened; keep the repository's data/ out of it.)
    const r = await qa(['--since', '16/09/2024', '--data', tmp()], { WQ_API_URL: 'http://127.0.0.1:9', STATE_DB: path.join(tmp(), 'state.sqlite') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since must be a date like 2024-09-16/);
    const h = await qa(['--house', 'senate'], { STATE_DB: path.join(tmp(), 'state.sqlite') });
    expect(h.code).toBe(2);
    expect(h.stderr).toMatch(/--house must be commons or lords/);
  });
});
