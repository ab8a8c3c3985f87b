// Load an archive: files and folders of page captures and Written Questions API JSON / JSON Lines,
// each detected by content, every record validated, duplicates merged. Bad input is reported and
// skipped, never thrown: one broken line must not cost the other 58,000.
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { QaRecord } from '../record.ts';
import { fillMembers, loadMembers, type MembersDirectory } from './members.ts';
import { RecordMerger } from '../store/merge.ts';
import { isPageCapture, parsePageCapture } from './pageCapture.ts';
import { addSkip, emptyReport, type FileReport, type ImportReport } from './report.ts';
import type { Parsed } from './types.ts';
import { parseWqDocument, parseWqValue, wqShape } from './wqApi.ts';

export type Progress = { file: string; records: number; done: boolean };

export type LoadOptions = {
  paths: string[];
  /** members_lookup_derived.json or a Members API array, to name the members behind ids. */
  membersFile?: string;
  /** An already loaded directory (takes precedence over membersFile). */
  members?: MembersDirectory;
  onProgress?: (p: Progress) => void;
  /**
   * Receive each valid record as it is read, instead of collecting and merging them in memory
   * (the archive store merges): the records returned are then empty.
   */
  onRecord?: (r: QaRecord, from: { file: string; where?: string }) => void;
};

const HEAD_BYTES = 64 * 1024;
const MAX_TEXT_BYTES = 10 * 1024 * 1024; // a page capture is a few KB
const MAX_JSON_BYTES = 400 * 1024 * 1024; // below V8's string limit
const IGNORED = (name: string) => name.startsWith('.') || /^readme\.md$/i.test(name) || /\.sqlite(-\w+)?$/i.test(name);

