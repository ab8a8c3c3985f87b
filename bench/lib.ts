// Shared pieces of `npm run bench`: the seeded PRNG, the corpus (real, sub-sampled or replicated
// in memory), the query set, SQLite FTS5 helpers and percentiles. Nothing here writes the
// corpus anywhere: replicated records exist only in the child process that uses them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadArchive } from '../src/ingest/load.ts';
import { officialUrl, recordKey, type QaRecord } from '../src/record.ts';
import { REPO_ROOT } from '../src/search/open.ts';

export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus/commons-written-questions-2023-2026.jsonl');
export const MEMBERS = path.join(SHARED, 'corpus/members/members_lookup_derived.json');
export const DEV_QUERIES = path.join(SHARED, 'eval/dev-queries.json');

/** mulberry32: small, fast, and the same sequence on every run for a given seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

export interface BenchCorpus {
  /** The records to index (`target` of them). */
  records: QaRecord[];
  /** The distinct real records they were made from (known-item queries come from these). */
  base: QaRecord[];
  /** Indexed id → id of the real record it copies. */
  baseOf: Map<string, string>;
  importMs: number;
  replicateMs: number;
}

function shiftYears(d: string | undefined, years: number): string | undefined {
  if (!d) return d;
  return `${String(Number(d.slice(0, 4)) - years).padStart(4, '0')}${d.slice(4)}`;
}

/**
 * A copy of `r` as if tabled `4 * copy` years earlier: a new dateTabled (hence a new
 * house-dateTabled-uin id and url), the same text. Multiples of four keep 29 February valid.
 * The text is re-created through JSON so each copy owns its strings, as records read from
 * disk would (sharing the originals' strings would understate the heap).
 */
export function cloneRecord(r: QaRecord, copy: number): QaRecord {
  const c = JSON.parse(JSON.stringify(r)) as QaRecord;
  const years = 4 * copy;
  c.dateTabled = shiftYears(r.dateTabled, years);
  c.dateAnswered = shiftYears(r.dateAnswered, years);
  c.dateForAnswer = shiftYears(r.dateForAnswer, years);
  c.dateHoldingAnswer = shiftYears(r.dateHoldingAnswer, years);
  c.dateAnswerCorrected = shiftYears(r.dateAnswerCorrected, years);
  const key = recordKey(c);
  c.id = key ?? `${r.id}~copy${copy}`;
  if (c.dateTabled && c.uin) c.url = officialUrl(c.dateTabled, c.uin);
  if (c.apiId) c.apiId = c.apiId + copy * 10_000_000;
  return c;
}

/**
 * The real corpus, cut to `target` records (a seeded sample) or replicated up to it. The same
 * arguments give the same records in every process.
 */
export async function benchCorpus(target: number, seed: number): Promise<BenchCorpus> {
  const t0 = performance.now();
  const { records: real } = await loadArchive({ paths: [CORPUS], membersFile: MEMBERS });
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  let base = real;
  if (target === 0) target = real.length;
  if (target < real.length) {
    // A seeded sample spread over the whole period, kept in corpus order.
    const rand = prng(seed ^ 0x5eed);
    const keep = new Set(shuffle(real.map((_, i) => i), rand).slice(0, target));
    base = real.filter((_, i) => keep.has(i));
  }
  const records: QaRecord[] = base.slice();
  const baseOf = new Map<string, string>();
  for (const r of base) baseOf.set(r.id, r.id);
  for (let copy = 1; records.length < target; copy++) {
    for (const r of base) {
      if (records.length >= target) break;
      const c = cloneRecord(r, copy);
      if (baseOf.has(c.id)) throw new Error(`replicated id collides: ${c.id}`);
      baseOf.set(c.id, r.id);
      records.push(c);
    }
  }
  return { records, base, baseOf, importMs, replicateMs: performance.now() - t1 };
}

export interface BenchQuery {
  kind: 'dev' | 'known' | 'typo';
  query: string;
  /** For known-item queries: the real record the words were taken from. */
  target?: string;
}

export async function devQueries(): Promise<string[]> {
  const set = JSON.parse(await readFile(DEV_QUERIES, 'utf8')) as { queries: { query: string }[] };
  return set.queries.map((q) => q.query);
}

/** Misspell a word the way people do: swap two neighbours, drop or double a letter. */
function typo(word: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const kind = Math.floor(rand() * 3);
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

/**
 * `n` known-item queries: 4 distinct words (3+ letters, no digits) drawn from a random record's
 * question and answer text; one in twenty has one word misspelt.
 */
export function sampledQueries(base: QaRecord[], n: number, seed: number): BenchQuery[] {
  const rand = prng(seed);
  const out: BenchQuery[] = [];
  let guard = 0;
  while (out.length < n && guard++ < n * 20) {
    const r = base[Math.floor(rand() * base.length)];
    const words = `${r.questionText} ${r.answerText ?? ''}`.match(/\p{L}{3,}/gu) ?? [];
    const distinct = [...new Set(words.map((w) => w.toLowerCase()))];
    if (distinct.length < 8) continue;
    const picked = shuffle(distinct, rand).slice(0, 4);
    let kind: BenchQuery['kind'] = 'known';
    if (rand() < 0.05) {
      const j = picked.findIndex((w) => w.length >= 5);
      if (j >= 0) {
        picked[j] = typo(picked[j], rand);
        kind = 'typo';
      }
    }
    out.push({ kind, query: picked.join(' '), target: r.id });
  }
  return out;
}

export async function benchQueries(base: QaRecord[], sampled: number, seed: number): Promise<BenchQuery[]> {
  const dev = (await devQueries()).map((query): BenchQuery => ({ kind: 'dev', query }));
  return [...dev, ...sampledQueries(base, sampled, seed)];
}

/** Queries used only to warm an engine up (not timed, not in the set). */
export const WARMUP = ['school meals', 'what is the government doing about nhs waiting lists', 'flood defences funding', 'visa applications', 'prison capacity'];

// ---- SQLite FTS5 ----

export const FTS_SCHEMA = `CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, heading, questionText, answerText, tokenize = 'porter unicode61 remove_diacritics 2')`;
/** bm25 with the engine's field weights (heading 3, question 2, answer 1). */
export const FTS_QUERY = `SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 3, 2, 1) LIMIT 10`;

/** The query's words, each quoted (so nothing is read as FTS5 syntax), joined with OR; undefined when there are none. */
export function ftsMatch(query: string): string | undefined {
  const words = query.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  return [...new Set(words.map((w) => w.toLowerCase()))].map((w) => `"${w}"`).join(' OR ');
}

// ---- figures ----

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function latency(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? NaN, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}

/** One line a child prints for the parent: `BENCH {json}`. Several may come; later keys win. */
export function report(obj: Record<string, unknown>): void {
  process.stdout.write(`BENCH ${JSON.stringify(obj)}\n`);
}

export const MB = 1024 * 1024;

export function memory(): { heapUsedMB: number; heapTotalMB: number; rssMB: number; externalMB: number; maxRssMB: number } {
  const m = process.memoryUsage();
  return {
    heapUsedMB: Math.round(m.heapUsed / MB),
    heapTotalMB: Math.round(m.heapTotal / MB),
    rssMB: Math.round(m.rss / MB),
    externalMB: Math.round((m.external + m.arrayBuffers) / MB),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** A full collection when the child runs with --expose-gc, so heap figures are what is retained. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
