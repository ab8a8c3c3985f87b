// Real records for the Slack adapter's tests, read from ../shared/corpus when it is present.
// A tiny local mapping (corpus JSONL → QaRecord, names from the members CSV) keeps these tests
// independent of src/ingest; every record is still validated by the real QaRecord schema.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Excerpt, Hit, ResultsReply } from '../../../src/bot/reply.ts';
import { plainFlags, QaRecord } from '../../../src/record.ts';

const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
export const CORPUS_FILE = CORPUS_DIR + 'commons-written-questions-2023-2026.jsonl';
const MEMBERS_CSV = CORPUS_DIR + 'members/members_lookup_derived.csv';

export const hasCorpus = existsSync(CORPUS_FILE);
export const NO_CORPUS_MESSAGE = `corpus not found at ${CORPUS_FILE}: skipping tests over real records`;

type Row = Record<string, any>;
type MemberInfo = { name: string; party?: string; constituency?: string };

let members: Map<number, MemberInfo> | undefined;

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function loadMembers(): Map<number, MemberInfo> {
  if (members) return members;
  members = new Map();
  if (!existsSync(MEMBERS_CSV)) return members;
  const [header, ...lines] = readFileSync(MEMBERS_CSV, 'utf8').split(/\r?\n/);
  const cols = parseCsvLine(header!);
  const at = (name: string) => cols.indexOf(name);
  for (const line of lines) {
    if (!line.trim()) continue;
    const f = parseCsvLine(line);
    const id = Number(f[at('member_id')]);
    members.set(id, {
      name: f[at('name')]!,
      ...(f[at('party')] ? { party: f[at('party')] } : {}),
      ...(f[at('constituency')] ? { constituency: f[at('constituency')] } : {}),
    });
  }
  return members;
}

export function toRecord(row: Row): QaRecord {
  const m = loadMembers();
  const asker = row.askingMemberId ? m.get(row.askingMemberId) : undefined;
  const answerer = row.answeringMemberId ? m.get(row.answeringMemberId) : undefined;
  const draft = {
    id: `commons-${row.dateTabled}-${String(row.uin).toLowerCase()}`,
    apiId: row.id,
    uin: row.uin,
    house: row.house ?? 'Commons',
    ...(row.heading ? { heading: row.heading } : {}),
    questionText: row.questionText,
    ...(row.answerText ? { answerText: row.answerText } : {}),
    dateTabled: row.dateTabled,
    ...(row.dateForAnswer ? { dateForAnswer: row.dateForAnswer } : {}),
    ...(row.dateAnswered ? { dateAnswered: row.dateAnswered } : {}),
    ...(row.answeringBodyId ? { answeringBodyId: row.answeringBodyId } : {}),
    ...(row.answeringBodyName ? { answeringBody: row.answeringBodyName } : {}),
    ...(asker ? { askingMember: { id: row.askingMemberId, ...asker } } : {}),
    ...(answerer ? { answeringMember: { id: row.answeringMemberId, name: answerer.name } } : {}),
    answerIsHolding: Boolean(row.answerIsHolding),
    answerIsCorrection: Boolean(row.answerIsCorrection),
    isWithdrawn: Boolean(row.isWithdrawn),
    isNamedDay: Boolean(row.isNamedDay),
    groupedQuestions: row.groupedQuestions ?? [],
    attachmentCount: row.attachmentCount ?? 0,
    questionTextClipped: Boolean(row.questionTextClipped),
    answerTextClipped: Boolean(row.answerTextClipped),
    url: row.url,
    sources: [{ kind: 'wq-jsonl', file: 'commons-written-questions-2023-2026.jsonl' }],
  };
  return QaRecord.parse(draft);
}

