import { readManifest, readLinesSync } from '../src/search/persist.ts';
import { openArchive } from '../src/search/open.ts';
import path from 'node:path';
const m = await readManifest(process.argv[2]);
let t = performance.now();
let n = 0; for (const l of readLinesSync(path.join(m!.folder, 'record-meta.jsonl'))) { JSON.parse(l); n++; }
console.log('meta parse', n, (performance.now() - t).toFixed(0));
t = performance.now();
const a = await openArchive({ log: (l) => console.log(((performance.now() - t) / 1000).toFixed(2), l) });
console.log('open', (performance.now() - t).toFixed(0));
t = performance.now();
await a.engine.search({ query: 'county lines' });
console.log('q1', (performance.now() - t).toFixed(0));
t = performance.now();
await a.engine.search({ query: 'nhs dentistry waiting' });
console.log('q2', (performance.now() - t).toFixed(0), process.memoryUsage().heapUsed / 1e6, process.memoryUsage().rss / 1e6);