export async function loadArchive(opts: LoadOptions): Promise<{ records: QaRecord[]; report: ImportReport }> {
  const started = performance.now();
  const report = emptyReport();
  const merger = new RecordMerger();
  let members = opts.members;
  if (!members && opts.membersFile) {
    try {
      members = await loadMembers(opts.membersFile);
    } catch (e) {
      report.errors.push(`members file not used: ${errorText(e)}`);
    }
  }

  const files: { abs: string; label: string }[] = [];
  for (const p of opts.paths) {
    const abs = path.resolve(p);
    const st = await stat(abs).catch(() => undefined);
    if (!st) {
      report.errors.push(`no such file or directory: ${p}`);
      report.files.push({ file: p, read: 0, imported: 0, skipped: 0, error: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) {
      for (const f of await walk(abs)) files.push({ abs: f, label: path.posix.join(path.basename(abs), path.relative(abs, f).split(path.sep).join('/')) });
    } else files.push({ abs, label: path.basename(abs) });
  }

  let total = 0;
  for (const { abs, label } of files) {
    const fr: FileReport = { file: label, read: 0, imported: 0, skipped: 0 };
    report.files.push(fr);
    const accept = (p: Parsed): void => {
      fr.read++;
      if (!p.ok) {
        fr.skipped++;
        addSkip(report, { file: label, where: p.where, reason: p.reason });
        return;
      }
      if (members) fillMembers(p.draft, members);
      const res = QaRecord.safeParse(p.draft);
      if (!res.success) {
        fr.skipped++;
        const why = res.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || 'record'}: ${i.message}`)
          .join('; ');
        addSkip(report, { file: label, where: p.where, reason: `invalid record: ${why}` });
        return;
      }
      fr.imported++;
      if (opts.onRecord) opts.onRecord(res.data, { file: label, where: p.where });
      else merger.add(res.data);
      if (++total % 5000 === 0) opts.onProgress?.({ file: label, records: total, done: false });
    };
    try {
      await readOne(abs, label, fr, accept);
    } catch (e) {
      fr.error = `could not be read: ${errorText(e)}`;
    }
    if (fr.error) addSkip(report, { file: label, reason: fr.error });
    opts.onProgress?.({ file: label, records: total, done: true });
  }

  const records = merger.records();
  report.imported = records.length;
  report.merged = merger.merged;
  report.elapsedMs = Math.round(performance.now() - started);
  return { records, report };
}

/** Detect the format from the first bytes and feed every item to `accept`; file-level problems go in fr.error. */
async function readOne(abs: string, label: string, fr: FileReport, accept: (p: Parsed) => void): Promise<void> {
  const size = (await stat(abs)).size;
  const head = await readHead(abs, HEAD_BYTES);
  const headText = head.toString('utf8').replace(/^\uFEFF/, '');
  if (!headText.trim()) return void (fr.error = 'empty file');
  if (isBinary(head)) return void (fr.error = 'binary file, not text');
  const utf8 = isUtf8(head, size <= head.length);
  if (!utf8 && size > MAX_TEXT_BYTES) return void (fr.error = 'not UTF-8 text');

  const first = headText.trimStart()[0];
  if (first === '{' && utf8 && startsWithJsonLine(headText)) {
    fr.format = 'wq-jsonl';
    await readJsonLines(abs, label, fr, accept);
    return;
  }
  if (first === '{' || first === '[') {
    if (size > MAX_JSON_BYTES) return void (fr.error = `JSON document too large (${size} bytes); use JSON Lines`);
    const text = decode(await readFile(abs), fr);
    let doc: unknown;
    try {
      doc = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return void (fr.error = `invalid JSON: ${errorText(e).slice(0, 160)}`);
    }
    return readDocument(doc, label, fr, accept);
  }
  if (size > MAX_TEXT_BYTES) return void (fr.error = 'unsupported format: large text that is neither JSON nor a page capture');
  const text = decode(await readFile(abs), fr);
  if (!isPageCapture(text)) return void (fr.error = 'unsupported format: not a page capture or Written Questions API JSON');
  fr.format = 'page-capture';
  accept(parsePageCapture(text, label));
}

function readDocument(doc: unknown, label: string, fr: FileReport, accept: (p: Parsed) => void): void {
  const shape = wqShape(doc);
  if (shape === 'members') return void (fr.error = 'a members directory, not records: pass it with --members');
  if (shape === 'unknown') return void (fr.error = 'unsupported JSON: not a Written Questions API response or record list');
  fr.format ??= shape === 'list' ? 'wq-api-list' : shape === 'detail' ? 'wq-api-detail' : 'wq-jsonl';
  for (const p of parseWqDocument(doc, label)) accept(p);
}

/** JSON Lines, one line at a time (the corpus file is 72 MB). A line holding a whole API response is read as one. */
async function readJsonLines(abs: string, label: string, fr: FileReport, accept: (p: Parsed) => void): Promise<void> {
  const rl = createInterface({ input: createReadStream(abs, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    const where = `line ${n}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      accept({ ok: false, reason: `invalid JSON: ${errorText(e).slice(0, 120)}`, where });
      continue;
    }
    const shape = wqShape(v);
    if (shape === 'list' || shape === 'members') {
      if (n === 1) fr.format = undefined;
      readDocument(v, label, fr, accept);
    } else accept(parseWqValue(v, label, where));
  }
}

/** JSON Lines when the first line is a complete JSON object, or runs past the sample (one long line). */
function startsWithJsonLine(head: string): boolean {
  const t = head.trimStart();
  const nl = t.indexOf('\n');
  if (nl < 0) return t.length >= HEAD_BYTES - 4 || isJsonObject(t);
  return isJsonObject(t.slice(0, nl));
}

function isJsonObject(s: string): boolean {
  try {
    const v = JSON.parse(s);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

async function readHead(abs: string, n: number): Promise<Buffer> {
  const fh = await open(abs, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** NUL bytes, or many control characters, mean this is not a text file. */
function isBinary(head: Buffer): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.01;
}

function isUtf8(head: Buffer, whole: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}

/** UTF-8, else Windows-1252 (what a capture saved on Windows usually is), noted in the report. */
function decode(buf: Buffer, fr: FileReport): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    fr.warning = 'not UTF-8: read as Windows-1252';
    return new TextDecoder('windows-1252').decode(buf);
  }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (IGNORED(e.name) || e.name === '.gitkeep') continue;
    const p = path.join(dir, e.name);
    const st = e.isSymbolicLink() ? await stat(p).catch(() => undefined) : e;
    if (st?.isDirectory()) out.push(...(await walk(p)));
    else if (st?.isFile()) out.push(p);
  }
  return out;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
