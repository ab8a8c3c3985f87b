// `npx tsx bench/make-sample.ts [--corpus FILE] [--n N] [--out FILE]`: the bundled sample,
// data/commons-recent-sample.jsonl.gz, made from the shared corpus: its N most recently answered
// questions (dateAnswered newest first, then API id), each line exactly as the corpus has it
// (the Written Questions API's value fields). Same corpus, same file: the order is total and
// gzip is given no name or time. N = 14,000 keeps the file under 3 MB (2.9 MiB).
import { createReadStream } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../src/ingest/paths.ts';

export const SAMPLE_FILE = path.join(repoRoot, 'data/commons-recent-sample.jsonl.gz');
export const SAMPLE_SIZE = 14_000;
const CORPUS = path.resolve(repoRoot, '../shared/corpus/commons-written-questions-2023-2026.jsonl');

/** The n most recently answered of the raw lines, newest first (ties by API id), unchanged. */
export function recentAnswered(lines: string[], n: number): string[] {
  const answered: { line: string; day: string; id: number }[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const v = JSON.parse(line) as { id: number; dateAnswered?: string | null };
    if (v.dateAnswered) answered.push({ line, day: v.dateAnswered.slice(0, 10), id: v.id });
  }
  answered.sort((a, b) => (a.day === b.day ? a.id - b.id : a.day < b.day ? 1 : -1));
  return answered.slice(0, n).map((a) => a.line);
}

export async function readLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const corpus = path.resolve(arg('corpus') ?? CORPUS);
  const n = Number(arg('n') ?? SAMPLE_SIZE);
  const out = path.resolve(arg('out') ?? SAMPLE_FILE);
  if (!Number.isInteger(n) || n <= 0) throw new Error('--n must be a record count');
  const picked = recentAnswered(await readLines(corpus), n);
  const gz = gzipSync(picked.map((l) => `${l}\n`).join(''), { level: 9 });
  await writeFile(`${out}.tmp`, gz);
  await rename(`${out}.tmp`, out); // never a half-written sample
  const days = (l: string | undefined) => (l ? (JSON.parse(l) as { dateAnswered: string }).dateAnswered.slice(0, 10) : '');
  console.log(`${path.relative(process.cwd(), out)}: ${picked.length} answered questions, answered ${days(picked.at(-1))} … ${days(picked[0])}, ${(gz.length / 1024 / 1024).toFixed(2)} MiB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(`make-sample: ${(e as Error).message}`);
    process.exit(1);
  });
}
