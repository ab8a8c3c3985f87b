// The one shape every importer produces: a written question with its answer, in the
// Written Questions API's own field names (uin, dateTabled, answeringBody, …).
import { z } from 'zod';

/** A day that exists (the shape alone let 2024-13-45 and 2023-02-29 through). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

const isoDate = z.string().refine(isCalendarDate, {
  error: (iss) => (/^\d{4}-\d{2}-\d{2}$/.test(String(iss.input)) ? `no such day: ${iss.input}` : 'expected a date as YYYY-MM-DD'),
});

/**
 * A question without its address: "To ask the Secretary of State for Environment, Food and Rural
 * Affairs, what …" is "what …", and "To ask His Majesty's Government what …" too. An office's name
 * may hold commas ("Science, Innovation and Technology"), so a Commons address runs to the first
 * comma before a word in lower case, and over "representing …," (a member answering for a body).
 */
export function withoutAddress(questionText: string): string {
  return questionText.replace(COMMONS_ADDRESS, '').replace(LORDS_ADDRESS, '');
}
const COMMONS_ADDRESS = /^\s*[Tt]o\s+ask\s+the\s+[^,]{1,120}(?:,\s*(?=[A-Z])[^,]{1,80})*,\s*(?:representing\s[^,]{1,120},\s*)?/;
const LORDS_ADDRESS = /^\s*to\s+ask\s+(?:his|her)\s+majesty['’]s\s+government,?\s*/i;

export const House = z.enum(['Commons', 'Lords']);
export type House = z.infer<typeof House>;

export const Member = z.object({
  /** Members API id (askingMemberId / answeringMemberId), where known. */
  id: z.number().int().positive().optional(),
  name: z.string().min(1),
  party: z.string().min(1).optional(),
  constituency: z.string().min(1).optional(),
  /** For the answering member: the role held when answering, where the source gives it. */
  role: z.string().min(1).optional(),
});
export type Member = z.infer<typeof Member>;

export const SourceKind = z.enum(['page-capture', 'wq-api-list', 'wq-api-detail', 'wq-jsonl']);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.object({
  kind: SourceKind,
  /** The file the record was read from, relative to where it was loaded (data/…). */
  file: z.string().min(1),
  /** The web page a capture was taken from, where known. */
  url: z.string().url().optional(),
});
export type Source = z.infer<typeof Source>;

export const QaRecord = z.object({
  /** Stable id: `commons-2024-09-09-4712` (house-dateTabled-uin) where those are known, else derived from the source. */
  id: z.string().min(1),
  /** The Written Questions API's numeric id, where known. */
  apiId: z.number().int().positive().optional(),
  /** "4712", "HL1234": a UIN is a number, Lords ones after "HL" (so "-5" or "1.5" is not one). */
  uin: z.string().regex(/^[A-Za-z]*\d+$/, 'expected a UIN such as 4712 or HL1234').optional(),
  house: House,
  heading: z.string().min(1).optional(),
  questionText: z.string().min(1),
  /** Plain text, paragraphs separated by a blank line; absent while unanswered. */
  answerText: z.string().min(1).optional(),
  dateTabled: isoDate.optional(),
  dateForAnswer: isoDate.optional(),
  dateAnswered: isoDate.optional(),
  answeringBodyId: z.number().int().positive().optional(),
  answeringBody: z.string().min(1).optional(),
  /** Members API ids as the source gives them; kept even when no name is known (no members file), so records stay joinable. */
  askingMemberId: z.number().int().positive().optional(),
  answeringMemberId: z.number().int().positive().optional(),
  askingMember: Member.optional(),
  answeringMember: Member.optional(),
  answerIsHolding: z.boolean(),
  answerIsCorrection: z.boolean(),
  dateAnswerCorrected: isoDate.optional(),
  dateHoldingAnswer: isoDate.optional(),
  isWithdrawn: z.boolean(),
  isNamedDay: z.boolean().optional(),
  /** UINs of questions answered together with this one. */
  groupedQuestions: z.array(z.string()),
  attachmentCount: z.number().int().nonnegative().optional(),
  /** True where the source cut the text (the API list endpoint clips at 255 characters). */
  questionTextClipped: z.boolean(),
  answerTextClipped: z.boolean(),
  /** The record's page on questions-statements.parliament.uk, or a search there when uin/dateTabled are unknown. */
  url: z.string().url(),
  /** Every file this record was read from (several once duplicates are merged). */
  sources: z.array(Source).min(1),
});
export type QaRecord = z.infer<typeof QaRecord>;

/** The state of a plain answered (or awaiting) question: no flags set, nothing grouped or clipped. A fresh object each time. */
export function plainFlags() {
  return {
    answerIsHolding: false,
    answerIsCorrection: false,
    isWithdrawn: false,
    groupedQuestions: [] as string[],
    questionTextClipped: false,
    answerTextClipped: false,
  };
}

export const OFFICIAL_SITE = 'https://questions-statements.parliament.uk';

export function officialUrl(dateTabled: string, uin: string): string {
  return `${OFFICIAL_SITE}/written-questions/detail/${dateTabled}/${encodeURIComponent(uin)}`;
}

/** Dedupe key: house + dateTabled + uin, the Parliament's own identity for a question. */
export function recordKey(r: Pick<QaRecord, 'house' | 'dateTabled' | 'uin'>): string | undefined {
  if (!r.dateTabled || !r.uin) return undefined;
  return `${r.house.toLowerCase()}-${r.dateTabled}-${r.uin.toLowerCase()}`;
}

/** Short human label for error messages: "commons-2024-09-09-4712" or the id. */
export function describeRecord(r: Partial<QaRecord>): string {
  return r.id ?? (r.uin ? `UIN ${r.uin}` : 'record');
}

/**
 * A record without its text: what the search index keeps in memory for every record, only the
 * fields that filters, ranking, grouping, stats and timeliness read. The text (most of a
 * record's size: a gigabyte at the full archive) is read from the archive store for the few
 * records a query reads closely. A whole QaRecord is also a RecordMeta.
 */
export type RecordMeta = Pick<
  QaRecord,
  | 'id'
  | 'apiId'
  | 'uin'
  | 'house'
  | 'heading'
  | 'dateTabled'
  | 'dateForAnswer'
  | 'dateAnswered'
  | 'answeringBodyId'
  | 'answeringBody'
  | 'askingMemberId'
  | 'answeringMemberId'
  | 'answerIsHolding'
  | 'answerIsCorrection'
  | 'dateAnswerCorrected'
  | 'dateHoldingAnswer'
  | 'isWithdrawn'
  | 'isNamedDay'
  | 'answerTextClipped'
  | 'url'
> & {
  askingMember?: MemberName;
  answeringMember?: MemberName;
  /** Whether the record has an answer text (answered, or holding): the text itself is not kept. */
  hasAnswer?: boolean;
};

/** Who a member is, as the index needs it: their name (and Members API id), and their party then (party:). */
export type MemberName = Pick<Member, 'id' | 'name' | 'party' | 'constituency'>;

/**
 * A member as the index keeps them: the id, the party and (for the asking member: "the MP for …"
 * reads it) the seat only where known, no key for any otherwise.
 */
export function memberName(name: string, id?: number | null, party?: string | null, constituency?: string | null): MemberName {
  const out: MemberName = id === undefined || id === null ? { name } : { id, name };
  if (party !== undefined && party !== null) out.party = party;
  if (constituency !== undefined && constituency !== null) out.constituency = constituency;
  return out;
}

export function metaOf(r: QaRecord): RecordMeta {
  const m = (x: Member): MemberName => memberName(x.name, x.id, x.party);
  const out: RecordMeta = {
    id: r.id,
    house: r.house,
    answerIsHolding: r.answerIsHolding,
    answerIsCorrection: r.answerIsCorrection,
    isWithdrawn: r.isWithdrawn,
    answerTextClipped: r.answerTextClipped,
    hasAnswer: r.answerText !== undefined,
    url: r.url,
  };
  // Absent stays absent (a stored and reloaded meta compares equal to a fresh one); added, never
  // deleted, so V8 keeps 660,000 of these as compact objects.
  if (r.apiId !== undefined) out.apiId = r.apiId;
  if (r.uin !== undefined) out.uin = r.uin;
  if (r.heading !== undefined) out.heading = r.heading;
  if (r.dateTabled !== undefined) out.dateTabled = r.dateTabled;
  if (r.dateForAnswer !== undefined) out.dateForAnswer = r.dateForAnswer;
  if (r.dateAnswered !== undefined) out.dateAnswered = r.dateAnswered;
  if (r.answeringBodyId !== undefined) out.answeringBodyId = r.answeringBodyId;
  if (r.answeringBody !== undefined) out.answeringBody = r.answeringBody;
  if (r.askingMemberId !== undefined) out.askingMemberId = r.askingMemberId;
  if (r.answeringMemberId !== undefined) out.answeringMemberId = r.answeringMemberId;
  if (r.askingMember) out.askingMember = memberName(r.askingMember.name, r.askingMember.id, r.askingMember.party, r.askingMember.constituency);
  if (r.answeringMember) out.answeringMember = m(r.answeringMember);
  if (r.isNamedDay !== undefined) out.isNamedDay = r.isNamedDay;
  if (r.dateAnswerCorrected !== undefined) out.dateAnswerCorrected = r.dateAnswerCorrected;
  if (r.dateHoldingAnswer !== undefined) out.dateHoldingAnswer = r.dateHoldingAnswer;
  return out;
}
