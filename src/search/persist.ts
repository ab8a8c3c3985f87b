// The persisted index: a snapshot of the search index at one point of the archive store's
// change log (`seq`). The records as indexed and the MiniSearch index are written in line-sized
// parts (one JSON string of a large index passes V8's string limit). Each snapshot is a folder
// of its own; the file CURRENT names the one to load and is replaced atomically, so a reader
// never sees old and new files mixed. A loaded snapshot is brought up to date by replaying the
// store's changes after its seq (src/search/live.ts).
import { closeSync, createWriteStream, openSync, promises as fs, readSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { QaRecord } from '../record.ts';
import { miniSearchOptions } from './engine.ts';
import { internals, recordsByShortId } from './internals.ts';
import { parseGroups, questionGroups } from './groups.ts';

/** Bump when tokenisation, fields, scoring statistics or the record shape change: old snapshots are then rebuilt. */
export const INDEX_VERSION = 6;

const TERMS_PER_LINE = 2000;
/** Which records ask the same question (groups.ts), one short id per record. */
const GROUPS_FILE = 'question-groups.json';
const CURRENT = 'CURRENT';

export interface Manifest {
  version: number;
  /** The archive store this snapshot was taken of (ArchiveStore.archiveId). */
  archiveId: string;
  /** The last change of the store the snapshot includes. */
  seq: number;
  builtAt: string;
  records: number;
}

/** The manifest of the snapshot CURRENT names, or undefined when there is none (or it is unreadable). */
export async function readManifest(dir: string): Promise<(Manifest & { folder: string }) | undefined> {
  try {
    const name = (await fs.readFile(path.join(dir, CURRENT), 'utf8')).trim();
    const folder = path.join(dir, name);
    const manifest = JSON.parse(await fs.readFile(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
    return { ...manifest, folder };
  } catch {
    return undefined;
  }
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  // Waiting for 'drain' also lets other work run between blocks (the search worker answers queries meanwhile).
  for (const line of lines) {
    if (!out.write(line + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  const fh = await fs.open(tmp, 'w');
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.rename(tmp, file);
}

/**
 * Write a snapshot into a new folder, then point CURRENT at it. The snapshot it replaces is kept
 * (a reader may be loading it); older ones, and folders a crash left half-written, are removed.
 * The index must not change while this runs (it yields between blocks).
 */
export async function saveIndex(
  dir: string,
  manifest: Manifest,
  records: Iterable<QaRecord>,
  index: MiniSearch<QaRecord>,
  groups?: Int32Array,
): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const previous = (await readManifest(dir))?.folder;
  const name = `snapshot-${String(manifest.seq).padStart(10, '0')}-${randomUUID().slice(0, 8)}`;
  const folder = path.join(dir, name);
  await fs.mkdir(folder);
  const size = internals(index)._nextId;
  await writeLines(path.join(folder, 'records.jsonl'), (function* () {
    for (const r of records) yield JSON.stringify(r);
  })());
  await fs.writeFile(path.join(folder, 'index-header.json'), JSON.stringify(indexHeader(index)));
  await writeLines(path.join(folder, 'index-terms.jsonl'), termLines(index));
  const g = groups ? groups.subarray(0, size) : questionGroups(recordsByShortId(index, records));
  await fs.writeFile(path.join(folder, GROUPS_FILE), JSON.stringify(Array.from(g)));
  await fs.writeFile(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeAtomically(path.join(dir, CURRENT), name + '\n');
  for (const entry of await fs.readdir(dir)) {
    const p = path.join(dir, entry);
    if (entry.startsWith('snapshot-') && p !== folder && p !== previous) await fs.rm(p, { recursive: true, force: true });
  }
}

/** Records and index, read as fast as possible: at start-up, or in the search worker. */
export async function loadIndex(dir: string): Promise<{ manifest: Manifest; records: QaRecord[]; index: MiniSearch<QaRecord>; groups?: Int32Array }> {
  const current = await readManifest(dir);
  if (!current) throw new Error(`no index snapshot in ${dir}`);
  const { folder, ...manifest } = current;
  dir = folder;
  const records: QaRecord[] = [];
  for (const line of readLinesSync(path.join(dir, 'records.jsonl'))) records.push(JSON.parse(line) as QaRecord);
  const header = JSON.parse(await fs.readFile(path.join(dir, 'index-header.json'), 'utf8')) as Omit<AsPlainObject, 'index'>;
  // The header through loadJS; the terms straight into the term index, a line at a time, so no
  // plain copy of the whole index (as large as the index itself) ever exists.
  const index = MiniSearch.loadJS<QaRecord>({ ...header, index: [] }, miniSearchOptions());
  const termIndex = internals(index)._index;
  for (const line of readLinesSync(path.join(dir, 'index-terms.jsonl'))) {
    for (const [term, fields] of JSON.parse(line) as PackedTerm[]) {
      const byField = new Map<number, Map<number, number>>();
      for (const [fieldId, postings] of fields) {
        const freqs = new Map<number, number>();
        for (let i = 0; i < postings.length; i += 2) freqs.set(postings[i]!, postings[i + 1]!);
        byField.set(fieldId, freqs);
      }
      termIndex.set(term, byField);
    }
  }
  // Worked out again (see groups.ts) when missing or not matching.
  const groups = await fs.readFile(path.join(dir, GROUPS_FILE), 'utf8').then((json) => parseGroups(json, internals(index)._nextId), () => undefined);
  return { manifest, records, index, groups };
}


/** Lines of a file of any size, read in blocks (one string of the whole file could pass V8's limit). */
export function* readLinesSync(file: string, blockSize = 1 << 22): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    // Pieces of the current line; joined once when its newline arrives (lines run to megabytes).
    let parts: Buffer[] = [];
    for (;;) {
      const buf = Buffer.allocUnsafe(blockSize);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      let from = 0;
      let nl: number;
      while ((nl = buf.indexOf(10, from)) >= 0 && nl < n) {
        parts.push(buf.subarray(from, nl));
        const line = Buffer.concat(parts).toString('utf8');
        parts = [];
        if (line) yield line;
        from = nl + 1;
      }
      if (from < n) parts.push(buf.subarray(from, n));
    }
    const last = Buffer.concat(parts).toString('utf8');
    if (last) yield last;
  } finally {
    closeSync(fd);
  }
}

// MiniSearch's toJSON() builds a plain copy of the whole index before anything is written; at
// the full archive's size that copy alone is over a gigabyte. These two read the same fields
// (minisearch 7, serialization version 2, as toJSON does) and let the terms go out a line at a time.
function indexHeader(index: MiniSearch<QaRecord>): Omit<AsPlainObject, 'index'> {
  const m = internals(index);
  return {
    documentCount: m._documentCount,
    nextId: m._nextId,
    documentIds: Object.fromEntries(m._documentIds),
    fieldIds: m._fieldIds,
    fieldLength: Object.fromEntries(m._fieldLength),
    averageFieldLength: m._avgFieldLength,
    storedFields: Object.fromEntries(m._storedFields),
    dirtCount: m._dirtCount,
    serializationVersion: 2,
  };
}

/**
 * A term as stored: [term, [[fieldId, [doc, freq, doc, freq, …]], …]]. Flat number arrays parse
 * much faster than MiniSearch's {"doc": freq} objects, whose keys must each become numbers again.
 */
type PackedTerm = [string, [number, number[]][]];

function* termLines(index: MiniSearch<QaRecord>): Generator<string> {
  let batch: PackedTerm[] = [];
  for (const [term, fieldIndex] of internals(index)._index) {
    const fields: [number, number[]][] = [];
    for (const [fieldId, freqs] of fieldIndex) {
      const postings: number[] = [];
      for (const [doc, freq] of freqs) postings.push(doc, freq);
      fields.push([fieldId, postings]);
    }
    batch.push([term, fields]);
    if (batch.length === TERMS_PER_LINE) {
      yield JSON.stringify(batch);
      batch = [];
    }
  }
  if (batch.length) yield JSON.stringify(batch);
}
