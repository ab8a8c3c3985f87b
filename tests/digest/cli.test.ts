// `qa digest` end to end, as an operator runs it: a real archive folder (Written Questions API
// JSON Lines), a state db in a temp folder, the console sender printing digests.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// The archive folder is DATA_DIR, so its database and index live in it (and go with it).
const dir = path.join(tmpdir(), 'qa-digest-cli-test');
const data = path.join(dir, 'data');
const stateDb = path.join(dir, 'state.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const qa = (...args: string[]) => qaWith({}, ...args);

function qaWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/qa.js'), 'digest', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: data, STATE_DB: stateDb, DIGEST_TIME: '08:00', DIGEST_TIMEZONE: 'Europe/London', DIGEST_EMPTY: 'skip', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('qa digest', { timeout: 120_000 }, () => {
  it('first load floods nothing; --dry-run previews; --now prints console digests once; Slack is left for the bot', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(data, { recursive: true });
    const lines = readFileSync(path.join(here, 'fixtures/wq-api.jsonl'), 'utf8').trim().split('\n');
    const isDental = (l: string) => /"heading": "Dental/.test(l);
    writeFileSync(path.join(data, 'a.jsonl'), lines.filter((l) => !isDental(l)).join('\n') + '\n');

    const first = await qa('--now');
    expect(first.code, first.err).toBe(0);
    expect(first.err).toContain('no channel follows anything');

    const db = openDb(stateDb);
    const follows = new SqliteFollowStore(db);
    follows.follow({ platform: 'console', channelId: 'term' }, 'dental');
    follows.follow({ platform: 'console', channelId: 'term' }, 'prisons'); // all prison answers are backlog
    follows.follow({ platform: 'slack', channelId: 'C42' }, 'dental');
    db.close();
    // New answers arrive in the archive.
    writeFileSync(path.join(data, 'b.jsonl'), lines.filter(isDental).join('\n') + '\n');

    const dry = await qa('--now', '--dry-run', '--channel', 'console:term');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('▸ dental (5 new)');
    expect(dry.out).toContain('and 2 more — /qa dental from:2024-07-25');
    expect(dry.out).not.toContain('prisons');

    const sent = await qa('--now');
    expect(sent.code, sent.err).toBe(0);
    expect(sent.out.match(/── digest for console:term/g)).toHaveLength(1);
    expect(sent.out).toContain('Dental Services: Recruitment — Department of Health and Social Care, 2024-09-16');
    expect(sent.err).toMatch(/console:term: sent dg[0-9a-f]{23}/);
    expect(sent.err).toContain('slack:C42: no slack sender in this command; the bot will send it');

    const again = await qa('--now');
    expect(again.code, again.err).toBe(0);
    expect(again.out).not.toContain('── digest');
    expect(again.err).toContain('console:term: nothing new');
  });

  it('rejects bad options and configuration with a clear message', async () => {
    const bad = await qa('--later');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown option "--later"');
    const zone = await qaWith({ DIGEST_TIMEZONE: 'Europe/Londn' });
    expect(zone.code).toBe(2);
    expect(zone.err).toContain('DIGEST_TIMEZONE must be an IANA time zone');
  });
});
