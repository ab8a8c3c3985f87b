// openArchive on a folder of sources: the records go into the archive store once, the index is a
// snapshot of it, and what changes later is imported and applied in place, never rebuilt. A
// damaged or foreign snapshot is rebuilt from the store: never a crash, never the repo's index/.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive, type OpenedArchive } from '../../src/search/open.ts';
import { readManifest, INDEX_VERSION } from '../../src/search/persist.ts';
import { ARCHIVE_DIR, MEMBERS_FILE, rawLines } from './helpers.ts';

let tmp: string;
let data: string;
let indexDir: string;
let dbFile: string;
const opened: OpenedArchive[] = [];
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-persist-'));
  data = path.join(tmp, 'data');
  indexDir = path.join(tmp, 'index');
  dbFile = path.join(tmp, 'archive.sqlite');
  cpSync(ARCHIVE_DIR, data, { recursive: true });
});
afterEach(() => {
  for (const a of opened.splice(0)) a.store.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function open(logs: string[] = [], members = MEMBERS_FILE): Promise<OpenedArchive> {
  const a = await openArchive({ data: [data], members, dbFile, indexDir, log: (l) => logs.push(l) });
  opened.push(a);
  return a;
}
const ids = async (a: OpenedArchive, q: string) => (await a.engine.search({ query: q, limit: 100 })).hits.map((h) => [h.record.id, h.score, h.alsoAskedOf?.length ?? 0]);
const snapshotFiles = () => {
  const name = readFileSync(path.join(indexDir, 'CURRENT'), 'utf8').trim();
  return { name, files: readdirSync(path.join(indexDir, name)).sort() };
};

describe('openArchive: the archive store and its index snapshot', () => {
  it('imports into the store and builds a snapshot, then loads the same archive from it', async () => {
    const first = await open();
    expect(first.how).toBe('built');
    expect(first.store.size).toBe(rawLines().length);
    expect(snapshotFiles().files).toEqual([
      'abbreviations-2.json',
      'field-lengths.bin',
      'index-header.json',
      'index-terms.jsonl',
      'manifest.json',
      'postings-docs.bin',
      'postings-freqs.bin',
      'question-groups.json',
      'record-meta.jsonl',
      'record-strings.json',
    ]);
    const manifest = (await readManifest(indexDir))!;
    expect(manifest).toMatchObject({ version: INDEX_VERSION, records: rawLines().length, seq: first.store.seq, archiveId: first.store.archiveId });

    const logs: string[] = [];
    const second = await open(logs);
    expect(second.how).toBe('loaded');
    // Nothing changed, so no source is read again.
    expect(logs.join('\n')).not.toMatch(/^import:/m);
    expect(second.engine.size).toBe(first.engine.size);
    for (const q of ['grooming gangs', 'county lines', 'dept:dwp', 'communications']) expect(await ids(second, q), q).toEqual(await ids(first, q));
    // The index keeps each record without its text; the whole record is read from the store.
    const metas = new Map([...second.engine.all()].map((r) => [r.id, r]));
    for (const r of first.engine.all()) {
      expect(metas.get(r.id)).toEqual(r);
      expect(second.engine.get(r.id)).toEqual(first.engine.get(r.id));
    }
  });

  it('a snapshot without its abbreviations (as one from before they were keyed as written) learns them at start and keeps them', async () => {
    const first = await open();
    const { name } = snapshotFiles();
    const file = path.join(indexDir, name, 'abbreviations-2.json');
    const learned = readFileSync(file, 'utf8');
    // As the previous form left it: that file absent, the older one in its place.
    rmSync(file);
    writeFileSync(path.join(indexDir, name, 'abbreviations.json'), '[]');
    first.store.close();
    opened.splice(opened.indexOf(first), 1);
    const logs: string[] = [];
    const second = await open(logs);
    expect(second.how).toBe('loaded');
    expect(logs.join('\n')).toMatch(/learned the archive's abbreviations afresh/);
    expect(readFileSync(path.join(indexDir, snapshotFiles().name, 'abbreviations-2.json'), 'utf8')).toBe(learned);
  });

  it('a changed source file is imported and applied to the loaded snapshot, without a rebuild', async () => {
    await open();
    const file = path.join(data, 'lords-synthetic.jsonl');
    const line = JSON.parse(readFileSync(file, 'utf8').trim());
    line.uin = 'HL9002';
    line.questionText = "To ask His Majesty's Government about zebra crossings. SYNTHETIC TEST RECORD.";
    appendFileSync(file, JSON.stringify(line) + '\n');
    const logs: string[] = [];
    const again = await open(logs);
    expect(again.how).toBe('loaded');
    expect(logs.join('\n')).toMatch(/import: lords-synthetic\.jsonl/);
    expect(logs.join('\n')).toMatch(/1 change\(s\) since applied/);
    expect((await again.engine.search({ query: 'zebra' })).hits.map((h) => h.record.id)).toEqual(['lords-2024-03-05-hl9002']);
    expect(again.store.get('lords-2024-03-05-hl9002')?.questionText).toMatch(/zebra/);
  });

  it('a file touched but not changed is not imported again', async () => {
    const first = await open();
    const file = path.join(data, 'commons-sample.jsonl');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const logs: string[] = [];
    const again = await open(logs);
    expect(logs.join('\n')).not.toMatch(/^import:/m);
    expect(again.store.seq).toBe(first.store.seq);
  });

  it('a different members file makes every source be read again', async () => {
    const first = await open();
    const named = [...first.engine.all()].find((r) => r.askingMember?.name && r.askingMemberId)!;
    const otherMembers = path.join(tmp, 'members.json');
    const doc = JSON.parse(readFileSync(MEMBERS_FILE, 'utf8'));
    doc.members = doc.members.filter((m: { id?: number; memberId?: number }) => (m.id ?? m.memberId) !== named.askingMemberId);
    writeFileSync(otherMembers, JSON.stringify(doc));
    const logs: string[] = [];
    const again = await open(logs, otherMembers);
    expect(logs.join('\n')).toMatch(/members file changed/);
    expect(again.engine.size).toBe(first.engine.size);
  });

  it('a run given no members file, or one it cannot read, leaves the names in the archive as they are', async () => {
    const first = await open();
    const named = [...first.engine.all()].find((r) => r.askingMember?.name)!;
    const env = process.env.MEMBERS_FILE;
    delete process.env.MEMBERS_FILE;
    try {
      for (const members of [undefined, path.join(tmp, 'no-such-members.json')]) {
        const logs: string[] = [];
        const again = await openArchive({ data: [data], members, dbFile, indexDir, log: (l) => logs.push(l) });
        opened.push(again);
        expect(logs.join('\n'), String(members)).not.toMatch(/^import:/m);
        expect(again.store.seq).toBe(first.store.seq);
        expect(again.store.get(named.id)?.askingMember?.name).toBe(named.askingMember!.name);
      }
    } finally {
      if (env !== undefined) process.env.MEMBERS_FILE = env;
    }
    // Given again, the same file reads nothing either.
    const logs: string[] = [];
    await open(logs);
    expect(logs.join('\n')).not.toMatch(/^import:/m);
  });

  it('a members file that does not exist is reported and skipped (not an ENOENT crash)', async () => {
    const missing = path.join(tmp, 'no-such-members.json');
    const logs: string[] = [];
    const unpersisted = await openArchive({ data: [data], members: missing, persist: false, log: (l) => logs.push(l) });
    expect(unpersisted.report.errors.join(' ')).toMatch(/members file not used/);
    // Said to whoever started it, once, not only kept in the report.
    expect(logs.filter((l) => /^warning: members file not used: .*no-such-members\.json/.test(l))).toHaveLength(1);
    const persisted = await open([], missing);
    expect(persisted.engine.size).toBe(unpersisted.engine.size);
  });

  it.each([
    ['record-meta.jsonl', 'garbage that is not JSON\n'],
    ['index-terms.jsonl', '[["broken"\n'],
    ['index-header.json', '{'],
    ['postings-docs.bin', 'short'],
    ['postings-freqs.bin', ''],
    ['field-lengths.bin', 'short'],
  ])('a corrupted %s is rebuilt from the store, not a crash', async (name, junk) => {
    const first = await open();
    writeFileSync(path.join(indexDir, snapshotFiles().name, name), junk);
    const logs: string[] = [];
    const again = await open(logs);
    expect(again.how).toBe('built');
    expect(logs.join('\n')).toMatch(/could not load/);
    expect(await ids(again, 'grooming gangs')).toEqual(await ids(first, 'grooming gangs'));
    expect((await open()).how).toBe('loaded');
  });

  it('a missing CURRENT, or a snapshot of another archive database, is rebuilt too', async () => {
    await open();
    rmSync(path.join(indexDir, 'CURRENT'));
    expect((await open()).how).toBe('built');
    // The same path, a new database: the old snapshot belongs to another archive.
    for (const a of opened.splice(0)) a.store.close();
    rmSync(dbFile);
    const logs: string[] = [];
    expect((await open(logs)).how).toBe('built');
    expect(logs.join('\n')).toMatch(/another archive database/);
    expect((await open()).how).toBe('loaded');
  });

  it('keeps the snapshot it replaced (a reader may be loading it) and removes older ones', async () => {
    const a = await open();
    const first = snapshotFiles().name;
    await a.live.save();
    const second = snapshotFiles().name;
    await a.live.save();
    const third = snapshotFiles().name;
    const folders = readdirSync(indexDir).filter((n) => n.startsWith('snapshot-')).sort();
    expect(new Set([first, second, third]).size).toBe(3);
    expect(folders).toEqual([second, third].sort());
  });

  it("leaves another running process's half-written snapshot alone, and removes a dead or long-idle one's", async () => {
    const a = await open();
    // Another writer at work: a folder without its manifest, named for a process that runs.
    const other = spawn('sleep', ['30']);
    const running = `snapshot-0000000001-${other.pid}-aaaaaaaa`;
    mkdirSync(path.join(indexDir, running));
    writeFileSync(path.join(indexDir, running, 'record-meta.jsonl'), '');
    // A crash's leftover: its process is gone (a pid past Linux's largest).
    const crashed = 'snapshot-0000000001-4194305-bbbbbbbb';
    mkdirSync(path.join(indexDir, crashed));
    // And one left by a crash long ago, under a pid a running process bears now.
    const stale = `snapshot-0000000001-${other.pid}-cccccccc`;
    mkdirSync(path.join(indexDir, stale));
    writeFileSync(path.join(indexDir, stale, 'record-meta.jsonl'), '');
    const long = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const p of [path.join(indexDir, stale, 'record-meta.jsonl'), path.join(indexDir, stale)]) utimesSync(p, long, long);
    try {
      await a.live.save();
      const folders = readdirSync(indexDir);
      expect(folders).toContain(running);
      expect(folders).not.toContain(crashed);
      expect(folders).not.toContain(stale);
      other.kill();
      await once(other, 'exit');
      await a.live.save();
      expect(readdirSync(indexDir)).not.toContain(running);
    } finally {
      other.kill();
    }
  });

  it('opens and searches when the snapshot cannot be written, and says so', async () => {
    // The index folder's place is taken by a file: no snapshot can be written there.
    writeFileSync(indexDir, 'not a folder');
    const logs: string[] = [];
    const a = await open(logs);
    expect(a.how).toBe('built');
    expect(logs.join('\n')).toMatch(/snapshot not written/);
    expect((await a.engine.search({ query: 'grooming gangs', limit: 5 })).hits.length).toBeGreaterThan(0);
  });

  it('persist: false writes no database and no index', async () => {
    const a = await openArchive({ data: [data], members: MEMBERS_FILE, indexDir, persist: false });
    expect(a.how).toBe('built');
    expect(a.store.size).toBe(rawLines().length);
    expect(existsSync(indexDir)).toBe(false);
    expect(existsSync(dbFile)).toBe(false);
    expect(readdirSync(data).filter((n) => n.endsWith('.sqlite'))).toEqual([]);
  });
});
