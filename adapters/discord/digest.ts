// Daily digests to Discord: POST /channels/:id/messages with embeds, no pings, and a nonce
// derived from the deliveryId with enforce_nonce, so a resend after a crash is deduplicated by
// Discord (it returns the message already created with that nonce, within its dedupe window).
import { createHash } from 'node:crypto';
import { REST, Routes } from 'discord.js';
import type { ChannelRef } from '../../src/bot/ports.ts';
import type { DigestReply } from '../../src/bot/reply.ts';
import type { DigestSender } from '../../src/digest/sender.ts';
import type { DiscordConfig } from './config.ts';
import { restFor } from './commands.ts';
import { LIMITS } from './limits.ts';
import { renderDigest } from './render.ts';

/** Nonce for part `part` (0-based) of a digest delivery: ≤ 25 characters, the same on every retry. */
export function digestNonce(deliveryId: string, part: number): string {
  const h = createHash('sha256').update(deliveryId).digest('base64url');
  const suffix = `.${part}`;
  return h.slice(0, LIMITS.nonce - suffix.length) + suffix;
}

export class DiscordDigestSender implements DigestSender {
  readonly platform = 'discord' as const;

  constructor(private readonly rest: REST) {}

  static fromConfig(config: Pick<DiscordConfig, 'token' | 'apiUrl'>): DiscordDigestSender {
    return new DiscordDigestSender(restFor(config));
  }

  async send(channel: ChannelRef, digest: DigestReply, deliveryId: string): Promise<void> {
    if (channel.platform !== 'discord') throw new Error(`DiscordDigestSender cannot send to a ${channel.platform} channel`);
    const parts = renderDigest(digest);
    for (let i = 0; i < parts.length; i++) {
      const m = parts[i]!;
      await this.rest.post(Routes.channelMessages(channel.channelId), {
        body: {
          ...(m.content ? { content: m.content } : {}),
          embeds: m.embeds,
          allowed_mentions: { parse: [] },
          nonce: digestNonce(deliveryId, i),
          enforce_nonce: true,
        },
      });
    }
  }
}
