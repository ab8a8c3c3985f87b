// `npm run bench:queries -- --data DIR [--repeat N]`: the bench's queries (the dev queries and
// the sampled known items of `npm run bench`) timed against an archive whose index is built
// (`DATA_DIR=DIR npx qa index rebuild`), as the search worker serves them: its snapshot loaded,
// text read from its database. `npm run bench -- --scale 660000` builds 660,000 records afresh
// (about 18 minutes); this answers "did that change make queries quicker?" in two.
// For a CPU profile with line numbers, bundle it two folders below the repository (where
// REPO_ROOT expects the code) and profile the bundle:
//   npx esbuild bench/queries.ts --bundle --platform=node --format=esm --packages=external --outfile=.prof/x/q.mjs
//   node --cpu-prof --cpu-prof-dir=/tmp/prof .prof/x/q.mjs --data DIR --repeat 2
import path from 'node:path';
import { loadArchive } from '../src/ingest/load.ts';
import { ArchiveStore } from '../src/store/archive.ts';
import { LiveIndex } from '../src/search/live.ts';
import { locateArchive } from '../src/search/open.ts';
import { QueryError } from '../src/search/types.ts';
import { CORPUS, MEMBERS, WARMUP, benchQueries, latency } from './lib.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const data = arg('data');
if (!data) throw new Error('--data DIR: an archive folder whose index is built (DATA_DIR=DIR npx qa index rebuild)');
const repeat = Number(arg('repeat') ?? 1);
const { records: base } = await loadArchive({ paths: [CORPUS], membersFile: MEMBERS });
const queries = await benchQueries(base, Number(arg('sampled') ?? 1000), Number(arg('seed') ?? 20240916));

process.env.DATA_DIR = path.resolve(data);
const at = locateArchive();
const store = ArchiveStore.open(at.dbFile);
const t0 = performance.now();
const { live, how } = await LiveIndex.open({ store, indexDir: at.indexDir, persist: false });
if (how !== 'loaded') throw new Error(`the index of ${data} was ${how}, not loaded: build it first`);
process.stderr.write(`${live.engine.size.toLocaleString('en-GB')} records loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

for (const w of WARMUP) await live.engine.search({ query: w, limit: 10 });
for (let r = 0; r < repeat; r++) {
  const ms: { query: string; kind: string; ms: number }[] = [];
  for (const q of queries) {
    const t = performance.now();
    try {
      await live.engine.search({ query: q.query, limit: 10 });
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
    }
    ms.push({ query: q.query, kind: q.kind, ms: performance.now() - t });
  }
  const line = (label: string, xs: number[]) => {
    const l = latency(xs);
    return `${label} n=${l.n} p50 ${l.p50.toFixed(1)} p95 ${l.p95.toFixed(1)} max ${l.max.toFixed(0)} mean ${l.mean.toFixed(1)} ms`;
  };
  process.stdout.write(`run ${r + 1}: ${line('all', ms.map((x) => x.ms))}; ${line('dev', ms.filter((x) => x.kind === 'dev').map((x) => x.ms))}\n`);
  const slow = [...ms].sort((a, b) => b.ms - a.ms).slice(0, 8);
  process.stdout.write(`  slowest: ${slow.map((x) => `"${x.query}" ${x.ms.toFixed(0)}`).join('; ')}\n`);
}
store.close();
