// SQLite FTS5 (bm25 over an OR of the query's words, the engine's field weights 3 / 2 / 1) on relevance sets, to say how hard a set is: `npx tsx bench/fts-eval.ts FILE …` prints topic nDCG@10 / known-item MRR@10 / recall@10 for each.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CORPUS, FTS_QUERY, FTS_SCHEMA, ftsMatch } from './lib.ts';
import { ndcg, reciprocalRank, recall } from '../app/commands/eval.ts';
// The corpus in memory, as `npm run bench` builds FTS5 beside the engine.
const db = new Database(':memory:');
db.exec(FTS_SCHEMA);
const ins = db.prepare('INSERT INTO docs (id, heading, questionText, answerText) VALUES (?, ?, ?, ?)');
db.transaction(() => {
  for (const l of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!l) continue;
    const r = JSON.parse(l);
    ins.run(r.url, r.heading ?? '', r.questionText ?? '', r.answerText ?? '');
  }
})();
const q = db.prepare(FTS_QUERY);
for (const f of process.argv.slice(2)) {
  const set = JSON.parse(await readFile(f, 'utf8'));
  const topics: number[] = [];
  const mrr: number[] = [];
  const rec: number[] = [];
  for (const x of set.queries as { kind: string; query: string; qrels: Record<string, number> }[]) {
    const m = ftsMatch(x.query);
    const urls = m ? (q.all(m) as { id: string }[]).map((r) => r.id) : [];
    if (x.kind === 'topic') {
      topics.push(ndcg(urls, x.qrels, 10));
    } else {
      mrr.push(reciprocalRank(urls, x.qrels, 10));
      rec.push(recall(urls, x.qrels, 10));
    }
  }
  const avg = (a: number[]) => (a.reduce((s, v) => s + v, 0) / a.length).toFixed(3);
  console.log(`${f.split('/').pop()}  FTS5 ${avg(topics)} / ${avg(mrr)} / ${avg(rec)}`);
}
