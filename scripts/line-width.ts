// Lines within the width configured in biome.json (formatter.lineWidth), for the files Biome
// checks. Biome's formatter stays off: turned on, it would rewrite most of the tree at once. This
// holds the one formatting rule the house states; `npm run lint` (and so CI) runs it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const biome = JSON.parse(readFileSync('biome.json', 'utf8')) as { formatter: { lineWidth: number }; files: { includes: string[] } };
const width = biome.formatter.lineWidth;
const roots = biome.files.includes.map((glob) => glob.replace(/\/\*\*$/, ''));
// Tracked files and new ones not yet added, as Biome sees them (it honours .gitignore too).
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...roots], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => /\.(ts|js|mjs)$/.test(f));

let over = 0;
for (const file of new Set(files)) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the work tree, not yet in the index
  }
  text.split('\n').forEach((line, i) => {
    const n = [...line].length; // characters, not UTF-16 units ("…", "—" count once)
    if (n <= width) return;
    over++;
    console.error(`${file}:${i + 1}: ${n} characters (the width is ${width}, biome.json formatter.lineWidth)`);
  });
}
if (over > 0) {
  console.error(`${over} line${over === 1 ? '' : 's'} over ${width} characters: break each where the code reads best.`);
  process.exit(1);
}
