// Whether a hit's passage shows the asked fact: for each answerable question of the answer sets
// whose best ten hold a judged record with the fact in its answer, does that record's passage (as
// the reply shows it, after `focusExcerpts`) hold it too? When no sentence is quoted, the passages
// are what the reader scans. `npx tsx bench/answers-passages.ts [SET …]` (names as in
// bench/answers-NAME.json; default: the first ten worked sets); `--list` prints the questions whose
// passage misses it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { focusExcerpts } from '../src/bot/answer.ts';
import { wants } from '../src/bot/want.ts';
import { excerptText } from '../src/bot/reply.ts';
import { openArchive, REPO_ROOT } from '../src/search/open.ts';
import { CORPUS, MEMBERS } from './lib.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const named = args.filter((a) => !a.startsWith('--'));
const sets = named.length ? named : ['dev', 'more', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const { engine } = await openArchive({ data: [CORPUS], members: MEMBERS, log: () => {} });
let n = 0;
let searched = 0;
let shown = 0;
for (const name of sets) {
  const set = JSON.parse(await readFile(path.join(REPO_ROOT, `bench/answers-${name}.json`), 'utf8')) as { questions: { q: string; urls?: string[]; fact?: string }[] };
  for (const j of set.questions) {
    if (!j.urls || !j.fact) continue;
    const fact = new RegExp(j.fact);
    const res = await engine.search({ query: j.q, limit: 10 });
    const focused = focusExcerpts(j.q, res.hits, res.terms);
    const judged = res.hits.flatMap((h, i) => (j.urls!.some((u) => h.record.url.endsWith(u)) && fact.test(h.record.answerText ?? '') ? [i] : []));
    if (judged.length === 0) continue;
    n++;
    if (judged.some((i) => fact.test(excerptText(res.hits[i]!.excerpt)))) searched++;
    const ok = judged.some((i) => fact.test(excerptText(focused[i]!.excerpt)));
    if (ok) shown++;
    else if (list) process.stdout.write(`[${name}] (${wants(j.q)}) ${j.q}\n    ${excerptText(focused[judged[0]!]!.excerpt).slice(0, 240)}\n`);
  }
}
const f = (x: number) => `${x} (${(x / n).toFixed(3)})`;
process.stdout.write(`${sets.join(',')}: ${n} questions with a judged record holding the fact in the best ten; its passage shows it: ${f(shown)} (the search's own passage: ${f(searched)})\n`);
