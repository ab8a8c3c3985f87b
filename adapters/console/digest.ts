// Digests for the terminal bot's channels (platform `console`): printed, not posted.
import type { DigestReply } from '../../src/bot/reply.ts';
import { renderDigestText, type DigestSender } from '../../src/digest/sender.ts';
import type { ChannelRef } from '../../src/ports.ts';
import { renderReply } from './render.ts';

export function consoleSender(write: (s: string) => void = (s) => process.stdout.write(s)): DigestSender {
  return {
    platform: 'console',
    async send(channel: ChannelRef, digest: DigestReply, deliveryId: string) {
      write(`── digest for console:${channel.channelId} (${deliveryId})\n${renderDigestText(digest)}\n`);
    },
    async sendNotice(channel: ChannelRef, notice, deliveryId: string) {
      write(`── watch notice for console:${channel.channelId} (${deliveryId})\n${renderReply(notice)}\n\n`);
    },
  };
}
