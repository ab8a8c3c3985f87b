import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/ingest/load.ts';
import { formatReport } from '../../src/ingest/report.ts';
import { corpusFile, fixture, repoRoot, SAMPLE, SAMPLE_RECORDS, seed, SEED_PP, SEED_TWFY } from './helpers.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'qa-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, data: string | Buffer) => {
  const p = path.join(tmp, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, data);
  return p;
};

describe('loadArchive on real material', () => {
  it('loads the bundled data/ folder: both seeds and the gzip sample, its README left out', async () => {
    const { records, report } = await loadArchive({ paths: [path.join(repoRoot, 'data')] });
    expect(report.files.map((f) => [f.file, f.format, f.imported, f.skipped])).toEqual([
      [`data/${SEED_PP}`, 'page-capture', 1, 0],
      [`data/${SEED_TWFY}`, 'page-capture', 1, 0],
      [`data/${SAMPLE}`, 'wq-jsonl', SAMPLE_RECORDS, 0],
    ]);
    expect(records).toHaveLength(SAMPLE_RECORDS + 2);
    expect(records.filter((r) => r.sources[0].kind === 'page-capture').map((r) => r.sources[0].file).sort()).toEqual([`data/${SEED_PP}`, `data/${SEED_TWFY}`]);
    expect(report.skipped).toBe(0);
  });

  it('loads a folder of mixed formats, detected by content, merging the same questions', async () => {
    const progress: number[] = [];
    const { records, report } = await loadArchive({ paths: [fixture('')], onProgress: (p) => progress.push(p.records) });
    const byFile = Object.fromEntries(report.files.map((f) => [f.file.replace(/^ingest\//, ''), f]));
    expect(byFile['wq-sample.jsonl']).toMatchObject({ format: 'wq-jsonl', imported: 30, skipped: 0 });
    expect(byFile['list-sample.json']).toMatchObject({ format: 'wq-api-list', imported: 5 });
    expect(byFile['detail-table.json']).toMatchObject({ format: 'wq-api-detail', imported: 1 });
    expect(byFile['capture-lords.html']).toMatchObject({ format: 'page-capture', imported: 1 });
    expect(byFile['capture-twfy-source.md']).toMatchObject({ format: 'page-capture', imported: 1 });
    expect(byFile['members-sample.json'].error).toMatch(/members directory/);
    // 30 + 5 + 1 + 2 read; the detail item, the sourced capture and 2 list items are questions already in the JSONL.
    expect(report.merged).toBe(4);
    expect(records).toHaveLength(34);
    const table = records.find((r) => r.id === 'commons-2023-12-18-7286')!;
    expect(table.sources.map((s) => s.kind).sort()).toEqual(['page-capture', 'wq-api-detail', 'wq-jsonl']);
    expect(table.sources.find((s) => s.kind === 'page-capture')?.url).toBe('https://questions-statements.parliament.uk/written-questions/detail/2023-12-18/7286');
    expect(table.askingMember?.constituency).toBe('Garston and Halewood'); // from the capture; no members file given
    expect(progress.length).toBeGreaterThan(0);
  });

  it('names members from a members file', async () => {
    const { records, report } = await loadArchive({ paths: [fixture('wq-sample.jsonl')], membersFile: fixture('members-sample.json') });
    expect(report.errors).toEqual([]);
    expect(records.every((r) => !r.askingMemberId || r.askingMember?.name)).toBe(true);
    const r = records.find((x) => x.apiId === 1724423)!; // answered by Dame Diana Johnson, 2024
    expect(r.answeringMember).toMatchObject({ id: 1533, name: 'Dame Diana Johnson', role: 'Minister for Policing, Fire and Crime Prevention' });
  });

  it('reports a members file that cannot be read, and goes on', async () => {
    const { records, report } = await loadArchive({ paths: [seed(SEED_PP)], membersFile: path.join(tmp, 'nope.json') });
    expect(records).toHaveLength(1);
    expect(report.errors[0]).toMatch(/members file not used/);
  });
});

describe('bad inputs are reported, never thrown', () => {
  it('a missing path', async () => {
    const { records, report } = await loadArchive({ paths: [path.join(tmp, 'missing.jsonl'), seed(SEED_PP)] });
    expect(records).toHaveLength(1);
    expect(report.errors).toEqual([`no such file or directory: ${path.join(tmp, 'missing.jsonl')}`]);
    expect(report.files[0].error).toBe('no such file or directory');
  });

  it('empty, binary, truncated, wrong-typed, non-JSON and unsupported files', async () => {
    const dir = path.join(tmp, 'bad');
    write('bad/empty.json', '');
    write('bad/blank.txt', '  \n\n ');
    write('bad/junk.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const list = readFileSync(fixture('list-sample.json'), 'utf8');
    write('bad/truncated.json', list.slice(0, list.length / 2));
    const lines = readFileSync(fixture('wq-sample.jsonl'), 'utf8').split('\n').filter(Boolean);
    const wrong = { ...JSON.parse(lines[0]), questionText: 12345, dateTabled: 'last Tuesday' };
    write('bad/mixed.jsonl', [lines[0], JSON.stringify(wrong), '{"id": 5, "uin":', 'null', lines[1]].join('\r\n'));
    write('bad/notes.txt', 'Things to do:\n- buy milk\n');
    write('bad/other.json', '{"hello": "world"}');
    write('bad/pretty.json', '{\n  "hello": "world"\n}\n');
    write('bad/README.md', '# not data\nTo ask the Secretary of State, answered on 1 May 2024');
    write('bad/.hidden.txt', 'x');
    write('bad/state.sqlite', 'SQLite format 3\0');

    const { records, report } = await loadArchive({ paths: [dir] });
    expect(records).toHaveLength(2);
    const f = Object.fromEntries(report.files.map((x) => [x.file, x]));
    expect(Object.keys(f).sort()).toEqual(['bad/blank.txt', 'bad/empty.json', 'bad/junk.bin', 'bad/mixed.jsonl', 'bad/notes.txt', 'bad/other.json', 'bad/pretty.json', 'bad/truncated.json']);
    expect(f['bad/empty.json'].error).toBe('empty file');
    expect(f['bad/blank.txt'].error).toBe('empty file');
    expect(f['bad/junk.bin'].error).toBe('binary file, not text');
    expect(f['bad/truncated.json'].error).toMatch(/^invalid JSON/);
    expect(f['bad/notes.txt'].error).toMatch(/^unsupported format/);
    expect(f['bad/pretty.json'].error).toMatch(/^unsupported JSON/);
    // One JSON object on one line reads as JSON Lines; it is not a question.
    expect(f['bad/other.json']).toMatchObject({ imported: 0, skipped: 1 });
    expect(report.skips.find((s) => s.file === 'bad/other.json')?.reason).toBe('not a written question: no uin/dateTabled/house/questionText');
    expect(f['bad/mixed.jsonl']).toMatchObject({ format: 'wq-jsonl', read: 5, imported: 2, skipped: 3 });
    const skips = report.skips.filter((s) => s.file === 'bad/mixed.jsonl');
    expect(skips.map((s) => s.where)).toEqual(['line 2 (API id 1676644)', 'line 3', 'line 4']);
    expect(skips[0].reason).toMatch(/^invalid record: .*questionText.*dateTabled|^invalid record: .*dateTabled.*questionText/);
    expect(skips[1].reason).toMatch(/^invalid JSON/);
    expect(skips[2].reason).toBe('not an object (null)');
    expect(report.skipped).toBe(3 + 1 + 6); // lines, other.json's object, whole files
  });

  it('notes, a README, CSV and YAML given by name are reported as unsupported, not imported', async () => {
    const files = [
      write('notes/README.md', '# Notes\n\nTo ask the Secretary of State, answered on 1 May 2024.\nQuestion to the Home Office: see above.\n'),
      write('notes/questions.csv', 'uin,questionText,dateAnswered\n4712,"To ask the Secretary of State for the Home Department, what…",answered on 16th September 2024\n'),
      write('notes/spec.yaml', 'openapi: 3.0.1\ninfo:\n  title: Written questions\n  description: To ask … answered on …\n'),
      fixture('README.md'),
    ];
    const { records, report } = await loadArchive({ paths: [...files, seed(SEED_TWFY)] });
    expect(records.map((r) => r.sources[0].file)).toEqual([SEED_TWFY]);
    expect(report.files.slice(0, 4).map((f) => [f.file, f.imported, f.error])).toEqual([
      ['README.md', 0, expect.stringMatching(/^unsupported format/)],
      ['questions.csv', 0, expect.stringMatching(/^unsupported format/)],
      ['spec.yaml', 0, expect.stringMatching(/^unsupported format/)],
      ['README.md', 0, expect.stringMatching(/^unsupported format/)],
    ]);
    expect(report.skipped).toBe(4);
  });

  const spec = corpusFile('api-spec');
  it.skipIf(!spec)('the shared API spec folder: the real item is a record; the notes, the OpenAPI yaml and json are not', async () => {
    const { records, report } = await loadArchive({ paths: [spec!] });
    expect(records.map((r) => r.apiId)).toEqual([1728013]);
    const f = Object.fromEntries(report.files.map((x) => [x.file, x]));
    expect(f['api-spec/example-list-result-item.real.json']).toMatchObject({ format: 'wq-api-detail', imported: 1 });
    expect(f['api-spec/NOTES.md'].error).toMatch(/^unsupported format/);
    expect(f['api-spec/writtenquestions-openapi.yaml'].error).toMatch(/^unsupported format/);
    expect(f['api-spec/writtenquestions-openapi.json'].error).toMatch(/^unsupported JSON/);
  });

  it('a 50 MB single line, followed by a good one', async () => {
    const good = readFileSync(fixture('wq-sample.jsonl'), 'utf8').split('\n')[0];
    const huge = `{"id": 1, "uin": "1", "house": "Commons", "dateTabled": "2024-01-01", "questionText": "To ask ${'a'.repeat(50 * 1024 * 1024)}`;
    const p = write('huge.jsonl', `${huge}\n${good}\n`);
    const { records, report } = await loadArchive({ paths: [p] });
    expect(records).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ format: 'wq-jsonl', imported: 1, skipped: 1 });
    expect(report.skips[0]).toMatchObject({ where: 'line 1', reason: expect.stringMatching(/^invalid JSON/) });
  });

  it('a non-UTF-8 capture is read as Windows-1252, with a warning', async () => {
    const text = readFileSync(seed(SEED_PP), 'utf8').replace(/\u202f/g, ' ');
    const p = write('latin1.txt', Buffer.from([...text].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))))); // ’ is 92 in Windows-1252
    const { records, report } = await loadArchive({ paths: [p] });
    expect(records).toHaveLength(1);
    expect(records[0].answerText).toContain('£40m');
    expect(records[0].answerText).toContain('The Metropolitan Police’s Operation Orochi');
    expect(report.files[0].warning).toMatch(/not UTF-8/);
  });

  it('a capture copied under another extension is still found by content', async () => {
    const p = path.join(tmp, 'seed.data');
    copyFileSync(seed(SEED_TWFY), p);
    const { records } = await loadArchive({ paths: [p] });
    expect(records[0].askingMember?.name).toBe('Marie Rimmer');
  });
});

