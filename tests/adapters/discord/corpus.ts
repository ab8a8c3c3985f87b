// Real records for the Discord adapter's tests: lines of ../shared/corpus read through the
// project's own loader (src/ingest), with member names from the corpus's members file. Falls
// back to the repository's small fixture when the shared corpus is not present.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Excerpt, Hit, ResultsReply } from '../../../src/bot/reply.ts';
import { loadArchive } from '../../../src/ingest/load.ts';
import type { QaRecord } from '../../../src/record.ts';

const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
export const CORPUS_FILE = CORPUS_DIR + 'commons-written-questions-2023-2026.jsonl';
export const MEMBERS_FILE = CORPUS_DIR + 'members/members_lookup_derived.json';
export const FIXTURE_FILE = fileURLToPath(new URL('../../fixtures/ingest/wq-sample.jsonl', import.meta.url));
export const hasCorpus = existsSync(CORPUS_FILE);

let lines: string[] | undefined;
function corpusLines(): string[] {
  lines ??= readFileSync(hasCorpus ? CORPUS_FILE : FIXTURE_FILE, 'utf8').split('\n').filter(Boolean);
  return lines;
}

/** Line numbers (0-based) of the corpus's longest heading, question and answer, and records whose text has markdown characters. */
export function notableLines(): { longestHeading: number; longestQuestion: number; longestAnswer: number; markdownish: number[] } {
  const best = { heading: [-1, -1], questionText: [-1, -1], answerText: [-1, -1] } as Record<string, [number, number]>;
  const markdownish: number[] = [];
  corpusLines().forEach((l, i) => {
    const v = JSON.parse(l);
    for (const k of Object.keys(best)) {
      const n = (v[k] ?? '').length;
      if (n > best[k]![0]) best[k] = [n, i];
    }
    if (markdownish.length < 20 && /[*_`|~]/.test(`${v.heading ?? ''}${v.answerText ?? ''}`)) markdownish.push(i);
  });
  return { longestHeading: best.heading![1], longestQuestion: best.questionText![1], longestAnswer: best.answerText![1], markdownish };
}

/** Write the chosen corpus lines to a temporary JSONL file (for loadArchive / openSearcher). */
export function writeSubset(which: number[] | { first: number }, extra: number[] = []): string {
  const all = corpusLines();
  const picked = Array.isArray(which) ? which : all.slice(0, which.first).map((_, i) => i);
  const chosen = [...new Set([...picked, ...extra])].filter((i) => i >= 0 && i < all.length).map((i) => all[i]!);
  const dir = mkdtempSync(path.join(tmpdir(), 'qa-discord-'));
  const file = path.join(dir, 'subset.jsonl');
  writeFileSync(file, chosen.join('\n') + '\n');
  return file;
}

/** Real records, validated by QaRecord through the project's loader. */
export async function loadRecords(which: number[] | { first: number }): Promise<QaRecord[]> {
  const file = writeSubset(which);
  const { records } = await loadArchive({ paths: [file], membersFile: existsSync(MEMBERS_FILE) ? MEMBERS_FILE : undefined });
  return records;
}

/** An excerpt of a record's text (default: the whole answer) with `terms` marked as matches. */
export function excerptOf(text: string, terms: string[], field: Excerpt['field'] = 'answer'): Excerpt {
  const segments: Excerpt['segments'] = [];
  if (!terms.length) return { field, segments: [{ text, match: false }], cutStart: false, cutEnd: false };
  const re = new RegExp(`\\b(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return { field, segments, cutStart: false, cutEnd: false };
}

export function hitFor(record: QaRecord, terms: string[], text = record.answerText ?? record.questionText): Hit {
  return { record, score: 1, excerpt: excerptOf(text, terms) };
}

export function resultsReply(query: string, hits: Hit[], extra: Partial<ResultsReply> = {}): ResultsReply {
  return { kind: 'results', query, total: hits.length, offset: 0, limit: 5, hits, notices: [], ...extra };
}
