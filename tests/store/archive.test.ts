// The archive store: one row per question whatever the order its versions arrive in (the merge
// rules of merge.ts, applied on upsert), a change log the index replays, provenance, and
// transactions that leave the database as it was when a write fails.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plainFlags, QaRecord } from '../../src/record.ts';
import { ArchiveStore, recordHash } from '../../src/store/archive.ts';

const dirs: string[] = [];
const stores: ArchiveStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function open(file?: string): ArchiveStore {
  if (!file) {
    const d = mkdtempSync(path.join(os.tmpdir(), 'qa-store-'));
    dirs.push(d);
    file = path.join(d, 'archive.sqlite');
  }
  const s = ArchiveStore.open(file);
  stores.push(s);
  return s;
}

function rec(over: Partial<QaRecord> = {}): QaRecord {
  return QaRecord.parse({
    id: 'commons-2024-09-09-4712',
    apiId: 1700001,
    uin: '4712',
    house: 'Commons',
    heading: 'County Lines',
    questionText: 'To ask the Secretary of State for the Home Department, what steps she is taking to tackle county lines.',
    dateTabled: '2024-09-09',
    answeringBody: 'Home Office',
    ...plainFlags(),
    url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712',
    sources: [{ kind: 'wq-api-list', file: 'api' }],
    ...over,
  });
}

const FULL = 'The Government is investing £145 million over three years in the County Lines Programme, which has closed more than 5,000 lines since 2019.';
const CLIPPED = `${FULL.slice(0, 60)}...`;

