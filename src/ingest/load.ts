// Load an archive: files and folders of page captures and Written Questions API JSON / JSON Lines,
// each detected by content (gzip-compressed or not), every record validated, duplicates merged.
// Bad input is reported and skipped, never thrown: one broken line must not cost the other 58,000.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { QaRecord } from '../record.ts';
import { FOLDER_MEMBERS, fillMembers, loadMembers, type MembersDirectory } from './members.ts';
import { RecordMerger } from '../store/merge.ts';
import { isPageCapture, parsePageCapture } from './pageCapture.ts';
import { addSkip, emptyReport, type FileReport, type ImportReport } from './report.ts';
import { byteLines, byteStream, decodeText, MAX_JSON_BYTES, openSource, readAll, readHead, type SourceFile } from './source.ts';
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
const IGNORED = (name: string) => name.startsWith('.') || /^readme\.md$/i.test(name) || /\.sqlite(-\w+)?$/i.test(name) || FOLDER_MEMBERS.includes(name);

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
      for (const f of await sourceFilesIn(abs)) files.push({ abs: f, label: path.posix.join(path.basename(abs), path.relative(abs, f).split(path.sep).join('/')) });
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
  const src = await openSource(abs);
  const head = await readHead(src, HEAD_BYTES);
  const headText = head.toString('utf8').replace(/^\uFEFF/, ''); // for detection only: each line is decoded on its own later
  if (!headText.trim()) return void (fr.error = 'empty file');
  if (isBinary(head)) return void (fr.error = src.gzip ? 'binary file (gzip-compressed), not text' : 'binary file, not text');

  if (isJsonLines(headText, head.length < HEAD_BYTES)) {
    fr.format = 'wq-jsonl';
    await readJsonLines(src, label, fr, accept);
    return;
  }
  const first = headText.trimStart()[0];
  if (first === '{' || first === '[') {
    const buf = await readAll(src, MAX_JSON_BYTES);
    if (!buf) return void (fr.error = `JSON document too large (over ${MAX_JSON_BYTES / 1024 / 1024} MB); use JSON Lines`);
    let doc: unknown;
    try {
      doc = JSON.parse(decode(buf, fr).replace(/^\uFEFF/, ''));
    } catch (e) {
      return void (fr.error = `invalid JSON: ${errorText(e).slice(0, 160)}`);
    }
    return readDocument(doc, label, fr, accept);
  }
  const buf = await readAll(src, MAX_TEXT_BYTES);
  if (!buf) return void (fr.error = 'unsupported format: large text that is neither JSON nor a page capture');
  const text = decode(buf, fr);
  if (!isPageCapture(text)) return void (fr.error = 'unsupported format: not a page capture or Written Questions API JSON');
  fr.format = 'page-capture';
  accept(parsePageCapture(text, label));
}

function readDocument(doc: unknown, label: string, fr: FileReport, accept: (p: Parsed) => void): void {
  const shape = wqShape(doc);
  if (shape === 'members') return void (fr.error = 'a members directory, not records: pass it with --members, or name it members.json in the archive folder');
  if (shape === 'unknown') return void (fr.error = 'unsupported JSON: not a Written Questions API response or record list');
  fr.format ??= shape === 'list' ? 'wq-api-list' : shape === 'detail' ? 'wq-api-detail' : 'wq-jsonl';
  for (const p of parseWqDocument(doc, label)) accept(p);
}

/**
 * JSON Lines, one line at a time (the corpus file is 72 MB), each line decoded on its own: a line
 * that is not UTF-8 is read as Windows-1252 and named in the warning. A line holding a whole API
 * response is read as one.
 */
async function readJsonLines(src: SourceFile, label: string, fr: FileReport, accept: (p: Parsed) => void): Promise<void> {
  const notUtf8: number[] = [];
  let n = 0;
  try {
    for await (const bytes of byteLines(byteStream(src), MAX_JSON_BYTES)) {
      n++;
      if (!bytes) {
        accept({ ok: false, reason: `line longer than ${MAX_JSON_BYTES / 1024 / 1024} MB`, where: `line ${n}` });
        continue;
      }
      const decoded = decodeText(bytes);
      if (!decoded.utf8) notUtf8.push(n);
      const line = n === 1 ? decoded.text.replace(/^\uFEFF/, '') : decoded.text;
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
  } finally {
    if (notUtf8.length) fr.warning = `not UTF-8: ${lineList(notUtf8)} read as Windows-1252`;
  }
}

/** "line 2", "lines 2, 7 and 9", "lines 2, 7, 9 and 40 more". */
function lineList(ns: number[]): string {
  if (ns.length === 1) return `line ${ns[0]}`;
  const shown = ns.slice(0, 3);
  const rest = ns.length - shown.length;
  return rest ? `lines ${shown.join(', ')} and ${rest} more` : `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * JSON Lines when the first line is a JSON object or runs past the sample (one long line); or,
 * when the first line is broken, if a later line of the sample is a question or API response on
 * its own (and the file is not a whole JSON document): one bad line must not hide the rest.
 */
function isJsonLines(head: string, whole: boolean): boolean {
  const lines = head.split('\n');
  if (!whole) lines.pop(); // cut off mid-line
  const at = lines.findIndex((l) => l.trim());
  if (at < 0) return head.trimStart()[0] === '{';
  if (isJsonObject(lines[at])) return true;
  if (whole && parseJson(head) !== undefined) return false; // a small pretty-printed document
  return lines.slice(at + 1).some((l) => {
    const shape = l.trim() ? wqShape(parseJson(l)) : 'unknown';
    return shape === 'values' || shape === 'detail' || shape === 'list';
  });
}

function isJsonObject(s: string): boolean {
  const v = parseJson(s);
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
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

/** UTF-8, else Windows-1252 (what a capture saved on Windows usually is), noted in the report. */
function decode(buf: Buffer, fr: FileReport): string {
  const { text, utf8 } = decodeText(buf);
  if (!utf8) fr.warning = 'not UTF-8: read as Windows-1252';
  return text;
}

/** The source files below a folder, in name order: what the loader reads, and what is imported into the archive. */
export async function sourceFilesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (IGNORED(e.name) || e.name === '.gitkeep') continue;
    const p = path.join(dir, e.name);
    const st = e.isSymbolicLink() ? await stat(p).catch(() => undefined) : e;
    if (st?.isDirectory()) out.push(...(await sourceFilesIn(p)));
    else if (st?.isFile()) out.push(p);
  }
  return out;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
