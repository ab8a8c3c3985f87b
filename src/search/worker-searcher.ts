// A Searcher whose index lives in a worker thread (worker.ts). The main thread holds no copy of
// the archive: a record by id is a lookup in the archive store, and the hits of a search carry
// the records as the worker indexed them. The event loop stays free for acknowledgements, also
// while the index grows.
import { Worker } from 'node:worker_threads';
import type { StatsReply } from './types.ts';
import type { QaRecord, RecordMeta } from '../record.ts';
import { ArchiveStore } from '../store/archive.ts';
import { QueryError, type SearchRequest, type SearchResponse, type Searcher, type Timeliness } from './types.ts';
import type { LiveState, RequestBody, WorkerConfig, WorkerEvent, WorkerReply, WorkerRequest } from './worker-protocol.ts';

type Pending = { resolve: (r: WorkerReply & { ok: true }) => void; reject: (e: Error) => void };

/** How often the worker looks for changes other processes wrote. */
export const DEFAULT_POLL_MS = 2000;

export class WorkerSearcher implements Searcher {
  private next = 1;
  private pending = new Map<number, Pending>();
  private failed?: Error;
  /** The index's state as last reported: what searches see. */
  state: LiveState;
  /** Called once if the worker dies after it was ready (out of memory, a bug): searching is over. */
  onFail?: (err: Error) => void;

  private constructor(
    private readonly store: ArchiveStore,
    private readonly worker: Worker,
    ready: LiveState,
    readonly how: 'loaded' | 'built',
    private readonly log: (line: string) => void,
  ) {
    this.state = ready;
    worker.on('message', (m: WorkerReply | WorkerEvent) => {
      if ('event' in m) {
        if (m.event === 'log') log(m.line);
        else if (m.event === 'state') this.state = m.state;
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m);
      else if (m.queryError) p.reject(new QueryError(m.queryError.message, m.queryError.hint));
      else p.reject(new Error(`search worker: ${m.error}`));
    });
    const fail = (err: Error) => {
      if (!this.failed && !this.closing) this.onFail?.(err);
      this.failed = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`search worker exited (${code})`)));
  }

  /**
   * Start the worker on an archive (see locateArchive): it imports new source files when asked,
   * loads or builds the index and catches up with the store. Resolves when it can search.
   */
  static async start(
    config: Omit<WorkerConfig, 'pollMs' | 'importSources'> & Partial<Pick<WorkerConfig, 'pollMs' | 'importSources'>>,
    log: (line: string) => void = () => {},
  ): Promise<WorkerSearcher> {
    const full: WorkerConfig = { pollMs: DEFAULT_POLL_MS, importSources: true, ...config };
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: full });
    const ready = await new Promise<{ state: LiveState; how: 'loaded' | 'built' }>((resolve, reject) => {
      const onMessage = (m: WorkerEvent) => {
        if (!('event' in m)) return;
        if (m.event === 'log') log(m.line);
        if (m.event === 'ready') {
          worker.off('message', onMessage);
          resolve(m);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`search worker exited (${code}) before it was ready`)));
    }).catch(async (err: unknown) => {
      await worker.terminate();
      // An error thrown in the worker arrives as a plain object (its class does not cross).
      const e = err as { message?: string; code?: string };
      throw err instanceof Error ? err : new Error(`search worker could not start: ${e.message ?? e.code ?? String(err)}`);
    });
    // Opened after the worker: it creates and migrates the database on a first start.
    const store = ArchiveStore.open(full.dbFile);
    return new WorkerSearcher(store, worker, ready.state, ready.how, log);
  }

  private call(msg: RequestBody): Promise<WorkerReply & { ok: true }> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...msg, id } as WorkerRequest);
    });
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    return (await this.call({ op: 'search', req })).result!;
  }

  async matchAll(query: string): Promise<RecordMeta[]> {
    return (await this.call({ op: 'matchAll', query })).records!;
  }

  /** Counted in the worker: only the table crosses, not every matching record. */
  async stats(query: string): Promise<StatsReply> {
    return (await this.call({ op: 'stats', query })).stats!;
  }

  async timeliness(query: string): Promise<Timeliness> {
    return (await this.call({ op: 'timeliness', query })).timeliness!;
  }

  /** Apply everything written to the store so far; resolves when searches see it. */
  async refresh(): Promise<LiveState> {
    this.state = (await this.call({ op: 'refresh' })).state!;
    return this.state;
  }

  /** Write an index snapshot now (qa index, shutdown of a long catch-up). */
  async save(): Promise<LiveState> {
    return (await this.call({ op: 'save' })).state!;
  }

  get(id: string): QaRecord | undefined {
    return this.store.get(id);
  }

  get size(): number {
    return this.state.records;
  }

  /** Every record, streamed from the store. */
  all(): IterableIterator<QaRecord> {
    return this.store.all();
  }

  get archive(): ArchiveStore {
    return this.store;
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
    this.store.close();
  }
}
