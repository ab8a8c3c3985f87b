// Direct-answer precision on a judged set: `npx tsx bench/answers-eval.ts [FILE]` (default bench/answers-dev.json).
// precision: quotes that come from a judged record and hold the asked-for fact, of all quotes given;
// coverage: answerable questions answered correctly; false answers: unanswerable questions quoted.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openArchive, REPO_ROOT } from '../src/search/open.ts';
import { ANSWER_DEPTH, directAnswer, isQuestion } from '../src/bot/answer.ts';

const file = process.argv[2] ?? path.join(REPO_ROOT, 'bench/answers-dev.json');
const set = JSON.parse(await readFile(file, 'utf8')) as { questions: { q: string; urls?: string[]; fact?: string; unanswerable?: boolean }[] };
const { engine } = await openArchive({
  data: [path.resolve(REPO_ROOT, '../shared/corpus/commons-written-questions-2023-2026.jsonl')],
  members: path.resolve(REPO_ROOT, '../shared/corpus/members/members_lookup_derived.json'),
  log: () => {},
});
let given = 0, right = 0, unlisted = 0, answerable = 0, falseAnswers = 0, unanswerable = 0;
for (const j of set.questions) {
  const res = await engine.search({ query: j.q, limit: ANSWER_DEPTH });
  const a = isQuestion(j.q) ? directAnswer(j.q, res.hits, res) : undefined;
  const quote = a?.quotes.map((x) => x.text).join(' ');
  if (j.unanswerable) {
    unanswerable++;
    if (a) falseAnswers++;
  } else {
    answerable++;
    if (a) {
      given++;
      const holdsFact = new RegExp(j.fact!).test(quote!);
      const ok = j.urls!.some((u) => a.quotes[0].record.url.endsWith(u)) && holdsFact;
      if (ok) right++;
      // The asked fact from a record the set does not list (a clipped one, say): wrong as judged, but worth knowing.
      else if (holdsFact) unlisted++;
      if (!ok) process.stdout.write(`WRONG${holdsFact ? ' (the fact, from a record the set does not list)' : ''}  ${j.q}\n       ${a.quotes[0].record.url} ${quote!.slice(0, 160)}\n`);
    } else process.stdout.write(`ABSTAIN ${j.q}\n`);
  }
  if (j.unanswerable && a) process.stdout.write(`FALSE  ${j.q}\n       ${quote!.slice(0, 160)}\n`);
}
const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
process.stdout.write(
  `precision ${pct(right, given)} (${right}/${given})  coverage ${pct(right, answerable)} (${right}/${answerable})  false answers ${pct(falseAnswers, unanswerable)} (${falseAnswers}/${unanswerable})` +
    (unlisted ? `  (${unlisted} more quote${unlisted > 1 ? 's' : ''} held the asked fact, from records the set does not list)` : '') +
    '\n',
);
