// The search worker answers exactly as the engine it mirrors, errors included, many at a time,
// and follows the archive as it grows: what is written to the store is searchable after a
// refresh (or the next poll), with no rebuild and nothing held on the main thread.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateArchive, openArchive, type OpenOptions, type OpenedArchive } from '../../src/search/open.ts';
import { QueryError } from '../../src/search/types.ts';
import type { QaRecord } from '../../src/record.ts';
import { ArchiveStore } from '../../src/store/archive.ts';
import { WorkerSearcher } from '../../src/search/worker-searcher.ts';
import { ARCHIVE_DIR, MEMBERS_FILE } from './helpers.ts';

describe('WorkerSearcher', () => {
  let dir: string;
  let opts: OpenOptions;
  let local: OpenedArchive;
  let worker: WorkerSearcher;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'qa-worker-'));
    cpSync(ARCHIVE_DIR, path.join(dir, 'data'), { recursive: true });
    opts = { data: [path.join(dir, 'data')], members: MEMBERS_FILE, dbFile: path.join(dir, 'archive.sqlite'), indexDir: path.join(dir, 'index') };
    // As npm start does on a first start: the worker imports the sources and builds the index.
    worker = await WorkerSearcher.start({ ...locateArchive(opts), pollMs: 0 });
    local = await openArchive(opts);
  });
  afterAll(async () => {
    await worker?.close();
    local?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('built the index on a first start, and returns the same hits, excerpts and totals as the engine, with full records', async () => {
    expect(worker.how).toBe('built');
    expect(local.how).toBe('loaded');
    for (const query of ['county lines', 'grooming gangs sort:newest', '"county lines" -lancashire', 'knife OR knives dept:"home office"']) {
      const here = await local.engine.search({ query, limit: 5 });
      const there = await worker.search({ query, limit: 5 });
      expect(there.total, query).toBe(here.total);
      expect(there.hits.map((h) => h.record.id), query).toEqual(here.hits.map((h) => h.record.id));
      expect(there.hits.map((h) => h.excerpt), query).toEqual(here.hits.map((h) => h.excerpt));
      expect(there.hits[0]?.record).toEqual(local.engine.get(there.hits[0]!.record.id));
    }
    expect((await worker.matchAll('county lines')).map((r) => r.id)).toEqual((await local.engine.matchAll('county lines')).map((r) => r.id));
    expect(await worker.stats('county lines')).toEqual(await local.engine.stats('county lines'));
    // A record by id is read from the store, on this thread.
    const any = [...local.engine.all()][3]!;
    expect(worker.get(any.id)).toEqual(local.engine.get(any.id));
    expect(worker.get(any.id)?.questionText).toBeTruthy();
  });

  it('passes query errors back as QueryError with their hint', async () => {
    const err = await worker.search({ query: 'county "lines' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect((err as QueryError).hint).toMatch(/Close the phrase/);
  });

  it('answers many requests at once, each with its own result', async () => {
    const queries = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'county lines' : 'grooming gangs'));
    const results = await Promise.all(queries.map((query) => worker.search({ query, limit: 3 })));
    const expected = new Map<string, string[]>();
    for (const q of new Set(queries)) expected.set(q, (await local.engine.search({ query: q, limit: 3 })).hits.map((h) => h.record.id));
    results.forEach((r, i) => expect(r.hits.map((h) => h.record.id)).toEqual(expected.get(queries[i]!)));
  });

  it('finds what another connection writes to the store after a refresh, and stops finding what is removed', async () => {
    const writer = ArchiveStore.open(opts.dbFile!);
    try {
      const base = local.engine.get([...local.engine.all()][0]!.id)!;
      const fresh: QaRecord = {
        ...base, id: 'commons-2026-11-30-99001', uin: '99001', apiId: 99001, dateTabled: '2026-11-30', heading: 'Okapi Conservation',
        questionText: 'To ask about okapi conservation funding.',
        url: 'https://questions-statements.parliament.uk/written-questions/detail/2026-11-30/99001',
      };
      expect((await worker.search({ query: 'okapi' }).catch(() => ({ total: 0 }))).total).toBe(0);
      writer.upsert([{ record: fresh }]);
      const state = await worker.refresh();
      expect(state.applied).toBe(1);
      expect(state.seq).toBe(writer.seq);
      expect((await worker.search({ query: 'okapi' })).hits.map((h) => h.record.id)).toEqual([fresh.id]);
      expect(worker.size).toBe(local.engine.size + 1);
      writer.remove([fresh.id]);
      await worker.refresh();
      expect((await worker.search({ query: 'okapi' }).catch(() => ({ total: 0 }))).total).toBe(0);
    } finally {
      writer.close();
    }
  });

  it('with polling on, picks up another process\'s writes by itself', async () => {
    const polling = await WorkerSearcher.start({ ...locateArchive(opts), pollMs: 50 });
    const writer = ArchiveStore.open(opts.dbFile!);
    try {
      expect(polling.how).toBe('loaded');
      const base = local.engine.get([...local.engine.all()][1]!.id)!;
      const pangolin: QaRecord = {
        ...base, id: 'commons-2026-12-01-99002', uin: '99002', apiId: 99002, dateTabled: '2026-12-01', heading: 'Pangolin Trade',
        questionText: 'To ask about the pangolin trade.',
        url: 'https://questions-statements.parliament.uk/written-questions/detail/2026-12-01/99002',
      };
      writer.upsert([{ record: pangolin }]);
      const until = Date.now() + 10_000;
      while (polling.state.seq < writer.seq && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
      expect(polling.state.seq).toBe(writer.seq);
      expect((await polling.search({ query: 'pangolin' })).total).toBe(1);
    } finally {
      writer.close();
      await polling.close();
    }
  });

  it('says when the worker dies after it was ready, and then refuses searches (npm start exits on it)', async () => {
    const doomed = await WorkerSearcher.start({ ...locateArchive(opts), pollMs: 0 });
    const failed = new Promise<Error>((resolve) => (doomed.onFail = resolve));
    // As an out-of-memory end would: the thread is gone without close().
    await (doomed as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    expect(String(await failed)).toMatch(/search worker exited/);
    await expect(doomed.search({ query: 'county lines' })).rejects.toThrow(/search worker exited/);
    await doomed.close();
  });

  it('fails to start, with the reason, when the archive cannot be opened', async () => {
    const err = await WorkerSearcher.start({ data: [], dbFile: path.join(dir, 'no', 'such', '\0bad'), indexDir: path.join(dir, 'nowhere'), pollMs: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toMatch(/search worker could not start: .*(unable to open|CANTOPEN)/i);
  });
});
