// One measurement of `npm run bench`, in its own process so that one engine running out of heap
// does not take the report with it. Run by app/commands/bench.ts as
//   node --import tsx [--expose-gc] bench/child.ts ROLE 'JSON options'
// and answers with `BENCH {json}` lines on stdout (see lib.ts `report`).
//
// Roles:
//   engine       build this project's index (MiniSearch + Engine) over the bench corpus, time the
//                queries, then persist it with saveIndex into opts.indexDir
//   engine-open  the real corpus through openArchive({persist:false}), timed end to end
//   engine-cold  a fresh process: openArchive() loads opts.indexDir and answers one query
//   fts          build SQLite FTS5 over the same records into opts.dbFile, time the same queries
//   fts-cold     a fresh process: open opts.dbFile and answer one query
// The cold roles are timed from process start (performance.now() counts from it), loader included.
const startedAt = performance.now();

import { promises as fs } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import Database from 'better-sqlite3';
import { buildMiniSearch, Engine } from '../src/search/engine.ts';
import { openArchive } from '../src/search/open.ts';
import { LiveIndex, storeText } from '../src/search/live.ts';
import { ArchiveStore } from '../src/store/archive.ts';
import { QueryError } from '../src/search/types.ts';
import {
  CORPUS,
  FTS_QUERY,
  FTS_SCHEMA,
  MEMBERS,
  WARMUP,
  benchCorpus,
  benchQueries,
  collect,
  ftsMatch,
  latency,
  memory,
  report,
  type BenchQuery,
} from './lib.ts';

export interface ChildOptions {
  /** Records to index; 0 = the real corpus as it is. */
  target: number;
  seed: number;
  sampled: number;
  /** engine: where to persist (and engine-cold: where to load from). */
  indexDir?: string;
  /** The source path whose hash the persisted manifest carries (the real corpus, or an empty folder for derived corpora). */
  data?: string;
  dbFile?: string;
  /** Cold roles: the query to answer. */
  query?: string;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const heapLimitMB = Math.round(v8.getHeapStatistics().heap_size_limit / 1024 / 1024);

interface Timed {
  ms: number[];
  kinds: BenchQuery['kind'][];
  found: { known: number; knownN: number; typo: number; typoN: number };
  errors: number;
  slowest: { query: string; ms: number; total?: number }[];
}

async function timeQueries(
  queries: BenchQuery[],
  baseOf: Map<string, string>,
  run: (q: string) => Promise<{ ids: string[]; total?: number } | undefined>,
): Promise<Timed> {
  for (const w of WARMUP) await run(w);
  const out: Timed = { ms: [], kinds: [], found: { known: 0, knownN: 0, typo: 0, typoN: 0 }, errors: 0, slowest: [] };
  const all: { query: string; ms: number; total?: number }[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    let res: { ids: string[]; total?: number } | undefined;
    try {
      res = await run(q.query);
    } catch (err) {
      if (!(err instanceof QueryError) && !/fts5|syntax/i.test(String(err))) throw err;
      out.errors++;
    }
    const ms = performance.now() - t0;
    out.ms.push(ms);
    out.kinds.push(q.kind);
    all.push({ query: q.query, ms: round(ms, 2), total: res?.total });
    if (q.target) {
      const hit = !!res?.ids.some((id) => baseOf.get(id) === q.target);
      if (q.kind === 'typo') {
        out.found.typoN++;
        if (hit) out.found.typo++;
      } else {
        out.found.knownN++;
        if (hit) out.found.known++;
      }
    }
  }
  out.slowest = all.sort((a, b) => b.ms - a.ms).slice(0, 5);
  return out;
}

function summarise(t: Timed) {
  const by = (k: BenchQuery['kind'][]) => latency(t.ms.filter((_, i) => k.includes(t.kinds[i])));
  return {
    latency: latency(t.ms),
    latencyDev: by(['dev']),
    latencySampled: by(['known', 'typo']),
    found: t.found,
    errors: t.errors,
    slowest: t.slowest,
  };
}

/** Bytes of the snapshot folders under dir (the archive database beside them is counted apart: storeBytes). */
async function dirSize(dir: string): Promise<number> {
  let n = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) n += await dirSize(p);
    else if (dir !== e.parentPath || !e.name.startsWith('archive.sqlite')) n += (await fs.stat(p)).size;
  }
  return n;
}

async function engineRole(o: ChildOptions): Promise<void> {
  report({ heapLimitMB });
  const c = await benchCorpus(o.target, o.seed);
  const queries = await benchQueries(c.base, o.sampled, o.seed);
  collect();
  report({ records: c.records.length, baseRecords: c.base.length, importMs: round(c.importMs), replicateMs: round(c.replicateMs), memRecords: memory() });

  let t0 = performance.now();
  const index = buildMiniSearch(c.records);
  const indexMs = performance.now() - t0;
  t0 = performance.now();
  const engine = new Engine(index, c.records);
  const engineMs = performance.now() - t0;
  collect();
  report({ buildMs: round(indexMs + engineMs), indexMs: round(indexMs), engineMs: round(engineMs), terms: index.termCount, memBuilt: memory() });

  // As the bot serves them: the records in an archive store, the index holding no text and
  // reading it from the store for the records a query reads closely.
  const store = ArchiveStore.open(path.join(o.indexDir!, 'archive.sqlite'));
  t0 = performance.now();
  for (let i = 0; i < c.records.length; i += 5000) store.upsert(c.records.slice(i, i + 5000).map((record) => ({ record })));
  report({ storeWriteMs: round(performance.now() - t0), storeBytes: (await fs.stat(store.file)).size });
  const served = new Engine(index, [...engine.all()], engine.groups, { text: storeText(store), abbreviations: engine.abbreviationsNow() });

  const timed = await timeQueries(queries, c.baseOf, async (q) => {
    const res = await served.search({ query: q, limit: 10 });
    return { ids: res.hits.flatMap((h) => [h.record.id, ...(h.alsoAskedOf ?? []).map((a) => a.id)]), total: res.total };
  });
  collect();
  report({ queries: queries.length, ...summarise(timed), memQueried: memory() });

  // As an archive is kept: the index as a snapshot of the store.
  t0 = performance.now();
  try {
    await saveIndexOf(store, o.indexDir!, engine);
    report({ saveMs: round(performance.now() - t0), persistedBytes: await dirSize(o.indexDir!), memSaved: memory() });
  } catch (err) {
    report({ saveError: String((err as Error).message ?? err), saveMs: round(performance.now() - t0) });
  }
  store.close();
}

