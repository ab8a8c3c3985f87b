// `npx tsx bench/make-sample.ts [--corpus FILE] [--members FILE] [--n N] [--out FILE]`: the bundled
// sample, data/commons-recent-sample.jsonl.gz, made from the shared corpus: its N most recently
// answered questions (dateAnswered newest first, then API id), each line exactly as the corpus has
// it (the Written Questions API's value fields). Same corpus, same file: the order is total and
// gzip is given no name or time. N = 14,000 keeps the file under 3 MB (2.9 MiB). Beside it,
// data/members.json.gz: the corpus's members directory cut to the members the sample names (asking
// or answering), entries unchanged, so the quick start shows names rather than ids.
import { createReadStream } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../src/ingest/paths.ts';

export const SAMPLE_FILE = path.join(repoRoot, 'data/commons-recent-sample.jsonl.gz');
export const SAMPLE_SIZE = 14_000;
export const SAMPLE_MEMBERS_FILE = path.join(repoRoot, 'data/members.json.gz');
const CORPUS = path.resolve(repoRoot, '../shared/corpus/commons-written-questions-2023-2026.jsonl');
export const CORPUS_MEMBERS = path.resolve(repoRoot, '../shared/corpus/members/members_lookup_derived.json');

type Directory = { members: { id: number }[] } & Record<string, unknown>;

/** The directory's entries for the members the lines name, in the directory's order; its other fields as they are. */
export function membersOf(lines: string[], directory: Directory): Directory {
  const ids = new Set<number>();
  for (const line of lines) {
    const v = JSON.parse(line) as { askingMemberId?: number | null; answeringMemberId?: number | null };
    if (v.askingMemberId) ids.add(v.askingMemberId);
    if (v.answeringMemberId) ids.add(v.answeringMemberId);
  }
  return { ...directory, members: directory.members.filter((m) => ids.has(m.id)) };
}

/** Written whole or not at all, gzip with no name or time: the same input makes the same bytes. */
async function writeGzip(file: string, text: string): Promise<number> {
  const gz = gzipSync(text, { level: 9 });
  await writeFile(`${file}.tmp`, gz);
  await rename(`${file}.tmp`, file);
  return gz.length;
}

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
  const bytes = await writeGzip(out, picked.map((l) => `${l}\n`).join(''));
  const days = (l: string | undefined) => (l ? (JSON.parse(l) as { dateAnswered: string }).dateAnswered.slice(0, 10) : '');
  console.log(`${path.relative(process.cwd(), out)}: ${picked.length} answered questions, answered ${days(picked.at(-1))} … ${days(picked[0])}, ${(bytes / 1024 / 1024).toFixed(2)} MiB`);
  const members = membersOf(picked, JSON.parse(await readFile(path.resolve(arg('members') ?? CORPUS_MEMBERS), 'utf8')) as Directory);
  const membersOut = path.join(path.dirname(out), 'members.json.gz');
  const memberBytes = await writeGzip(membersOut, `${JSON.stringify(members, null, 1)}\n`);
  console.log(`${path.relative(process.cwd(), membersOut)}: ${members.members.length} members, ${(memberBytes / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(`make-sample: ${(e as Error).message}`);
    process.exit(1);
  });
}
