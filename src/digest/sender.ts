// How a digest leaves the core. Adapters (Slack, Discord, console) implement DigestSender;
// src/digest/run.ts calls it with a deterministic deliveryId so a retry after a crash can be
// recognised by the platform (Slack message metadata, Discord nonce + enforce_nonce).
import type { ChannelRef } from '../ports.ts';
import type { DigestReply, DigestTopic, MessageReply } from '../bot/reply.ts';
import { digestMore, formatDate, plural, recordTitle } from '../bot/present.ts';

export interface DigestSender {
  platform: ChannelRef['platform'];
  /**
   * Post one digest to one channel. Throw on failure (the delivery is recorded as failed and
   * retried, with the same payload and deliveryId, on the next run). Should be idempotent per
   * deliveryId where the platform allows it (Discord: nonce = deliveryId, enforce_nonce: true).
   */
  send(channel: ChannelRef, digest: DigestReply, deliveryId: string): Promise<void>;
  /**
   * Optional: whether a message with this deliveryId already reached the channel (Slack: scan
   * conversations.history for message metadata `{event_type: 'qa_digest', event_payload: {deliveryId}}`).
   * Asked before re-sending a delivery left `pending` by a crash; without it a crash between
   * sending and recording can, at worst, post the digest a second time (at-least-once).
   */
  alreadySent?(channel: ChannelRef, deliveryId: string): Promise<boolean>;
  /**
   * Optional: post one message between digests (a watched question's notice, src/watch) under
   * `deliveryId`, marked as `send` marks a digest, so `alreadySent` recognises it after a crash.
   */
  sendNotice?(channel: ChannelRef, notice: MessageReply, deliveryId: string): Promise<void>;
}

/** Metadata event type adapters tag digest messages with (Slack message metadata). */
export const DIGEST_EVENT_TYPE = 'qa_digest';

/** "and 4 more — /qa <query> from:2025-03-01", or '' when the topic shows everything. */
export function moreText(t: DigestTopic, command = '/qa'): string {
  const more = digestMore(t, t.records.length, command);
  return more ? `and ${more.count.toLocaleString('en-GB')} more — ${more.command}` : '';
}

/** Plain text of a digest, for the console sender and `qa digest --dry-run`. */
export function renderDigestText(d: DigestReply): string {
  const out: string[] = [];
  const day = d.to.slice(0, 10);
  const n = d.topics.reduce((s, t) => s + t.total, 0);
  out.push(n === 0 ? `Daily digest (${day}): nothing new on the topics this channel follows.` : `Daily digest (${day}): ${plural(n, 'new answer')}`);
  for (const t of d.topics) {
    out.push('', `▸ ${t.query} (${t.total} new)`);
    t.records.forEach((r, i) => {
      const head = recordTitle(r);
      const meta = [r.answeringBody, formatDate(r.dateAnswered)].filter(Boolean).join(', ');
      out.push(`  • ${head} — ${meta}`, `    ${r.url}`);
      const line = t.lines[i];
      if (line) out.push(`    ${line}`);
    });
    const more = moreText(t);
    if (more) out.push(`  ${more}`);
  }
  return out.join('\n') + '\n';
}
