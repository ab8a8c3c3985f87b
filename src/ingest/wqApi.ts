// The Written Questions API's JSON (list responses, detail items) and the corpus's JSON Lines of
// its `value` objects → record drafts. Field names are the API's; this maps, flags clipping and
// converts HTML answers, and leaves type checking to QaRecord.
import { officialUrl, recordKey, type SourceKind } from '../record.ts';
import { isoDay } from './dates.ts';
import { decodeEntities, htmlToText, looksLikeHtml, normalisePlainText } from './html.ts';
import { stripUndefined } from './pageCapture.ts';
import type { Draft, Parsed } from './types.ts';

/** The list endpoint cuts questionText at 255 characters, answerText at 255 + "...". */
export const LIST_CLIP = 255;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export type WqShape = 'list' | 'detail' | 'values' | 'members' | 'unknown';

/** What a parsed JSON document is: an API list response (wrapped or bare array), a detail item, bare value object(s), a members file. */
export function wqShape(doc: unknown): WqShape {
  if (Array.isArray(doc)) {
    const first = doc.find(isObj);
    if (!first) return doc.length ? 'unknown' : 'list';
    if (isObj(first.value)) return 'list';
    if ('nameDisplayAs' in first || ('latestParty' in first && 'id' in first)) return 'members';
    if ('questionText' in first || 'uin' in first) return 'values';
    return 'unknown';
  }
  if (!isObj(doc)) return 'unknown';
  if (Array.isArray(doc.results)) return 'list';
  if (Array.isArray(doc.members)) return 'members';
  if (isObj(doc.value)) return 'detail';
  if ('questionText' in doc || 'uin' in doc) return 'values';
  return 'unknown';
}

/** Every record draft in a whole JSON document (list response, detail item, array of values). */
export function* parseWqDocument(doc: unknown, file: string): Generator<Parsed> {
  const shape = wqShape(doc);
  if (shape === 'detail') {
    const v = (doc as Obj).value as Obj;
    yield fromValue(v, { kind: 'wq-api-detail', file, where: whereOf('item', v) });
    return;
  }
  if (shape === 'values' && !Array.isArray(doc)) {
    yield fromValue(doc as Obj, { kind: 'wq-jsonl', file, where: whereOf('item', doc as Obj) });
    return;
  }
  const items: unknown[] = Array.isArray(doc) ? doc : ((doc as Obj).results as unknown[]);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const v = isObj(item) && isObj(item.value) ? item.value : item;
    const where = whereOf(`item ${i}`, v);
    if (!isObj(v)) {
      yield { ok: false, reason: `not an object (${typeOf(v)})`, where };
      continue;
    }
    yield fromValue(v, { kind: shape === 'values' ? 'wq-jsonl' : 'wq-api-list', file, where });
  }
}

/** One JSON Lines line: a `value` object (or a `{value, links}` item). */
export function parseWqLine(line: string, file: string, lineNo: number): Parsed {
  const where = `line ${lineNo}`;
  try {
    return parseWqValue(JSON.parse(line), file, where);
  } catch (e) {
    return { ok: false, reason: `invalid JSON: ${(e as Error).message.slice(0, 120)}`, where };
  }
}

/** An already parsed JSON Lines value; a `{value, links}` line is an API item, from the list endpoint if its text is cut. */
export function parseWqValue(v: unknown, file: string, where: string): Parsed {
  let kind: SourceKind = 'wq-jsonl';
  if (isObj(v) && isObj(v.value)) {
    v = v.value;
    kind = looksClipped(v as Obj) ? 'wq-api-list' : 'wq-api-detail';
  }
  if (!isObj(v)) return { ok: false, reason: `not an object (${typeOf(v)})`, where };
  return fromValue(v, { kind, file, where: whereOf(where, v) });
}

function looksClipped(v: Obj): boolean {
  const q = v.questionText;
  const a = v.answerText;
  return (typeof q === 'string' && q.length === LIST_CLIP) || (typeof a === 'string' && a.length === LIST_CLIP + 3 && a.endsWith('...'));
}

type Ctx = { kind: SourceKind; file: string; where: string };

