// How a record is presented, decided once for every platform: its title, who asked and who
// answered, the department, dates, flags and citation, and the shared wording around them
// (counts, "and N more", stats headings). Adapters only escape these plain strings and lay them
// out in their markup; a wording change made here shows on Slack, Discord, the terminal and in
// digests alike.
import { withoutAddress, type Member, type QaRecord } from '../record.ts';
import { commandText } from './help.ts';
import type { RateLimit } from './rateLimit.ts';
import type { DigestTopic, ResultsReply } from './reply.ts';
import { isOverdue } from '../search/timeliness.ts';
import type { StatsReply, StatsRow } from '../search/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2024-09-16 (or an ISO date-time) → 16 Sep 2024, the same on every platform and in any locale. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "1 answer", "1,234 answers". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const ws = cut.search(/\s\S*$/);
  return `${(ws > max / 2 ? cut.slice(0, ws) : cut).replace(/[\s,;:.\-–—(]+$/, '')}…`;
}

/** The record's heading; else the start of its question ("To ask the …, " dropped); else its UIN. */
export function recordTitle(r: QaRecord): string {
  if (r.heading?.trim()) return r.heading.trim();
  const q = withoutAddress(r.questionText).replace(/\s+/g, ' ').trim();
  if (q) return cutAtWord(q.charAt(0).toUpperCase() + q.slice(1), 100);
  return r.uin ? `Question ${r.uin}` : 'Written question';
}

/** An asker with party and constituency, a minister with their role: "Jane Example (Labour, Exampleton)". */
export function memberLabel(m: Member | undefined, id: number | undefined, as: 'asker' | 'answerer'): string | undefined {
  if (!m) return id ? `Member ${id}` : undefined;
  const extra = (as === 'asker' ? [m.party, m.constituency] : [m.role]).filter(Boolean).join(', ');
  return extra ? `${m.name} (${extra})` : m.name;
}

export interface RecordView {
  title: string;
  url: string;
  department?: string;
  askedBy?: string;
  answeredBy?: string;
  /** Dates as people read them (formatDate). */
  tabled?: string;
  answered?: string;
  status: 'answered' | 'awaiting answer' | 'withdrawn';
  uin?: string;
  /** What else a reader should know, most important first: "holding answer", "corrected 1 Oct 2024" … */
  flags: { kind: 'holding' | 'corrected' | 'named-day' | 'grouped' | 'attachments' | 'clipped'; text: string }[];
  /** How a quotation from the record is attributed: "UIN 4712, Home Office, 16 Sep 2024". */
  citation: string;
}

export function recordView(r: QaRecord): RecordView {
  const flags: RecordView['flags'] = [];
  if (r.answerIsHolding) flags.push({ kind: 'holding', text: 'holding answer' });
  if (r.answerIsCorrection) flags.push({ kind: 'corrected', text: ['corrected', formatDate(r.dateAnswerCorrected)].filter(Boolean).join(' ') });
  if (r.isNamedDay) flags.push({ kind: 'named-day', text: 'named day' });
  if (r.groupedQuestions.length) flags.push({ kind: 'grouped', text: `grouped with ${r.groupedQuestions.join(', ')}` });
  if (r.attachmentCount) flags.push({ kind: 'attachments', text: plural(r.attachmentCount, 'attachment') });
  if (r.questionTextClipped || r.answerTextClipped) flags.push({ kind: 'clipped', text: 'text clipped at source' });
  const answered = formatDate(r.dateAnswered);
  return {
    title: recordTitle(r),
    url: r.url,
    ...(r.answeringBody ? { department: r.answeringBody } : {}),
    ...opt('askedBy', memberLabel(r.askingMember, r.askingMemberId, 'asker')),
    ...opt('answeredBy', memberLabel(r.answeringMember, r.answeringMemberId, 'answerer')),
    ...opt('tabled', formatDate(r.dateTabled)),
    ...opt('answered', answered),
    status: r.isWithdrawn ? 'withdrawn' : r.dateAnswered || r.answerText ? 'answered' : 'awaiting answer',
    ...opt('uin', r.uin),
    flags,
    citation: [r.uin ? `UIN ${r.uin}` : recordTitle(r), r.answeringBody, answered].filter(Boolean).join(', '),
  };
}

function opt<K extends string>(key: K, v: string | undefined): { [k in K]?: string } {
  return (v ? { [key]: v } : {}) as { [k in K]?: string };
}

