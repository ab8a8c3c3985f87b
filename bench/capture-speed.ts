// `npx tsx bench/capture-speed.ts`: the page-capture importer on the hostile inputs of the issue
// (an 80 KB line, a 1 MB page of scripts, …), each timed as the median of a few runs. The
// importer should take time proportional to the size: these are milliseconds, where the
// backtracking regexes took seconds (12.7 s, 30 s).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePageCapture } from '../src/ingest/pageCapture.ts';
import { repoRoot } from '../src/ingest/paths.ts';

const read = (rel: string) => readFileSync(path.join(repoRoot, rel), 'utf8');
const pp = read('data/000_a1ccff3114d7d6bb.txt');
const twfy = read('data/001_fb9b230e884b5a0a.txt');
const lords = read('tests/fixtures/ingest/capture-lords.html');

const inputs: [string, string][] = [
  ['80 KB line of spaces and tabs', pp.replace('Reticulating Splines', `Total${' '.repeat(40_000)}${'\t '.repeat(20_000)}- 12`)],
  ['80 KB "Asked by" line, unclosed bracket', pp.replace('Question to the Home Office:', `Question to the Home Office:\n\nAsked by: Jane Doe (${'Labour - '.repeat(9_000)}`)],
  ['1 MB photo line, no repeated name', twfy.replace('Photo of Marie Rimmer', `Photo of ${Array.from({ length: 120_000 }, (_, i) => `w${i}`).join(' ')}`)],
  ['1 MB of "<p " (not markup)', pp.replace('Reticulating Splines', '<p '.repeat(340_000))],
  ['1 MB HTML page of scripts', lords.replace('<body>', `<body>${'<script>var s = "<p>To ask</p>";</script><SCRIPT src="x.js"></SCRIPT>\n'.repeat(15_000)}`)],
  ['seed capture (2.6 KB), for scale', pp],
];

for (const [name, text] of inputs) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const p = parsePageCapture(text, 'bench.txt');
    times.push(performance.now() - t);
    if (!p.ok) throw new Error(`${name}: ${p.reason}`);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(40)} ${(text.length / 1024).toFixed(0).padStart(6)} KB  median ${times[2].toFixed(1).padStart(7)} ms`);
}
