// Daily digests to Slack: chat.postMessage tagged with message metadata carrying the
// delivery id, so a retry after a crash or a failed post can ask conversations.history whether
// it already went. Give it a postingClient (channels.ts): a client that retries a post by itself
// posts it again each time Slack stored it but failed to answer.
import type { webApi } from '@slack/bolt';
import type { ChannelRef } from '../../src/ports.ts';
import type { DigestReply, MessageReply } from '../../src/bot/reply.ts';
import { DIGEST_EVENT_TYPE, type DigestSender } from '../../src/digest/sender.ts';
import { slackErrorCode } from './channels.ts';
import { renderDigest, renderMessage, type SlackMessage } from './render.ts';

export interface SlackDigestSenderOptions {
  /** The slash command as configured (SLACK_COMMAND), for "and N more — /qa …". Default /qa. */
  command?: string;
  /** How many history pages (of `pageSize` messages) alreadySent reads at most. */
  maxPages?: number;
  pageSize?: number;
}

type MessageWithMetadata = { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } };

export function createSlackDigestSender(client: webApi.WebClient, opts: SlackDigestSenderOptions = {}): DigestSender {
  const maxPages = opts.maxPages ?? 5;
  const pageSize = opts.pageSize ?? 200;
  // WebClient throws on {ok:false}: the delivery is then recorded as failed and retried.
  const post = async (channel: ChannelRef, m: SlackMessage, deliveryId: string) => {
    await client.chat.postMessage({
      channel: channel.channelId,
      text: m.text,
      blocks: m.blocks,
      unfurl_links: false,
      unfurl_media: false,
      metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { delivery_id: deliveryId } },
    });
  };
  return {
    platform: 'slack',
    async send(channel: ChannelRef, digest: DigestReply, deliveryId: string): Promise<void> {
      await post(channel, renderDigest(digest, opts.command), deliveryId);
    },
    // A watched question's notice: posted and tagged as a digest is, so alreadySent finds it too.
    async sendNotice(channel: ChannelRef, notice: MessageReply, deliveryId: string): Promise<void> {
      await post(channel, renderMessage(notice), deliveryId);
    },
    async alreadySent(channel: ChannelRef, deliveryId: string): Promise<boolean> {
      try {
        return await findInHistory(channel, deliveryId);
      } catch (err) {
        const code = slackErrorCode(err);
        if (code === 'channel_not_found') {
          throw new Error(`cannot read ${channel.channelId} to check for digest ${deliveryId}: the bot is not in this private channel or DM; invite it (/invite @qa)`);
        }
        if (code !== 'not_in_channel') throw err;
        // Posted without being a member (chat:write.public, or a follow from before the bot
        // joined on follow): history is read only by members, so join, then look.
        await client.conversations.join({ channel: channel.channelId });
        return await findInHistory(channel, deliveryId);
      }
    },
  };

  async function findInHistory(channel: ChannelRef, deliveryId: string): Promise<boolean> {
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const res = await client.conversations.history({
        channel: channel.channelId,
        include_all_metadata: true,
        limit: pageSize,
        ...(cursor ? { cursor } : {}),
      });
      for (const msg of (res.messages ?? []) as MessageWithMetadata[]) {
        const md = msg.metadata;
        if (md?.event_type !== DIGEST_EVENT_TYPE) continue;
        const id = md.event_payload?.delivery_id ?? md.event_payload?.deliveryId;
        if (id === deliveryId) return true;
      }
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!res.has_more || !cursor) break;
    }
    return false;
  }
}
