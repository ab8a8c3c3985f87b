// Source files dropped into the archive folder are imported into the store when new or changed;
// what is not a record is reported and skipped, and never costs the good files their records.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { importSources } from '../../src/ingest/sources.ts';
import { locateArchive, openArchive } from '../../src/search/open.ts';
import { PEOPLE_META, peopleIn } from '../../src/ingest/members.ts';
import { ArchiveStore } from '../../src/store/archive.ts';
import { COMMONS_FILE, LORDS_FILE, rawLines } from '../search/helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('importSources', () => {
  it('imports the good files and reports each junk file beside them, once', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qa-sources-'));
    dirs.push(dir);
    copyFileSync(COMMONS_FILE, path.join(dir, 'commons.jsonl'));
    copyFileSync(LORDS_FILE, path.join(dir, 'lords.jsonl'));
    writeFileSync(path.join(dir, 'README.md'), '# What this folder is\n\nNot a record.\n');
    writeFileSync(path.join(dir, 'export.csv'), 'uin,heading\n4712,County lines\n');
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    writeFileSync(path.join(dir, 'mps.json'), JSON.stringify({ members: [{ id: 1, name: 'A Member' }] }));
    writeFileSync(path.join(dir, 'empty.jsonl'), '');
    const store = ArchiveStore.open(path.join(dir, 'archive.sqlite'));
    try {
      const first = await importSources(store, { paths: [dir] });
      expect(store.size).toBe(rawLines().length);
      const byFile = Object.fromEntries(first.report.files.map((f) => [path.basename(f.file), f.error ?? `${f.imported} imported`]));
      expect(byFile['commons.jsonl']).toBe(`${rawLines().length - 1} imported`);
      expect(byFile['lords.jsonl']).toBe('1 imported');
      // The database itself and the README are not sources at all.
      expect(Object.keys(byFile).sort()).toEqual(['blob.bin', 'commons.jsonl', 'empty.jsonl', 'export.csv', 'lords.jsonl', 'mps.json']);
      for (const junk of ['blob.bin', 'empty.jsonl', 'export.csv', 'mps.json']) expect(byFile[junk], junk).toMatch(/binary|empty|unsupported|members directory/);

      // Nothing changed: nothing is read again. A changed file is read again, alone.
      expect((await importSources(store, { paths: [dir] })).read).toEqual([]);
      writeFileSync(path.join(dir, 'export.csv'), 'uin,heading\n4713,Knife crime\n');
      expect((await importSources(store, { paths: [dir] })).read.map((f) => path.basename(f))).toEqual(['export.csv']);
      expect(store.size).toBe(rawLines().length);
    } finally {
      store.close();
    }
  });

  it("names the members from the folder's own members.json.gz when no members file is given, and does not read it as a source", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qa-sources-'));
    dirs.push(dir);
    copyFileSync(COMMONS_FILE, path.join(dir, 'commons.jsonl'));
    const asker = (rawLines()[0] as { askingMemberId?: number }).askingMemberId!;
    writeFileSync(path.join(dir, 'members.json.gz'), gzipSync(JSON.stringify({ members: [{ id: asker, name: 'Ann Asker', party: 'Labour', constituency: 'Somewhere' }] })));
    const at = locateArchive({ data: [dir], persist: false });
    expect(at.members).toBe(path.join(dir, 'members.json.gz'));
    const store = ArchiveStore.open(':memory:');
    try {
      const { report } = await importSources(store, { paths: at.data, membersFile: at.members });
      expect(report.errors).toEqual([]);
      expect(report.files.map((f) => path.basename(f.file))).toEqual(['commons.jsonl']);
      const named = [...store.all()].filter((r) => r.askingMember?.name === 'Ann Asker');
      expect(named.length).toBeGreaterThan(0);
      expect(named[0]!.askingMember).toMatchObject({ id: asker, party: 'Labour', constituency: 'Somewhere' });
    } finally {
      store.close();
    }
    // The members are kept beside the records, for the search: one who names no record is still read as the member.
    writeFileSync(
      path.join(dir, 'members.json.gz'),
      gzipSync(
        JSON.stringify({
          members: [
            { id: asker, name: 'Ann Asker', party: 'Labour', constituency: 'Somewhere' },
            { id: 999999, name: 'Rachel Reeves', ministerial_roles_since_2023: [{ post: 'Chancellor of the Exchequer', department: 'HM Treasury', start_date: '2024-07-05', end_date: null }] },
          ],
        }),
      ),
    );
    const opened = await openArchive({ data: [dir], persist: false });
    try {
      expect(peopleIn(opened.store.meta(PEOPLE_META))).toContainEqual({ name: 'Rachel Reeves', department: 'HM Treasury' });
      expect(opened.engine.memberName('rachel reeves')).toBe('Rachel Reeves');
    } finally {
      opened.store.close();
    }
    // A members file named explicitly, or in MEMBERS_FILE, comes first.
    expect(locateArchive({ data: [dir], members: '/elsewhere/members.json' }).members).toBe('/elsewhere/members.json');
  });
});
