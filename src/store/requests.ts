// Requests already handled, by the identity the platform gives each one (Slack: an event's
// event_id, a command's or a click's trigger_id; Discord: an interaction's or a message's id).
// Platforms deliver at least once: Slack redelivers an event it thinks went unanswered (with
// X-Slack-Retry-Num, the same event_id), a signed command can be replayed for five minutes, a
// gateway can resend after a resume. Each is handled the first time only: a replayed
// `unfollow 1` must not remove a second topic. Rows are kept a day, far longer than any
// redelivery (Slack retries within the hour), and deleted as new ones come.
import type { Db } from './db.ts';

export const KEEP_HANDLED_MS = 24 * 60 * 60_000;

/** True the first time `id` is seen (and records it); false for a request handled already. */
export function firstTime(db: Db, id: string, now: number = Date.now()): boolean {
  return db
    .transaction(() => {
      db.prepare('DELETE FROM handled_requests WHERE at < ?').run(now - KEEP_HANDLED_MS);
      return db.prepare('INSERT OR IGNORE INTO handled_requests (id, at) VALUES (?, ?)').run(id, now).changes === 1;
    })
    .immediate();
}
