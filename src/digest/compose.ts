// What one channel's digest says: for each topic it follows, the answered records that arrived
// in the archive during the window (and after the follow was made), newest answer first; and,
// where the follow asks, newly tabled questions and questions that fell overdue. The window is
// in the order of arrival (arrivedBetween, tabledBetween, overdueBetween), so a clock set wrong
// loses nothing.
import type { Follow } from '../ports.ts';
import { excerptText, type DigestReply, type DigestTopic } from '../bot/reply.ts';
import { digestCount, digestLabel, type DigestKind } from '../bot/present.ts';
import { followKinds } from '../bot/follow.ts';
import type { QaRecord } from '../record.ts';
import { markOverdueSeen, overdueBetween, tabledBetween } from '../store/arrivals.ts';
import type { Searcher } from '../search/types.ts';
import { arrivedBetween, isAnswered, type Db } from '../store/db.ts';
import { localIsoDate } from '../schedule.ts';

/** Records shown per topic; the rest become "and N more — /qa <query> from:<date>". */
export const PER_TOPIC = 3;
/** One-line excerpts are cut to about this many characters. */
export const LINE_MAX = 160;
/**
 * How many hits to fetch per topic. More than PER_TOPIC so the "from:<date>" of the "N more"
 * line can reach back to the oldest new answer (ingest may add records answered days ago);
 * a daily digest's new records are few, so this costs little.
 */
const FETCH = 200;

export interface ComposeInput {
  db: Db;
  searcher: Searcher;
  follows: Follow[];
  /**
   * The window in the order of arrival (db.ts arrivalSeq): after `afterSeq` (the channel's last
   * digest; undefined: it never had one, each follow starts where it was made) up to `upToSeq`.
   * Take `upToSeq` after sweepOverdue, for the follows of is:overdue.
   */
  afterSeq: number | undefined;
  upToSeq: number;
  /** The same window by the clock (ms), for the dates the digest shows; `from` undefined as above. */
  from: number | undefined;
  to: number;
  /** Zone the "from:<date>" dates are written in. */
  timeZone: string;
  /** Called for a topic whose query the searcher now rejects (it is skipped, not fatal). */
  onTopicError?: (follow: Follow, err: unknown) => void;
}

export function oneLine(s: string, max = LINE_MAX): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,.;:…-]+$/, '') + '…';
}

/** Ask for newest first unless the user's query already chose an order. */
export function withNewestSort(query: string): string {
  return /(^|\s)sort:\S/i.test(query) ? query : `${query} sort:newest`;
}

/**
 * Which questions are overdue now, when one of `follows` asks (is:overdue): those not found
 * overdue by an earlier sweep fell overdue since, and take the next arrival (arrivals.ts
 * markOverdueSeen). Run before the window's end is taken (arrivalSeq), so this digest holds them
 * and the next does not. A search that fails is reported as that follow's topic error.
 */
export async function sweepOverdue(db: Db, searcher: Searcher, follows: Follow[], at: Date, onTopicError?: (follow: Follow, err: unknown) => void): Promise<void> {
  const overdueFollow = follows.find((f) => followKinds(f.query).overdue);
  if (!overdueFollow) return;
  try {
    markOverdueSeen(db, (await searcher.matchAll('is:overdue')).map((r) => r.id), at);
  } catch (err) {
    onTopicError?.(overdueFollow, err);
  }
}

