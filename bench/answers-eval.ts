// Direct-answer precision on judged sets: `npx tsx bench/answers-eval.ts [--summary] [FILE …]`
// (default bench/answers-dev.json). Several files give a line each and their total; --summary
// prints only those lines, not each question's outcome: the way to read a held-out set.
// precision: quotes that come from a judged record and hold the asked-for fact, of all quotes given;
// coverage: answerable questions answered correctly; false answers: unanswerable questions quoted.
// The last line gives 95% intervals for the totals: how much a figure could move by which questions were asked.
// --dump FILE writes every quote given, one JSON line each, for a reader to judge without the set's
// verdicts (FILE), and the set's verdicts apart (FILE.verdicts): see bench/answers-read.ts.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openArchive, REPO_ROOT } from '../src/search/open.ts';
import { ANSWER_DEPTH, directAnswer, isQuestion } from '../src/bot/answer.ts';
import { CORPUS, MEMBERS } from './lib.ts';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const dumpAt = args.indexOf('--dump');
const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const named = args.filter((a, i) => !a.startsWith('--') && !(dumpAt >= 0 && i === dumpAt + 1));
const quotes: string[] = [];
const verdicts: string[] = [];
const files = named.length ? named : [path.join(REPO_ROOT, 'bench/answers-dev.json')];
const { engine } = await openArchive({
  data: [CORPUS],
  members: MEMBERS,
  log: () => {},
});
const say = (line: string) => {
  if (!summary) process.stdout.write(line);
};
const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
interface Tally {
  given: number;
  right: number;
  unlisted: number;
  answerable: number;
  falseAnswers: number;
  unanswerable: number;
}
const line = (name: string, t: Tally) =>
  `${name}  precision ${pct(t.right, t.given)} (${t.right}/${t.given})  coverage ${pct(t.right, t.answerable)} (${t.right}/${t.answerable})  ` +
  `false answers ${pct(t.falseAnswers, t.unanswerable)} (${t.falseAnswers}/${t.unanswerable})` +
  (t.unlisted ? `  (${t.unlisted} more quote${t.unlisted > 1 ? 's' : ''} held the asked fact, from records the set does not list)` : '') +
  '\n';
const tally = (): Tally => ({ given: 0, right: 0, unlisted: 0, answerable: 0, falseAnswers: 0, unanswerable: 0 });
const total = tally();
for (const file of files) {
  const set = JSON.parse(await readFile(file, 'utf8')) as { questions: { q: string; urls?: string[]; fact?: string; unanswerable?: boolean }[] };
  const t = tally();
  for (const j of set.questions) {
    const res = await engine.search({ query: j.q, limit: ANSWER_DEPTH });
    const a = isQuestion(j.q) ? directAnswer(j.q, res.hits, res) : undefined;
    const quote = a?.quotes.map((x) => x.text).join(' ');
    // What a reader sees: the question, the quote, and where and when it was said.
    const given = (verdict: string) => {
      const r = a!.quotes[0]!.record;
      const id = `${path.basename(file, '.json')}#${set.questions.indexOf(j)}`;
      quotes.push(JSON.stringify({ id, question: j.q, quote, answered: r.dateAnswered, heading: r.heading, recordQuestion: r.questionText, url: r.url }));
      verdicts.push(JSON.stringify({ id, verdict }));
    };
    if (j.unanswerable) {
      t.unanswerable++;
      if (a) {
        t.falseAnswers++;
        given('false');
        say(`FALSE  ${j.q}\n       ${quote!.slice(0, 160)}\n`);
      }
      continue;
    }
    t.answerable++;
    if (!a) {
      say(`ABSTAIN ${j.q}\n`);
      continue;
    }
    t.given++;
    const holdsFact = new RegExp(j.fact!).test(quote!);
    const ok = j.urls!.some((u) => a.quotes[0].record.url.endsWith(u)) && holdsFact;
    given(ok ? 'right' : holdsFact ? 'unlisted' : 'wrong');
    if (ok) t.right++;
    // The asked fact from a record the set does not list (a clipped one, say): wrong as judged, but worth knowing.
    else if (holdsFact) t.unlisted++;
    if (!ok) say(`WRONG${holdsFact ? ' (the fact, from a record the set does not list)' : ''}  ${j.q}\n       ${a.quotes[0].record.url} ${quote!.slice(0, 160)}\n`);
  }
  process.stdout.write(line(path.basename(file, '.json'), t));
  for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
}
if (files.length > 1) process.stdout.write(line('total', total));
if (dump) {
  await writeFile(dump, quotes.map((q) => `${q}\n`).join(''));
  await writeFile(`${dump}.verdicts`, verdicts.map((v) => `${v}\n`).join(''));
}
// How far the totals could stray by the luck of which questions were asked: Wilson's 95% interval
// (a set of 200 quotes cannot tell 0.88 from 0.90).
const wilson = (k: number, n: number) => {
  if (!n) return '-';
  const z = 1.96;
  const p = k / n;
  const mid = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
  return `${(mid - half).toFixed(3)}–${(mid + half).toFixed(3)}`;
};
process.stdout.write(
  `95% intervals: precision ${wilson(total.right, total.given)}  coverage ${wilson(total.right, total.answerable)}  false answers ${wilson(total.falseAnswers, total.unanswerable)}\n`,
);
