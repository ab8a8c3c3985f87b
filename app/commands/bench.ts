// `npm run bench [-- --quick] [-- --scale N]… [--sampled N] [--seed N] [--json FILE] [--keep]`
// This project's search against SQLite FTS5, side by side on the same records and queries:
// build time, persisted size, cold start (process start → first answer), heap/RSS and query
// latency. Each engine and scale runs in its own child process (bench/child.ts) so that one
// running out of heap is reported rather than ending the run. Figures are printed, never asserted.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, intArg, UsageError } from '../args.ts';
import { REPO_ROOT } from '../../src/search/open.ts';

export const usage = `usage: qa bench [--quick] [--scale N]… [--sampled N] [--seed N] [--json FILE] [--keep] [--no-fts] [--no-engine]

This project's search side by side with SQLite FTS5 (npm run bench): build time, size, cold start,
memory and query latency, each engine and scale in its own child process.
  --quick        10,000 records and 200 sampled queries
  --scale N      the corpus replicated to N records (0: as it is); may be repeated
  --sampled N    sampled queries per run (default 1000)
  --seed N       the sample's seed
  --json FILE    also write the figures as JSON
  --keep         keep the temporary files
  --no-fts, --no-engine   leave one side out
`;

const CORPUS = path.join(REPO_ROOT, '../shared/corpus/commons-written-questions-2023-2026.jsonl');
const CHILD = path.join(REPO_ROOT, 'bench/child.ts');
/** The first query a cold process answers (a dev query). */
const COLD_QUERY = 'what has the government said about grooming gangs?';

type Obj = Record<string, any>;

interface ChildRun {
  ok: boolean;
  /** Merged `BENCH` objects (later keys win). */
  out: Obj;
  wallMs: number;
  code: number | null;
  signal: string | null;
  /** Why it failed, from its stderr (e.g. "JavaScript heap out of memory"). */
  failure?: string;
}

function runChild(role: string, opts: Obj, log: (l: string) => void, gc = true): Promise<ChildRun> {
  const args = ['--import', 'tsx', ...(gc ? ['--expose-gc'] : []), CHILD, role, JSON.stringify(opts)];
  log(`  [${role}] node ${args.slice(0, -1).join(' ')} '…'`);
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Obj = {};
    let buf = '';
    let errTail = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('BENCH ')) {
          const part = JSON.parse(line.slice(6)) as Obj;
          Object.assign(out, part);
          log(`  [${role}] ${((performance.now() - t0) / 1000).toFixed(0)} s: ${Object.keys(part).join(', ')}`);
        }
        else if (line.trim()) log(`  [${role}] ${line}`);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      errTail = (errTail + d).slice(-4000);
      for (const line of d.split('\n')) if (line.trim()) log(`  [${role}] ${line}`);
    });
    child.on('close', (code, signal) => {
      const ok = code === 0;
      let failure: string | undefined;
      if (!ok) {
        failure = /heap out of memory|Allocation failed/i.test(errTail)
          ? 'JavaScript heap out of memory'
          : /Invalid string length/i.test(errTail)
            ? 'RangeError: Invalid string length (V8 string limit)'
            : (errTail.split('\n').find((l) => /\w*Error\b/.test(l))?.trim() ?? `exit ${code ?? signal}`);
      }
      resolve({ ok, out, wallMs: performance.now() - t0, code, signal, failure });
    });
  });
}

interface ScaleResult {
  target: number;
  label: string;
  engine: ChildRun;
  engineCold?: ChildRun;
  fts: ChildRun;
  ftsCold?: ChildRun;
}

const fmt = (x: unknown, d = 1): string => (typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d }) : '—');
const s = (ms: unknown) => (typeof ms === 'number' ? ms / 1000 : undefined);
const mb = (b: unknown) => (typeof b === 'number' ? b / 1024 / 1024 : undefined);
const ratio = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? `${fmt(a / b, 2)}×` : '—');
const pct = (n: number, d: number) => (d ? `${fmt((100 * n) / d, 1)}%` : '—');

