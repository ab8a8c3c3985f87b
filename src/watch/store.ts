// Questions each channel watches (WatchStore over the state db), looked up in the archive.
import type { QaRecord } from '../record.ts';
import type { ChannelRef, Watched, WatchStore } from '../ports.ts';
import type { Db } from '../store/db.ts';
import { correctionOf, stateOf, type Told, type WatchState } from './state.ts';
import { parseWatchTarget, type WatchTarget } from '../uin.ts';

/** What watching reads of the archive (ArchiveStore has it). */
export interface Questions {
  find(r: Pick<QaRecord, 'id' | 'house' | 'dateTabled' | 'uin' | 'apiId'>): QaRecord | undefined;
  byUin(house: QaRecord['house'], uin: string): QaRecord[];
}

export interface WatchRow {
  id: number;
  platform: ChannelRef['platform'];
  channel_id: string;
  house: QaRecord['house'];
  uin: string;
  date_tabled: string | null;
  state: WatchState;
  corrected: string | null;
  created_at: number;
}

const DAY = 86_400_000;
/**
 * A watch on a UIN the archive does not hold yet waits for the question: a record with that UIN
 * tabled at most this long before the watch was made (UINs are reused from session to session).
 */
export const UNRESOLVED_LOOKBACK_DAYS = 14;
/** Questions answered together are tabled close together; a sibling further apart is another session's. */
const GROUP_SPAN_DAYS = 120;

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/** The archive's record of a question named by house + UIN + day tabled. */
export function findQuestion(q: Questions, t: WatchTarget & { dateTabled: string }): QaRecord | undefined {
  return q.find({ id: `${t.house.toLowerCase()}-${t.dateTabled}-${t.uin.toLowerCase()}`, house: t.house, dateTabled: t.dateTabled, uin: t.uin });
}

/** Whether `r` is the question an unresolved watch (a UIN alone) waits for. */
export function awaitedBy(row: Pick<WatchRow, 'created_at'>, r: QaRecord): boolean {
  return !!r.dateTabled && r.dateTabled >= dayOf(row.created_at - UNRESOLVED_LOOKBACK_DAYS * DAY);
}

/** Whether `sibling` (another question naming this one in its group) belongs to the same group. */
export function sameGroup(dateTabled: string | null, sibling: QaRecord): boolean {
  return !!dateTabled && !!sibling.dateTabled && daysApart(dateTabled, sibling.dateTabled) <= GROUP_SPAN_DAYS;
}

/** Another question of `r`'s group that has its answer (holding or substantive), when `r` has none. */
export function groupAnswerFor(q: Questions, r: QaRecord): QaRecord | undefined {
  if (r.answerText || r.isWithdrawn) return undefined;
  for (const uin of r.groupedQuestions) {
    const hit = q.byUin(r.house, uin).find((s) => s.answerText && !s.isWithdrawn && s.groupedQuestions.some((g) => g.toUpperCase() === r.uin?.toUpperCase()) && sameGroup(r.dateTabled ?? null, s));
    if (hit) return hit;
  }
  return undefined;
}

/** What a watch made now starts from: the question as it stands (its group's answer counts as its own). */
export function toldNow(record: QaRecord | undefined, group: QaRecord | undefined): Told {
  if (!record) return { state: 'awaiting' };
  const state = stateOf(record);
  if (state === 'awaiting' && group) return { state: stateOf(group) };
  return { state, corrected: correctionOf(record) };
}

export class SqliteWatchStore implements WatchStore {
  constructor(
    private readonly db: Db,
    private readonly questions: Questions,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The record a watch names, as the archive holds it now. */
  recordOf(row: Pick<WatchRow, 'house' | 'uin' | 'date_tabled' | 'created_at'>): QaRecord | undefined {
    if (row.date_tabled) return findQuestion(this.questions, { house: row.house, uin: row.uin, dateTabled: row.date_tabled });
    return this.questions.byUin(row.house, row.uin).find((r) => awaitedBy(row, r));
  }

  names(input: string): boolean {
    return parseWatchTarget(input) !== undefined;
  }

  watch(channel: ChannelRef, input: string): { watched: Watched; already: boolean } | undefined {
    const t = parseWatchTarget(input);
    if (!t) return undefined;
    const record = t.dateTabled ? findQuestion(this.questions, { ...t, dateTabled: t.dateTabled }) : this.questions.byUin(t.house, t.uin)[0];
    const dateTabled = record?.dateTabled ?? t.dateTabled ?? null;
    return this.db
      .transaction(() => {
        const existing = this.rows(channel).find((r) => r.house === t.house && r.uin === t.uin && r.date_tabled === dateTabled);
        if (existing) return { watched: this.toWatched(existing, this.rows(channel).indexOf(existing) + 1), already: true };
        const told = toldNow(record, record && groupAnswerFor(this.questions, record));
        const at = this.now().getTime();
        this.db
          .prepare('INSERT INTO watches (platform, channel_id, house, uin, date_tabled, state, corrected, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(channel.platform, channel.channelId, t.house, t.uin, dateTabled, told.state, told.corrected ?? null, at, at);
        const rows = this.rows(channel);
        return { watched: this.toWatched(rows[rows.length - 1]!, rows.length), already: false };
      })
      .immediate();
  }

  unwatch(channel: ChannelRef, which: string): Watched | undefined {
    const w = which.trim();
    return this.db
      .transaction(() => {
        const rows = this.rows(channel);
        let i = /^\d{1,3}$/.test(w) ? Number(w) - 1 : -1;
        // A number past the list is read as a UIN (`unwatch 4712`).
        if (!rows[i]) {
          const t = parseWatchTarget(w);
          i = t ? rows.findIndex((r) => r.house === t.house && r.uin === t.uin && (!t.dateTabled || r.date_tabled === t.dateTabled)) : -1;
        }
        const row = rows[i];
        if (!row) return undefined;
        const watched = this.toWatched(row, i + 1);
        // Notices not yet out go too: the channel asked to hear no more of it.
        this.db.prepare("DELETE FROM watch_notices WHERE watch_id = ? AND status <> 'sent'").run(row.id);
        this.db.prepare('DELETE FROM watches WHERE id = ?').run(row.id);
        return watched;
      })
      .immediate();
  }

  list(channel: ChannelRef): Watched[] {
    return this.rows(channel).map((r, i) => this.toWatched(r, i + 1));
  }

  /** Oldest first, the order `watching` numbers them in. */
  private rows(channel: ChannelRef): WatchRow[] {
    return this.db
      .prepare('SELECT * FROM watches WHERE platform = ? AND channel_id = ? ORDER BY created_at, id')
      .all(channel.platform, channel.channelId) as WatchRow[];
  }

  private toWatched(row: WatchRow, n: number): Watched {
    const record = this.recordOf(row);
    const group = record && groupAnswerFor(this.questions, record);
    return {
      n,
      house: row.house,
      uin: row.uin,
      ...(record?.dateTabled || row.date_tabled ? { dateTabled: record?.dateTabled ?? row.date_tabled! } : {}),
      ...(record ? { record } : {}),
      ...(group ? { groupAnswer: group } : {}),
      createdAt: new Date(row.created_at).toISOString(),
    };
  }
}