/** Map one API `value` object. Partial records (the longform cache) lack identity and are skipped. */
export function fromValue(v: Obj, ctx: Ctx): Parsed {
  const { where } = ctx;
  const uin = typeof v.uin === 'number' ? String(v.uin) : v.uin;
  const dateTabled = isoDay(v.dateTabled);
  if (!uin && !dateTabled && !v.house) {
    const reason = v.questionText ? 'partial record: no uin/dateTabled/house' : 'not a written question: no uin/dateTabled/house/questionText';
    return { ok: false, reason, where };
  }
  const house = v.house ?? (typeof uin === 'string' && /^HL/i.test(uin) ? 'Lords' : 'Commons');
  // A flag that is neither true nor false ("yes", 1) would otherwise be read as false: the item is refused.
  const notFlag = FLAGS.find((k) => v[k] !== undefined && v[k] !== null && typeof v[k] !== 'boolean');
  if (notFlag) return { ok: false, reason: `${notFlag} is ${JSON.stringify(v[notFlag])?.slice(0, 40)}, not true or false`, where };

  const question = text(v.questionText);
  let answer = text(v.answerText);
  let questionTextClipped = bool(v.questionTextClipped);
  let answerTextClipped = bool(v.answerTextClipped);
  if (ctx.kind === 'wq-api-list') {
    questionTextClipped ||= typeof v.questionText === 'string' && v.questionText.length === LIST_CLIP;
    answerTextClipped ||= typeof v.answerText === 'string' && v.answerText.length === LIST_CLIP + 3 && v.answerText.endsWith('...');
  }
  if (typeof v.answerHtml === 'string' && v.answerHtml.trim()) {
    const full = htmlToText(v.answerHtml);
    if (full) {
      answer = full; // the whole answer, where the list text was clipped
      answerTextClipped = false;
    }
  }

  const apiId = v.id;
  const askingMemberId = v.askingMemberId ?? (isObj(v.askingMember) ? v.askingMember.id : undefined);
  const answeringMemberId = v.answeringMemberId ?? (isObj(v.answeringMember) ? v.answeringMember.id : undefined);
  const draft: Draft = {
    apiId: apiId ?? undefined,
    uin,
    house,
    heading: typeof v.heading === 'string' ? v.heading.trim() || undefined : v.heading ?? undefined,
    questionText: question,
    answerText: answer || undefined, // empty means unanswered
    dateTabled,
    dateForAnswer: isoDay(v.dateForAnswer),
    dateAnswered: isoDay(v.dateAnswered),
    answeringBodyId: v.answeringBodyId ?? undefined,
    answeringBody: v.answeringBodyName ?? v.answeringBody ?? undefined,
    askingMemberId: askingMemberId ?? undefined,
    answeringMemberId: answeringMemberId ?? undefined,
    askingMember: member(v.askingMember),
    answeringMember: member(v.answeringMember),
    answerIsHolding: bool(v.answerIsHolding),
    answerIsCorrection: bool(v.answerIsCorrection),
    dateAnswerCorrected: isoDay(v.dateAnswerCorrected),
    dateHoldingAnswer: isoDay(v.dateHoldingAnswer),
    isWithdrawn: bool(v.isWithdrawn),
    isNamedDay: v.isNamedDay ?? undefined,
    groupedQuestions: Array.isArray(v.groupedQuestions) ? v.groupedQuestions.map((g) => (typeof g === 'number' ? String(g) : g)) : v.groupedQuestions ?? [],
    attachmentCount: v.attachmentCount ?? undefined,
    questionTextClipped,
    answerTextClipped: answer ? answerTextClipped : false,
    sources: [{ kind: ctx.kind, file: ctx.file }],
  };
  const key = typeof house === 'string' && typeof uin === 'string' && typeof dateTabled === 'string' && (house === 'Commons' || house === 'Lords')
    ? recordKey({ house, uin, dateTabled })
    : undefined;
  draft.id = key ?? (typeof apiId === 'number' ? `api-${apiId}` : undefined);
  draft.url = typeof uin === 'string' && typeof dateTabled === 'string' ? officialUrl(dateTabled, uin) : typeof v.url === 'string' ? v.url : undefined;
  return { ok: true, draft: stripUndefined(draft), where };
}

/** A MemberViewModel (expandMember=true) → Member; null/absent → undefined. */
function member(m: unknown): Draft | undefined {
  if (!isObj(m) || typeof m.name !== 'string' || !m.name.trim()) return undefined;
  return stripUndefined({
    id: m.id ?? undefined,
    name: m.name.trim(),
    party: typeof m.party === 'string' && m.party.trim() ? m.party.trim() : undefined,
    constituency: typeof m.memberFrom === 'string' && m.memberFrom.trim() ? m.memberFrom.trim() : undefined,
  });
}

/**
 * Detail answers are HTML; list and JSONL text is plain, but the API strips only the tags and
 * leaves entities ("R&amp;D"), so those are decoded. Non-strings pass through for the validator.
 */
function text(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== 'string') return v;
  return looksLikeHtml(v) ? htmlToText(v) : normalisePlainText(decodeEntities(v));
}

/** The API's flags this maps; null or absent means false (unanswered items have null answer flags). */
const FLAGS = ['answerIsHolding', 'answerIsCorrection', 'isWithdrawn', 'isNamedDay', 'questionTextClipped', 'answerTextClipped'] as const;

const bool = (v: unknown): boolean => v === true;

function whereOf(base: string, v: unknown): string {
  return isObj(v) && typeof v.id === 'number' ? `${base} (API id ${v.id})` : base;
}

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
