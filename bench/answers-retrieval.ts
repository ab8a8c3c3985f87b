// Where the search ranks a judged record for each answerable question of the answer sets: the
// direct answer reads the best ten (ANSWER_DEPTH), so a question whose judged records are all
// lower cannot be answered right. `npx tsx bench/answers-retrieval.ts [SET …]` (default: the
// worked sets; names as in bench/answers-NAME.json); `--list` prints the questions ranked below ten.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openArchive, REPO_ROOT } from '../src/search/open.ts';
import { CORPUS, MEMBERS } from './lib.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const named = args.filter((a) => !a.startsWith('--'));
const sets = named.length ? named : ['dev', 'more', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const { engine } = await openArchive({ data: [CORPUS], members: MEMBERS, log: () => {} });
let n = 0, mrr = 0, r3 = 0, r10 = 0, r50 = 0;
for (const name of sets) {
  const set = JSON.parse(await readFile(path.join(REPO_ROOT, `bench/answers-${name}.json`), 'utf8')) as { questions: { q: string; urls?: string[] }[] };
  for (const j of set.questions) {
    if (!j.urls) continue;
    const res = await engine.search({ query: j.q, limit: 50 });
    const k = res.hits.findIndex((h) => j.urls!.some((u) => h.record.url.endsWith(u)));
    n++;
    if (k >= 0 && k < 10) mrr += 1 / (k + 1);
    if (k >= 0 && k < 3) r3++;
    if (k >= 0 && k < 10) r10++;
    if (k >= 0) r50++;
    if (list && (k < 0 || k >= 10)) process.stdout.write(`${k < 0 ? '>50' : k + 1}\t[${name}] ${j.q}\n`);
  }
}
const f = (x: number) => (x / n).toFixed(3);
process.stdout.write(`${sets.join(',')}: ${n} questions  MRR@10 ${f(mrr)}  recall@3 ${f(r3)}  @10 ${f(r10)}  @50 ${f(r50)}\n`);
