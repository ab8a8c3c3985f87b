// Inside the search worker: holds its own index and answers search requests, so a slow query
// never holds up the platform adapters' acknowledgements on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from './engine.ts';
import { loadIndex } from './persist.ts';
import { QueryError, type SearchResponse } from './types.ts';
import type { WireHit, WireResponse, WorkerReply, WorkerRequest } from './worker-protocol.ts';

const port = parentPort!;
// The main thread has checked (or rebuilt) the index against the sources: load it as it is.
const { records, index, groups } = await loadIndex((workerData as { indexDir: string }).indexDir);
const engine = new Engine(index, records, groups);

/** Records travel by id: the main thread holds the same records, so only scores and excerpts cross. */
function wire(res: SearchResponse): WireResponse {
  const hits: WireHit[] = res.hits.map(({ record, ...rest }) => ({ ...rest, recordId: record.id }));
  return { ...res, hits };
}

port.on('message', async (msg: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (msg.op === 'search') reply = { id: msg.id, ok: true, result: wire(await engine.search(msg.req)) };
    else reply = { id: msg.id, ok: true, ids: (await engine.matchAll(msg.query)).map((r) => r.id) };
  } catch (err) {
    reply =
      err instanceof QueryError
        ? { id: msg.id, ok: false, queryError: { message: err.message, hint: err.hint } }
        : { id: msg.id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true, records: engine.size });
