// The persisted index: built into a (temporary) index folder, loaded next time, rebuilt when a
// source changes or an index file is damaged — never a crash, never the repo's own index/.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../../src/search/open.ts';
import { readManifest, INDEX_VERSION } from '../../src/search/persist.ts';
import { ARCHIVE_DIR, MEMBERS_FILE, rawLines } from './helpers.ts';

let tmp: string;
let data: string;
let indexDir: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-persist-'));
  data = path.join(tmp, 'data');
  indexDir = path.join(tmp, 'index');
  cpSync(ARCHIVE_DIR, data, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const open = (logs: string[] = []) => openArchive({ data: [data], members: MEMBERS_FILE, indexDir, persist: true, log: (l) => logs.push(l) });
const ids = async (a: Awaited<ReturnType<typeof open>>, q: string) => (await a.engine.search({ query: q, limit: 100 })).hits.map((h) => [h.record.id, h.score, h.alsoAskedOf?.length ?? 0]);

describe('openArchive with a persisted index', () => {
  it('builds into the index folder, then loads the same archive from it', async () => {
    const first = await open();
    expect(first.how).toBe('built');
    expect(first.report?.imported).toBe(rawLines().length);
    expect(readdirSync(indexDir).sort()).toEqual(['index-header.json', 'index-terms.jsonl', 'manifest.json', 'question-groups.json', 'records.jsonl']);
    const manifest = (await readManifest(indexDir))!;
    expect(manifest.version).toBe(INDEX_VERSION);
    expect(manifest.records).toBe(rawLines().length);

    const second = await open();
    expect(second.how).toBe('loaded');
    expect(second.engine.size).toBe(first.engine.size);
    for (const q of ['grooming gangs', 'county lines', 'dept:dwp', 'communications']) expect(await ids(second, q), q).toEqual(await ids(first, q));
    for (const r of first.engine.all()) expect(second.engine.get(r.id)).toEqual(r);
  });

  it('a changed data file makes it build again, and the change is searchable', async () => {
    expect((await open()).how).toBe('built');
    const file = path.join(data, 'lords-synthetic.jsonl');
    const line = JSON.parse(readFileSync(file, 'utf8').trim());
    line.uin = 'HL9002';
    line.questionText = 'To ask His Majesty\'s Government about zebra crossings. SYNTHETIC TEST RECORD.';
    appendFileSync(file, JSON.stringify(line) + '\n');
    const logs: string[] = [];
    const again = await open(logs);
    expect(again.how).toBe('built');
    expect(logs.join('\n')).toMatch(/changed/);
    expect((await again.engine.search({ query: 'zebra' })).hits.map((h) => h.record.id)).toEqual(['lords-2024-03-05-hl9002']);
    expect((await open()).how).toBe('loaded');
  });

  it('a new file, a removed file or a different members file each make it build again', async () => {
    expect((await open()).how).toBe('built');
    writeFileSync(path.join(data, 'extra.jsonl'), readFileSync(path.join(data, 'lords-synthetic.jsonl'), 'utf8').replace('HL9001', 'HL9003'));
    expect((await open()).how).toBe('built');
    rmSync(path.join(data, 'extra.jsonl'));
    expect((await open()).how).toBe('built');
    expect((await open()).how).toBe('loaded');
    const otherMembers = path.join(tmp, 'members.json');
    const doc = JSON.parse(readFileSync(MEMBERS_FILE, 'utf8'));
    doc.members = doc.members.slice(1);
    writeFileSync(otherMembers, JSON.stringify(doc));
    expect((await openArchive({ data: [data], members: otherMembers, indexDir, persist: true })).how).toBe('built');
    expect((await openArchive({ data: [data], members: otherMembers, indexDir, persist: true })).how).toBe('loaded');
  });

  it('a members file that does not exist is reported and skipped, as it is without an index (not an ENOENT crash)', async () => {
    const missing = path.join(tmp, 'no-such-members.json');
    const unpersisted = await openArchive({ data: [data], members: missing, persist: false });
    expect(unpersisted.report?.errors.join(' ')).toMatch(/members file not used/);
    const persisted = await openArchive({ data: [data], members: missing, indexDir, persist: true });
    expect(persisted.engine.size).toBe(unpersisted.engine.size);
  });

  it.each([
    ['records.jsonl', 'garbage that is not JSON\n'],
    ['index-terms.jsonl', '[["broken"\n'],
    ['index-header.json', '{'],
  ])('a corrupted %s is rebuilt, not a crash', async (name, junk) => {
    const first = await open();
    writeFileSync(path.join(indexDir, name), junk);
    const logs: string[] = [];
    const again = await open(logs);
    expect(again.how).toBe('built');
    expect(logs.join('\n')).toMatch(/could not load/);
    expect(await ids(again, 'grooming gangs')).toEqual(await ids(first, 'grooming gangs'));
    expect((await open()).how).toBe('loaded');
  });

  it('a missing index file or a corrupt manifest is rebuilt too', async () => {
    await open();
    rmSync(path.join(indexDir, 'index-terms.jsonl'));
    expect((await open()).how).toBe('built');
    writeFileSync(path.join(indexDir, 'manifest.json'), 'not json');
    expect((await open()).how).toBe('built');
    expect((await open()).how).toBe('loaded');
  });

  it('persist: false reads and writes no index', async () => {
    const a = await openArchive({ data: [data], members: MEMBERS_FILE, indexDir, persist: false });
    expect(a.how).toBe('built');
    expect(existsSync(indexDir)).toBe(false);
  });
});
