// The bundled sample (data/commons-recent-sample.jsonl.gz) is what bench/make-sample.ts makes
// from the shared corpus: its most recently answered questions, lines unchanged.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CORPUS_MEMBERS, membersOf, readLines, recentAnswered, SAMPLE_FILE, SAMPLE_MEMBERS_FILE, SAMPLE_SIZE } from '../../bench/make-sample.ts';
import { loadMembers } from '../../src/ingest/members.ts';
import { corpusFile, repoRoot, SAMPLE, SAMPLE_RECORDS } from './helpers.ts';

describe('the bundled sample', () => {
  const lines = gunzipSync(readFileSync(SAMPLE_FILE)).toString('utf8').split('\n');

  it('is data/ ' + SAMPLE + ': answered questions, newest first, under 3 MiB', () => {
    expect(SAMPLE_FILE).toBe(path.join(repoRoot, 'data', SAMPLE));
    expect(SAMPLE_SIZE).toBe(SAMPLE_RECORDS);
    expect(lines.pop()).toBe(''); // every line ends with \n
    expect(lines).toHaveLength(SAMPLE_RECORDS);
    const days = lines.map((l) => JSON.parse(l).dateAnswered as string);
    expect(days.every((d, i) => d && (i === 0 || d <= days[i - 1]))).toBe(true);
    expect(statSync(SAMPLE_FILE).size).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  const corpus = corpusFile('commons-written-questions-2023-2026.jsonl');
  it.skipIf(!corpus)('is exactly what the script selects from the corpus today', async () => {
    expect(lines).toEqual(recentAnswered(await readLines(corpus!), SAMPLE_SIZE));
  });

  it('comes with the members directory that names every member it holds, asking and answering', async () => {
    expect(SAMPLE_MEMBERS_FILE).toBe(path.join(repoRoot, 'data', 'members.json.gz'));
    const dir = await loadMembers(SAMPLE_MEMBERS_FILE);
    const ids = new Set(lines.filter(Boolean).flatMap((l) => [JSON.parse(l).askingMemberId, JSON.parse(l).answeringMemberId]).filter(Boolean) as number[]);
    expect([...ids].filter((id) => !dir.has(id))).toEqual([]);
    expect(dir.size).toBe(ids.size);
  });

  it.skipIf(!corpus)("holds the corpus directory's entries for those members, as they are", async () => {
    const bundled = JSON.parse(gunzipSync(readFileSync(SAMPLE_MEMBERS_FILE)).toString('utf8'));
    expect(bundled).toEqual(membersOf(lines.filter(Boolean), JSON.parse(readFileSync(CORPUS_MEMBERS, 'utf8'))));
  });
});

describe('recentAnswered', () => {
  it('keeps answered lines as they are, newest answer first, ties by API id', () => {
    const raw = [
      '{"id": 3, "dateAnswered": "2024-01-02T00:00:00"}',
      '{"id": 9, "dateAnswered": null}',
      '',
      '{"id":1,"dateAnswered":"2024-01-02"}',
      '{"id": 2, "dateAnswered": "2024-03-01"}',
    ];
    expect(recentAnswered(raw, 2)).toEqual([raw[4], raw[3]]);
    expect(recentAnswered(raw, 10)).toEqual([raw[4], raw[3], raw[0]]);
  });
});
