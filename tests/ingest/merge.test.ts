import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dedupe, mergeRecords, RecordMerger } from '../../src/store/merge.ts';
import { parseWqDocument, parseWqLine } from '../../src/ingest/wqApi.ts';
import { plainFlags, QaRecord } from '../../src/record.ts';
import { fixture } from './helpers.ts';

const FULL_Q = 'To ask the Secretary of State for the Home Department, what steps she is taking to tackle county lines drug trafficking.';
const FULL_A = 'The Government recognises the devastating impact of county lines.\n\nWe are determined to disrupt these gangs.';

function rec(over: Partial<QaRecord> = {}): QaRecord {
  return QaRecord.parse({
    id: 'commons-2024-09-09-4712',
    apiId: 1728013,
    uin: '4712',
    house: 'Commons',
    dateTabled: '2024-09-09',
    questionText: FULL_Q,
    answerText: FULL_A,
    dateAnswered: '2024-09-16',
    ...plainFlags(),
    url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712',
    sources: [{ kind: 'wq-jsonl', file: 'a.jsonl' }],
    ...over,
  });
}
const listSource = [{ kind: 'wq-api-list' as const, file: 'list.json' }];

describe('mergeRecords', () => {
  it('full text beats clipped text, field by field, in either order', () => {
    const a = rec({ answerText: 'The Government recognises the devastating impact of county lines.We are det...', answerTextClipped: true, sources: listSource });
    const b = rec({ questionText: FULL_Q.slice(0, 60), questionTextClipped: true });
    for (const m of [mergeRecords(a, b), mergeRecords(b, a)]) {
      expect(m.questionText).toBe(FULL_Q);
      expect(m.questionTextClipped).toBe(false);
      expect(m.answerText).toBe(FULL_A);
      expect(m.answerTextClipped).toBe(false);
    }
  });

  it('a substantive answer replaces a holding answer, whichever came first', () => {
    const holding = rec({ answerText: 'I will reply to the hon. Member as soon as possible.', answerIsHolding: true, dateAnswered: '2024-09-16' });
    const substantive = rec({ answerText: FULL_A, dateAnswered: '2024-10-02', dateHoldingAnswer: '2024-09-16' });
    for (const m of [mergeRecords(holding, substantive), mergeRecords(substantive, holding)]) {
      expect(m.answerText).toBe(FULL_A);
      expect(m.answerIsHolding).toBe(false);
      expect(m.dateAnswered).toBe('2024-10-02');
      expect(m.dateHoldingAnswer).toBe('2024-09-16');
    }
  });

  it('remembers when the holding answer was given if only the holding record says so', () => {
    const holding = rec({ answerText: 'I will reply as soon as possible.', answerIsHolding: true, dateAnswered: '2024-09-16' });
    const m = mergeRecords(holding, rec({ dateAnswered: '2024-10-02' }));
    expect(m.dateHoldingAnswer).toBe('2024-09-16');
  });

  it('a correction replaces the original answer; a later correction beats an earlier one', () => {
    const original = rec();
    const corrected = rec({ answerText: 'Corrected: the figure is £40m.', answerIsCorrection: true, dateAnswerCorrected: '2024-11-26' });
    const later = rec({ answerText: 'Corrected again: £41m.', answerIsCorrection: true, dateAnswerCorrected: '2024-12-03' });
    expect(mergeRecords(original, corrected).answerText).toBe('Corrected: the figure is £40m.');
    expect(mergeRecords(corrected, original)).toMatchObject({ answerIsCorrection: true, dateAnswerCorrected: '2024-11-26' });
    expect(mergeRecords(later, corrected).answerText).toBe('Corrected again: £41m.');
    expect(mergeRecords(corrected, later).answerText).toBe('Corrected again: £41m.');
  });

  it('takes the full text of the same answer version even when the clipped copy ranks higher', () => {
    // The clipped copy says it was answered later (e.g. re-listed); the text is the same answer.
    const clipped = rec({ answerText: 'The Government recognises the devastating impact of county lines.We are det...', answerTextClipped: true, dateAnswered: '2024-09-17' });
    const m = mergeRecords(clipped, rec());
    expect(m.answerText).toBe(FULL_A);
    expect(m.answerTextClipped).toBe(false);
  });

  it('unions sources and grouped questions, fills member details from either', () => {
    const a = rec({ groupedQuestions: ['4713'], askingMember: { id: 4131, name: 'Jim Shannon' }, sources: listSource });
    const b = rec({
      groupedQuestions: ['4713', '4714'],
      askingMember: { id: 4131, name: 'Jim Shannon', party: 'Democratic Unionist Party', constituency: 'Strangford' },
      answeringMember: { id: 1533, name: 'Dame Diana Johnson', role: 'Minister for Policing, Fire and Crime Prevention' },
    });
    const m = mergeRecords(a, b);
    expect(m.sources).toEqual([...listSource, { kind: 'wq-jsonl', file: 'a.jsonl' }]);
    expect(m.groupedQuestions).toEqual(['4713', '4714']);
    expect(m.askingMember).toEqual({ id: 4131, name: 'Jim Shannon', party: 'Democratic Unionist Party', constituency: 'Strangford' });
    expect(m.answeringMember?.name).toBe('Dame Diana Johnson');
    expect(QaRecord.safeParse(m).success).toBe(true);
  });

  it('fills heading and ids from the other record, and uses the official URL once uin and dateTabled are known', () => {
    const capture = rec({ id: 'capture-0123456789ab', apiId: undefined, uin: undefined, dateTabled: undefined, heading: 'Drugs: Organised Crime', url: 'https://questions-statements.parliament.uk/written-questions?SearchTerm=x' });
    const m = mergeRecords(capture, rec());
    expect(m.id).toBe('commons-2024-09-09-4712');
    expect(m.url).toBe('https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712');
    expect(m.heading).toBe('Drugs: Organised Crime');
  });
});

