// Shared setup for the API ingest tests: real questions for the fake API (read once per file),
// temporary archive stores and state databases, a sleep that records instead of waiting.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { QaRecord } from '../../../src/record.ts';
import { ArchiveStore, recordHash } from '../../../src/store/archive.ts';
import { openDb, type Db } from '../../../src/store/db.ts';
import { FakeWqApi, realMembers, realQuestions, type WqValue } from '../../fakes/wqApi.ts';
import { corpusDir } from '../helpers.ts';

export { corpusDir };
export const hasCorpus =
  existsSync(path.join(corpusDir, 'api-samples/list-results-2024-09.json')) && existsSync(path.join(corpusDir, 'commons-written-questions-2023-2026.jsonl'));

let cached: Promise<WqValue[]> | undefined;
/** The 800 real September 2024 questions whose full text the corpus knows (detail shape). */
export function questions(): Promise<WqValue[]> {
  cached ??= realQuestions(corpusDir);
  return cached.then((qs) => structuredClone(qs));
}

let members: ReturnType<typeof realMembers> | undefined;
export async function startFake(qs: Iterable<WqValue>): Promise<FakeWqApi> {
  const api = new FakeWqApi(qs);
  members ??= realMembers(corpusDir);
  api.members = members;
  await api.start();
  return api;
}

const dirs: string[] = [];
export function tmp(prefix = 'qa-ingest-'): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}
const stores: ArchiveStore[] = [];
export function cleanupTmp(): void {
  for (const s of stores.splice(0)) if (s.db.open) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function newDb(dir: string): Db {
  return openDb(path.join(dir, 'state.sqlite'));
}

/** A sleep that returns at once and remembers how long it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** The archive store of a test's folder (closed by cleanupTmp). */
export function openStore(dir: string): ArchiveStore {
  const store = ArchiveStore.open(path.join(dir, 'archive.sqlite'));
  stores.push(store);
  return store;
}

/** Every record in the store. */
export function records(store: ArchiveStore): QaRecord[] {
  return [...store.all()];
}

/** id → hash of everything a record says but its sources (what "the same archive" means). */
export function hashes(store: ArchiveStore): Map<string, string> {
  return new Map(records(store).map((r) => [r.id, recordHash(r)]));
}

/** id → the provenance rows of every record (what the store keeps of the items it was read from). */
export function provenanceOf(store: ArchiveStore): Map<string, ReturnType<ArchiveStore['provenance']>> {
  return new Map(records(store).map((r) => [r.id, store.provenance(r.id)]));
}

export const day = (s: unknown) => (typeof s === 'string' ? s.slice(0, 10) : undefined);
