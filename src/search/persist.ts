// The persisted index in index/: the normalised records and the MiniSearch index, written
// in line-sized parts (one JSON string of a large index passes V8's string limit), plus a
// manifest with the content hash of the sources it was built from.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, promises as fs, readSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { QaRecord } from '../record.ts';
import { miniSearchOptions } from './engine.ts';
import { internals, recordsByShortId } from './internals.ts';
import { parseGroups, questionGroups } from './groups.ts';

/** Bump when tokenisation, fields or the record shape change: old indexes are then rebuilt. */
export const INDEX_VERSION = 5;

const TERMS_PER_LINE = 2000;
/** Which records ask the same question (groups.ts), one short id per record. */
const GROUPS_FILE = 'question-groups.json';

export interface Manifest {
  version: number;
  hash: string;
  builtAt: string;
  records: number;
  sources: string[];
}

const IGNORED = /(^|\/)(\.|README\.md$|state\.sqlite)|\.sqlite(-wal|-shm)?$/;

/** Every file below the given paths (folders walked in sorted order), skipping state and dotfiles. */
export async function listSourceFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const st = await fs.stat(p);
    if (st.isDirectory()) {
      for (const name of (await fs.readdir(p)).sort()) {
        if (!IGNORED.test(name)) await walk(path.join(p, name));
      }
    } else if (st.isFile()) out.push(p);
  };
  for (const p of paths) await walk(p);
  return out;
}

/** Hash of the sources' names and contents, the members file, and the index version. */
export async function contentHash(files: string[], extra: string[] = []): Promise<string> {
  const h = createHash('sha256');
  h.update(`v${INDEX_VERSION}\n`);
  for (const f of [...files, ...extra]) {
    h.update(`${path.basename(f)}\n`);
    const stream = createReadStream(f);
    for await (const chunk of stream) h.update(chunk as Buffer);
    h.update('\n');
  }
  return h.digest('hex');
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const line of lines) {
    if (!out.write(line + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function* readLines(file: string): AsyncGenerator<string> {
  const rl = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}

/**
 * Write to a temporary folder and swap it in, so a crash mid-write never leaves a
 * half-written index that looks valid.
 */
export async function saveIndex(
  dir: string,
  manifest: Manifest,
  records: QaRecord[],
  index: MiniSearch<QaRecord>,
  groups: Int32Array = questionGroups(recordsByShortId(index, records)),
): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  await fs.mkdir(tmp, { recursive: true });
  await writeLines(path.join(tmp, 'records.jsonl'), (function* () {
    for (const r of records) yield JSON.stringify(r);
  })());
  await fs.writeFile(path.join(tmp, 'index-header.json'), JSON.stringify(indexHeader(index)));
  await writeLines(path.join(tmp, 'index-terms.jsonl'), termLines(index));
  await fs.writeFile(path.join(tmp, GROUPS_FILE), JSON.stringify(Array.from(groups)));
  await fs.writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // Keep README.md / .gitkeep in place; replace only the index files.
  await fs.mkdir(dir, { recursive: true });
  await fs.rm(path.join(dir, 'manifest.json'), { force: true });
  for (const name of ['records.jsonl', 'index-header.json', 'index-terms.jsonl', GROUPS_FILE]) {
    await fs.rename(path.join(tmp, name), path.join(dir, name));
  }
  // The manifest goes last: it is what says the files belong together.
  await fs.rename(path.join(tmp, 'manifest.json'), path.join(dir, 'manifest.json'));
  await fs.rm(tmp, { recursive: true, force: true });
}

/** The records, read without blocking the event loop for long (the running bot's main thread uses it). */
export async function loadRecords(dir: string): Promise<QaRecord[]> {
  const records: QaRecord[] = [];
  for await (const line of readLines(path.join(dir, 'records.jsonl'))) records.push(JSON.parse(line) as QaRecord);
  return records;
}

/** Records and index, read as fast as possible: at start-up, or in the search worker. */
export async function loadIndex(dir: string): Promise<{ records: QaRecord[]; index: MiniSearch<QaRecord>; groups?: Int32Array }> {
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
  return { records, index, groups };
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