/** The DigestReply for one channel's window, or null when no followed topic has anything new. */
export async function composeDigest(input: ComposeInput): Promise<DigestReply | null> {
  const { db, searcher, follows, to, timeZone, upToSeq } = input;
  // Dates are for people only; a clock that was ahead must not put them after `to`.
  const channelFrom = Math.min(input.from ?? Math.min(...follows.map((f) => Date.parse(f.createdAt))), to);
  const topics: DigestTopic[] = [];
  const kindsOf = new Map(follows.map((f) => [f.id, followKinds(f.query)]));
  // Arrivals per distinct start: follows made at different times see different windows.
  const idsFrom = new Map<number, Set<string>>();
  for (const follow of follows) {
    const kinds = kindsOf.get(follow.id)!;
    const startSeq = Math.max(input.afterSeq ?? 0, follow.afterSeq);
    if (startSeq >= upToSeq) continue;
    const start = Math.min(Math.max(channelFrom, Date.parse(follow.createdAt)), to);
    let ids = idsFrom.get(startSeq);
    if (!ids) {
      // Only answered records that the archive still holds (ingest may have replaced one).
      ids = new Set(arrivedBetween(db, startSeq, upToSeq).filter((id) => {
        const r = searcher.get(id);
        return r !== undefined && isAnswered(r);
      }));
      idsFrom.set(startSeq, ids);
    }
    // Why a record that is not a new answer is here: newly tabled (opted in), fell overdue.
    const why = new Map<string, DigestKind>();
    let only = ids;
    if (kinds.tabled || kinds.overdue) {
      only = new Set(ids);
      const add = (id: string, kind: DigestKind, still: (r: QaRecord) => boolean) => {
        const r = searcher.get(id);
        if (r && !only.has(id) && still(r)) {
          only.add(id);
          why.set(id, kind);
        }
      };
      if (kinds.tabled) for (const id of tabledBetween(db, startSeq, upToSeq)) add(id, 'tabled', (r) => !r.answerText && !r.isWithdrawn);
      if (kinds.overdue) for (const id of overdueBetween(db, startSeq, upToSeq)) add(id, 'overdue', (r) => !r.isWithdrawn && (!r.answerText || r.answerIsHolding));
    }
    if (only.size === 0) continue;
    let res;
    try {
      res = await searcher.search({ query: withNewestSort(kinds.query), onlyIds: only, limit: FETCH });
    } catch (err) {
      input.onTopicError?.(follow, err);
      continue;
    }
    if (res.total === 0 || res.hits.length === 0) continue;
    const shown = res.hits.slice(0, PER_TOPIC);
    // A holding answer, a corrected answer (news again, see markAnsweredSeen), a new question:
    // each line says what it is.
    const kindOf = (r: QaRecord): DigestKind => why.get(r.id) ?? (r.answerIsCorrection ? 'corrected' : r.answerIsHolding ? 'holding' : 'answer');
    // "from:<date>" must cover every new record, whose date may predate the window.
    const dates = res.hits.map((h) => (why.has(h.record.id) ? h.record.dateTabled : h.record.dateAnswered)).filter((d): d is string => !!d);
    const windowDate = localIsoDate(start, timeZone);
    const oldest = dates.reduce((a, b) => (a < b ? a : b), windowDate);
    const counts = { answers: res.total - res.hits.length, tabled: 0, overdue: 0 };
    for (const h of res.hits) {
      const k = why.get(h.record.id);
      if (k === 'tabled' || k === 'overdue') counts[k === 'tabled' ? 'tabled' : 'overdue']++;
      else counts.answers++;
    }
    topics.push({
      query: follow.query,
      total: res.total,
      records: shown.map((h) => h.record),
      lines: shown.map((h) => oneLine(`${digestLabel(kindOf(h.record), h.record)}${excerptText(h.excerpt)}`)),
      since: oldest,
      ...(kinds.query !== follow.query ? { search: kinds.query } : {}),
      ...(why.size ? { count: digestCount(counts) } : {}),
    });
  }
  if (topics.length === 0) return null;
  return { kind: 'digest', from: new Date(channelFrom).toISOString(), to: new Date(to).toISOString(), topics };
}

/** The digest a channel gets when DIGEST_EMPTY=post and nothing is new. */
export function emptyDigest(from: number, to: number): DigestReply {
  return { kind: 'digest', from: new Date(from).toISOString(), to: new Date(to).toISOString(), topics: [] };
}
