// What the bot needs from the outside world, as interfaces the store and digest modules implement.
import type { QaRecord } from './record.ts';

/** A place replies and digests go to: one Slack or Discord channel, or the console. */
export interface ChannelRef {
  platform: 'slack' | 'discord' | 'console';
  channelId: string;
}

/** Whether messages can reach a channel later: what to tell the person when they cannot. */
export type Reach = { ok: true } | { ok: false; why: string; fix: string };

export interface BotContext extends ChannelRef {
  userId: string;
  /**
   * Asked before a follow (or a watch) is stored: can the bot post here, and read back what it
   * posted (how a delivery is confirmed)? The adapter answers for its platform; absent: yes.
   */
  reach?: () => Promise<Reach>;
}

export interface Follow {
  id: number;
  query: string;
  /** ISO date-time the follow was made (what people see). */
  createdAt: string;
  /** The arrival (src/store/db.ts arrivalSeq) current when it was made: only later arrivals are news to it. */
  afterSeq: number;
}

/** Topics a channel follows, persisted (SQLite, src/store). */
export interface FollowStore {
  follow(channel: ChannelRef, query: string): Follow | { already: Follow };
  /** `which` is a 1-based number from `following`, or the query text. Returns the removed follow. */
  unfollow(channel: ChannelRef, which: string): Follow | undefined;
  list(channel: ChannelRef): Follow[];
}

/** A question a channel watches (src/watch), with the archive's record of it where there is one. */
export interface Watched {
  /** 1-based position in `watching`, the numbering `unwatch` takes. */
  n: number;
  house: 'Commons' | 'Lords';
  uin: string;
  /** Unknown until the archive holds the question (a UIN alone was given). */
  dateTabled?: string;
  record?: QaRecord;
  /** Another question of its group, answered together with it, when it has no answer of its own yet. */
  groupAnswer?: QaRecord;
  createdAt: string;
}

/** Questions each channel watches, persisted (SQLite, src/watch). */
export interface WatchStore {
  /** `target` is a UIN, a questions-statements.parliament.uk link, or a record id; undefined when it names no question. */
  watch(channel: ChannelRef, target: string): { watched: Watched; already: boolean } | undefined;
  /** Whether `target` names a question at all (asked before the channel's reach is checked). */
  names(target: string): boolean;
  /** `which` is a number from `list`, a UIN or a link. Returns the removed watch. */
  unwatch(channel: ChannelRef, which: string): Watched | undefined;
  list(channel: ChannelRef): Watched[];
}
