import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../src/ingest/types.ts';
import { fromValue, parseWqDocument, parseWqLine, wqShape } from '../../src/ingest/wqApi.ts';
import { QaRecord } from '../../src/record.ts';
import { corpusFile, fixture } from './helpers.ts';

function valid(p: Parsed): QaRecord {
  if (!p.ok) throw new Error(`${p.where}: ${p.reason}`);
  return QaRecord.parse(p.draft);
}
const readJson = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe('API list responses', () => {
  const sample = corpusFile('api-samples/list-results-2024-09.json');

  it.skipIf(!sample)('reads all 2,185 items of the real list sample, flagging clipped text', () => {
    const doc = readJson(sample!);
    expect(wqShape(doc)).toBe('list');
    const records = [...parseWqDocument(doc, 'list-results-2024-09.json')].map(valid);
    expect(records).toHaveLength(2185);
    expect(records.filter((r) => r.questionTextClipped)).toHaveLength(493);
    expect(records.filter((r) => r.answerTextClipped)).toHaveLength(1783);
    // Flagged exactly where the raw text has the list endpoint's cut length (whitespace is normalised afterwards).
    const raw = doc.map((it: { value: { questionText: string; answerText: string } }) => it.value);
    expect(records.map((r) => r.questionTextClipped)).toEqual(raw.map((v: { questionText: string }) => v.questionText.length === 255));
    expect(records.every((r) => !r.answerTextClipped || r.answerText!.endsWith('...'))).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(2185);
    expect(records.every((r) => r.sources[0].kind === 'wq-api-list')).toBe(true);
  });

  it('maps the API fields of a wrapped list response', () => {
    const doc = readJson(fixture('list-sample.json'));
    const records = [...parseWqDocument(doc, 'list-sample.json')].map(valid);
    expect(records).toHaveLength(5);
    const r = records.find((x) => x.apiId === 1728150)!;
    expect(r).toMatchObject({
      id: 'commons-2024-09-09-4669',
      uin: '4669',
      house: 'Commons',
      dateTabled: '2024-09-09',
      heading: 'Senior Civil Servants: Recruitment',
      questionTextClipped: true,
      answerTextClipped: true,
      url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4669',
      sources: [{ kind: 'wq-api-list', file: 'list-sample.json' }],
    });
    expect(r.questionText).toHaveLength(255);
    expect(r.dateAnswered).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.answerText!.endsWith('...')).toBe(true);
  });

  it('uses an embedded member (expandMember=true) and keeps the ids', () => {
    const records = [...parseWqDocument(readJson(fixture('list-sample.json')), 'l.json')].map(valid);
    const r = records.find((x) => x.apiId === 1728700)!;
    expect(r.askingMember).toEqual({ id: 5210, name: 'Tom Hayes', party: 'Labour', constituency: 'Bournemouth East' });
    expect(r.askingMemberId).toBe(5210);
    expect(r.answeringMemberId).toBe(632);
    expect(r.answeringMember).toBeUndefined();
    expect(r.isNamedDay).toBe(true);
    expect(r.answeringBody).toBe('Department for Business and Trade');
    expect(r.answeringBodyId).toBe(214);
    expect(r.questionTextClipped).toBe(false); // 242 characters: not cut
  });

  it('reads the bare array form as well', () => {
    const doc = readJson(fixture('list-sample.json')).results;
    expect(wqShape(doc)).toBe('list');
    expect([...parseWqDocument(doc, 'x.json')].map(valid)).toHaveLength(5);
  });
});

describe('API detail item', () => {
  it('converts the HTML answer and does not flag it clipped', () => {
    const doc = readJson(fixture('detail-table.json'));
    expect(wqShape(doc)).toBe('detail');
    const [r] = [...parseWqDocument(doc, 'detail-table.json')].map(valid);
    expect(r.id).toBe('commons-2023-12-18-7286');
    expect(r.apiId).toBe(1678511);
    expect(r.dateTabled).toBe('2023-12-18');
    expect(r.dateForAnswer).toBe('2024-01-08');
    expect(r.dateAnswered).toBe('2024-01-12');
    expect(r.answerTextClipped).toBe(false);
    expect(r.answerText).toContain('\nBullying | 17 | 16 | 11 | 12 | 9 | 65\n');
    expect(r.answerText).not.toMatch(/<\/?(p|td|tr|table)/);
    expect(r.sources).toEqual([{ kind: 'wq-api-detail', file: 'detail-table.json' }]);
  });
});