/** Save the engine built above as the store's snapshot (the same records, so the same seq). */
async function saveIndexOf(store: ArchiveStore, indexDir: string, engine: Engine): Promise<void> {
  const { saveIndex, INDEX_VERSION } = await import('../src/search/persist.ts');
  await saveIndex(indexDir, { version: INDEX_VERSION, archiveId: store.archiveId, seq: store.seq, builtAt: new Date().toISOString(), records: engine.size }, (short) => engine.recordAt(short), engine.index, engine.groups, engine.abbreviationsNow());
}

/** The real corpus through openArchive({persist:false}), as the bot builds it when it has no index. */
async function engineOpenRole(): Promise<void> {
  const t0 = performance.now();
  const opened = await openArchive({ data: [CORPUS], members: MEMBERS, persist: false });
  collect();
  report({ openArchiveBuildMs: round(performance.now() - t0), openArchiveRecords: opened.engine.size, memOpened: memory() });
}

async function engineColdRole(o: ChildOptions): Promise<void> {
  const moduleLoadedMs = startedAt;
  const t0 = performance.now();
  // As the search worker opens it: the archive store, then its index snapshot (and any changes since).
  const store = ArchiveStore.open(path.join(o.indexDir!, 'archive.sqlite'));
  const opened = await LiveIndex.open({ store, indexDir: o.indexDir! });
  const openMs = performance.now() - t0;
  if (opened.how !== 'loaded') throw new Error(`expected the persisted index to load, but it was ${opened.how}`);
  const t1 = performance.now();
  const res = await opened.live.engine.search({ query: o.query!, limit: 10 });
  const firstQueryMs = performance.now() - t1;
  report({
    coldMs: round(performance.now()),
    moduleLoadedMs: round(moduleLoadedMs),
    openMs: round(openMs),
    firstQueryMs: round(firstQueryMs),
    records: opened.live.engine.size,
    total: res.total,
    mem: memory(),
    heapLimitMB,
  });
}

async function ftsRole(o: ChildOptions): Promise<void> {
  report({ heapLimitMB });
  const c = await benchCorpus(o.target, o.seed);
  const queries = await benchQueries(c.base, o.sampled, o.seed);
  collect();
  report({ records: c.records.length, importMs: round(c.importMs), replicateMs: round(c.replicateMs), memRecords: memory() });
  await fs.rm(o.dbFile!, { force: true });
  const t0 = performance.now();
  const db = new Database(o.dbFile!);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(FTS_SCHEMA);
  const insert = db.prepare('INSERT INTO docs (id, heading, questionText, answerText) VALUES (?, ?, ?, ?)');
  const insertAll = db.transaction((rs: typeof c.records) => {
    for (const r of rs) insert.run(r.id, r.heading ?? '', r.questionText, r.answerText ?? '');
  });
  for (let i = 0; i < c.records.length; i += 10_000) insertAll(c.records.slice(i, i + 10_000));
  db.exec(`INSERT INTO docs(docs) VALUES ('optimize')`);
  const buildMs = performance.now() - t0;
  collect();
  report({ buildMs: round(buildMs), persistedBytes: (await fs.stat(o.dbFile!)).size, memBuilt: memory() });

  const stmt = db.prepare(FTS_QUERY);
  const timed = await timeQueries(queries, c.baseOf, async (q) => {
    const m = ftsMatch(q);
    if (!m) return { ids: [] };
    return { ids: (stmt.all(m) as { id: string }[]).map((r) => r.id) };
  });
  collect();
  report({ queries: queries.length, ...summarise(timed), memQueried: memory() });
  db.close();
}

async function ftsColdRole(o: ChildOptions): Promise<void> {
  const moduleLoadedMs = startedAt;
  const t0 = performance.now();
  const db = new Database(o.dbFile!, { readonly: true });
  const ids = db.prepare(FTS_QUERY).all(ftsMatch(o.query!)) as { id: string }[];
  const firstQueryMs = performance.now() - t0;
  report({ coldMs: round(performance.now()), moduleLoadedMs: round(moduleLoadedMs), openMs: 0, firstQueryMs: round(firstQueryMs), total: ids.length, mem: memory(), heapLimitMB });
  db.close();
}

const roles: Record<string, (o: ChildOptions) => Promise<void>> = {
  engine: engineRole,
  'engine-open': engineOpenRole,
  'engine-cold': engineColdRole,
  fts: ftsRole,
  'fts-cold': ftsColdRole,
};

const [role, json] = process.argv.slice(2);
const fn = roles[role ?? ''];
if (!fn) {
  process.stderr.write(`bench child: unknown role ${role}\n`);
  process.exit(2);
}
await fn(JSON.parse(json ?? '{}') as ChildOptions);