let allRows: Row[] | undefined;
function rows(): Row[] {
  if (!allRows) {
    allRows = readFileSync(CORPUS_FILE, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
  }
  return allRows;
}

/** The first `n` answered records of the corpus. */
export function sampleRecords(n: number): QaRecord[] {
  return rows()
    .filter((r) => r.answerText && r.questionText)
    .slice(0, n)
    .map(toRecord);
}

/** Answered records whose question or answer mentions `word` (case-insensitive). */
export function recordsMentioning(word: string, n: number): QaRecord[] {
  const re = new RegExp(`\\b${word}\\b`, 'i');
  return rows()
    .filter((r) => r.answerText && r.questionText && re.test(r.answerText))
    .slice(0, n)
    .map(toRecord);
}

/**
 * The corpus's longest records by each field that ends up in a message: heading, question,
 * answer, department, and the longest asking member label (name, party, constituency).
 */
export function longestRecords(k = 3): { by: string; record: QaRecord }[] {
  const all = rows().filter((r) => r.questionText);
  const m = loadMembers();
  const measures: [string, (r: Row) => number][] = [
    ['heading', (r) => (r.heading ?? '').length],
    ['questionText', (r) => r.questionText.length],
    ['answerText', (r) => (r.answerText ?? '').length],
    ['answeringBodyName', (r) => (r.answeringBodyName ?? '').length],
    [
      'askingMember',
      (r) => {
        const x = m.get(r.askingMemberId);
        return x ? `${x.name}${x.party ?? ''}${x.constituency ?? ''}`.length : 0;
      },
    ],
  ];
  const out: { by: string; record: QaRecord }[] = [];
  for (const [by, f] of measures) {
    const top = [...all].sort((a, b) => f(b) - f(a)).slice(0, k);
    for (const r of top) out.push({ by, record: toRecord(r) });
  }
  return out;
}

/** An excerpt of the record's answer (else question) with every occurrence of `terms` matched. */
export function excerptFor(r: QaRecord, terms: string[], whole = false): Excerpt {
  const field = r.answerText ? 'answer' : 'question';
  const full = r.answerText ?? r.questionText;
  const re = terms.length ? new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi') : undefined;
  // A 300-character window around the first match, like the core's excerpts.
  const first = re ? full.search(re) : -1;
  const start = whole || first < 100 ? 0 : full.lastIndexOf(' ', first - 80) + 1;
  const end = whole ? full.length : Math.min(full.length, start + 300);
  const text = full.slice(start, end);
  const segments: Excerpt['segments'] = [];
  let last = 0;
  if (re) {
    for (const m of text.matchAll(re)) {
      if (m.index! > last) segments.push({ text: text.slice(last, m.index), match: false });
      segments.push({ text: m[0], match: true });
      last = m.index! + m[0].length;
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return { field, segments, cutStart: start > 0, cutEnd: end < full.length };
}

export function hitFor(r: QaRecord, terms: string[], whole = false): Hit {
  return { record: r, score: 1, excerpt: excerptFor(r, terms, whole) };
}

export function resultsReply(query: string, records: QaRecord[], opts: Partial<ResultsReply> = {}, whole = false): ResultsReply {
  const terms = query.split(/\s+/).filter((w) => w.length > 2);
  return {
    kind: 'results',
    query,
    total: opts.total ?? records.length,
    offset: opts.offset ?? 0,
    limit: opts.limit ?? records.length,
    hits: records.map((r) => hitFor(r, terms, whole)),
    notices: opts.notices ?? [],
    ...(opts.answer ? { answer: opts.answer } : {}),
    ...(opts.noAnswerNote ? { noAnswerNote: opts.noAnswerNote } : {}),
  };
}

/** A hand-made record for cases the corpus lacks (hostile text). */
export function fakeRecord(over: Partial<QaRecord> = {}): QaRecord {
  return QaRecord.parse({
    id: 'commons-2024-09-09-4712',
    uin: '4712',
    house: 'Commons',
    heading: 'County Lines',
    questionText: 'To ask the Secretary of State for the Home Department, what steps she is taking to tackle county lines drug dealing.',
    answerText: 'The Government is committed to tackling county lines. We have invested £145 million in the County Lines Programme.',
    dateTabled: '2024-09-09',
    dateAnswered: '2024-09-16',
    answeringBody: 'Home Office',
    askingMember: { name: 'Jane Example', party: 'Labour', constituency: 'Exampleton' },
    answeringMember: { name: 'Dame Diana Johnson', role: 'Minister of State (Home Office)' },
    ...plainFlags(),
    url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712',
    sources: [{ kind: 'wq-jsonl', file: 'test' }],
    ...over,
  });
}
