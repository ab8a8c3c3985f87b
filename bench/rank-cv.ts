// Ranking on both dev sets at once, each split into two halves of its topics (and of its
// known items), to check that a change helps on each half and not only on the whole:
// `npx tsx bench/rank-cv.ts [--out FILE.json]` (QA_RANK_OFF switches signals off as for eval).
// A topic's two queries (the words, and the words put as a question) fall in the same half.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openArchive, REPO_ROOT } from '../src/search/open.ts';
import { ndcg, rankedUrls, reciprocalRank, recall } from '../app/commands/eval.ts';

interface Judged {
  kind: 'topic' | 'known-item';
  query: string;
  qrels: Record<string, number>;
}

const SETS = ['dev-queries.json', 'dev-queries-more.json'];
const out = process.argv.indexOf('--out') > 0 ? process.argv[process.argv.indexOf('--out') + 1] : undefined;
const shared = path.resolve(REPO_ROOT, '../shared');
const { engine } = await openArchive({
  data: [path.join(shared, 'corpus/commons-written-questions-2023-2026.jsonl')],
  members: path.join(shared, 'corpus/members/members_lookup_derived.json'),
  log: () => {},
});
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const per: Record<string, { kind: string; v: number; r?: number }> = {};
const t0 = performance.now();
for (const name of SETS) {
  const set = JSON.parse(await readFile(path.join(shared, 'eval', name), 'utf8')) as { queries: Judged[] };
  // Halves: topics alternate by topic (a pair of queries each), known items by position.
  const halves = [0, 1].map(() => ({ topic: [] as number[], mrr: [] as number[], rec: [] as number[] }));
  let topicNo = -1;
  let lastTopicJudged = '';
  let known = 0;
  for (const q of set.queries) {
    const urls = await rankedUrls(engine, q.query, 10);
    if (q.kind === 'topic') {
      const key = JSON.stringify(Object.keys(q.qrels).sort().slice(0, 3));
      if (key !== lastTopicJudged) topicNo++;
      lastTopicJudged = key;
      const v = ndcg(urls, q.qrels, 10);
      halves[topicNo % 2]!.topic.push(v);
      per[`${name} ${q.query}`] = { kind: 'topic', v };
    } else {
      const v = reciprocalRank(urls, q.qrels, 10);
      const r = recall(urls, q.qrels, 10);
      const h = halves[known++ % 2]!;
      h.mrr.push(v);
      h.rec.push(r);
      per[`${name} ${q.query}`] = { kind: 'known', v, r };
    }
  }
  const all = { topic: halves.flatMap((h) => h.topic), mrr: halves.flatMap((h) => h.mrr), rec: halves.flatMap((h) => h.rec) };
  const fmt = (h: { topic: number[]; mrr: number[]; rec: number[] }) => `${mean(h.topic).toFixed(3)} / ${mean(h.mrr).toFixed(3)} / ${mean(h.rec).toFixed(3)}`;
  process.stdout.write(`${name.padEnd(24)} all ${fmt(all)}   half A ${fmt(halves[0]!)}   half B ${fmt(halves[1]!)}\n`);
}
process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s of queries\n`);
if (out) await writeFile(out, JSON.stringify(per, null, 1));
