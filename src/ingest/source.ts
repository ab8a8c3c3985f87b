// A source file's bytes as the importers need them: the head (to detect the format), the whole
// file (a JSON document, a page), or a stream of lines (JSON Lines). A gzip file (magic bytes
// 1f 8b, whatever its name) is read through zlib, so `*.jsonl.gz` loads like the `.jsonl`.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CP1252 } from './html.ts';

/** The largest JSON document read whole (uncompressed), below V8's string limit: a source, or a members directory. */
export const MAX_JSON_BYTES = 400 * 1024 * 1024;

export type SourceFile = { path: string; gzip: boolean; /** On disk (compressed, for gzip). */ size: number };

export async function openSource(abs: string): Promise<SourceFile> {
  const fh = await open(abs, 'r');
  try {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await fh.read(magic, 0, 2, 0);
    const { size } = await fh.stat();
    return { path: abs, gzip: bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b, size };
  } finally {
    await fh.close();
  }
}

/** The file's (uncompressed) bytes. A gzip error reads "gzip: …" rather than zlib's bare message. */
export function byteStream(src: SourceFile): Readable {
  const file = createReadStream(src.path);
  if (!src.gzip) return file;
  const gunzip = createGunzip();
  gunzip.on('error', (e) => {
    if (!e.message.startsWith('gzip: ')) e.message = `gzip: ${e.message}`;
  });
  pipeline(file, gunzip, () => {}); // closes the file when the reader stops early; errors reach the reader through gunzip
  return gunzip;
}

/**
 * At most the first n bytes (fewer when the file is shorter). A gzip stream that breaks off
 * after some bytes still gives those, so the format is known and the lines before the break are read.
 */
export async function readHead(src: SourceFile, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    await readUpTo(src, n, chunks);
  } catch (e) {
    if (!chunks.length) throw e;
  }
  return Buffer.concat(chunks).subarray(0, n);
}

/** The whole file, or undefined when it is longer than max bytes (uncompressed): a gzip bomb stops there. */
export async function readAll(src: SourceFile, max: number): Promise<Buffer | undefined> {
  if (!src.gzip && src.size > max) return undefined;
  const chunks: Buffer[] = [];
  const got = await readUpTo(src, max + 1, chunks);
  return got > max ? undefined : Buffer.concat(chunks);
}

async function readUpTo(src: SourceFile, n: number, chunks: Buffer[]): Promise<number> {
  const stream = byteStream(src);
  let got = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      got += chunk.length;
      if (got >= n) break;
    }
  } finally {
    stream.destroy();
  }
  return got;
}

/**
 * The lines of a byte stream, split at "\n" (a trailing "\r" removed), as bytes: each line is
 * decoded on its own, so one line in another encoding does not spoil the rest. A line longer
 * than maxLine bytes is not held: it comes out as null (a gzip bomb of one line ends there).
 */
export async function* byteLines(stream: Readable, maxLine = Infinity): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = []; // the line so far, kept in pieces: a 50 MB line is joined once, not per chunk
  let length = 0;
  let tooLong = false;
  const line = (): Buffer | null => (tooLong ? null : withoutCr(parts.length === 1 ? parts[0] : Buffer.concat(parts)));
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      parts.push(chunk.subarray(from, nl));
      yield line();
      parts = [];
      length = 0;
      tooLong = false;
      from = nl + 1;
    }
    if (from < chunk.length && !tooLong) {
      parts.push(chunk.subarray(from));
      length += chunk.length - from;
      if (length > maxLine) [parts, tooLong] = [[], true];
    }
  }
  if (parts.length || tooLong) yield line();
}

const withoutCr = (b: Buffer): Buffer => (b.length && b[b.length - 1] === 0x0d ? b.subarray(0, -1) : b);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8, else Windows-1252 (what text saved on Windows usually is); `utf8` says which. */
export function decodeText(buf: Buffer): { text: string; utf8: boolean } {
  try {
    return { text: utf8.decode(buf), utf8: true };
  } catch {
    return { text: windows1252(buf), utf8: false };
  }
}

/** Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x92 → U+0092, not ’): bytes 0x80–0x9F are mapped here. */
export function windows1252(buf: Buffer): string {
  return buf.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
}
