// `npm run bench:replicate -- --scale 660000 [--out DIR]`: the real corpus replicated to N
// records as a Written Questions API JSON Lines file, so the bot itself (`qa start --data DIR`,
// `npm run bench:load -- --data DIR`) can be run on an archive the size of the whole
// Written Questions archive since 2014. Each copy is the real corpus moved 4·copy years
// earlier (multiples of four keep 29 February), with new API ids: new house-date-uin keys and
// links, the same text. Written outside the repository (default: the system temp folder);
// the corpus is never copied into the repository.
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CORPUS } from './lib.ts';
import { REPO_ROOT } from '../src/search/open.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A raw API item as if tabled `4 * copy` years earlier: every date field moves, the id is new. */
export function replicateLine(item: Record<string, unknown>, copy: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...item };
  for (const [k, v] of Object.entries(item)) {
    if (k.startsWith('date') && typeof v === 'string' && /^\d{4}-/.test(v)) out[k] = `${String(Number(v.slice(0, 4)) - 4 * copy).padStart(4, '0')}${v.slice(4)}`;
  }
  if (typeof item.id === 'number') out.id = item.id + copy * 10_000_000;
  return out;
}

async function main(): Promise<void> {
  const target = Number(arg('scale') ?? 660_000);
  if (!Number.isInteger(target) || target <= 0) throw new Error('--scale must be a record count');
  const dir = path.resolve(arg('out') ?? path.join(os.tmpdir(), `archive-qa-${target}`));
  if (!path.relative(REPO_ROOT, dir).startsWith('..')) throw new Error(`${dir} is inside the repository: write the replicated corpus elsewhere`);
  mkdirSync(dir, { recursive: true });
  const lines: Record<string, unknown>[] = [];
  for await (const line of createInterface({ input: createReadStream(CORPUS, 'utf8'), crlfDelay: Infinity })) if (line.trim()) lines.push(JSON.parse(line));
  const file = path.join(dir, `commons-written-questions-x${target}.jsonl`);
  const out = createWriteStream(file);
  let n = 0;
  for (let copy = 0; n < target; copy++) {
    for (const item of lines) {
      if (n >= target) break;
      if (!out.write(JSON.stringify(copy ? replicateLine(item, copy) : item) + '\n')) await once(out, 'drain');
      n++;
    }
  }
  out.end();
  await once(out, 'finish');
  process.stdout.write(`${n.toLocaleString('en-GB')} records from ${lines.length.toLocaleString('en-GB')} real ones → ${file}\n`);
}

await main();
