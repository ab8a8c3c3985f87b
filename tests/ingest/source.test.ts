import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { byteLines, decodeText, windows1252 } from '../../src/ingest/source.ts';

const lines = async (chunks: string[], maxLine?: number) => {
  const out: (string | null)[] = [];
  for await (const b of byteLines(Readable.from(chunks.map((c) => Buffer.from(c))), maxLine)) out.push(b ? b.toString() : null);
  return out;
};

describe('byteLines', () => {
  it('splits at \\n wherever the chunks break, drops a \\r before it, keeps blank lines and a last line without \\n', async () => {
    expect(await lines(['a\r\nb', 'b\n\nc', 'c', 'c'])).toEqual(['a', 'bb', '', 'ccc']);
    expect(await lines(['a\n'])).toEqual(['a']);
    expect(await lines(['x\ry\n'])).toEqual(['x\ry']); // a lone \r is inside a line, not a break
  });

  it('gives null for a line longer than maxLine, and goes on with the next', async () => {
    expect(await lines(['short\n', 'x'.repeat(6), 'x'.repeat(6), 'x\nafter\n'], 10)).toEqual(['short', null, 'after']);
    expect(await lines(['ok\n', 'y'.repeat(30)], 10)).toEqual(['ok', null]);
  });
});

describe('decoding', () => {
  it('reads UTF-8 as such, and anything else as Windows-1252 (0x80–0x9F included)', () => {
    expect(decodeText(Buffer.from('café ’', 'utf8'))).toEqual({ text: 'café ’', utf8: true });
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x80, 0x96]))).toEqual({ text: 'café ’€–', utf8: false });
    expect(windows1252(Buffer.from([0x81, 0x9f, 0xa3]))).toBe('\u0081Ÿ£'); // 0x81 has no character: kept as is
  });
});
