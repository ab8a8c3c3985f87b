// A Searcher whose searching happens in a worker thread. The main thread keeps the records
// (for get/all and to put full records back into hits); the worker keeps its own copy of the
// persisted index and does the CPU work. The event loop stays free for acknowledgements.
import { Worker } from 'node:worker_threads';
import type { QaRecord } from '../record.ts';
import type { RecordSource } from './records.ts';
import { QueryError, type SearchRequest, type SearchResponse, type Searcher } from './types.ts';
import type { RequestBody, WorkerReply, WorkerRequest } from './worker-protocol.ts';

type Pending = { resolve: (r: WorkerReply & { ok: true }) => void; reject: (e: Error) => void };

export class WorkerSearcher implements Searcher {
  private next = 1;
  private pending = new Map<number, Pending>();
  private failed?: Error;

  private constructor(
    private readonly local: RecordSource,
    private readonly worker: Worker,
  ) {
    worker.on('message', (m: WorkerReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m);
      else if (m.queryError) p.reject(new QueryError(m.queryError.message, m.queryError.hint));
      else p.reject(new Error(`search worker: ${m.error}`));
    });
    const fail = (err: Error) => {
      this.failed = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`search worker exited (${code})`)));
  }

  /**
   * Start a worker on the persisted index in `indexDir`, the one `local`'s records were read
   * with (openRecords, or still being read: locateRecords). Resolves when the worker is ready
   * to search and the records are here.
   */
  static async start(records: RecordSource | Promise<RecordSource>, indexDir: string): Promise<WorkerSearcher> {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { indexDir } });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m.ready) {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`search worker exited (${code}) before it was ready`)));
    });
    let local: RecordSource;
    try {
      [local] = await Promise.all([records, ready]);
    } catch (err) {
      await worker.terminate();
      throw err;
    }
    return new WorkerSearcher(local, worker);
  }

  private call(msg: RequestBody): Promise<WorkerReply & { ok: true }> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...msg, id } as WorkerRequest);
    });
  }

  private record(id: string): QaRecord {
    const r = this.local.get(id);
    if (!r) throw new Error(`search worker returned ${id}, which this archive does not hold`);
    return r;
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    const { result } = await this.call({ op: 'search', req });
    const { hits, ...rest } = result!;
    return { ...rest, hits: hits.map(({ recordId, ...hit }) => ({ ...hit, record: this.record(recordId) })) };
  }

  async matchAll(query: string): Promise<QaRecord[]> {
    const { ids } = await this.call({ op: 'matchAll', query });
    return ids!.map((id) => this.record(id));
  }

  get(id: string): QaRecord | undefined {
    return this.local.get(id);
  }

  get size(): number {
    return this.local.size;
  }

  all(): IterableIterator<QaRecord> {
    return this.local.all();
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
