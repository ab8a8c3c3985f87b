// Each record's RecordMeta in a snapshot, compactly: one array per record with its repeated
// strings (headings, departments, members' names, dates: a few thousand distinct values across
// 660,000 records) written once in a table of strings and referred to by number. As objects a
// line, the same data was 480 MB and 2.4 s to parse at the full archive; and every copy of
// "Department for Work and Pensions" was a string of its own in memory.
import { memberName, type MemberName, type RecordMeta } from '../record.ts';

/** A record as stored: see `encode` for the order. Numbers ≥ 0 in string places are table entries. */
type Row = (string | number | null)[];

const FLAGS = { answerIsHolding: 1, answerIsCorrection: 2, isWithdrawn: 4, namedDayKnown: 8, isNamedDay: 16, answerTextClipped: 32, hasAnswer: 64 } as const;

/** Writes records as rows, collecting the table of strings they share (written after the rows). */
export class MetaWriter {
  private readonly table = new Map<string, number>();
  readonly strings: string[] = [];

  private s(v: string | undefined): number | null {
    if (v === undefined) return null;
    let i = this.table.get(v);
    if (i === undefined) {
      i = this.strings.length;
      this.table.set(v, i);
      this.strings.push(v);
    }
    return i;
  }

  encode(r: RecordMeta): Row {
    const n = (v: number | undefined) => v ?? null;
    const member = (m: MemberName | undefined): Row => (m ? [n(m.id), this.s(m.name)] : [null, null]);
    const flags =
      (r.answerIsHolding ? FLAGS.answerIsHolding : 0) |
      (r.answerIsCorrection ? FLAGS.answerIsCorrection : 0) |
      (r.isWithdrawn ? FLAGS.isWithdrawn : 0) |
      (r.isNamedDay !== undefined ? FLAGS.namedDayKnown : 0) |
      (r.isNamedDay ? FLAGS.isNamedDay : 0) |
      (r.answerTextClipped ? FLAGS.answerTextClipped : 0) |
      (r.hasAnswer ? FLAGS.hasAnswer : 0);
    return [
      r.id,
      r.url,
      r.uin ?? null,
      n(r.apiId),
      this.s(r.house),
      this.s(r.heading),
      this.s(r.dateTabled),
      this.s(r.dateForAnswer),
      this.s(r.dateAnswered),
      n(r.answeringBodyId),
      this.s(r.answeringBody),
      n(r.askingMemberId),
      n(r.answeringMemberId),
      ...member(r.askingMember),
      ...member(r.answeringMember),
      flags,
      this.s(r.dateAnswerCorrected),
      this.s(r.dateHoldingAnswer),
      this.s(r.askingMember?.party),
      this.s(r.answeringMember?.party),
      this.s(r.askingMember?.constituency),
    ];
  }
}

/** The record a row holds; strings from the table, so equal values share one string. */
export function decodeMeta(row: Row, strings: readonly string[]): RecordMeta {
  // In encode's order; N: a number, a table entry or absent.
  type N = number | null;
  const [id, url, uin, apiId, house, heading, tabled, due, answered, bodyId, body, askingId, answeringId, amId, amName, bmId, bmName, flags, corrected, holding, amParty, bmParty, amSeat] = row as [
    string, string, string | null, N, number, N, N, N, N, N, N, N, N, N, N, N, N, number, N, N, N?, N?, N?,
  ];
  const r: RecordMeta = {
    id,
    house: strings[house] as RecordMeta['house'],
    answerIsHolding: (flags & FLAGS.answerIsHolding) !== 0,
    answerIsCorrection: (flags & FLAGS.answerIsCorrection) !== 0,
    isWithdrawn: (flags & FLAGS.isWithdrawn) !== 0,
    answerTextClipped: (flags & FLAGS.answerTextClipped) !== 0,
    hasAnswer: (flags & FLAGS.hasAnswer) !== 0,
    url,
  };
  if (uin !== null) r.uin = uin;
  if (apiId !== null) r.apiId = apiId;
  if (heading !== null) r.heading = strings[heading];
  if (tabled !== null) r.dateTabled = strings[tabled];
  if (due !== null) r.dateForAnswer = strings[due];
  if (answered !== null) r.dateAnswered = strings[answered];
  if (bodyId !== null) r.answeringBodyId = bodyId;
  if (body !== null) r.answeringBody = strings[body];
  if (askingId !== null) r.askingMemberId = askingId;
  if (answeringId !== null) r.answeringMemberId = answeringId;
  // The party and the asker's seat from the table where the row has them (rows before formats 18 and 19 have none).
  const str = (k: N | undefined) => (k === null || k === undefined ? undefined : strings[k]);
  if (amName !== null) r.askingMember = memberName(strings[amName]!, amId, str(amParty), str(amSeat));
  if (bmName !== null) r.answeringMember = memberName(strings[bmName]!, bmId, str(bmParty));
  if (flags & FLAGS.namedDayKnown) r.isNamedDay = (flags & FLAGS.isNamedDay) !== 0;
  if (corrected !== null) r.dateAnswerCorrected = strings[corrected];
  if (holding !== null) r.dateHoldingAnswer = strings[holding];
  return r;
}
