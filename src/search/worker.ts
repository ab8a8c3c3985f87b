// Inside the search worker: it owns the archive's search index. It imports new source files,
// loads the snapshot (or builds one), applies the store's changes as they are written, and
// answers searches, so neither a slow query nor an index update ever holds up the platform
// adapters' acknowledgements on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { setImmediate as tick } from 'node:timers/promises';
import { importSources } from '../ingest/sources.ts';
import { ArchiveStore } from '../store/archive.ts';
import { LiveIndex } from './live.ts';
import { SAVE_AFTER } from './open.ts';
import { QueryError } from './types.ts';
import type { LiveState, WorkerConfig, WorkerEvent, WorkerReply, WorkerRequest } from './worker-protocol.ts';

const port = parentPort!;
const config = workerData as WorkerConfig;
const emit = (e: WorkerEvent) => port.postMessage(e);
const log = (line: string) => emit({ event: 'log', line });

const store = ArchiveStore.open(config.dbFile);
if (config.importSources) await importSources(store, { paths: config.data, membersFile: config.members, log });
// Between catch-up steps the worker answers the searches that arrived meanwhile.
const { live, how } = await LiveIndex.open({ store, indexDir: config.indexDir, log, pause: () => tick() });
const state = (applied?: number): LiveState => ({ seq: live.seq, records: live.engine.size, ...(applied === undefined ? {} : { applied }) });

/** Catch up, and write a snapshot (yielding while it writes) once enough has changed since the last. */
async function refresh(): Promise<LiveState> {
  const applied = await live.catchUp();
  if (live.seq - live.snapshotSeq > SAVE_AFTER) void live.trySave(log);
  return state(applied);
}

port.on('message', async (msg: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const engine = live.engine;
    switch (msg.op) {
      case 'search':
        reply = { id: msg.id, ok: true, result: await engine.search(msg.req) };
        break;
      case 'matchAll':
        reply = { id: msg.id, ok: true, records: await engine.matchAll(msg.query) };
        break;
      case 'stats':
        reply = { id: msg.id, ok: true, stats: await engine.stats(msg.query) };
        break;
      case 'timeliness':
        reply = { id: msg.id, ok: true, timeliness: await engine.timeliness(msg.query) };
        break;
      case 'refresh':
        reply = { id: msg.id, ok: true, state: await refresh() };
        break;
      case 'save':
        await live.save();
        reply = { id: msg.id, ok: true, state: state() };
        break;
    }
  } catch (err) {
    reply =
      err instanceof QueryError
        ? { id: msg.id, ok: false, queryError: { message: err.message, hint: err.hint } }
        : { id: msg.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(reply);
});

// Changes other processes write (qa import, qa ingest, a backfill) are picked up by polling the
// store's last seq: one indexed read.
if (config.pollMs > 0) {
  let busy = false;
  setInterval(async () => {
    if (busy || live.behind === 0) return;
    busy = true;
    try {
      emit({ event: 'state', state: await refresh() });
    } catch (err) {
      log(`index: catching up failed (${(err as Error).message}); will try again`);
    } finally {
      busy = false;
    }
  }, config.pollMs).unref();
}
emit({ event: 'ready', state: state(), how });
