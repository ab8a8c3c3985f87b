// Shared setup for the API ingest tests: real questions for the fake API (read once per file),
// temporary archives and state databases, a sleep that records instead of waiting.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadArchive } from '../../../src/ingest/load.ts';
import { contentHash } from '../../../src/ingest/poll/ingest.ts';
import type { QaRecord } from '../../../src/record.ts';
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
export function cleanupTmp(): void {
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

export async function archive(dataDir: string): Promise<QaRecord[]> {
  const { records, report } = await loadArchive({ paths: [dataDir] });
  if (report.skips.length) throw new Error(`archive had skips: ${JSON.stringify(report.skips.slice(0, 3))}`);
  return records;
}

/** id → content hash of every record in the archive (what "the same archive" means). */
export async function archiveHashes(dataDir: string): Promise<Map<string, string>> {
  return new Map((await archive(dataDir)).map((r) => [r.id, contentHash(r)]));
}

export function apiFiles(dataDir: string): string[] {
  const d = path.join(dataDir, 'api');
  return existsSync(d) ? readdirSync(d).sort() : [];
}

export const day = (s: unknown) => (typeof s === 'string' ? s.slice(0, 10) : undefined);
