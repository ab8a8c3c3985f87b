// The search worker answers exactly as the engine it mirrors, errors included, many at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { locateRecords, openArchive, openRecords, type OpenOptions } from '../../src/search/open.ts';
import { QueryError } from '../../src/search/types.ts';
import type { Engine } from '../../src/search/engine.ts';
import { WorkerSearcher } from '../../src/search/worker-searcher.ts';

const FIXTURE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/search/archive');

describe('WorkerSearcher', () => {
  let dir: string;
  let engine: Engine;
  let worker: WorkerSearcher;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'qa-worker-'));
    const opts: OpenOptions = { data: [FIXTURE], indexDir: path.join(dir, 'index') };
    engine = (await openArchive(opts)).engine;
    // As npm start does: this thread keeps only the records, which it reads while the worker loads the index.
    const located = await locateRecords(opts);
    worker = await WorkerSearcher.start(located.store, located.indexDir);
  });
  afterAll(async () => {
    await worker?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the same hits, excerpts and totals as the engine, with full records', async () => {
    for (const query of ['county lines', 'grooming gangs sort:newest', '"county lines" -lancashire', 'knife OR knives dept:"home office"']) {
      const local = await engine.search({ query, limit: 5 });
      const remote = await worker.search({ query, limit: 5 });
      expect(remote.total, query).toBe(local.total);
      expect(remote.hits.map((h) => h.record.id), query).toEqual(local.hits.map((h) => h.record.id));
      expect(remote.hits.map((h) => h.excerpt), query).toEqual(local.hits.map((h) => h.excerpt));
      expect(remote.hits[0]?.record).toEqual(engine.get(remote.hits[0]!.record.id));
    }
    expect(local(await worker.matchAll('county lines'))).toEqual(local(await engine.matchAll('county lines')));
    function local(rs: { id: string }[]) {
      return rs.map((r) => r.id);
    }
  });

  it('openRecords builds and persists the index when there is none, and then reads only the records', async () => {
    const opts: OpenOptions = { data: [FIXTURE], indexDir: path.join(dir, 'fresh') };
    const { store: built, indexDir } = await openRecords(opts);
    expect(indexDir).toBe(path.join(dir, 'fresh'));
    expect(existsSync(path.join(dir, 'fresh', 'manifest.json'))).toBe(true);
    const { store: again } = await openRecords(opts);
    expect(again.size).toBe(built.size);
    expect([...again.all()].map((r) => r.id)).toEqual([...built.all()].map((r) => r.id));
    expect(again.size).toBe(engine.size);
  });

  it('fails to start, with the reason, when the records cannot be read', async () => {
    const err = await WorkerSearcher.start(Promise.reject(new Error('records.jsonl: unexpected end of input')), path.join(dir, 'index')).catch((e: unknown) => e);
    expect(String(err)).toContain('records.jsonl: unexpected end of input');
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
    for (const q of new Set(queries)) expected.set(q, (await engine.search({ query: q, limit: 3 })).hits.map((h) => h.record.id));
    results.forEach((r, i) => expect(r.hits.map((h) => h.record.id)).toEqual(expected.get(queries[i]!)));
  });
});