function table(r: ScaleResult): string {
  const e = r.engine.out;
  const f = r.fts.out;
  const ec = r.engineCold?.out ?? {};
  const fc = r.ftsCold?.out ?? {};
  const rows: [string, unknown, unknown, number][] = [
    ['build index, s', s(e.buildMs), s(f.buildMs), 1],
    ['persist (save), s', s(e.saveMs), undefined, 1],
    ['persisted size, MB', mb(e.persistedBytes), mb(f.persistedBytes), 0],
    ['cold start → 1st answer, s', s(ec.coldMs), s(fc.coldMs), 2],
    ['  of which load/open, s', s(ec.openMs), s(fc.openMs), 2],
    ['heap used after build (gc), MB', e.memBuilt?.heapUsedMB, f.memBuilt?.heapUsedMB, 0],
    ['heap used after cold load, MB', ec.mem?.heapUsedMB, fc.mem?.heapUsedMB, 0],
    ['peak RSS build+queries, MB', e.memQueried?.maxRssMB ?? e.memBuilt?.maxRssMB, f.memQueried?.maxRssMB ?? f.memBuilt?.maxRssMB, 0],
    ['RSS after cold load, MB', ec.mem?.rssMB, fc.mem?.rssMB, 0],
    ['latency p50, ms', e.latency?.p50, f.latency?.p50, 2],
    ['latency p95, ms', e.latency?.p95, f.latency?.p95, 1],
    ['latency max, ms', e.latency?.max, f.latency?.max, 0],
    ['  dev queries p95, ms', e.latencyDev?.p95, f.latencyDev?.p95, 1],
    ['  sampled queries p95, ms', e.latencySampled?.p95, f.latencySampled?.p95, 1],
  ];
  const w = Math.max(...rows.map((x) => x[0].length));
  const lines = [`${''.padEnd(w)}  ${'project'.padStart(10)}  ${'FTS5'.padStart(10)}  ${'ratio'.padStart(8)}`];
  for (const [name, a, b, d] of rows) lines.push(`${name.padEnd(w)}  ${fmt(a, d).padStart(10)}  ${fmt(b, d).padStart(10)}  ${ratio(a, b).padStart(8)}`);
  const found = (o: Obj) => (o.found ? `${pct(o.found.known, o.found.knownN)} (typo'd ${pct(o.found.typo, o.found.typoN)})` : '—');
  lines.push(`${'known-item found in top 10'.padEnd(w)}  project ${found(e)}   FTS5 ${found(f)}`);
  return lines.join('\n');
}

function targets(r: ScaleResult): string[] {
  const e = r.engine.out;
  const f = r.fts.out;
  const ec = r.engineCold?.out;
  const big = r.target >= 600_000;
  const coldLimit = big ? 20_000 : 3_000;
  const out: string[] = [];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'NOT MEASURED' : ok ? 'met' : 'NOT MET');
  out.push(`p95 ≤ FTS5 p95: ${verdict(e.latency && f.latency ? e.latency.p95 <= f.latency.p95 : undefined)} (${fmt(e.latency?.p95)} vs ${fmt(f.latency?.p95)} ms)`);
  out.push(`cold start ≤ ${coldLimit / 1000} s: ${verdict(ec ? ec.coldMs <= coldLimit : undefined)} (${fmt(s(ec?.coldMs), 2)} s)`);
  const heapOk = r.engine.ok && (r.engineCold ? r.engineCold.ok : undefined);
  out.push(
    `fits Node's default heap (${fmt((e.heapLimitMB ?? 0) / 1024, 1)} GB): ${verdict(heapOk)}` +
      ` (build ${r.engine.ok ? `ok, ${fmt(e.memBuilt?.heapUsedMB, 0)} MB retained` : `FAILED: ${r.engine.failure}`}` +
      `; cold load ${r.engineCold ? (r.engineCold.ok ? `ok, ${fmt(ec?.mem?.heapUsedMB, 0)} MB` : `FAILED: ${r.engineCold.failure}`) : 'not run'})`,
  );
  const stringHit = /string length/i.test(`${e.saveError ?? ''} ${r.engine.failure ?? ''} ${r.engineCold?.failure ?? ''}`);
  out.push(`persist and load clear of the string limit: ${e.saveError ? `NOT MET (${e.saveError})` : stringHit ? 'NOT MET' : r.engineCold?.ok ? 'met' : 'NOT MEASURED'}`);
  return out;
}