describe('RecordMerger', () => {
  it('merges by house+dateTabled+uin, else by API id; keeps different questions apart', () => {
    const m = new RecordMerger();
    expect(m.add(rec())).toBe(false);
    expect(m.add(rec({ sources: listSource }))).toBe(true);
    // Only the API id known (no uin): still the same question.
    expect(m.add(rec({ id: 'api-1728013', uin: undefined, sources: [{ kind: 'wq-api-detail', file: 'd.json' }] }))).toBe(true);
    // Same UIN in the Lords, and the same UIN in another session: different questions.
    expect(m.add(rec({ id: 'lords-2024-09-09-4712', house: 'Lords', apiId: 2 }))).toBe(false);
    expect(m.add(rec({ id: 'commons-2023-01-09-4712', dateTabled: '2023-01-09', apiId: 3 }))).toBe(false);
    expect(m.records()).toHaveLength(3);
    expect(m.merged).toBe(2);
    expect(m.records()[0].sources.map((s) => s.kind)).toEqual(['wq-jsonl', 'wq-api-list', 'wq-api-detail']);
  });

  it('merges real list items (clipped) into the JSONL records (full) of the same questions', () => {
    const list = [...parseWqDocument(JSON.parse(readFileSync(fixture('list-sample.json'), 'utf8')), 'list-sample.json')];
    const lines = readFileSync(fixture('wq-sample.jsonl'), 'utf8').split('\n').filter(Boolean);
    const jsonl = lines.map((l, i) => parseWqLine(l, 'wq-sample.jsonl', i + 1));
    const all = [...list, ...jsonl].map((p) => (p.ok ? QaRecord.parse(p.draft) : undefined)).filter((r): r is QaRecord => !!r);
    const out = dedupe(all);
    expect(out).toHaveLength(all.length - 2);
    const r = out.find((x) => x.apiId === 1728150)!;
    expect(r.questionTextClipped).toBe(false);
    expect(r.answerTextClipped).toBe(false);
    expect(r.questionText.length).toBeGreaterThan(255);
    expect(r.sources.map((s) => s.file)).toEqual(['list-sample.json', 'wq-sample.jsonl']);
  });
});
