// Precision as a reader judges it, beside the sets' own: the sets judge a quote right only when it
// comes from a record they list and matches their pattern for the fact, so a right answer from
// another record, or the same fact worded otherwise, counts wrong. A reader who has not seen the
// sets' verdicts judges each quote of `answers-eval.ts --dump FILE` (does it answer the question
// asked, with the kind of fact asked, about the same thing?), one JSON line each in JUDGED:
// {"id": …, "quote": …, "answers": "yes" | "no", "why": …}. A judgement stands only for the quote
// it read: a quote that has changed since is counted as not read. The judgements so far are in
// bench/read/ (worked.jsonl for the worked sets, held.jsonl for the held-out ones: read those only
// with --summary); quotes not yet judged are counted as "not read" and go to a reader next.
//   npx tsx bench/answers-eval.ts --summary --dump /tmp/q.jsonl SETS…
//   npx tsx bench/answers-read.ts [--summary] /tmp/q.jsonl bench/read/worked.jsonl
import { readFile } from 'node:fs/promises';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const [dumpFile, judgedFile] = args.filter((a) => !a.startsWith('--'));
if (!dumpFile || !judgedFile) throw new Error('usage: answers-read.ts [--summary] DUMP JUDGED');
const lines = async (f: string) =>
  (await readFile(f, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const quotes = (await lines(dumpFile)) as { id: string; question: string; quote: string }[];
const verdicts = new Map(((await lines(`${dumpFile}.verdicts`)) as { id: string; verdict: string }[]).map((v) => [v.id, v.verdict]));
const judged = new Map(((await lines(judgedFile)) as { id: string; quote: string; answers: string }[]).map((j) => [`${j.id}\n${j.quote}`, j.answers]));

interface Tally {
  quotes: number;
  setRight: number;
  read: number;
  readYes: number;
  /** Quotes the set marks wrong (or unlisted) that the reader says answer. */
  yesWhereSetWrong: number;
  /** Quotes the set marks right that the reader says do not answer. */
  noWhereSetRight: number;
  falseQuotes: number;
  falseYes: number;
}
const tally = (): Tally => ({ quotes: 0, setRight: 0, read: 0, readYes: 0, yesWhereSetWrong: 0, noWhereSetRight: 0, falseQuotes: 0, falseYes: 0 });
const bySet = new Map<string, Tally>();
const total = tally();
for (const q of quotes) {
  const set = q.id.split('#')[0]!;
  if (!bySet.has(set)) bySet.set(set, tally());
  const verdict = verdicts.get(q.id);
  const answers = judged.get(`${q.id}\n${q.quote}`);
  for (const t of [bySet.get(set)!, total]) {
    if (verdict === 'false') {
      t.falseQuotes++;
      if (answers === 'yes') t.falseYes++;
      continue;
    }
    t.quotes++;
    if (verdict === 'right') t.setRight++;
    if (!answers) continue;
    t.read++;
    if (answers === 'yes') t.readYes++;
    if (answers === 'yes' && verdict !== 'right') t.yesWhereSetWrong++;
    if (answers === 'no' && verdict === 'right') t.noWhereSetRight++;
  }
  if (!summary && answers && (answers === 'yes') !== (verdict === 'right') && verdict !== 'false') {
    process.stdout.write(`${answers === 'yes' ? 'READ RIGHT, SET WRONG' : 'READ WRONG, SET RIGHT'}  ${q.question}\n       ${q.quote.slice(0, 200)}\n`);
  }
}
const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
const line = (name: string, t: Tally) =>
  `${name}  set ${pct(t.setRight, t.quotes)} (${t.setRight}/${t.quotes})  read ${pct(t.readYes, t.read)} (${t.readYes}/${t.read}` +
  `${t.read < t.quotes ? `, ${t.quotes - t.read} not read` : ''})  read right where the set says wrong ${t.yesWhereSetWrong}, ` +
  `read wrong where the set says right ${t.noWhereSetRight}  quotes for unanswerable questions ${t.falseQuotes} (read as answering ${t.falseYes})\n`;
for (const [name, t] of bySet) process.stdout.write(line(name, t));
if (bySet.size > 1) process.stdout.write(line('total', total));
