// The persisted index: a snapshot of the search index at one point of the archive store's
// change log (`seq`). The records as indexed and the MiniSearch index are written in line-sized
// parts (one JSON string of a large index passes V8's string limit). Each snapshot is a folder
// of its own; the file CURRENT names the one to load and is replaced atomically, so a reader
// never sees old and new files mixed. A loaded snapshot is brought up to date by replaying the
// store's changes after its seq (src/search/live.ts).
import { closeSync, createWriteStream, openSync, promises as fs, readFileSync, readSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { metaOf, type QaRecord, type RecordMeta } from '../record.ts';
import type { Abbreviations } from './abbreviations.ts';
import { miniSearchOptions } from './engine.ts';
import { internals } from './internals.ts';
import { parseGroups } from './groups.ts';
import { decodeMeta, MetaWriter } from './meta-file.ts';
import { PackedPostings } from './postings.ts';
import { useShortIdMaps } from './shortIdMap.ts';

/** Bump when tokenisation, fields, scoring statistics or the record shape change: old snapshots are then rebuilt. */
// 21: a question's address read whole (its groups); not 20, which a build reverted within the hour
// (075661a) had written with other terms. 22 to 26: words Porter joined to another's stem keep
// their own (distinct.ts).
export const INDEX_VERSION = 26;

const TERMS_PER_LINE = 2000;
/** Which records ask the same question (groups.ts), one short id per record. */
const GROUPS_FILE = 'question-groups.json';
const CURRENT = 'CURRENT';
/**
 * Each record as the index keeps it (RecordMeta: no text), as rows (meta-file.ts), and the
 * strings they share. Rows are in short-id order, null where a record has left: a row's place
 * is its MiniSearch short id, so MiniSearch's id tables need no file of their own.
 */
const RECORDS_FILE = 'record-meta.jsonl';
const STRINGS_FILE = 'record-strings.json';
const ROWS_PER_LINE = 5000;
/**
 * Abbreviations learned from the archive's text (abbreviations.ts), so a start need not read it
 * all. Keyed by how they are written since the second form; a snapshot of the first form
 * (`abbreviations.json`, keyed by index term) is of an older INDEX_VERSION and is rebuilt. One
 * whose file is missing is loaded, and they are learned again at start (live.ts).
 */
const ABBREVIATIONS_FILE = 'abbreviations-2.json';
/** Each record's field lengths (Int32, fields in order, by short id; 0 where a record has left). */
const LENGTHS_FILE = 'field-lengths.bin';

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

async function writeLines(file: string, lines: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const out = createWriteStream(file);
  // Waiting for 'drain' also lets other work run between blocks (the search worker answers queries meanwhile).
  for await (const line of lines) {
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
 * The index must not change while this runs (it yields between blocks). Two processes may write
 * at once (a bot and a CLI started together on a fresh archive): the folder's name holds its
 * writer's pid, and a half-written folder whose writer still runs is left to it.
 */
export async function saveIndex(
  dir: string,
  manifest: Manifest,
  recordAt: (short: number) => RecordMeta | QaRecord | undefined,
  index: MiniSearch<QaRecord>,
  groups: Int32Array,
  abbreviations?: Abbreviations,
): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const previous = (await readManifest(dir))?.folder;
  const name = `snapshot-${String(manifest.seq).padStart(10, '0')}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const folder = path.join(dir, name);
  await fs.mkdir(folder);
  const m = internals(index);
  const size = m._nextId;
  // Records without their text (the text stays in the archive store, read when a query needs
  // it), and their field lengths, by short id.
  const meta = new MetaWriter();
  const fields = Object.keys(m._fieldIds).length;
  const lengths = new Int32Array(size * fields);
  await writeLines(path.join(folder, RECORDS_FILE), (function* () {
    let rows: unknown[] = [];
    for (let short = 0; short < size; short++) {
      const r = m._documentIds.has(short) ? recordAt(short) : undefined;
      if (r && m._documentIds.get(short) !== r.id) throw new Error(`the index's record ${short} is not ${r.id}`);
      rows.push(r ? meta.encode('questionText' in r ? metaOf(r as QaRecord) : r) : null);
      (m._fieldLength.get(short) ?? []).forEach((l, f) => (lengths[short * fields + f] = l));
      if (rows.length === ROWS_PER_LINE) {
        yield JSON.stringify(rows);
        rows = [];
      }
    }
    if (rows.length) yield JSON.stringify(rows);
  })());
  await fs.writeFile(path.join(folder, STRINGS_FILE), JSON.stringify(meta.strings));
  await fs.writeFile(path.join(folder, LENGTHS_FILE), Buffer.from(lengths.buffer, lengths.byteOffset, lengths.byteLength));
  if (abbreviations) await fs.writeFile(path.join(folder, ABBREVIATIONS_FILE), JSON.stringify([...abbreviations]));
  const freqBytes = maxFreq(index) > 0xffff ? 4 : 2;
  await fs.writeFile(path.join(folder, 'index-header.json'), JSON.stringify({ ...indexHeader(index), freqBytes }));
  await writePostings(folder, index, freqBytes);
  await fs.writeFile(path.join(folder, GROUPS_FILE), JSON.stringify(Array.from(groups.subarray(0, size))));
  await fs.writeFile(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeAtomically(path.join(dir, CURRENT), name + '\n');
  // CURRENT read again: another writer may have replaced it since.
  const keep = new Set([folder, previous, (await readManifest(dir))?.folder]);
  for (const entry of await fs.readdir(dir)) {
    const p = path.join(dir, entry);
    if (!entry.startsWith('snapshot-') || keep.has(p) || (await beingWritten(p))) continue;
    await fs.rm(p, { recursive: true, force: true });
  }
}

