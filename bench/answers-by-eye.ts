// The direct answer to questions put as a reader would, to read by eye (no judgements):
// `npx tsx bench/answers-by-eye.ts [FILE]` (default bench/questions-by-eye.txt, one question a line).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openArchive, REPO_ROOT } from '../src/search/open.ts';
import { ANSWER_DEPTH, directAnswer, isQuestion } from '../src/bot/answer.ts';
import { CORPUS, MEMBERS } from './lib.ts';

const file = process.argv[2] ?? path.join(REPO_ROOT, 'bench/questions-by-eye.txt');
const { engine } = await openArchive({
  data: [CORPUS],
  members: MEMBERS,
  log: () => {},
});
for (const q of (await readFile(file, 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean)) {
  const res = await engine.search({ query: q, limit: ANSWER_DEPTH });
  const a = isQuestion(q) ? directAnswer(q, res.hits, res) : undefined;
  process.stdout.write(`${q}\n   ${a ? `${a.quotes.map((x) => x.text).join(' ').slice(0, 220)}  (${a.quotes[0].record.url})` : '(no single sentence answers it)'}\n`);
}