describe('ArchiveStore.upsert', () => {
  it('adds a record once, and a second identical write changes nothing (no change logged)', () => {
    const s = open();
    expect(s.upsert([{ record: rec() }])).toEqual({ added: ['commons-2024-09-09-4712'], updated: [], unchanged: 0 });
    const seq = s.seq;
    expect(s.upsert([{ record: rec() }])).toEqual({ added: [], updated: [], unchanged: 1 });
    expect(s.seq).toBe(seq);
    expect(s.size).toBe(1);
    expect(s.get('commons-2024-09-09-4712')).toEqual(rec());
  });

  it('full text beats clipped, whichever arrives first', () => {
    for (const order of [[CLIPPED, FULL], [FULL, CLIPPED]]) {
      const s = open();
      for (const text of order) {
        s.upsert([{ record: rec({ answerText: text, answerTextClipped: text === CLIPPED, dateAnswered: '2024-09-16' }) }]);
      }
      expect(s.get('commons-2024-09-09-4712')).toMatchObject({ answerText: FULL, answerTextClipped: false });
      expect(s.clippedIds()).toEqual([]);
    }
  });

  it('a substantive answer replaces a holding answer, and a correction replaces both', () => {
    const s = open();
    s.upsert([{ record: rec({ answerText: 'I will reply as soon as possible.', answerIsHolding: true, dateAnswered: '2024-09-12' }) }]);
    s.upsert([{ record: rec({ answerText: FULL, dateAnswered: '2024-09-20' }) }]);
    expect(s.get('commons-2024-09-09-4712')).toMatchObject({ answerText: FULL, answerIsHolding: false, dateHoldingAnswer: '2024-09-12' });
    s.upsert([{ record: rec({ answerText: 'Corrected: £150 million.', answerIsCorrection: true, dateAnswerCorrected: '2024-10-01', dateAnswered: '2024-09-20' }) }]);
    expect(s.get('commons-2024-09-09-4712')).toMatchObject({ answerText: 'Corrected: £150 million.', answerIsCorrection: true });
    // A later list item with the old answer does not undo the correction.
    s.upsert([{ record: rec({ answerText: FULL, dateAnswered: '2024-09-20' }) }]);
    expect(s.get('commons-2024-09-09-4712')?.answerText).toBe('Corrected: £150 million.');
  });

  it('finds the same question by API id, and by house + dateTabled + uin', () => {
    const s = open();
    s.upsert([{ record: rec() }]);
    expect(s.find({ id: 'other', house: 'Commons', apiId: 1700001 })?.id).toBe('commons-2024-09-09-4712');
    expect(s.find({ id: 'other', house: 'Commons', dateTabled: '2024-09-09', uin: '4712' })?.id).toBe('commons-2024-09-09-4712');
    // The same API id under another UIN merges into the one row.
    s.upsert([{ record: rec({ id: 'commons-2024-09-09-4712', answerText: FULL, dateAnswered: '2024-09-16' }) }]);
    expect(s.size).toBe(1);
  });

  it('logs each change; changesSince gives each record once, as it is now', () => {
    const s = open();
    s.upsert([{ record: rec() }, { record: rec({ id: 'commons-2024-09-09-4713', apiId: 1700002, uin: '4713', url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4713' }) }]);
    const mid = s.seq;
    s.upsert([{ record: rec({ answerText: FULL, dateAnswered: '2024-09-16' }) }]);
    s.remove(['commons-2024-09-09-4713']);
    const { seq, changes } = s.changesSince(0);
    expect(seq).toBe(s.seq);
    expect(changes.map((c) => [c.id, c.record?.answerText ?? null])).toEqual([
      ['commons-2024-09-09-4712', FULL],
      ['commons-2024-09-09-4713', null],
    ]);
    expect(s.changesSince(mid).changes.map((c) => c.id)).toEqual(['commons-2024-09-09-4712', 'commons-2024-09-09-4713']);
    expect(s.changesSince(s.seq)).toEqual({ seq: s.seq, changes: [] });
  });

  it('keeps where each version came from, with the item as it came', () => {
    const s = open();
    const raw = JSON.stringify({ value: { id: 1700001, answerText: CLIPPED } });
    s.upsert([{ record: rec({ answerText: CLIPPED, answerTextClipped: true, dateAnswered: '2024-09-16' }), source: { label: 'api list 1700001 t1', kind: 'wq-api-list', raw } }], new Date('2024-09-16T10:00:00Z'));
    expect(s.provenance('commons-2024-09-09-4712')[0]!.raw).toBe(raw);
    s.upsert([{ record: rec({ answerText: FULL, dateAnswered: '2024-09-16' }), source: { label: 'api detail 1700001 t2', kind: 'wq-api-detail', raw: '{"detail":1}' } }], new Date('2024-09-16T11:00:00Z'));
    // The list item was kept until the detail (the whole of it) came; its row still says it was seen.
    expect(s.provenance('commons-2024-09-09-4712').map((p) => [p.source, p.raw])).toEqual([
      ['api list 1700001 t1', null],
      ['api detail 1700001 t2', '{"detail":1}'],
    ]);
  });

  it('a write that fails part-way leaves the database as it was', () => {
    const s = open();
    s.upsert([{ record: rec() }]);
    const before = { seq: s.seq, size: s.size, hash: recordHash(s.get('commons-2024-09-09-4712')!) };
    function* items() {
      yield { record: rec({ answerText: FULL, dateAnswered: '2024-09-16' }) };
      yield { record: rec({ id: 'commons-2024-09-10-1', uin: '1', apiId: 5, dateTabled: '2024-09-10' }) };
      throw new Error('connection reset while reading the page');
    }
    expect(() => s.upsert(items())).toThrow(/connection reset/);
    expect({ seq: s.seq, size: s.size, hash: recordHash(s.get('commons-2024-09-09-4712')!) }).toEqual(before);
  });

  it('is shared by two connections (the bot reads while a backfill writes)', () => {
    const a = open();
    const b = open(a.file);
    a.upsert([{ record: rec() }]);
    expect(b.get('commons-2024-09-09-4712')).toEqual(rec());
    expect(b.seq).toBe(a.seq);
    expect(b.archiveId).toBe(a.archiveId);
  });
});