/**
 * A snapshot folder without its manifest (written last) whose writer, another process, still runs
 * and wrote to it lately: a pid is reused (a container's processes are numbered alike at every
 * start), and a crashed writer's folder, hundreds of megabytes at 660,000 records, must still go.
 */
async function beingWritten(folder: string): Promise<boolean> {
  const pid = Number(/^snapshot-\d+-(\d+)-/.exec(path.basename(folder))?.[1]);
  if (!pid || pid === process.pid || !processRuns(pid)) return false;
  try {
    await fs.access(path.join(folder, 'manifest.json'));
    return false;
  } catch {
    const files = await fs.readdir(folder).catch(() => [] as string[]);
    const times = await Promise.all([folder, ...files.map((f) => path.join(folder, f))].map((p) => fs.stat(p).then((st) => st.mtimeMs, () => 0)));
    return Date.now() - Math.max(...times) < STALE_WRITE_MS;
  }
}

/** A half-written snapshot untouched this long is a crash's leftover, whichever process bears its pid now. */
const STALE_WRITE_MS = 60 * 60 * 1000;

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records and index, read as fast as possible: at start-up, or in the search worker. */
export async function loadIndex(
  dir: string,
): Promise<{ manifest: Manifest; records: RecordMeta[]; index: MiniSearch<QaRecord>; groups?: Int32Array; abbreviations?: Abbreviations }> {
  const current = await readManifest(dir);
  if (!current) throw new Error(`no index snapshot in ${dir}`);
  const { folder, ...manifest } = current;
  dir = folder;
  const strings = JSON.parse(await fs.readFile(path.join(dir, STRINGS_FILE), 'utf8')) as string[];
  const header = JSON.parse(await fs.readFile(path.join(dir, 'index-header.json'), 'utf8')) as Omit<AsPlainObject, 'index'>;
  // The header through loadJS; the terms straight into the term index, a line at a time, so no
  // plain copy of the whole index (as large as the index itself) ever exists.
  const index = MiniSearch.loadJS<QaRecord>({ ...header, index: [], documentIds: {}, fieldLength: {}, storedFields: {} }, miniSearchOptions());
  const m = internals(index);
  useShortIdMaps(m);
  // MiniSearch's id tables and field lengths, from the records' places and the lengths file.
  const fields = Object.keys(m._fieldIds).length;
  const lengths = int32View(readFileSync(path.join(dir, LENGTHS_FILE)));
  if (lengths.length !== header.nextId * fields) throw new Error(`${LENGTHS_FILE} does not fit the index`);
  const records: RecordMeta[] = [];
  let short = 0;
  for (const line of readLinesSync(path.join(dir, RECORDS_FILE))) {
    for (const row of JSON.parse(line) as (Parameters<typeof decodeMeta>[0] | null)[]) {
      if (row) {
        const r = decodeMeta(row, strings);
        records.push(r);
        m._documentIds.set(short, r.id);
        m._idToShortId.set(r.id, short);
        // A plain array, as MiniSearch keeps them (Array.from of a view costs twice as much here).
        const own: number[] = [];
        for (let f = 0; f < fields; f++) own.push(lengths[short * fields + f]!);
        m._fieldLength.set(short, own);
      }
      short++;
    }
  }
  if (short !== header.nextId || records.length !== header.documentCount) throw new Error(`${RECORDS_FILE} does not fit the index`);
  const termIndex = m._index;
  // Every posting in two flat files, read whole: each term's postings are views of them (postings.ts).
  const docs = int32View(readFileSync(path.join(dir, DOCS_FILE)));
  const freqBytes = (header as { freqBytes?: number }).freqBytes ?? 2;
  const freqs = freqView(readFileSync(path.join(dir, FREQS_FILE)), freqBytes);
  if (freqs.length !== docs.length) throw new Error(`${DOCS_FILE} and ${FREQS_FILE} do not agree`);
  let at = 0;
  for (const line of readLinesSync(path.join(dir, TERMS_FILE))) {
    for (const [term, fields] of JSON.parse(line) as PackedTerm[]) {
      const byField = new Map<number, Map<number, number>>();
      for (const [fieldId, start, count] of fields) {
        // Terms were written in order, each field's postings after the last: anything else is a damaged file.
        if (start !== at || start + count > docs.length) throw new Error(`${TERMS_FILE} does not fit ${DOCS_FILE}`);
        byField.set(fieldId, new PackedPostings(docs.subarray(start, start + count), freqs.subarray(start, start + count)));
        at += count;
      }
      termIndex.set(term, byField);
    }
  }
  if (at !== docs.length) throw new Error(`${TERMS_FILE} does not fit ${DOCS_FILE}`);
  // Worked out again (see groups.ts) when missing or not matching.
  const groups = await fs.readFile(path.join(dir, GROUPS_FILE), 'utf8').then((json) => parseGroups(json, internals(index)._nextId), () => undefined);
  const abbreviations = await fs.readFile(path.join(dir, ABBREVIATIONS_FILE), 'utf8').then((json) => new Map(JSON.parse(json) as [string, string[]][]), () => undefined);
  return { manifest, records, index, groups, abbreviations };
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
// The document ids and field lengths are left out: the records file and the lengths file hold
// them. Stored fields are none (the engine stores no fields in MiniSearch: miniSearchOptions).
function indexHeader(index: MiniSearch<QaRecord>): Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'> {
  const m = internals(index);
  if (m._storedFields.size) throw new Error('the index stores fields, which a snapshot does not keep');
  return {
    documentCount: m._documentCount,
    nextId: m._nextId,
    fieldIds: m._fieldIds,
    averageFieldLength: m._avgFieldLength,
    dirtCount: m._dirtCount,
    serializationVersion: 2,
  };
}

