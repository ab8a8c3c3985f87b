// `npm run bench:backfill [-- --rate 200] [--limit 200] [--fail-every 200] [--months N]`: a full
// backfill of the real 58,173-record corpus from a local fake Written Questions API (clipped list,
// full detail, in the API's shapes), which answers 429 + Retry-After above --limit requests/s and
// 500 to one request in --fail-every; then the same backfill killed with SIGKILL 40% of the way
// (by requests) and run again. `qa backfill` runs as a child process, as a user runs it; its peak
// RSS is read from /proc (VmHWM). Prints time, requests and memory, and projects the whole
// archive (660,000 records) at the default 5 requests/s. Printed, never asserted.
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusQuestions, FakeWqApi, realMembers } from '../tests/fakes/wqApi.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIR = path.resolve(ROOT, '../shared/corpus');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Run {
  ms: number;
  peakRssMb: number;
  code: number | null;
  signal: string | null;
  summary?: { requests: number; retries: number; added: number; updated: number; detailsFetched: number; pages: number; outcome: string; maxRssMb: number };
  stderr: string;
  apiRequests: number;
}

function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function backfill(api: FakeWqApi, args: string[], env: Record<string, string>, onStart?: (c: ChildProcess) => void): Promise<Run> {
  const t0 = performance.now();
  const n0 = api.requestCount;
  return new Promise((resolve) => {
    let peak = 0;
    const child = execFile(process.execPath, [path.join(ROOT, 'bin/qa.js'), 'backfill', ...args, '--json'], { cwd: ROOT, env: { ...process.env, ARCHIVE_DB: '', ...env }, maxBuffer: 64 * 1024 * 1024 }, (_err, stdout, stderr) => {
      clearInterval(poll);
      let summary;
      try {
        summary = JSON.parse(stdout);
      } catch {}
      resolve({ ms: performance.now() - t0, peakRssMb: Math.max(peak, summary?.maxRssMb ?? 0), code: child.exitCode, signal: child.signalCode, summary, stderr, apiRequests: api.requestCount - n0 });
    });
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 100);
    onStart?.(child);
  });
}

async function main(): Promise<void> {
  const rate = arg('rate', 200);
  const limit = arg('limit', 200);
  const failEvery = arg('fail-every', 200);
  const file = path.join(CORPUS_DIR, 'commons-written-questions-2023-2026.jsonl');
  const t0 = performance.now();
  const qs = await corpusQuestions(file);
  const days = qs.map((q) => String(q.dateTabled).slice(0, 10)).sort();
  const since = days[0]!;
  const until = days.at(-1)!;
  const api = new FakeWqApi(qs);
  api.members = realMembers(CORPUS_DIR);
  api.quiet = true;
  api.rateLimit = { perSecond: limit, retryAfter: '1' };
  let errors = 0;
  api.faultFor = (n) => {
    if (n % failEvery !== 0) return undefined;
    errors++;
    return { kind: 'status', status: 500 };
  };
  await api.start();
  console.error(`bench:backfill: ${qs.length} questions tabled ${since} … ${until} served at ${api.url} (${((performance.now() - t0) / 1000).toFixed(1)} s to load); 429 above ${limit}/s, 500 to 1 request in ${failEvery}; backfill --rate ${rate}`);

  const args = (dir: string) => ['--since', since, '--until', until, '--rate', String(rate), '--concurrency', '8', '--data', dir];
  const work: string[] = [];
  const dir = (name: string) => {
    const d = mkdtempSync(path.join(tmpdir(), `qa-bench-backfill-${name}-`));
    work.push(d);
    return d;
  };
  try {
    // 1. A full backfill into an empty archive.
    const a = dir('full');
    let limited = api.limited;
    errors = 0;
    const full = await backfill(api, args(a), { WQ_API_URL: api.url, STATE_DB: path.join(a, 'state.sqlite') });
    const fullLimited = api.limited - limited;
    const fullErrors = errors;
    if (!full.summary) throw new Error(`the full run failed (exit ${full.code}):\n${full.stderr.slice(-2000)}`);
    const dbMb = statSync(path.join(a, 'archive.sqlite')).size / 1e6;

    // 2. The same, killed with SIGKILL at 40% of the full run's requests, then run again.
    const b = dir('resume');
    const env = { WQ_API_URL: api.url, STATE_DB: path.join(b, 'state.sqlite') };
    const killAt = api.requestCount + Math.round(full.apiRequests * 0.4);
    let child: ChildProcess | undefined;
    const plain = api.faultFor;
    api.faultFor = (n, p, q) => {
      if (n === killAt) child?.kill('SIGKILL');
      return plain(n, p, q);
    };
    const killed = await backfill(api, args(b), env, (c) => (child = c));
    api.faultFor = plain;
    limited = api.limited;
    const resumed = await backfill(api, args(b), env);
    if (!resumed.summary) throw new Error(`the resumed run failed (exit ${resumed.code}):\n${resumed.stderr.slice(-2000)}`);

    const s = full.summary;
    const perRecord = full.apiRequests / qs.length;
    const hours = (n: number, perSecond: number) => (n * perRecord) / perSecond / 3600;
    const lines = [
      `| | full backfill | killed at 40% | resumed |`,
      `|---|---|---|---|`,
      `| wall time | ${(full.ms / 1000).toFixed(1)} s | ${(killed.ms / 1000).toFixed(1)} s | ${(resumed.ms / 1000).toFixed(1)} s |`,
      `| requests (API side, retries included) | ${full.apiRequests} | ${killed.apiRequests} | ${resumed.apiRequests} (${((100 * resumed.apiRequests) / full.apiRequests).toFixed(0)}% of a full run) |`,
      `| list pages / details fetched | ${s.pages} / ${s.detailsFetched} | | ${resumed.summary.pages} / ${resumed.summary.detailsFetched} |`,
      `| records added | ${s.added} | | ${resumed.summary.added} |`,
      `| 429s / injected 500s (full run) | ${fullLimited} / ${fullErrors} | | ${api.limited - limited} / |`,
      `| peak RSS of qa backfill | ${full.peakRssMb.toFixed(0)} MB | ${killed.peakRssMb.toFixed(0)} MB | ${resumed.peakRssMb.toFixed(0)} MB |`,
      `| outcome | ${s.outcome} | ${killed.signal ?? killed.code} | ${resumed.summary.outcome} |`,
      '',
      `archive.sqlite after the full run: ${dbMb.toFixed(0)} MB (${(dbMb / qs.length * 1e3).toFixed(2)} MB per 1,000 records, provenance included)`,
      `requests per record: ${perRecord.toFixed(3)}; projected for 660,000 records: ${Math.round(660_000 * perRecord)} requests, ` +
        `${hours(660_000, 5).toFixed(1)} h at 5 requests/s, ${hours(660_000, 10).toFixed(1)} h at 10 requests/s; archive ≈ ${((dbMb / qs.length) * 660_000 / 1e3).toFixed(1)} GB`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await api.close();
    for (const d of work) rmSync(d, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
