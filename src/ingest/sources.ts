// Source files in the archive folder (the bundled captures, API JSON, a corpus dropped into
// DATA_DIR …) are imported into the archive store when they are new or have changed; a file
// already imported is not read again. The files stay where they are, as they came (provenance).
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { QaRecord } from '../record.ts';
import type { ArchiveStore, IncomingRecord } from '../store/archive.ts';
import { loadArchive, sourceFilesIn } from './load.ts';
import { loadMembers, PEOPLE_META, type MembersDirectory } from './members.ts';
import { emptyReport, type ImportReport } from './report.ts';

/** Records per transaction: big enough to be fast, small enough that a reader never waits long. */
const BATCH = 2000;

/** Every source file below the given paths (the loader decides what is one); a missing path is kept, for the loader to report. */
export async function listSourceFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths.map((x) => path.resolve(x))) {
    const st = await fs.stat(p).catch(() => undefined);
    if (st?.isDirectory()) out.push(...(await sourceFilesIn(p)));
    else if (!st || st.isFile()) out.push(p);
  }
  return out;
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export interface ImportSourcesOptions {
  paths: string[];
  membersFile?: string;
  log?: (line: string) => void;
  now?: () => Date;
}

export interface SourcesImported {
  report: ImportReport;
  /** Files read this time (new or changed); the rest were already in the store. */
  read: string[];
  added: number;
  updated: number;
}

/**
 * Import every new or changed source file into the store, each in batches of transactions.
 * A file is known by its path and content: touching it without changing it re-reads nothing.
 * A different members file re-reads everything, so member names and roles follow it; none
 * given leaves the names as they are.
 */
export async function importSources(store: ArchiveStore, opts: ImportSourcesOptions): Promise<SourcesImported> {
  const log = opts.log ?? (() => {});
  const now = opts.now ?? (() => new Date());
  const started = performance.now();
  const out: SourcesImported = { report: emptyReport(), read: [], added: 0, updated: 0 };

  let members: MembersDirectory | undefined;
  const membersPath = opts.membersFile ? path.resolve(opts.membersFile) : undefined;
  // Logged as well as reported: a MEMBERS_FILE that cannot be read must not go unnoticed by whoever starts the bot.
  const membersNotUsed = (e: unknown) => {
    const said = `members file not used: ${(e as Error).message}`;
    if (!out.report.errors.includes(said)) {
      out.report.errors.push(said);
      log(`warning: ${said}; names stay as the archive has them`);
    }
  };
  // The members file the archive's names came from; undefined when none is given or it cannot be read.
  let membersSha: string | undefined;
  if (membersPath) {
    try {
      membersSha = await sha256(membersPath);
    } catch (e) {
      // Said at every run, not only when a source is read: names stay missing until it is fixed.
      membersNotUsed(e);
    }
  }
  // A run given no members file (or one it cannot read) leaves the names already in the archive
  // as they are: re-reading 660,000 records to take their names away helps no one.
  const namedBy = store.meta('members_sha');
  if (membersSha !== undefined && namedBy !== membersSha) {
    // Names and roles follow a new members file: every source is read again.
    if (namedBy !== undefined) log('import: the members file changed; re-reading every source');
    store.db.prepare('DELETE FROM source_files').run();
    store.setMeta('members_sha', membersSha);
  } else if (membersSha === undefined && namedBy === undefined) {
    store.setMeta('members_sha', 'none');
  }
  // The members as the search reads them (MembersDirectory.people), kept beside the records they
  // named; written again when the file changes, or for an archive imported before they were kept.
  if (membersPath && membersSha !== undefined && (namedBy !== membersSha || store.meta(PEOPLE_META) === undefined)) {
    try {
      members = await loadMembers(membersPath);
      store.setMeta(PEOPLE_META, JSON.stringify(members.people()));
    } catch (e) {
      membersNotUsed(e);
    }
  }

  const known = store.db.prepare('SELECT size, mtime_ms, sha256 FROM source_files WHERE path = ?');
  for (const file of await listSourceFiles(opts.paths)) {
    const st = await fs.stat(file).catch(() => undefined);
    const row = known.get(file) as { size: number; mtime_ms: number; sha256: string } | undefined;
    if (st && row && row.size === st.size && row.mtime_ms === st.mtimeMs) continue;
    const sha = st ? await sha256(file) : '';
    if (st && row && row.sha256 === sha) {
      store.db.prepare('UPDATE source_files SET mtime_ms = ? WHERE path = ?').run(st.mtimeMs, file);
      continue;
    }
    if (!members && membersPath && membersSha !== undefined) {
      try {
        members = await loadMembers(membersPath);
      } catch (e) {
        membersNotUsed(e);
      }
    }
    let batch: IncomingRecord[] = [];
    const flush = () => {
      if (!batch.length) return;
      const res = store.upsert(batch, now());
      out.added += res.added.length;
      out.updated += res.updated.length;
      batch = [];
    };
    const onRecord = (record: QaRecord, from: { file: string; where?: string }) => {
      batch.push({ record, source: { label: from.where ? `${from.file} ${from.where}` : from.file, kind: record.sources[0]?.kind ?? 'file' } });
      if (batch.length >= BATCH) flush();
    };
    const { report } = await loadArchive({ paths: [file], members, onRecord });
    flush();
    const fr = report.files[0];
    if (fr) {
      fr.file = path.relative(process.cwd(), file) || fr.file;
      out.report.files.push(fr);
    }
    out.report.skipped += report.skipped;
    for (const s of report.skips) if (out.report.skips.length < 200) out.report.skips.push(s);
    for (const [k, v] of Object.entries(report.skipReasons)) out.report.skipReasons[k] = (out.report.skipReasons[k] ?? 0) + v;
    out.report.errors.push(...report.errors);
    out.read.push(file);
    if (st) {
      store.db
        .prepare('INSERT OR REPLACE INTO source_files (path, size, mtime_ms, sha256, imported_at, summary) VALUES (?, ?, ?, ?, ?, ?)')
        .run(file, st.size, st.mtimeMs, sha, now().getTime(), JSON.stringify(fr ?? {}));
    }
    log(`import: ${path.basename(file)}: ${fr?.error ? `not read: ${fr.error}` : `${fr?.imported ?? 0} record(s), ${fr?.skipped ?? 0} skipped`}`);
  }
  out.report.imported = store.size;
  out.report.elapsedMs = Math.round(performance.now() - started);
  return out;
}