/**
 * A term as stored: [term, [[fieldId, start, count], …]]; its postings in a field are entries
 * start … start + count − 1 of the documents file (Int32, ascending within a term's field) and
 * of the frequencies file (Uint16, or Uint32 when the header says freqBytes 4). Both in the
 * machine's byte order (little-endian on every platform Node runs on here).
 */
type PackedTerm = [string, [number, number, number][]];

const TERMS_FILE = 'index-terms.jsonl';
const DOCS_FILE = 'postings-docs.bin';
const FREQS_FILE = 'postings-freqs.bin';

/** A term's postings in a field as packed arrays, documents ascending (a term added since the load is still a Map). */
function packed(postings: Map<number, number>): { docs: Int32Array; freqs: Uint16Array | Uint32Array } {
  return (postings instanceof PackedPostings ? postings : PackedPostings.from(postings)).sorted();
}

function maxFreq(index: MiniSearch<QaRecord>): number {
  let max = 0;
  for (const [, fields] of internals(index)._index) {
    for (const [, postings] of fields) {
      const { freqs } = packed(postings);
      for (let i = 0; i < freqs.length; i++) if (freqs[i]! > max) max = freqs[i]!;
    }
  }
  return max;
}

/** Terms a line at a time, postings a block at a time: the index is never copied whole. */
async function writePostings(folder: string, index: MiniSearch<QaRecord>, freqBytes: number): Promise<void> {
  const docsOut = createWriteStream(path.join(folder, DOCS_FILE));
  const freqsOut = createWriteStream(path.join(folder, FREQS_FILE));
  const put = async (out: ReturnType<typeof createWriteStream>, a: Int32Array | Uint16Array | Uint32Array) => {
    if (!out.write(Buffer.from(a.buffer, a.byteOffset, a.byteLength))) await once(out, 'drain');
  };
  let at = 0;
  let batch: PackedTerm[] = [];
  let docs: number[] = [];
  let freqs: number[] = [];
  const flush = async () => {
    await put(docsOut, Int32Array.from(docs));
    await put(freqsOut, freqBytes === 4 ? Uint32Array.from(freqs) : Uint16Array.from(freqs));
    docs = [];
    freqs = [];
  };
  await writeLines(path.join(folder, TERMS_FILE), (async function* () {
    for (const [term, fieldIndex] of internals(index)._index) {
      const fields: [number, number, number][] = [];
      for (const [fieldId, postings] of fieldIndex) {
        // Ascending documents: a packed term is looked up by binary search.
        const p = packed(postings);
        for (let i = 0; i < p.docs.length; i++) {
          docs.push(p.docs[i]!);
          freqs.push(p.freqs[i]!);
        }
        fields.push([fieldId, at, p.docs.length]);
        at += p.docs.length;
      }
      batch.push([term, fields]);
      if (docs.length >= 1 << 20) await flush();
      if (batch.length === TERMS_PER_LINE) {
        yield JSON.stringify(batch);
        batch = [];
      }
    }
    if (batch.length) yield JSON.stringify(batch);
    await flush();
  })());
  for (const out of [docsOut, freqsOut]) {
    out.end();
    await once(out, 'finish');
  }
}

/** A typed view of a file's bytes (copied only when the buffer is not aligned for it). */
function int32View(buf: Buffer): Int32Array {
  return buf.byteOffset % 4 === 0 ? new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4) : new Int32Array(Uint8Array.from(buf).buffer);
}

function freqView(buf: Buffer, bytes: number): Uint16Array | Uint32Array {
  const aligned = buf.byteOffset % bytes === 0 ? buf : Buffer.from(Uint8Array.from(buf).buffer);
  return bytes === 4 ? new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4) : new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 2);
}
