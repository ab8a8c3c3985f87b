// kill -9 at any moment of an ingest or of an index snapshot write leaves an archive database and
// an index that open and agree: every record the database holds is searchable, nothing else is,
// and running the same command again finishes the job.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { locateArchive, openArchive } from '../../src/search/open.ts';
import { ArchiveStore, recordHash } from '../../src/store/archive.ts';
import type { FakeWqApi } from '../fakes/wqApi.ts';
import { hasCorpus, questions, startFake } from '../ingest/poll/helpers.ts';
import { CORPUS_FILE } from '../search/helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'qa-kill-'));
  dirs.push(d);
  return d;
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e = { ...process.env };
  for (const k of Object.keys(e)) if (/^(DATA_DIR|ARCHIVE_DB|STATE_DB|WQ_API|MEMBERS_FILE|INGEST_)/.test(k)) delete e[k];
  return { ...e, ...extra };
}

/** Run `qa ARGS`, and kill -9 it when `when(stderr so far)` first says so (or let it finish). */
function runAndKill(args: string[], e: NodeJS.ProcessEnv, when: (stderr: string) => boolean): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/qa.js', ...args], { cwd: ROOT, env: e });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => {
      if (!killed && child.exitCode === null && when(stderr)) {
        killed = true;
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ killed, code, stderr });
    });
  });
}

/** The database opens, is intact, and the index opened over it holds exactly its records. */
async function expectAgreement(dbFile: string, indexDir: string, data: string): Promise<number> {
  const store = ArchiveStore.open(dbFile);
  try {
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    store.close();
  }
  const a = await openArchive({ data: [data], dbFile, indexDir });
  try {
    const inStore = new Set<string>();
    for (const r of a.store.all()) {
      inStore.add(r.id);
      expect(recordHash(a.engine.get(r.id)!), r.id).toBe(recordHash(r));
    }
    expect(new Set([...a.engine.all()].map((r) => r.id))).toEqual(inStore);
    expect(a.live.seq).toBe(a.store.seq);
    return inStore.size;
  } finally {
    a.store.close();
  }
}

describe.skipIf(!hasCorpus)('kill -9', () => {
  let api: FakeWqApi | undefined;
  afterAll(async () => api?.close());

  it('in the middle of an ingest (listing, fetching details) leaves the archive as it was; the next run completes it', async () => {
    api = await startFake(await questions());
    api.faultFor = () => ({ kind: 'delay', ms: 5 });
    const dir = tmp();
    const data = path.join(dir, 'data');
    mkdirSync(data);
    const dbFile = path.join(data, 'archive.sqlite');
    const indexDir = path.join(dir, 'index');
    const e = env({ WQ_API_URL: api.url, STATE_DB: path.join(dir, 'state.sqlite') });
    const args = ['ingest', '--data', data, '--since', '2024-09-02', '--until', '2024-09-20'];
    for (const after of [3, 40, 200]) {
      const from = api.requestCount;
      const r = await runAndKill(args, e, () => api!.requestCount - from >= after);
      expect(r.killed, r.stderr).toBe(true);
      expect(await expectAgreement(dbFile, indexDir, data)).toBe(0);
    }
    const done = await runAndKill(args, e, () => false);
    expect(done.code, done.stderr).toBe(0);
    expect(await expectAgreement(dbFile, indexDir, data)).toBeGreaterThan(300);
  }, 120_000);

  it('while an index snapshot is being written leaves a snapshot that loads and agrees with the database', async () => {
    const dir = tmp();
    const data = path.join(dir, 'data');
    mkdirSync(data);
    // 4,000 real questions: a snapshot takes long enough to be caught half-written.
    const lines = readFileSync(CORPUS_FILE, 'utf8').split('\n').slice(0, 4000).join('\n') + '\n';
    writeFileSync(path.join(data, 'corpus-part.jsonl'), lines);
    const dbFile = path.join(data, 'archive.sqlite');
    const e = env({ DATA_DIR: data, ARCHIVE_DB: dbFile });
    // Where `qa index` keeps this archive's index (it decides by itself, from ARCHIVE_DB).
    const { indexDir } = locateArchive({ data: [data], dbFile });
    dirs.push(indexDir);
    // A first complete run, so there is a snapshot to fall back on.
    const first = await runAndKill(['index', 'rebuild'], e, () => false);
    expect(first.code, first.stderr).toBe(0);
    let caught = 0;
    for (let i = 0; i < 3; i++) {
      // Built in memory: from here on the new snapshot is being written.
      const r = await runAndKill(['index', 'rebuild'], e, (stderr) => /index: built from the archive/.test(stderr));
      if (r.killed) caught++;
      expect(await expectAgreement(dbFile, indexDir, data)).toBe(4000);
    }
    expect(caught).toBeGreaterThan(0);
  }, 180_000);
});