describe('JSON Lines of values', () => {
  const lines = readFileSync(fixture('wq-sample.jsonl'), 'utf8').split('\n').filter(Boolean);
  const records = lines.map((l, i) => valid(parseWqLine(l, 'wq-sample.jsonl', i + 1)));

  it('reads every line of the real sample', () => {
    expect(records).toHaveLength(30);
  });

  it('prefers answerHtml, converted, over clipped text', () => {
    const r = records[5]; // answerHtml with a table
    expect(r.id).toBe('commons-2023-12-18-7286');
    expect(r.answerText).toContain('Reporting Category | 2019 | 2020 | 2021 | 2022 | 2023 | Total');
    expect(r.answerTextClipped).toBe(false);
  });

  it('keeps the clipping flags the file gives', () => {
    expect(records[1].answerTextClipped).toBe(true);
    expect(records[1].answerText!.endsWith('...')).toBe(true);
    expect(records[19].questionTextClipped).toBe(true);
  });

  it('leaves answerText absent while unanswered', () => {
    const r = records[12];
    expect(r.answerText).toBeUndefined();
    expect(r.dateAnswered).toBeUndefined();
    expect(r.answerIsHolding).toBe(false);
    expect(r.answeringMemberId).toBeUndefined();
  });

  it('maps holding answers, corrections and grouped questions', () => {
    expect(records[16].answerIsHolding).toBe(true);
    expect(records[2].answerIsCorrection).toBe(true);
    expect(records[4].groupedQuestions).toEqual(['7517', '7518', '7519']);
    expect(records[3].groupedQuestions).toEqual(['6773']);
  });

  it('leaves heading absent where it is null', () => {
    expect(records[17].heading).toBeUndefined();
    expect(records[0].heading).toBe('Offenders: Foreign Nationals');
  });
});

