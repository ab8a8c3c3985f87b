// The command line's conventions, as a person or a script meets them: --help everywhere and
// nothing started by it, `qa help`, exit 0/1/2, results on stdout and everything else on stderr,
// no stack trace for anything typed, plain text in a pipe.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ansi, plain, styleFor, text } from '../../adapters/console/render.ts';
import { locateArchive } from '../../src/search/open.ts';
import { ARCHIVE_DIR, MEMBERS_FILE, repoRoot } from '../search/helpers.ts';

const COMMANDS = ['records', 'search', 'start', 'eval', 'bench', 'import', 'index', 'digest', 'state', 'ingest'];

let tmp: string;
let data: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-conventions-'));
  // A copy of its own: the archive database and index it gets under index/archives/ are this file's to remove.
  data = path.join(tmp, 'archive');
  cpSync(ARCHIVE_DIR, data, { recursive: true });
});
afterAll(() => {
  const at = locateArchive({ data: [data] });
  rmSync(path.dirname(at.dbFile), { recursive: true, force: true });
  rmSync(at.indexDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

function qa(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/qa.js', ...args], {
      cwd: repoRoot,
      env: { ...process.env, MEMBERS_FILE: '', STATE_DB: path.join(tmp, 'state.sqlite'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const search = (...args: string[]) => qa(['search', '--data', data, '--members', MEMBERS_FILE, ...args]);
const STACK = /\n\s+at /;

describe('qa --help and qa help', () => {
  it.each(COMMANDS)('qa %s --help prints its usage on stdout and runs nothing', async (command) => {
    const { code, stdout, stderr } = await qa([command, '--help'], { DATA_DIR: path.join(tmp, 'never') });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(new RegExp(`^usage: qa ${command}\\b`));
    expect(stderr).toBe('');
    expect(existsSync(path.join(tmp, 'never'))).toBe(false);
  });

  it('qa start --help starts nothing, even with Slack settings', async () => {
    const started = Date.now();
    const { code, stdout, stderr } = await qa(['start', '--help'], {
      SLACK_BOT_TOKEN: 'xoxb-never',
      SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
      PORT: '1',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('usage: qa start');
    expect(stderr).toBe('');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('qa help lists the commands; qa help COMMAND is that command\'s --help; qa alone is a usage error', async () => {
    const list = await qa(['help']);
    expect(list.code).toBe(0);
    for (const c of COMMANDS) expect(list.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    const one = await qa(['help', 'digest']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^usage: qa digest/);
    const none = await qa([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^usage: qa <command>/);
    const unknown = await qa(['serch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "serch"');
  });
});

describe('what a person types', () => {
  it.each([
    [['--limit', 'abc'], '--limit must be a whole number, not "abc"'],
    [['--limit', '-5'], '--limit must be a whole number, not "-5"'],
    [['--limit', '0'], '--limit must be at least 1, not 0'],
    [['--offset', '1.5'], '--offset must be a whole number, not "1.5"'],
    [['--data', '/missing'], '--data /missing: no such file or folder'],
  ])('qa search %j … is a usage error: one line on stderr, exit 2, no stack trace', async (opts, message) => {
    const { code, stdout, stderr } = await qa(['search', ...opts, 'county', 'lines']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`qa search: ${message}`);
    expect(stderr).not.toMatch(STACK);
  });

  // (qa records reads what it can and reports each path it could not, with exit 1.)
  it.each([['index'], ['digest', '--dry-run']])('qa %s --data /missing is a usage error and creates nothing', async (...args) => {
    const before = readdirSync(path.join(repoRoot, 'index', 'archives')).length;
    const { code, stderr } = await qa([...args, '--data', '/missing']);
    expect(code).toBe(2);
    expect(stderr).toContain('--data /missing: no such file or folder');
    expect(stderr).not.toMatch(STACK);
    expect(readdirSync(path.join(repoRoot, 'index', 'archives')).length).toBe(before);
  });

  it('a refused query goes to stderr with exit 1 (a query is input, like a --batch line, not syntax)', async () => {
    const { code, stdout, stderr } = await search('knife', 'dpt:dwp');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('"dpt:" is not a filter I know.');
    expect(stderr).not.toMatch(STACK);
  });

  it('--offset past the last result says so instead of "100–2 of 2"', async () => {
    const { code, stdout, stderr } = await search('--offset', '99', 'dept:dwp');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/There (is 1 answer|are \d+ answers) for that; nothing from number 100 on\./);
    expect(stderr).not.toMatch(/100–/);
  });

  it('no results is a result: stdout, exit 0, and the help it points to exists', async () => {
    const { code, stdout } = await search('zzzqqqxxx');
    expect(code).toBe(0);
    expect(stdout).toContain('No answers match that.');
    expect(stdout).toContain('qa search help');
    const help = await search('help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Searching the written questions archive');
  });
});

describe('colour', () => {
  it('only on a terminal, and not with NO_COLOR', () => {
    expect(styleFor(true, {}, text)).toBe(ansi);
    expect(styleFor(true, { NO_COLOR: '1' }, text)).toBe(text);
    expect(styleFor(false, {}, text)).toBe(text);
    expect(styleFor(undefined, {}, plain)).toBe(plain);
  });
});
