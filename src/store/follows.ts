// Topics each channel follows (FollowStore over the state db). Query syntax is the bot's
// business: here a query is just text, identified by its normalised form.
import type { ChannelRef, Follow, FollowStore } from '../ports.ts';
import { arrivalSeq, type Db } from './db.ts';

/** The identity of a topic: `Knife Crime  dept:home` and `knife crime dept:home` are one follow. */
export function normaliseQuery(q: string): string {
  return q.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface Row {
  id: number;
  query: string;
  created_at: number;
  created_seq: number;
}

const COLUMNS = 'id, query, created_at, created_seq';
const toFollow = (r: Row): Follow => ({ id: r.id, query: r.query, createdAt: new Date(r.created_at).toISOString(), afterSeq: r.created_seq });

export class SqliteFollowStore implements FollowStore {
  constructor(
    private readonly db: Db,
    /** Injected clock, so tests can place follows in time. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  follow(channel: ChannelRef, query: string): Follow | { already: Follow } {
    const q = query.trim().replace(/\s+/g, ' ');
    if (!q) throw new Error('follow: empty query');
    return this.db.transaction((): Follow | { already: Follow } => {
      const existing = this.db
        .prepare(`SELECT ${COLUMNS} FROM follows WHERE platform = ? AND channel_id = ? AND query_norm = ?`)
        .get(channel.platform, channel.channelId, normaliseQuery(q)) as Row | undefined;
      if (existing) return { already: toFollow(existing) };
      const at = this.now().getTime();
      // "From now" is the last arrival, not the clock: an answer marked while the clock is wrong is still news.
      const seq = arrivalSeq(this.db);
      const info = this.db
        .prepare('INSERT INTO follows (platform, channel_id, query, query_norm, created_at, created_seq) VALUES (?, ?, ?, ?, ?, ?)')
        .run(channel.platform, channel.channelId, q, normaliseQuery(q), at, seq);
      return { id: Number(info.lastInsertRowid), query: q, createdAt: new Date(at).toISOString(), afterSeq: seq };
    }).immediate();
  }

  unfollow(channel: ChannelRef, which: string): Follow | undefined {
    const w = which.trim();
    return this.db.transaction((): Follow | undefined => {
      let target: Follow | undefined;
      if (/^\d+$/.test(w)) {
        // A number is a position in `list` (1-based), the numbering `/qa following` shows.
        target = this.list(channel)[Number(w) - 1];
      }
      // A query that is all digits (`/qa follow 2024`) is still reachable by its text when no
      // follow has that number.
      if (!target) {
        const row = this.db
          .prepare(`SELECT ${COLUMNS} FROM follows WHERE platform = ? AND channel_id = ? AND query_norm = ?`)
          .get(channel.platform, channel.channelId, normaliseQuery(w)) as Row | undefined;
        target = row && toFollow(row);
      }
      if (target) this.db.prepare('DELETE FROM follows WHERE id = ?').run(target.id);
      return target;
    }).immediate();
  }

  /** Oldest first, the order `/qa following` numbers them in. */
  list(channel: ChannelRef): Follow[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM follows WHERE platform = ? AND channel_id = ? ORDER BY id`)
      .all(channel.platform, channel.channelId) as Row[];
    return rows.map(toFollow);
  }

  /** Every channel that follows at least one topic. */
  channels(): ChannelRef[] {
    const rows = this.db.prepare('SELECT DISTINCT platform, channel_id FROM follows ORDER BY platform, channel_id').all() as {
      platform: ChannelRef['platform'];
      channel_id: string;
    }[];
    return rows.map((r) => ({ platform: r.platform, channelId: r.channel_id }));
  }
}
