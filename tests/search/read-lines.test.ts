// The index's terms file is read a line at a time in blocks; lines may span any number of blocks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLinesSync } from '../../src/search/persist.ts';

describe('readLinesSync', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qa-lines-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back every line, whatever the block size, multi-byte characters included', () => {
    const lines = ['["a",1]', '', 'x'.repeat(50), '£€ “quoted” — café', 'y'.repeat(13), 'last line without newline'];
    const file = path.join(dir, 'lines.txt');
    writeFileSync(file, lines.join('\n'));
    const expected = lines.filter(Boolean);
    for (const block of [1, 2, 3, 7, 16, 1 << 20]) expect([...readLinesSync(file, block)], `block ${block}`).toEqual(expected);
  });

  it('reads an empty file as no lines', () => {
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, '');
    expect([...readLinesSync(file, 4)]).toEqual([]);
  });
});
