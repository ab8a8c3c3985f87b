// Platform-neutral replies. The core says *what* to show; each adapter (Slack Block Kit,
// Discord embeds, terminal) decides *how*, and does all escaping. Every string in here
// is plain, unescaped text exactly as it came from a record or a user.
import type { QaRecord } from '../record.ts';
import type { Excerpt, Hit, StatsReply } from '../search/types.ts';

// A search hit and a stats count are the search's own results; replies carry them as they are.
export type { Excerpt, Hit, StatsReply, StatsRow } from '../search/types.ts';

/** A run of inline text. Adapters escape `text` for their platform before wrapping it. */
export type Inline =
  | { t: 'text'; text: string }
  | { t: 'bold'; text: string }
  | { t: 'code'; text: string }
  | { t: 'link'; text: string; url: string };

/** A paragraph is a list of inline runs. */
export type Paragraph = Inline[];

/** An extractive direct answer: sentences quoted verbatim from a record, with citation. */
export interface DirectAnswer {
  quotes: { text: string; record: QaRecord }[];
}

export interface ResultsReply {
  kind: 'results';
  /** The query as the user typed it (plain text). */
  query: string;
  total: number;
  /** Of the total, the questions awaiting an answer: the count line says "questions" when there are any, not "answers". */
  awaiting?: number;
  offset: number;
  limit: number;
  hits: Hit[];
  /** Present for question-shaped queries when a good sentence was found. */
  answer?: DirectAnswer;
  /** For question-shaped queries where no sentence was good enough, or whose answer is the list itself ("has anyone asked about …?"). */
  noAnswerNote?: string;
  /** Extra advice shown above the results (e.g. a filter that was ignored). */
  notices: string[];
}

export interface MessageReply {
  kind: 'message';
  tone: 'info' | 'error' | 'warning';
  title: string;
  paragraphs: Paragraph[];
}

export interface FollowingReply {
  kind: 'following';
  follows: { n: number; query: string; createdAt: string }[];
}

export interface DigestTopic {
  query: string;
  total: number;
  records: QaRecord[];
  /** One-line excerpt per record, same order as records. */
  lines: string[];
  /** The date to put in "and N more — /qa <query> from:<date>". */
  since: string;
  /** The query searched, when not `query` as followed (`county lines tabled` searches `county lines`). */
  search?: string;
  /** Its count in words ("2 new answers, 1 newly tabled"); absent: `total` new answers. */
  count?: string;
}

export interface DigestReply {
  kind: 'digest';
  /** ISO date-times bounding what is new. */
  from: string;
  to: string;
  topics: DigestTopic[];
}

/** What the bot answers with. A digest is not one: the scheduler sends it (src/digest). */
export type Reply = ResultsReply | MessageReply | StatsReply | FollowingReply;

export const text = (s: string): Inline => ({ t: 'text', text: s });
export const bold = (s: string): Inline => ({ t: 'bold', text: s });
export const code = (s: string): Inline => ({ t: 'code', text: s });
export const link = (s: string, url: string): Inline => ({ t: 'link', text: s, url });

export function message(tone: MessageReply['tone'], title: string, ...paragraphs: Paragraph[]): MessageReply {
  return { kind: 'message', tone, title, paragraphs };
}

/** Plain text of an excerpt, for one-line digests and JSON output; `open`/`close` wrap matches. */
export function excerptText(e: Excerpt, open = '', close = ''): string {
  const body = e.segments.map((s) => (s.match ? open + s.text + close : s.text)).join('');
  return (e.cutStart ? '…' : '') + body + (e.cutEnd ? '…' : '');
}
