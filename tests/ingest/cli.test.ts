import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as importRun } from '../../app/commands/import.ts';
import { run as records } from '../../app/commands/records.ts';
import { QaRecord } from '../../src/record.ts';
import { fixture, SAMPLE_RECORDS, seed, SEED_PP, SEED_TWFY } from './helpers.ts';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  const capture = (sink: 'out' | 'err') => (chunk: unknown, ...rest: unknown[]) => {
    if (sink === 'out') out += String(chunk);
    else err += String(chunk);
    const cb = rest.find((x) => typeof x === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture('out') as typeof process.stdout.write);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture('err') as typeof process.stderr.write);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('qa records', () => {
  it('lists the bundled data/ by default, summary with time and heap on stderr', async () => {
    expect(await records([])).toBe(0);
    expect(out).toContain('Home Office: Drugs: Organised Crime');
    expect(out).toContain('(Marie Rimmer)');
    expect(out).toContain(`… and ${SAMPLE_RECORDS + 2 - 20} more (--json prints them all)`); // the sample's questions
    // What the archive holds, and what this run imported (nothing, once the bundled files are in).
    expect(err).toMatch(new RegExp(`records: ${SAMPLE_RECORDS + 2} in the archive, \\d+ merged, 0 skipped from \\d+ file\\(s\\).* in \\d+\\.\\d\\ds, heap \\d+ MB`));
  });

  it('prints valid JSON Lines with --json, members named from $MEMBERS_FILE', async () => {
    vi.stubEnv('MEMBERS_FILE', fixture('members-sample.json'));
    expect(await records(['--data', fixture('wq-sample.jsonl'), '--data', seed(SEED_PP), '--json'])).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(31);
    const recs = lines.map((l) => QaRecord.parse(JSON.parse(l)));
    expect(recs.every((r) => !r.askingMemberId || r.askingMember?.name)).toBe(true);
  });

  it('--members overrides, and a bad members file is reported', async () => {
    expect(await records(['--data', seed(SEED_TWFY), '--members', fixture('nope.json')])).toBe(0);
    expect(err).toMatch(/members file not used/);
  });

  it('exits non-zero when a path does not exist or nothing could be read', async () => {
    expect(await records(['--data', fixture('does-not-exist.jsonl')])).toBe(1);
    expect(err).toMatch(/no such file or directory/);
    expect(await records(['--data', fixture('members-sample.json')])).toBe(1);
  });

  it('rejects unknown options', async () => {
    expect(await records(['--dta', 'x'])).toBe(2);
    expect(err).toMatch(/usage: qa records/);
  });
});

describe('qa import', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qa-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a file that parses, as-is; a second time it is already present', async () => {
    expect(await importRun([fixture('detail-table.json'), '--data', dir])).toBe(0);
    expect(readFileSync(path.join(dir, 'detail-table.json'))).toEqual(readFileSync(fixture('detail-table.json')));
    expect(err).toMatch(/imported into .*wq-api-detail, 1 valid record/);
    err = '';
    expect(await importRun([fixture('detail-table.json'), '--data', dir])).toBe(0);
    expect(err).toMatch(/already present/);
  });

  it('refuses to overwrite a different file of the same name', async () => {
    writeFileSync(path.join(dir, SEED_PP), 'something else');
    expect(await importRun([seed(SEED_PP), '--data', dir])).toBe(1);
    expect(err).toMatch(/exists with different content/);
    expect(readFileSync(path.join(dir, SEED_PP), 'utf8')).toBe('something else');
  });

  it('refuses files with no valid record, and missing files', async () => {
    const bad = path.join(dir, '..', `qa-import-bad-${process.pid}.txt`);
    writeFileSync(bad, 'not a question');
    try {
      expect(await importRun([bad, fixture('missing.json'), '--data', dir])).toBe(1);
    } finally {
      rmSync(bad, { force: true });
    }
    expect(err).toMatch(/not imported: unsupported format/);
    expect(err).toMatch(/missing\.json: no such file/);
    expect(existsSync(path.join(dir, path.basename(bad)))).toBe(false);
  });
});
