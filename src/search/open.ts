// Open the archive for searching: the archive store (SQLite), with any new or changed source
// files imported into it, and its search index loaded from the newest snapshot and brought up to
// date (live.ts). Where things live is decided here, once (`locateArchive`).
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultMembersFile } from '../ingest/members.ts';
import { archiveDataDir } from '../ingest/paths.ts';
import type { ImportReport } from '../ingest/report.ts';
import { importSources } from '../ingest/sources.ts';
import { ArchiveStore, archiveDbPath } from '../store/archive.ts';
import type { Engine } from './engine.ts';
import { LiveIndex } from './live.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DATA = path.join(REPO_ROOT, 'data');
export const DEFAULT_INDEX = path.join(REPO_ROOT, 'index');

export interface OpenOptions {
  /** Source files or folders; default DATA_DIR, else the bundled data/. */
  data?: string[];
  /** Members directory file; default MEMBERS_FILE from the environment, if set. */
  members?: string;
  /** The archive database; default see locateArchive. */
  dbFile?: string;
  /** Where index snapshots live; default index/ (for the bundled data) or index/archives/<hash>/. */
  indexDir?: string;
  /** false: an in-memory database and no snapshot (tests, one-off runs that must leave no files). */
  persist?: boolean;
  /** Build the index afresh even when a snapshot fits (qa index rebuild). */
  rebuild?: boolean;
  log?: (line: string) => void;
}

export interface ArchiveLocation {
  data: string[];
  members?: string;
  dbFile: string;
  indexDir: string;
  persist: boolean;
}

/**
 * Where an archive's database and index are. The archive folder (DATA_DIR, else the bundled
 * data/) keeps its database in it (ARCHIVE_DB overrides) and its index in index/ (the bundled
 * data) or index/archives/<hash>/. Other sources named with --data (a corpus file, a folder that
 * may be read-only) are an archive of their own under index/archives/<hash>/.
 */
export function locateArchive(opts: OpenOptions = {}): ArchiveLocation {
  const home = archiveDataDir();
  const data = (opts.data?.length ? opts.data : [home]).map((p) => path.resolve(p));
  const members = opts.members ?? defaultMembersFile(data);
  const persist = opts.persist ?? true;
  const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);
  const isHome = data.length === 1 && data[0] === home && isDir(home);
  // Sources of their own: database and index side by side in one folder named by the sources.
  const own = path.join(DEFAULT_INDEX, 'archives', hash(data.join('\n')));
  const dbFile = !persist ? ':memory:' : (opts.dbFile ?? (isHome ? archiveDbPath(home) : path.join(own, 'archive.sqlite')));
  const indexDir =
    opts.indexDir ??
    (dbFile === path.join(DEFAULT_DATA, 'archive.sqlite') ? DEFAULT_INDEX : dbFile === path.join(own, 'archive.sqlite') ? own : path.join(DEFAULT_INDEX, 'archives', hash(dbFile)));
  return { data, members, dbFile, indexDir, persist };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export interface OpenedArchive {
  engine: Engine;
  live: LiveIndex;
  store: ArchiveStore;
  /** How the index was opened: from a snapshot, or built. */
  how: 'loaded' | 'built';
  /** What importing the new or changed source files did (nothing read when none changed). */
  report: ImportReport;
  ms: number;
}

/** Open the store, import what is new in the sources, load or build the index: for one process that searches itself. */
export async function openArchive(opts: OpenOptions = {}): Promise<OpenedArchive> {
  const t0 = performance.now();
  const at = locateArchive(opts);
  const log = opts.log ?? (() => {});
  const store = ArchiveStore.open(at.dbFile);
  const { report } = await importSources(store, { paths: at.data, membersFile: at.members, log });
  const { live, how } = await LiveIndex.open({ store, indexDir: at.indexDir, persist: at.persist, rebuild: opts.rebuild, log });
  // A one-off run that replayed many changes saves them, so the next one starts quicker.
  if (at.persist && live.seq - live.snapshotSeq > SAVE_AFTER) await live.trySave(log);
  return { engine: live.engine, live, store, how, report, ms: performance.now() - t0 };
}

/** Changes past the snapshot above which a process writes a new one. */
export const SAVE_AFTER = 20_000;

/** The Searcher the bot and adapters use, in this thread. */
export async function openSearcher(opts: OpenOptions = {}): Promise<Engine> {
  return (await openArchive(opts)).engine;
}
