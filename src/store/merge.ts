// The same question read from several sources (a clipped list item, a full detail item, a page
// capture with a Source: line…) becomes one record, keeping the best of each field.
import { officialUrl, recordKey, type Member, type QaRecord, type Source } from '../record.ts';

/** Rank of an answer version: answered > corrected (later correction higher) > substantive over holding > later > full > longer. */
function answerRank(r: QaRecord): (string | number)[] {
  return [
    r.answerText ? 1 : 0,
    r.answerIsCorrection || r.dateAnswerCorrected ? 1 : 0,
    r.dateAnswerCorrected ?? '',
    r.answerIsHolding ? 0 : 1,
    r.dateAnswered ?? '',
    r.answerTextClipped ? 0 : 1,
    r.answerText?.length ?? 0,
  ];
}

function compare(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** Full text beats clipped; between equals, the longer (a clipped text is a prefix of the full one). */
function betterText(a: string | undefined, aClipped: boolean, b: string | undefined, bClipped: boolean): [string | undefined, boolean] {
  if (!b) return [a, aClipped];
  if (!a) return [b, bClipped];
  if (aClipped !== bClipped) return aClipped ? [b, bClipped] : [a, aClipped];
  return b.length > a.length ? [b, bClipped] : [a, aClipped];
}

/** Same person (same id, or same name where an id is missing): fields filled from both, `a` first. */
function mergeMember(a: Member | undefined, b: Member | undefined): Member | undefined {
  if (!a || !b) return a ?? b;
  const same = a.id && b.id ? a.id === b.id : a.name === b.name;
  if (!same) return a;
  const m: Member = { ...b, ...stripUndef(a) };
  return stripUndef(m);
}

function stripUndef<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function unionSources(a: Source[], b: Source[]): Source[] {
  const seen = new Set(a.map((s) => `${s.kind}|${s.file}|${s.url ?? ''}`));
  const out = [...a];
  for (const s of b) {
    const k = `${s.kind}|${s.file}|${s.url ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/** Merge two records of the same question. `a` is the one seen first; neither is modified. */
export function mergeRecords(a: QaRecord, b: QaRecord): QaRecord {
  // The answer fields travel together, from the best answer version.
  const [win, lose] = compare(answerRank(b), answerRank(a)) > 0 ? [b, a] : [a, b];
  const [questionText, questionTextClipped] = betterText(a.questionText, a.questionTextClipped, b.questionText, b.questionTextClipped);
  let [answerText, answerTextClipped] = [win.answerText, win.answerTextClipped];
  // Same answer version with the full text elsewhere (the clipped one is its prefix): take the full text.
  // Whitespace is ignored: list text runs paragraphs together ("Mission.Policing").
  const squash = (s: string) => s.replace(/\s+/g, '');
  if (answerTextClipped && lose.answerText && !lose.answerTextClipped && squash(lose.answerText).startsWith(squash(answerText!.replace(/\.\.\.$/, '')))) {
    [answerText, answerTextClipped] = [lose.answerText, false];
  }

  const m: QaRecord = {
    ...stripUndef({ ...b }),
    ...stripUndef({ ...a }),
    questionText: questionText ?? a.questionText,
    questionTextClipped,
    answerText,
    answerTextClipped,
    dateAnswered: win.dateAnswered ?? lose.dateAnswered,
    answerIsHolding: win.answerIsHolding,
    answerIsCorrection: win.answerIsCorrection,
    dateAnswerCorrected: win.dateAnswerCorrected ?? lose.dateAnswerCorrected,
    dateHoldingAnswer: a.dateHoldingAnswer ?? b.dateHoldingAnswer ?? (lose.answerIsHolding && !win.answerIsHolding ? lose.dateAnswered : undefined),
    answeringMemberId: win.answeringMemberId ?? lose.answeringMemberId,
    answeringMember: mergeMember(win.answeringMember, lose.answeringMember),
    askingMember: mergeMember(a.askingMember, b.askingMember),
    isWithdrawn: a.isWithdrawn || b.isWithdrawn,
    groupedQuestions: [...new Set([...a.groupedQuestions, ...b.groupedQuestions])],
    sources: unionSources(a.sources, b.sources),
  };
  const key = recordKey(m);
  if (key && m.uin && m.dateTabled) {
    m.id = key;
    m.url = officialUrl(m.dateTabled, m.uin);
  }
  return stripUndef(m);
}

/** Keys a record can be found by: the Parliament's identity, and the API id. */
function keysOf(r: QaRecord): string[] {
  const keys: string[] = [];
  const k = recordKey(r);
  if (k) keys.push(k);
  if (r.apiId) keys.push(`api:${r.apiId}`);
  if (!keys.length) keys.push(`id:${r.id}`);
  return keys;
}

/** Collects records, merging duplicates as they arrive. */
export class RecordMerger {
  private slots: QaRecord[] = [];
  private index = new Map<string, number>();
  merged = 0;

  /** Returns true when the record was merged into one already seen. */
  add(r: QaRecord): boolean {
    const keys = keysOf(r);
    const slot = keys.map((k) => this.index.get(k)).find((i) => i !== undefined);
    if (slot === undefined) {
      const i = this.slots.push(r) - 1;
      for (const k of keys) this.index.set(k, i);
      return false;
    }
    const m = mergeRecords(this.slots[slot], r);
    this.slots[slot] = m;
    for (const k of keysOf(m)) if (!this.index.has(k)) this.index.set(k, slot);
    this.merged++;
    return true;
  }

  records(): QaRecord[] {
    return this.slots;
  }
}

/** Merge a list of records into unique ones, first-seen order. */
export function dedupe(records: QaRecord[]): QaRecord[] {
  const m = new RecordMerger();
  for (const r of records) m.add(r);
  return m.records();
}