function details(r: ScaleResult): string[] {
  const e = r.engine.out;
  const f = r.fts.out;
  const ec = r.engineCold?.out ?? {};
  const lines: string[] = [];
  if (e.openArchiveBuildMs) lines.push(`openArchive({persist:false}) end to end (import + build): ${fmt(s(e.openArchiveBuildMs))} s for ${e.openArchiveRecords} records`);
  lines.push(`corpus: import ${fmt(s(e.importMs))} s, replicate ${fmt(s(e.replicateMs))} s (not in build); MiniSearch addAll ${fmt(s(e.indexMs))} s, Engine ${fmt(s(e.engineMs), 2)} s; ${fmt(e.terms, 0)} terms`);
  if (e.memRecords && e.memBuilt) {
    const index = e.memBuilt.heapUsedMB - e.memRecords.heapUsedMB;
    lines.push(`project heap: records alone ${e.memRecords.heapUsedMB} MB, + index ${index} MB; after save ${e.memSaved?.heapUsedMB ?? '—'} MB (peak RSS ${e.memSaved?.maxRssMB ?? '—'} MB)`);
  }
  if (f.memRecords && f.memBuilt) lines.push(`FTS5 process: heap with records ${f.memRecords.heapUsedMB} MB; SQLite memory is outside the JS heap (RSS ${f.memBuilt.rssMB} MB)`);
  if (ec.coldMs) lines.push(`project cold start: ${fmt(s(ec.moduleLoadedMs), 2)} s process + loader + modules, ${fmt(s(ec.openMs), 2)} s openArchive (hash sources + read index), ${fmt(ec.firstQueryMs, 0)} ms first query`);
  if (e.errors || f.errors) lines.push(`queries refused: project ${e.errors ?? 0}, FTS5 ${f.errors ?? 0}`);
  if (e.slowest) lines.push(`project slowest: ${e.slowest.map((q: Obj) => `"${q.query}" ${fmt(q.ms, 0)} ms (${fmt(q.total, 0)} matches)`).join('; ')}`);
  if (f.slowest) lines.push(`FTS5 slowest: ${f.slowest.map((q: Obj) => `"${q.query}" ${fmt(q.ms, 0)} ms`).join('; ')}`);
  for (const [name, run] of [['project build', r.engine], ['project cold', r.engineCold], ['FTS5 build', r.fts], ['FTS5 cold', r.ftsCold]] as const) {
    if (run && !run.ok) lines.push(`${name} FAILED after ${fmt(s(run.wallMs))} s: ${run.failure}`);
  }
  return lines;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['scale', 'sampled', 'seed', 'json'], ['quick', 'keep', 'no-fts', 'no-engine']);
  const quick = args.flags.has('quick');
  const scales = (args.values.get('scale') ?? [quick ? '10000' : '0']).map((v) => {
    const n = Number(v.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--scale must be a record count, not "${v}"`);
    return n;
  });
  const sampled = intArg(args, 'sampled', quick ? 200 : 1000);
  const seed = intArg(args, 'seed', 20240916);
  const log = (l: string) => process.stderr.write(l + '\n');
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'archive-qa-bench-'));
  const emptyData = path.join(tmp, 'no-sources');
  await mkdir(emptyData);
  log(`bench: temporary files in ${tmp}`);
  log(`bench: node ${process.version}, ${os.cpus().length} CPUs, ${fmt(os.totalmem() / 1024 ** 3, 0)} GB RAM, ${new Date().toISOString()}`);

  const results: ScaleResult[] = [];
  const failedRun: ChildRun = { ok: false, out: {}, wallMs: 0, code: null, signal: null, failure: 'not run' };
  for (const target of scales) {
    const label = target === 0 ? 'real corpus' : `${target.toLocaleString('en-GB')} records`;
    log(`\nbench: ${label}, ${sampled} sampled queries, seed ${seed}`);
    const dir = path.join(tmp, `scale-${target}`);
    await mkdir(dir, { recursive: true });
    const indexDir = path.join(dir, 'index');
    const dbFile = path.join(dir, 'fts.sqlite');
    // The real corpus keeps its real source path, so the cold start hashes it as the bot does.
    const data = target === 0 ? CORPUS : emptyData;
    const base = { target, seed, sampled };
    const fts = args.flags.has('no-fts') ? failedRun : await runChild('fts', { ...base, dbFile }, log);
    const ftsCold = fts.ok ? await runChild('fts-cold', { ...base, dbFile, query: COLD_QUERY }, log, false) : undefined;
    await rm(dbFile, { force: true });
    const engine = args.flags.has('no-engine') ? failedRun : await runChild('engine', { ...base, indexDir, data }, log);
    if (target === 0 && engine.ok) Object.assign(engine.out, (await runChild('engine-open', base, log)).out);
    const engineCold = engine.out.saveMs !== undefined && !engine.out.saveError ? await runChild('engine-cold', { ...base, indexDir, data, query: COLD_QUERY }, log, false) : undefined;
    if (!args.flags.has('keep')) await rm(dir, { recursive: true, force: true });
    const r: ScaleResult = { target, label, engine, engineCold, fts, ftsCold };
    results.push(r);
    const records = engine.out.records ?? fts.out.records;
    const q = engine.out.queries ?? fts.out.queries;
    const head = `\n== ${records ? `${records.toLocaleString('en-GB')} records` : label}${target === 0 ? ' (real corpus)' : ''} · ${q ?? '?'} queries (130 dev + ${sampled} sampled, 1 in 20 typo'd) · seed ${seed}`;
    process.stdout.write([head, table(r), ...targets(r).map((t) => `target: ${t}`), ...details(r)].join('\n') + '\n');
  }
  if (!args.flags.has('keep')) await rm(tmp, { recursive: true, force: true });
  const json = args.values.get('json')?.at(-1);
  if (json) await writeFile(json, JSON.stringify({ date: new Date().toISOString(), node: process.version, seed, sampled, results }, null, 2));
  return 0;
}
