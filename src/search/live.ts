// The search index of a living archive: a snapshot (persist.ts) plus the archive store's changes
// after it, applied in place (Engine.apply). Opening loads the newest snapshot and replays what
// is new; catching up applies what was written since (an ingest, an import, a backfill in
// another process). A full build happens only when there is no usable snapshot: none yet, an
// index format change, another archive, or `qa index rebuild`.
import path from 'node:path';
import type { ArchiveStore } from '../store/archive.ts';
import { metaOf, type RecordMeta } from '../record.ts';
import { Engine, buildMiniSearch, type RecordText } from './engine.ts';
import { INDEX_VERSION, loadIndex, readManifest, saveIndex, type Manifest } from './persist.ts';
import { PEOPLE_META, peopleIn } from '../ingest/members.ts';

/** Changes applied per step: between steps the worker answers searches. */
const STEP = 2000;
/** More changes than this share of the archive behind the snapshot: building afresh is quicker than replaying. */
const REBUILD_SHARE = 0.5;

/** The members the archive keeps beside its records (sources.ts), read at start: a new members file is read on restart. */
const peopleOf = (store: ArchiveStore) => peopleIn(store.meta(PEOPLE_META));

export interface LiveOptions {
  store: ArchiveStore;
  indexDir: string;
  /** Write snapshots (default true); false for one-off runs and tests that must leave no files. */
  persist?: boolean;
  /** Build afresh even when a snapshot fits (qa index rebuild). */
  rebuild?: boolean;
  log?: (line: string) => void;
  /** Called between catch-up steps, so a long replay can let other work run. */
  pause?: () => Promise<void>;
}

export class LiveIndex {
  /** The store's last change this index includes. */
  seq: number;
  /** The seq of the snapshot on disk (what a restart would replay from). */
  snapshotSeq: number;
  private saving?: Promise<void>;
  private catching?: Promise<number>;

  private constructor(
    public engine: Engine,
    seq: number,
    private readonly o: LiveOptions,
    snapshotSeq: number,
  ) {
    this.seq = seq;
    this.snapshotSeq = snapshotSeq;
  }

  /** Load (or build) the index and bring it up to the store's present. */
  static async open(o: LiveOptions): Promise<{ live: LiveIndex; how: 'loaded' | 'built'; replayed: number }> {
    const log = o.log ?? (() => {});
    const { store } = o;
    const storeSeq = store.seq;
    const m = o.rebuild ? undefined : await readManifest(o.indexDir);
    const usable = (x: Manifest | undefined): x is Manifest =>
      !!x && x.version === INDEX_VERSION && x.archiveId === store.archiveId && x.seq <= storeSeq && storeSeq - x.seq <= Math.max(STEP, store.size * REBUILD_SHARE);
    if (m && !usable(m)) log(`index: the snapshot in ${rel(o.indexDir)} does not fit this archive (${describeMismatch(m, store)}); building afresh`);
    if (usable(m)) {
      try {
        const { manifest, records, index, groups, abbreviations } = await loadIndex(o.indexDir);
        const live = new LiveIndex(new Engine(index, records, groups, { text: storeText(store), abbreviations, people: peopleOf(store) }), manifest.seq, o, manifest.seq);
        const replayed = await live.catchUp();
        log(`index: loaded ${records.length} records (the archive as of its change no. ${manifest.seq})${replayed ? `, ${replayed} change(s) since applied` : ''}`);
        // A snapshot without its abbreviations (persist.ts): learn them now, at start, and keep
        // them, rather than in the first query that needs them (seconds at 660,000 records).
        if (!abbreviations) {
          const t0 = performance.now();
          live.engine.abbreviationsNow();
          log(`index: learned the archive's abbreviations afresh in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
          if (o.persist !== false) await live.trySave(log);
        }
        return { live, how: 'loaded', replayed };
      } catch (err) {
        log(`index: could not load the snapshot (${(err as Error).message}); building afresh`);
      }
    }
    // Built from the store as one consistent read, a record at a time: the index keeps each
    // record's RecordMeta, never the archive's text.
    const records: RecordMeta[] = [];
    const { seq, index } = store.read(() => ({
      seq: store.seq,
      index: buildMiniSearch((function* () {
        for (const r of store.all('arrival')) {
          records.push(metaOf(r));
          yield r;
        }
      })()),
    }));
    const engine = new Engine(index, records, undefined, { text: storeText(store), people: peopleOf(store) });
    const live = new LiveIndex(engine, seq, o, -1);
    log(`index: built from the archive, ${records.length} records`);
    if (o.persist !== false) await live.trySave(log);
    const replayed = await live.catchUp();
    return { live, how: 'built', replayed };
  }

  /** How many changes the store holds that this index has not applied. */
  get behind(): number {
    return this.o.store.seq - this.seq;
  }

  /**
   * Apply every change written since this index's seq; resolves with how many records changed.
   * One catch-up at a time, never during a snapshot write (the index must hold still for it).
   */
  catchUp(): Promise<number> {
    const run = (this.catching ?? Promise.resolve(0))
      .catch(() => 0)
      .then(async () => {
        if (this.saving) await this.saving;
        let applied = 0;
        for (;;) {
          const { seq, changes } = this.o.store.changesSince(this.seq, STEP);
          if (seq === this.seq) break;
          const r = this.engine.apply(changes);
          applied += r.added + r.replaced + r.removed;
          this.seq = seq;
          if (this.o.pause) await this.o.pause();
        }
        return applied;
      });
    this.catching = run;
    run.then(
      () => this.catching === run && (this.catching = undefined),
      () => this.catching === run && (this.catching = undefined),
    );
    return run;
  }

  /** save(), where a snapshot only speeds the next start: a failure is logged and this index serves all the same. */
  async trySave(log: (line: string) => void): Promise<void> {
    try {
      await this.save();
    } catch (err) {
      log(`index: snapshot not written (${(err as Error).message}); searching without one`);
    }
  }

  /** Write a snapshot at the current seq (in the background of the worker: it yields while writing). */
  save(): Promise<void> {
    if (this.saving) return this.saving;
    const run = (async () => {
      if (this.catching) await this.catching.catch(() => {});
      const seq = this.seq;
      const manifest: Manifest = { version: INDEX_VERSION, archiveId: this.o.store.archiveId, seq, builtAt: new Date().toISOString(), records: this.engine.size };
      await saveIndex(this.o.indexDir, manifest, (short) => this.engine.recordAt(short), this.engine.index, this.engine.groups, this.engine.abbreviationsNow());
      this.snapshotSeq = seq;
    })();
    this.saving = run.finally(() => {
      this.saving = undefined;
    });
    return this.saving;
  }
}

/** Records' text, read from the archive store by id (the index holds none). */
export function storeText(store: ArchiveStore): RecordText {
  return { get: (ids) => store.getMany(ids), all: () => store.all() };
}

function describeMismatch(m: Manifest, store: ArchiveStore): string {
  if (m.version !== INDEX_VERSION) return `index format ${m.version}, now ${INDEX_VERSION}`;
  if (m.archiveId !== store.archiveId) return 'it was taken of another archive database';
  if (m.seq > store.seq) return 'it is newer than the archive (a restored backup?)';
  return `${store.seq - m.seq} changes behind, more than replaying is worth`;
}

function rel(p: string): string {
  return path.relative(process.cwd(), p) || '.';
}
