// `qa search` as a person (or a script) runs it: a child process, JSON lines out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARCHIVE_DIR, MEMBERS_FILE, repoRoot, rawLines, idOf, fixtureEngine } from '../search/helpers.ts';

// `qa search --data X` keeps its index in index/archives/<hash of X> and has no option to put it
// elsewhere; remove that folder afterwards unless it was there before.
const cliIndexDir = path.join(repoRoot, 'index', 'archives', createHash('sha1').update(path.resolve(ARCHIVE_DIR)).digest('hex').slice(0, 12));
const hadIndex = existsSync(cliIndexDir);
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-cli-'));
});
afterAll(() => {
  if (!hadIndex) rmSync(cliIndexDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

function qa(...args: string[]) {
  const env = { ...process.env };
  delete env.MEMBERS_FILE;
  const res = spawnSync(process.execPath, ['bin/qa.js', 'search', ...args], { cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}
const search = (...args: string[]) => qa('--json', '--data', ARCHIVE_DIR, '--members', MEMBERS_FILE, ...args);
const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const HIT_KEYS = ['id', 'url', 'uin', 'house', 'heading', 'answeringBody', 'dateTabled', 'dateAnswered', 'askingMember', 'answeringMember', 'score', 'excerpt'];

describe('qa search --json', () => {
  it('prints one JSON line: query, total, awaiting, ms, hits with the record fields, notices', async () => {
    const { code, stdout, stderr } = search('--limit', '3', 'grooming', 'gangs');
    expect(code, stderr).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(1);
    const out = lines[0];
    expect(Object.keys(out).sort()).toEqual(['answer', 'awaiting', 'hits', 'ms', 'notices', 'query', 'total'].sort());
    expect(out.query).toBe('grooming gangs');
    expect(typeof out.ms).toBe('number');
    expect(out.ms).toBeGreaterThanOrEqual(0);
    const engine = await fixtureEngine();
    const direct = await engine.search({ query: 'grooming gangs', limit: 3 });
    expect(out.total).toBe(direct.total);
    expect(out.awaiting).toBe(direct.awaiting);
    expect(out.hits.map((h: { id: string }) => h.id)).toEqual(direct.hits.map((h) => h.record.id));

    const raw = new Map(rawLines().map((l) => [idOf(l), l]));
    expect(out.hits).toHaveLength(3);
    for (const h of out.hits) {
      for (const k of HIT_KEYS) expect(h, k).toHaveProperty(k);
      expect(Object.keys(h).filter((k) => !HIT_KEYS.includes(k))).toEqual(h.alsoAskedOf ? ['alsoAskedOf'] : []);
      const l = raw.get(h.id)!;
      expect(l, h.id).toBeDefined();
      expect(h.url).toBe(`https://questions-statements.parliament.uk/written-questions/detail/${l.dateTabled}/${l.uin}`);
      expect(h.uin).toBe(l.uin);
      expect(h.house).toBe(l.house);
      expect(h.heading).toBe(l.heading);
      expect(h.answeringBody).toBe(l.answeringBodyName);
      expect(h.dateTabled).toBe(l.dateTabled.slice(0, 10));
      expect(h.dateAnswered).toBe(l.dateAnswered ? l.dateAnswered.slice(0, 10) : null);
      expect(h.askingMember.id).toBe(l.askingMemberId);
      expect(typeof h.askingMember.name).toBe('string');
      expect(typeof h.score).toBe('number');
      expect(h.score).toBeGreaterThan(0);
      expect(h.excerpt).toMatch(/\*\*[^*]+\*\*/);
    }
  });

  it('--offset pages on; the total stays', () => {
    const first = jsonLines(search('--limit', '2', 'dept:"home office"').stdout)[0];
    const second = jsonLines(search('--limit', '2', '--offset', '2', 'dept:"home office"').stdout)[0];
    expect(second.total).toBe(first.total);
    expect(second.hits).toHaveLength(2);
    for (const h of second.hits) expect(first.hits.map((x: { id: string }) => x.id)).not.toContain(h.id);
  });

  it('nulls stand for what a record lacks (an unanswered question has no answer date or minister)', () => {
    const out = jsonLines(search('--limit', '100', 'unanswered').stdout)[0];
    expect(out.total).toBeGreaterThan(0);
    const open = out.hits.filter((h: { id: string }) => !rawLines().find((l) => idOf(l) === h.id)!.answerIsHolding);
    expect(open.length).toBeGreaterThan(0);
    for (const h of open) {
      expect(h.answeringMember).toBeNull();
      expect(h.dateAnswered).toBeNull();
    }
    expect(out.hits.some((h: { heading: string | null }) => h.heading === null)).toBe(true);
  });

  it('a grouped question carries alsoAskedOf', () => {
    const out = jsonLines(search('recruitment').stdout)[0];
    const grouped = out.hits.filter((h: { alsoAskedOf?: unknown[] }) => h.alsoAskedOf);
    expect(grouped).toHaveLength(1);
    expect(grouped[0].alsoAskedOf[0]).toEqual({ id: expect.any(String), answeringBody: expect.any(String), url: expect.stringMatching(/^https:/) });
  });

  it('a bad query prints its error and hint as JSON and exits 1', () => {
    const { code, stdout } = search('knife', 'dpt:dwp');
    expect(code).toBe(1);
    const [out] = jsonLines(stdout);
    expect(out).toEqual({ query: 'knife dpt:dwp', error: '"dpt:" is not a filter I know.', hint: expect.stringContaining('Did you mean dept:?') });
  });

  it('--batch runs a query per line; one bad line does not fail the run', () => {
    const batch = path.join(tmp, 'queries.txt');
    writeFileSync(batch, 'county lines\n\n"unclosed\ndept:dwp\n');
    const { code, stdout } = search('--batch', batch);
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out.map((o) => o.query)).toEqual(['county lines', '"unclosed', 'dept:dwp']);
    expect(out[0].total).toBeGreaterThan(0);
    expect(out[1].error).toMatch(/quotation mark/);
    expect(out[2].hits.every((h: { answeringBody: string }) => h.answeringBody === 'Department for Work and Pensions')).toBe(true);
  });
});

describe('qa search (text)', () => {
  it('prints the rendered results', () => {
    const { code, stdout } = qa('--data', ARCHIVE_DIR, '--members', MEMBERS_FILE, '--limit', '2', 'county', 'lines');
    expect(code).toBe(0);
    // Piped: plain text, no Markdown marks, no ANSI.
    // Some of the fixture's county lines questions await an answer: the count says questions, and how many are answered.
    expect(stdout).toMatch(/^2 of [\d,]+ questions \([\d,]+ answered\) for county lines$/m);
    expect(stdout).not.toContain('**');
    expect(stdout).not.toContain('\x1b[');
    expect(stdout).toMatch(/^Next page: --offset 2$/m);
  });

  it('without a query says so and exits 2', () => {
    const { code, stderr, stdout } = qa('--data', ARCHIVE_DIR);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^qa search: a query is needed/);
    expect(stdout).toBe('');
  });

  it('an unknown option is a usage error, not a search', () => {
    const { code, stderr } = qa('--jsn', 'county lines');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --jsn');
  });
});
