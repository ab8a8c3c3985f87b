// What one channel's digest says: for each topic it follows, the answered records that arrived
// in the archive during the window (and after the follow was made), newest answer first. The
// window is in the order of arrival (arrivedBetween), so a clock set wrong loses nothing.
import type { Follow } from '../ports.ts';
import { excerptText, type DigestReply, type DigestTopic } from '../bot/reply.ts';
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

/** The DigestReply for one channel's window, or null when no followed topic has anything new. */
export async function composeDigest(input: ComposeInput): Promise<DigestReply | null> {
  const { db, searcher, follows, to, timeZone, upToSeq } = input;
  // Dates are for people only; a clock that was ahead must not put them after `to`.
  const channelFrom = Math.min(input.from ?? Math.min(...follows.map((f) => Date.parse(f.createdAt))), to);
  const topics: DigestTopic[] = [];
  // Arrivals per distinct start: follows made at different times see different windows.
  const idsFrom = new Map<number, Set<string>>();
  for (const follow of follows) {
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
    if (ids.size === 0) continue;
    let res;
    try {
      res = await searcher.search({ query: withNewestSort(follow.query), onlyIds: ids, limit: FETCH });
    } catch (err) {
      input.onTopicError?.(follow, err);
      continue;
    }
    if (res.total === 0 || res.hits.length === 0) continue;
    const shown = res.hits.slice(0, PER_TOPIC);
    // "from:<date>" must cover every new answer, whose dateAnswered may predate the window.
    const dates = res.hits.map((h) => h.record.dateAnswered).filter((d): d is string => !!d);
    const windowDate = localIsoDate(start, timeZone);
    const oldest = dates.reduce((a, b) => (a < b ? a : b), windowDate);
    topics.push({
      query: follow.query,
      total: res.total,
      records: shown.map((h) => h.record),
      // A corrected answer is news again (see markAnsweredSeen): say why it is back.
      lines: shown.map((h) => oneLine(`${h.record.answerIsCorrection ? `Corrected answer${h.record.dateAnswerCorrected ? ` (${h.record.dateAnswerCorrected})` : ''}: ` : ''}${excerptText(h.excerpt)}`)),
      since: oldest,
    });
  }
  if (topics.length === 0) return null;
  return { kind: 'digest', from: new Date(channelFrom).toISOString(), to: new Date(to).toISOString(), topics };
}

/** The digest a channel gets when DIGEST_EMPTY=post and nothing is new. */
export function emptyDigest(from: number, to: number): DigestReply {
  return { kind: 'digest', from: new Date(from).toISOString(), to: new Date(to).toISOString(), topics: [] };
}