/** Whether a result offers a Watch button: a question still awaiting its answer (a holding answer included). `/qa watch` takes any. */
export function watchable(r: QaRecord): boolean {
  return !r.isWithdrawn && (!r.answerText || r.answerIsHolding) && !!r.uin && !!r.dateTabled;
}

/** The start of a record's answer (or, unanswered, its question), at most `max` characters, cut at a word. */
export function answerOpening(r: QaRecord, max = 300): string {
  return cutAtWord((r.answerText ?? r.questionText).replace(/\s+/g, ' ').trim(), max);
}

/**
 * Where a watched question stands, in words: "awaiting answer, due 20 Sep 2024", "overdue since
 * 17 Sep 2024", "holding answer on 10 Sep 2024", "answered on 16 Sep 2024, corrected 1 Oct 2024",
 * "answered with UIN 4713 on …" (its group's answer), "withdrawn", "not in the archive yet".
 * `today` is London's date (YYYY-MM-DD).
 */
export function watchStatus(w: { record?: QaRecord; groupAnswer?: QaRecord }, today: string): string {
  const r = w.record;
  if (!r) return 'not in the archive yet';
  if (r.isWithdrawn) return 'withdrawn';
  const overdue = isOverdue(r, today) && r.dateForAnswer ? `overdue since ${formatDate(dayAfter(r.dateForAnswer))}` : undefined;
  if (r.answerText && !r.answerIsHolding) {
    const corrected = r.answerIsCorrection ? `, corrected${r.dateAnswerCorrected ? ` ${formatDate(r.dateAnswerCorrected)}` : ''}` : '';
    return `answered${r.dateAnswered ? ` on ${formatDate(r.dateAnswered)}` : ''}${corrected}`;
  }
  if (r.answerIsHolding) return [`holding answer${r.dateHoldingAnswer || r.dateAnswered ? ` on ${formatDate(r.dateHoldingAnswer ?? r.dateAnswered)}` : ''}`, overdue].filter(Boolean).join(', ');
  const g = w.groupAnswer;
  if (g) return `${g.answerIsHolding ? 'holding answer' : 'answered'} with ${g.uin ? `UIN ${g.uin}` : 'its group'}${g.dateAnswered ? ` on ${formatDate(g.dateAnswered)}` : ''}`;
  return overdue ?? `awaiting answer${r.dateForAnswer ? `, due ${formatDate(r.dateForAnswer)}` : ''}`;
}

function dayAfter(iso: string): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** What a digest line is: why the record is in today's digest. */
export type DigestKind = 'answer' | 'holding' | 'corrected' | 'tabled' | 'overdue';

/** The words a digest line starts with, saying why it is there ('' for a plain new answer). */
export function digestLabel(kind: DigestKind, r: QaRecord): string {
  switch (kind) {
    case 'answer':
      return '';
    case 'holding':
      return 'Holding answer: ';
    case 'corrected':
      return `Corrected answer${r.dateAnswerCorrected ? ` (${r.dateAnswerCorrected})` : ''}: `;
    case 'tabled':
      return `Newly tabled${r.dateForAnswer ? `, due ${formatDate(r.dateForAnswer)}` : ''}: `;
    case 'overdue':
      return r.dateForAnswer ? `Overdue since ${formatDate(dayAfter(r.dateForAnswer))}: ` : 'Overdue: ';
  }
}

/** A topic's count in a digest: "3 new answers", "2 new answers, 1 newly tabled", "4 fell overdue". */
export function digestCount(counts: Partial<Record<'answers' | 'tabled' | 'overdue', number>>): string {
  const parts: string[] = [];
  if (counts.answers) parts.push(plural(counts.answers, 'new answer'));
  if (counts.tabled) parts.push(`${counts.tabled.toLocaleString('en-GB')} newly tabled`);
  if (counts.overdue) parts.push(`${counts.overdue.toLocaleString('en-GB')} fell overdue`);
  return parts.join(', ') || plural(0, 'new answer');
}

/** The topic's answers a digest leaves out, and the command that lists them; undefined when it shows all. */
export function digestMore(t: DigestTopic, shown: number, command: string): { count: number; command: string } | undefined {
  const count = t.total - shown;
  return count > 0 ? { count, command: commandText(command, `${t.search ?? t.query} from:${t.since}`) } : undefined;
}