describe('JSON Lines: each line stands alone', () => {
  // Real corpus lines (the 30 of the fixture), as a file in trouble might hold them.
  const lines = readFileSync(fixture('wq-sample.jsonl'), 'utf8').split('\n').filter(Boolean);
  // A line as a Windows program would save it: "café’s" as e9 and 92 (’ is 92 in Windows-1252 only).
  const CP = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  const latin1Line = (line: string) =>
    Buffer.from([...line.replace('"questionText": "To ask the', '"questionText": "To ask the café’s')].map((c) => (CP.includes(c) ? 0x80 + CP.indexOf(c) : c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));

  it('a broken first line and a Windows-1252 line 2 cost those lines, not the file', async () => {
    const p = write('broken.jsonl', Buffer.concat([
      Buffer.from(`${lines[0].slice(0, 200)}\n`), // cut short
      latin1Line(lines[1]),
      Buffer.from(`\n${lines.slice(2).join('\n')}\n`),
    ]));
    const { records, report } = await loadArchive({ paths: [p] });
    expect(report.files[0]).toMatchObject({ format: 'wq-jsonl', read: 30, imported: 29, skipped: 1, warning: 'not UTF-8: line 2 read as Windows-1252' });
    expect(report.skips).toEqual([{ file: 'broken.jsonl', where: 'line 1', reason: expect.stringMatching(/^invalid JSON/) }]);
    expect(records).toHaveLength(29);
    const second = JSON.parse(lines[1]);
    expect(records.find((r) => r.apiId === second.id)!.questionText).toMatch(/^To ask the café’s Secretary of State for /);
    expect(records.find((r) => r.apiId === JSON.parse(lines[2]).id)!.questionText).toBe(JSON.parse(lines[2]).questionText.trim()); // UTF-8 lines untouched
  });

  it('a first line that is not JSON at all, and several lines in Windows-1252', async () => {
    const p = write('notes-first.jsonl', Buffer.concat([
      Buffer.from('exported 2024-09-16 by a script\n'),
      ...lines.slice(0, 6).map((l, i) => Buffer.concat([i % 2 ? latin1Line(l) : Buffer.from(l), Buffer.from('\r\n')])),
    ]));
    const { records, report } = await loadArchive({ paths: [p] });
    expect(records).toHaveLength(6);
    expect(report.files[0]).toMatchObject({ format: 'wq-jsonl', skipped: 1, warning: 'not UTF-8: lines 3, 5 and 7 read as Windows-1252' });
  });

  it('a pretty-printed JSON document is still read whole, even where one of its lines is an item on its own', async () => {
    const doc = JSON.parse(readFileSync(fixture('list-sample.json'), 'utf8'));
    const itemPerLine = `[\n${doc.results.map((x: unknown) => JSON.stringify(x)).join(',\n')}\n]\n`; // the last item parses alone
    const { records, report } = await loadArchive({ paths: [write('pretty/items.json', itemPerLine), write('pretty/indented.json', JSON.stringify(doc, null, 2))] });
    expect(report.files.map((f) => [f.format, f.imported, f.skipped])).toEqual([['wq-api-list', 5, 0], ['wq-api-list', 5, 0]]);
    expect(records).toHaveLength(5);
  });
});

describe('gzip-compressed sources, whatever their name', () => {
  const jsonl = readFileSync(fixture('wq-sample.jsonl'));

  it('JSON Lines, a JSON document and a page capture', async () => {
    const files = [
      write('gz/wq-sample.jsonl.gz', gzipSync(jsonl)),
      write('gz/no-extension', gzipSync(jsonl)),
      write('gz/list.json.gz', gzipSync(readFileSync(fixture('list-sample.json')))),
      write('gz/capture.txt.gz', gzipSync(readFileSync(seed(SEED_TWFY)))),
    ];
    const { records, report } = await loadArchive({ paths: files });
    expect(report.files.map((f) => [f.file, f.format, f.imported, f.skipped, f.error])).toEqual([
      ['wq-sample.jsonl.gz', 'wq-jsonl', 30, 0, undefined],
      ['no-extension', 'wq-jsonl', 30, 0, undefined],
      ['list.json.gz', 'wq-api-list', 5, 0, undefined],
      ['capture.txt.gz', 'page-capture', 1, 0, undefined],
    ]);
    const plain = await loadArchive({ paths: [fixture('wq-sample.jsonl'), fixture('list-sample.json'), seed(SEED_TWFY)] });
    expect(records.map((r) => r.id)).toEqual(plain.records.map((r) => r.id));
    expect(records.find((r) => r.apiId === 1678511)!.answerText).toBe(plain.records.find((r) => r.apiId === 1678511)!.answerText);
  });

  it('a truncated gzip keeps the lines before the cut and says where it stopped; a corrupt one is reported', async () => {
    const gz = gzipSync(jsonl);
    const { records, report } = await loadArchive({
      paths: [write('gz-bad/cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length * 0.6))), write('gz-bad/junk.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))],
    });
    const [cut, junk] = report.files;
    expect(cut.imported).toBeGreaterThan(5);
    expect(cut.imported).toBeLessThan(30);
    expect(records).toHaveLength(cut.imported);
    expect(cut.error).toMatch(/^could not be read: gzip: unexpected end of file/);
    expect(junk).toMatchObject({ imported: 0, error: expect.stringMatching(/^could not be read: gzip: /) });
    expect(formatReport(report)).toContain(`cut.jsonl.gz: wq-jsonl, ${cut.imported} imported, 0 skipped, then stopped: could not be read: gzip: unexpected end of file`);
  });
});

describe('the full corpus', () => {
  const corpus = corpusFile('commons-written-questions-2023-2026.jsonl');
  const members = corpusFile('members/members_lookup_derived.json');

  it.skipIf(!corpus || !members)('loads all 58,173 records, every asking member named', async () => {
    const { records, report } = await loadArchive({ paths: [corpus!], membersFile: members });
    expect(report.skipped).toBe(0);
    expect(records).toHaveLength(58173);
    expect(records.filter((r) => !r.askingMember?.name)).toHaveLength(0);
    expect(records.filter((r) => r.answeringMemberId && !r.answeringMember?.name)).toHaveLength(0);
    expect(records.filter((r) => r.answerText)).toHaveLength(23696);
    expect(records.filter((r) => !r.heading)).toHaveLength(16504);
  });

  const partial = corpusFile('commons-fulltext-partial.jsonl');
  it.skipIf(!partial)('skips the partial records with a reason', async () => {
    const { records, report } = await loadArchive({ paths: [partial!] });
    expect(records).toHaveLength(0);
    expect(report.skipReasons).toEqual({ 'partial record: no uin/dateTabled/house': 33752 });
    expect(report.skips.length).toBeLessThan(report.skipped); // capped list, full total
  });
});