describe('odd values', () => {
  const base = { id: 99, uin: 'HL1234', house: 'Lords', dateTabled: '2024-05-01T00:00:00', questionText: 'To ask His Majesty’s Government what…' };

  it('keys Lords questions by their HL UIN', () => {
    const r = valid(fromValue({ ...base, answerText: '' }, { kind: 'wq-api-list', file: 'f', where: 'item 0' }));
    expect(r.id).toBe('lords-2024-05-01-hl1234');
    expect(r.url).toBe('https://questions-statements.parliament.uk/written-questions/detail/2024-05-01/HL1234');
    expect(r.answerText).toBeUndefined();
  });

  it('infers the house from an HL UIN when missing', () => {
    const { house: _, ...noHouse } = base;
    expect(valid(fromValue(noHouse, { kind: 'wq-jsonl', file: 'f', where: 'x' })).house).toBe('Lords');
  });

  it('skips partial records (no uin/dateTabled/house) with a clear reason', () => {
    const p = parseWqLine(JSON.stringify({ id: 1655766, monthTabled: '2023-09', questionText: 'To ask…', answerText: 'x' }), 'p.jsonl', 7);
    expect(p).toEqual({ ok: false, reason: 'partial record: no uin/dateTabled/house', where: 'line 7 (API id 1655766)' });
  });

  it('passes wrong types through for the validator to report', () => {
    const p = fromValue({ ...base, questionText: 42, dateTabled: 'yesterday' }, { kind: 'wq-jsonl', file: 'f', where: 'x' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const res = QaRecord.safeParse(p.draft);
    expect(res.success).toBe(false);
    expect(res.error!.issues.map((i) => i.path[0]).sort()).toEqual(['dateTabled', 'questionText']);
  });

  it('refuses a flag that is not true or false, naming it and the value; null or absent is false', () => {
    const ctx = { kind: 'wq-jsonl' as const, file: 'f', where: 'line 2' };
    expect(fromValue({ ...base, answerIsHolding: 'yes' }, ctx)).toEqual({ ok: false, reason: 'answerIsHolding is "yes", not true or false', where: 'line 2' });
    expect(fromValue({ ...base, isWithdrawn: 1 }, ctx)).toEqual({ ok: false, reason: 'isWithdrawn is 1, not true or false', where: 'line 2' });
    expect(fromValue({ ...base, isNamedDay: 'false' }, ctx)).toMatchObject({ ok: false, reason: 'isNamedDay is "false", not true or false' });
    expect(fromValue({ ...base, answerTextClipped: {} }, ctx)).toMatchObject({ ok: false, reason: 'answerTextClipped is {}, not true or false' });
    const r = valid(fromValue({ ...base, answerIsHolding: null, answerIsCorrection: null, isWithdrawn: true }, ctx)); // an unanswered item's flags are null
    expect([r.answerIsHolding, r.answerIsCorrection, r.isWithdrawn]).toEqual([false, false, true]);
  });

  it('refuses days that do not exist, negative ids and UINs that are not numbers', () => {
    const why = (v: Record<string, unknown>) => {
      const p = fromValue({ ...base, ...v }, { kind: 'wq-jsonl', file: 'f', where: 'x' });
      if (!p.ok) return p.reason;
      const res = QaRecord.safeParse(p.draft);
      return res.success ? 'valid' : res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    };
    expect(why({ dateTabled: '2024-13-45' })).toBe('dateTabled: no such day: 2024-13-45');
    expect(why({ dateAnswered: '2023-02-29T00:00:00' })).toBe('dateAnswered: no such day: 2023-02-29');
    expect(why({ dateForAnswer: '2024-04-31' })).toBe('dateForAnswer: no such day: 2024-04-31');
    expect(why({ dateAnswered: '2024-02-29' })).toBe('valid'); // a leap day
    expect(why({ id: -5 })).toMatch(/^apiId: /);
    expect(why({ askingMemberId: -1 })).toMatch(/^askingMemberId: /);
    expect(why({ attachmentCount: -1 })).toMatch(/^attachmentCount: /);
    expect(why({ uin: -4712 })).toBe('uin: expected a UIN such as 4712 or HL1234');
    expect(why({ uin: '12.5' })).toBe('uin: expected a UIN such as 4712 or HL1234');
    expect(why({ uin: 4712, house: 'Commons' })).toBe('valid');
  });

  it('reports a line that is not JSON or not an object', () => {
    expect(parseWqLine('{"id": 1, "uin":', 'f', 3)).toMatchObject({ ok: false, where: 'line 3' });
    expect(parseWqLine('[1,2]', 'f', 4)).toEqual({ ok: false, reason: 'not an object (array)', where: 'line 4' });
  });
});

describe('JSON Lines of {value, links} items', () => {
  it('tells list items (cut text) from detail items', () => {
    const list = JSON.parse(readFileSync(fixture('list-sample.json'), 'utf8')).results[0];
    const detail = JSON.parse(readFileSync(fixture('detail-table.json'), 'utf8'));
    const a = valid(parseWqLine(JSON.stringify(list), 'items.jsonl', 1));
    const b = valid(parseWqLine(JSON.stringify(detail), 'items.jsonl', 2));
    expect([a.sources[0].kind, a.questionTextClipped, a.answerTextClipped]).toEqual(['wq-api-list', true, true]);
    expect([b.sources[0].kind, b.answerTextClipped]).toEqual(['wq-api-detail', false]);
    expect(b.answerText).toContain('Harassment | 8 | 5 | 3 | 3 | 0 | 19');
  });
});

describe('plain list text', () => {
  it('decodes the entities the API leaves in text it strips of tags', () => {
    const line = JSON.stringify({
      id: 1, uin: '12', house: 'Commons', dateTabled: '2024-09-09', dateAnswered: '2024-09-16', answeringBodyName: 'Ministry of Defence',
      askingMemberId: 4131, isWithdrawn: false, answerIsHolding: false, answerIsCorrection: false, groupedQuestions: [],
      questionText: 'To ask the Secretary of State for Defence, what his plans are for R&amp;D.',
      answerText: 'The Team Tempest R&amp;D programme costs &pound;1m.',
    });
    const parsed = parseWqLine(line, 'x.jsonl', 1);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.draft.answerText).toBe('The Team Tempest R&D programme costs £1m.');
    expect(parsed.draft.questionText).toContain('R&D.');
  });
});