/** Where a page of results stands: the count line's words and the offsets Previous and Next go to. */
export interface ResultsPage {
  /**
   * "3 of 27 answers" on the first page, "3 of 27 questions (20 answered)" when some await an answer;
   * "Answers 6–10 of 27" (or "Answer 6 of 27", "Questions 6–10 of 27") after it.
   */
  count: string;
  /** The previous page's first result; undefined on the first page. */
  prevOffset?: number;
  /** The next page's first result; undefined on the last page. */
  nextOffset?: number;
}

/** What a reply lists: answers, or questions when some of them await an answer (listed after the answers, or alone with `unanswered`). */
export function listedNoun(awaiting: number | undefined): 'answer' | 'question' {
  return awaiting ? 'question' : 'answer';
}

/**
 * The page a message shows, from the hits it shows (`shown`: a platform's limits may drop some
 * of the reply's hits, and Next must start after the last one seen, not `limit` on).
 */
export function resultsPage(r: ResultsReply, shown = r.hits.length): ResultsPage {
  const total = r.total.toLocaleString('en-GB');
  const awaiting = Math.min(r.awaiting ?? 0, r.total);
  const noun = listedNoun(awaiting);
  const Noun = `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  const answered = awaiting === r.total ? ' awaiting an answer' : awaiting ? ` (${(r.total - awaiting).toLocaleString('en-GB')} answered)` : '';
  const count =
    r.offset === 0
      ? `${shown} of ${plural(r.total, noun)}${answered}`
      : shown === 1
        ? `${Noun} ${r.offset + 1} of ${total}`
        : `${Noun}s ${r.offset + 1}–${r.offset + shown} of ${total}`;
  return {
    count,
    ...(r.offset > 0 ? { prevOffset: Math.max(0, r.offset - Math.max(1, r.limit)) } : {}),
    // At least one on: a hit no message could hold is stepped over, not shown as the next page again.
    ...(r.offset + shown < r.total ? { nextOffset: r.offset + Math.max(1, shown) } : {}),
  };
}

/**
 * The stats reply's count: every question the query matches, answered or not, and how many are
 * answered, as a search's reply says it ("1,234 questions (1,001 answered) match"), the same on
 * every platform.
 */
export function statsCount(reply: StatsReply): string {
  const awaiting = Math.min(reply.awaiting ?? 0, reply.total);
  const answered = awaiting === 0 ? '' : awaiting === reply.total ? ', all awaiting an answer,' : ` (${(reply.total - awaiting).toLocaleString('en-GB')} answered)`;
  // "stats" alone counts the whole archive: no query to say it matches.
  if (!reply.query) return `${plural(reply.total, 'question')}${answered} in the archive`;
  return `${plural(reply.total, 'question')}${answered} ${reply.total === 1 ? 'matches' : 'match'}`;
}

/** Who asked them, said after the count and its query (", asked by 137 members"): "how many MPs asked about Gaza?" is read as the topic's stats. */
export function statsAskers(reply: StatsReply): string {
  return reply.askers ? `, asked by ${plural(reply.askers, 'member')}` : '';
}

/** Headings of the stats reply's tables, in the order every platform shows them. */
export const STATS_HEADINGS = { byAnsweringBody: 'By department', byYear: 'By year tabled', byParty: "By the asker's party", topAskers: 'Asked most by' } as const;

/** The stats reply's tables with their headings, in STATS_HEADINGS' order. */
export function statsTables(reply: StatsReply): { heading: string; rows: StatsRow[] }[] {
  return (Object.keys(STATS_HEADINGS) as (keyof typeof STATS_HEADINGS)[]).map((k) => ({ heading: STATS_HEADINGS[k], rows: reply[k] }));
}

/** "10 requests a minute", "3 requests every 10 seconds". */
export function describeRate(l: RateLimit): string {
  const req = plural(l.max, 'request');
  const units: [number, string][] = [
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
    [1, 'millisecond'],
  ];
  for (const [ms, name] of units) {
    if (l.windowMs % ms === 0) {
      const n = l.windowMs / ms;
      return n === 1 ? `${req} ${name === 'hour' ? 'an' : 'a'} ${name}` : `${req} every ${n} ${name}s`;
    }
  }
  return `${req} every ${l.windowMs} ms`;
}

/** What a user over the rate limit (rateLimit.ts) is told, on every platform. */
export function slowDownText(l: RateLimit, retryAfterMs: number): string {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up (${describeRate(l)} at most). Please try again in ${plural(s, 'second')}.`;
}
