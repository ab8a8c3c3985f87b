// Open the archive for searching: load the persisted index when it matches the sources'
// content hash, otherwise import the sources, build the index and persist it.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../ingest/load.ts';
import { archiveDataDir } from '../ingest/paths.ts';
import type { ImportReport } from '../ingest/report.ts';
import { Engine, buildMiniSearch } from './engine.ts';
import { INDEX_VERSION, contentHash, listSourceFiles, loadIndex, loadRecords, readManifest, saveIndex } from './persist.ts';
import { RecordStore } from './records.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DATA = path.join(REPO_ROOT, 'data');
export const DEFAULT_INDEX = path.join(REPO_ROOT, 'index');

export interface OpenOptions {
  /** Source files or folders; default DATA_DIR, else the bundled data/. */
  data?: string[];
  /** Members directory file; default MEMBERS_FILE from the environment, if set. */
  members?: string;
  /** Where the persisted index lives; default index/ (only for the default data, see below). */
  indexDir?: string;
  /** Skip reading/writing a persisted index (tests, one-off runs). */
  persist?: boolean;
  log?: (line: string) => void;
}

export interface OpenedArchive {
  engine: Engine;
  /** How the archive was opened: from the persisted index, or built (with the import report). */
  how: 'loaded' | 'built';
  report?: ImportReport;
  ms: number;
}

interface Located {
  data: string[];
  members?: string;
  log: (line: string) => void;
  indexDir: string;
  persist: boolean;
  files: string[];
  hash: string;
  /** The persisted index matches the sources. */
  fresh: boolean;
}

/** Where the sources and their index are, and whether the persisted index is current. */
async function locate(opts: OpenOptions): Promise<Located> {
  const data = (opts.data && opts.data.length ? opts.data : [archiveDataDir()]).map((p) => path.resolve(p));
  const members = opts.members ?? process.env.MEMBERS_FILE ?? undefined;
  const log = opts.log ?? (() => {});
  // Other archives get their own index folder beside index/, so searching the corpus
  // does not throw away the bundled data's index (and the other way round).
  const usingDefault = data.length === 1 && data[0] === DEFAULT_DATA;
  const indexDir =
    opts.indexDir ?? (usingDefault ? DEFAULT_INDEX : path.join(DEFAULT_INDEX, 'archives', createHash('sha1').update(data.join('\n')).digest('hex').slice(0, 12)));
  const persist = opts.persist ?? true;

  const files = await listSourceFiles(data);
  // A members file that does not exist is the loader's to report; it cannot be hashed.
  const membersPath = members ? path.resolve(members) : undefined;
  const membersExists = membersPath ? await fs.stat(membersPath).then((st) => st.isFile(), () => false) : false;
  const hash = await contentHash(files, membersExists ? [membersPath!] : []);
  let fresh = false;
  if (persist) {
    const manifest = await readManifest(indexDir);
    fresh = !!manifest && manifest.hash === hash && manifest.version === INDEX_VERSION;
    if (manifest && !fresh) log('index: sources changed since the index was built; rebuilding');
  }
  return { data, members, log, indexDir, persist, files, hash, fresh };
}

export interface OpenedRecords {
  store: RecordStore;
  /** The persisted index these records belong to: the search worker loads it from here. */
  indexDir: string;
}

/**
 * Only the records, for a main thread whose searching happens in a worker: read from the
 * persisted index when it is current, else built (and persisted for the worker to load).
 */
export async function openRecords(opts: OpenOptions = {}): Promise<OpenedRecords> {
  const at = await locateRecords(opts);
  return { store: await at.store, indexDir: at.indexDir };
}

/**
 * As openRecords, but resolved as soon as the persisted index is known to be current: the
 * records are still being read (`store`), so a search worker can load the index meanwhile.
 * At the full archive both take seconds; side by side, start-up takes the longer of the two.
 */
export async function locateRecords(opts: OpenOptions = {}): Promise<{ indexDir: string; store: Promise<RecordStore> }> {
  const at = await locate({ ...opts, persist: true });
  const build = async () => new RecordStore((await openArchive({ ...opts, persist: true })).engine.all());
  if (!at.fresh) return { indexDir: at.indexDir, store: build() };
  const store = loadRecords(at.indexDir).then(
    (records) => new RecordStore(records),
    (err: Error) => {
      at.log(`index: could not load the records (${err.message}); rebuilding`);
      return build();
    },
  );
  return { indexDir: at.indexDir, store };
}

export async function openArchive(opts: OpenOptions = {}): Promise<OpenedArchive> {
  const t0 = performance.now();
  const { data, members, log, indexDir, persist, files, hash, fresh } = await locate(opts);
  if (fresh) {
    try {
      const { records, index, groups } = await loadIndex(indexDir);
      log(`index: loaded ${records.length} records from ${path.relative(process.cwd(), indexDir) || '.'}`);
      return { engine: new Engine(index, records, groups), how: 'loaded', ms: performance.now() - t0 };
    } catch (err) {
      log(`index: could not load (${(err as Error).message}); rebuilding`);
    }
  }

  const { records, report } = await loadArchive({ paths: data, membersFile: members });
  const index = buildMiniSearch(records);
  const engine = new Engine(index, records);
  if (persist) {
    await saveIndex(
      indexDir,
      { version: INDEX_VERSION, hash, builtAt: new Date().toISOString(), records: records.length, sources: files.map((f) => path.relative(REPO_ROOT, f)) },
      records,
      index,
      engine.groups,
    );
  }
  log(`index: built from ${files.length} file(s), ${records.length} records`);
  return { engine, how: 'built', report, ms: performance.now() - t0 };
}

/** The Searcher the bot and adapters use. */
export async function openSearcher(opts: OpenOptions = {}): Promise<Engine> {
  return (await openArchive(opts)).engine;
}
