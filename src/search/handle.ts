// A Searcher whose engine can be replaced while the bot runs: after an ingest writes new files to
// data/, the archive is re-opened in the background (openArchive rebuilds the index because the
// sources' hash changed) and the new engine swapped in. Every call goes to the engine current at
// that moment; a search in progress finishes on the engine it started with.
import type { QaRecord } from '../record.ts';
import { markAnsweredSeen, type Db } from '../store/db.ts';
import type { SearchRequest, SearchResponse, Searcher } from './types.ts';

/** What the handle serves from: an Engine, or a WorkerSearcher (which can be closed). */
export interface LiveArchive extends Searcher {
  all(): IterableIterator<QaRecord>;
  close?(): Promise<void>;
}

/** A replaced archive is closed this long after the swap, so searches under way on it finish. */
const CLOSE_AFTER_MS = 60_000;

export class SearcherHandle implements Searcher {
  private current: LiveArchive;
  /** Times the engine was swapped (for logs and tests). */
  generation = 0;

  constructor(engine: LiveArchive) {
    this.current = engine;
  }

  get engine(): LiveArchive {
    return this.current;
  }

  /** Put `next` in place; returns the engine it replaced. */
  swap(next: LiveArchive): LiveArchive {
    const old = this.current;
    this.current = next;
    this.generation++;
    return old;
  }

  search(req: SearchRequest): Promise<SearchResponse> {
    return this.current.search(req);
  }

  matchAll(query: string): Promise<QaRecord[]> {
    return this.current.matchAll(query);
  }

  get(id: string): QaRecord | undefined {
    return this.current.get(id);
  }

  get size(): number {
    return this.current.size;
  }

  all(): IterableIterator<QaRecord> {
    return this.current.all();
  }
}

export interface RefresherOptions {
  handle: SearcherHandle;
  /** Opens the archive afresh, e.g. `() => openArchive({ data, log }).then((a) => a.engine)`. */
  open: () => Promise<LiveArchive>;
  /** When given, every answered record of the new engine is marked seen (as `qa digest` does on load). */
  db?: Db;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface RefreshResult {
  swapped: boolean;
  records: number;
  error?: string;
}

/**
 * Re-opens the archive and swaps the engine, one refresh at a time. A refresh asked for while one
 * is running is done once more after it (the running one may have read data/ before the newest
 * file), and every caller's promise resolves when a refresh that started after its request ends.
 * A failed re-open keeps the old engine.
 */
export class ArchiveRefresher {
  private running?: Promise<RefreshResult>;
  private queued?: Promise<RefreshResult>;

  constructor(private readonly o: RefresherOptions) {}

  refresh(): Promise<RefreshResult> {
    if (!this.running) return this.start();
    if (!this.queued) {
      this.queued = this.running.then(() => {
        this.queued = undefined;
        return this.start();
      });
    }
    return this.queued;
  }

  /** Resolves when no refresh is running or queued (the digest waits on this). */
  async idle(): Promise<void> {
    while (this.running || this.queued) await (this.queued ?? this.running);
  }

  private start(): Promise<RefreshResult> {
    const p = this.once().finally(() => {
      if (this.running === p) this.running = undefined;
    });
    this.running = p;
    return p;
  }

  private async once(): Promise<RefreshResult> {
    const log = this.o.log ?? (() => {});
    try {
      const engine = await this.o.open();
      const old = this.o.handle.swap(engine);
      if (old.close) setTimeout(() => void old.close!(), CLOSE_AFTER_MS).unref();
      if (this.o.db) {
        const added = markAnsweredSeen(this.o.db, engine.all(), (this.o.now ?? (() => new Date()))(), { wholeArchive: true });
        if (added) log(`refresh: ${added} answered record(s) seen for the first time`);
      }
      log(`refresh: archive re-opened, ${engine.size} records`);
      return { swapped: true, records: engine.size };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      log(`refresh: could not re-open the archive (${error}); still serving the previous one`);
      return { swapped: false, records: this.o.handle.size, error };
    }
  }
}
