// Daily digests to Discord: POST /channels/:id/messages with embeds, no pings, and a nonce
// derived from the deliveryId with enforce_nonce, so a resend after a crash is deduplicated by
// Discord (it returns the message already created with that nonce, within its dedupe window).
// That window is minutes; for a bot that was down longer, each part also carries a small
// "-# digest <id> · part i of n" line, and alreadySent looks for the last part in the channel.
import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import type { ChannelRef } from '../../src/ports.ts';
import type { DigestReply, MessageReply } from '../../src/bot/reply.ts';
import type { DigestSender } from '../../src/digest/sender.ts';
import type { DiscordConfig } from './config.ts';
import { restFor } from './commands.ts';
import { LIMITS } from './limits.ts';
import { renderDigest, renderMessage } from './render.ts';

/** Nonce for part `part` (0-based) of a digest delivery: ≤ 25 characters, the same on every retry. */
export function digestNonce(deliveryId: string, part: number): string {
  const h = createHash('sha256').update(deliveryId).digest('base64url');
  const suffix = `.${part}`;
  return h.slice(0, LIMITS.nonce - suffix.length) + suffix;
}

/** The subtext line that names a digest part: how a restarted bot recognises what it sent. */
export function digestMarker(deliveryId: string, part: number, parts: number): string {
  return `-# digest ${deliveryId} · part ${part + 1} of ${parts}`;
}

/** How many recent messages alreadySent reads: digests are the bot's, posted once a day. */
const HISTORY = 100;

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
      const content = [m.content, digestMarker(deliveryId, i, parts.length)].filter(Boolean).join('\n');
      await this.rest.post(Routes.channelMessages(channel.channelId), {
        body: {
          content,
          embeds: m.embeds,
          allowed_mentions: { parse: [] },
          nonce: digestNonce(deliveryId, i),
          enforce_nonce: true,
        },
      });
    }
  }

  /** A watched question's notice: one message, with the nonce and marker line a digest part has, so alreadySent finds it too. */
  async sendNotice(channel: ChannelRef, notice: MessageReply, deliveryId: string): Promise<void> {
    if (channel.platform !== 'discord') throw new Error(`DiscordDigestSender cannot send to a ${channel.platform} channel`);
    const m = renderMessage(notice);
    await this.rest.post(Routes.channelMessages(channel.channelId), {
      body: {
        content: [m.content, digestMarker(deliveryId, 0, 1)].filter(Boolean).join('\n'),
        embeds: m.embeds,
        allowed_mentions: { parse: [] },
        nonce: digestNonce(deliveryId, 0),
        enforce_nonce: true,
      },
    });
  }

  /** True when the channel's recent history holds this delivery's last part, posted by this bot. */
  async alreadySent(channel: ChannelRef, deliveryId: string): Promise<boolean> {
    this.botId ??= ((await this.rest.get(Routes.user('@me'))) as { id: string }).id;
    const recent = (await this.rest.get(Routes.channelMessages(channel.channelId), {
      query: new URLSearchParams({ limit: String(HISTORY) }),
    })) as { author?: { id?: string }; content?: string }[];
    const last = new RegExp(`^-# digest ${deliveryId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · part (\\d+) of \\1$`, 'm');
    return recent.some((m) => m.author?.id === this.botId && last.test(m.content ?? ''));
  }

  private botId?: string;
}
