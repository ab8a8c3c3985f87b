// Why answerable questions get no right quote: `npx tsx bench/answers-causes.ts [--list] FILE …`.
// Counts only (the way to read a held-out set); --list also prints each question and the sentence
// holding its fact (for worked sets). Each answerable question without a right quote falls in the
// first of these that holds:
//   kind: asked              the question asks who asked, which the list answers
//   (no kind) …              a question asking no kind of fact, read as asking a measure named for it (`NAMED_FOR`)
//   not read                 none of its judged records is among the best ANSWER_DEPTH the answer reads
//   no fact sentence         a judged record is read, but no sentence of it matches the fact
//                            (the fact spans two sentences, or lies past a cut at source)
//   refused: CHECK           a sentence holding the fact was refused by CHECK (`Refusal` in src/bot/answer.ts)
//   outranked                a sentence holding the fact passed every check, and another was quoted
//   not checked              a sentence holds the fact, and none was checked (the question's subject
//                            was read by a guessed spelling, say)
import { readFile } from 'node:fs/promises';
import { openArchive } from '../src/search/open.ts';
import { ANSWER_DEPTH, directAnswer, isQuestion, type Refusal } from '../src/bot/answer.ts';
import { wants } from '../src/bot/want.ts';
import { sentences } from '../src/search/sentences.ts';
import { CORPUS, MEMBERS } from './lib.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  process.stderr.write('usage: npx tsx bench/answers-causes.ts [--list] FILE …\n');
  process.exit(2);
}
const { engine } = await openArchive({ data: [CORPUS], members: MEMBERS, log: () => {} });
const counts = new Map<string, number>();
const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
for (const file of files) {
  const set = JSON.parse(await readFile(file, 'utf8')) as { questions: { q: string; urls?: string[]; fact?: string; unanswerable?: boolean }[] };
  for (const j of set.questions) {
    if (j.unanswerable || !j.urls || !j.fact) continue;
    const listed = (url: string) => j.urls!.some((u) => url.endsWith(u));
    const fact = new RegExp(j.fact);
    const res = await engine.search({ query: j.q, limit: ANSWER_DEPTH });
    // Each sentence a check refused in the judged records, with the check.
    const refusals: { why: Refusal; sentence: string }[] = [];
    const a = isQuestion(j.q)
      ? directAnswer(j.q, res.hits, { ...res, refused: (why, sentence, record) => listed(record.url) && fact.test(sentence) && refusals.push({ why, sentence }) })
      : undefined;
    const quote = a?.quotes.map((x) => x.text).join(' ');
    let cause: string;
    let sentence = '';
    if (a && listed(a.quotes[0].record.url) && fact.test(quote!)) cause = 'right';
    else if (!isQuestion(j.q)) cause = 'not a question';
    else if (wants(j.q) === 'asked') cause = 'kind: asked';
    else {
      const read = res.hits.slice(0, ANSWER_DEPTH).map((h) => h.referredTo ?? h.record).filter((r) => listed(r.url));
      const inOne = read.some((r) => !!r.answerText && !r.answerIsHolding && sentences(r.answerText).some((x) => fact.test(x)));
      if (!read.length) cause = 'not read';
      else if (refusals.length) {
        cause = `refused: ${refusals[0].why}`;
        sentence = refusals[0].sentence;
      } else if (!inOne) cause = 'no fact sentence';
      else cause = a ? 'outranked' : 'not checked';
    }
    // A question of no particular kind is read as asking a measure named for it: its causes are told apart.
    if (wants(j.q) === 'any' && cause !== 'right') cause = `(no kind) ${cause}`;
    const verdict = cause === 'right' ? 'right' : a ? 'wrong' : 'abstained';
    count(verdict);
    if (cause !== 'right') count(`${verdict}, ${cause}`);
    if (list && cause !== 'right') process.stdout.write(`${verdict}, ${cause}: ${j.q}\n${sentence ? `    ${sentence.slice(0, 200)}\n` : ''}`);
  }
}
const answerable = (counts.get('right') ?? 0) + (counts.get('wrong') ?? 0) + (counts.get('abstained') ?? 0);
process.stdout.write(`${answerable} answerable questions in ${files.length} set${files.length > 1 ? 's' : ''}\n`);
for (const [k, n] of [...counts].sort((x, y) => (x[0].split(',')[0] === y[0].split(',')[0] ? y[1] - x[1] : x[0] < y[0] ? -1 : 1))) {
  process.stdout.write(`${k.includes(',') ? '  ' : ''}${k.padEnd(40)} ${String(n).padStart(4)}\n`);
}
