// `npm run eval`: ranking quality on a relevance set (topic nDCG@10; known-item MRR@10, recall@10).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { existingPaths, parseArgs } from '../args.ts';
import { openArchive, REPO_ROOT } from '../../src/search/open.ts';
import type { Engine } from '../../src/search/engine.ts';

const SHARED = path.resolve(REPO_ROOT, '../shared');

export const usage = `usage: qa eval [--queries FILE] [--data PATH]… [--members FILE] [--verbose]

Ranking quality on a relevance set: topic nDCG@10, known-item MRR@10 and recall@10.
  --queries FILE  the judged queries (default ../shared/eval/dev-queries.json)
  --data PATH     the archive (default: the set's corpus in ../shared/corpus); may be repeated
  --members FILE  members directory (default ../shared/corpus/members/members_lookup_derived.json)
  --verbose       print each topic query's score and each known-item query that missed first place
`;

interface Judged {
  kind: 'topic' | 'known-item';
  query: string;
  qrels: Record<string, number>;
}

/** The ranked urls of the top k, with questions grouped under a hit counted in its place. */
export async function rankedUrls(engine: Engine, query: string, k: number): Promise<string[]> {
  const res = await engine.search({ query, limit: k });
  return res.hits.flatMap((h) => [h.record.url, ...(h.alsoAskedOf ?? []).map((a) => a.url)]).slice(0, k);
}

export function ndcg(urls: string[], qrels: Record<string, number>, k: number): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = urls.slice(0, k).reduce((s, u, i) => s + gain(qrels[u] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(qrels).sort((a, b) => b - a).slice(0, k).reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
  return ideal ? dcg / ideal : 0;
}

export function reciprocalRank(urls: string[], qrels: Record<string, number>, k: number): number {
  const i = urls.slice(0, k).findIndex((u) => (qrels[u] ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

export function recall(urls: string[], qrels: Record<string, number>, k: number): number {
  const rel = Object.keys(qrels).filter((u) => qrels[u] > 0);
  const top = new Set(urls.slice(0, k));
  return rel.length ? rel.filter((u) => top.has(u)).length / rel.length : 0;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['queries', 'data', 'members'], ['verbose']);
  existingPaths(args, 'data');
  existingPaths(args, 'members');
  const queriesFile = existingPaths(args, 'queries')?.at(-1) ?? path.join(SHARED, 'eval/dev-queries.json');
  const set = JSON.parse(await readFile(queriesFile, 'utf8')) as { corpus: string; queries: Judged[] };
  const data = args.values.get('data') ?? [path.join(SHARED, 'corpus', set.corpus)];
  const members = args.values.get('members')?.at(-1) ?? path.join(SHARED, 'corpus/members/members_lookup_derived.json');
  const { engine, how, ms } = await openArchive({ data, members, log: (l) => process.stderr.write(l + '\n') });
  process.stderr.write(`archive ${how} in ${(ms / 1000).toFixed(1)} s: ${engine.size} records\n`);

  const k = 10;
  const topic: number[] = [];
  const mrr: number[] = [];
  const rec: number[] = [];
  for (const q of set.queries) {
    const urls = await rankedUrls(engine, q.query, k);
    if (q.kind === 'topic') {
      const v = ndcg(urls, q.qrels, k);
      topic.push(v);
      if (args.flags.has('verbose')) process.stdout.write(`topic  ${v.toFixed(3)}  ${q.query}\n`);
    } else {
      const rr = reciprocalRank(urls, q.qrels, k);
      mrr.push(rr);
      rec.push(recall(urls, q.qrels, k));
      if (args.flags.has('verbose') && rr < 1) process.stdout.write(`known  ${rr.toFixed(3)}  ${q.query}\n`);
    }
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  process.stdout.write(
    `queries: ${topic.length} topic, ${mrr.length} known-item\n` +
      `topic nDCG@10      ${mean(topic).toFixed(3)}\n` +
      `known-item MRR@10  ${mean(mrr).toFixed(3)}\n` +
      `known-item recall@10 ${mean(rec).toFixed(3)}\n`,
  );
  return 0;
}
