// Whether digests can reach a Discord channel, answered from what the interaction carries: the
// bot's own permissions in the channel (app_permissions) and where the command was used. A
// command works in a channel where the bot may not post (interactions need no channel
// permission) and, for a user-installed app, in group DMs and other people's DMs, where a bot
// can never post: a follow there is refused at once instead of failing at every digest.
import { InteractionContextType, PermissionsBitField, type ButtonInteraction, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { Reach } from '../../src/ports.ts';

/** What posting a digest and finding it again after a crash need (DiscordDigestSender). */
const NEEDED: [keyof typeof PermissionsBitField.Flags, string][] = [
  ['ViewChannel', 'View Channel'],
  ['SendMessages', 'Send Messages'],
  ['EmbedLinks', 'Embed Links'],
  ['ReadMessageHistory', 'Read Message History'],
];

export function permissionsReach(permissions: Readonly<PermissionsBitField> | null | undefined): Reach {
  if (!permissions) return { ok: true }; // a DM with the bot: it can always write there
  const missing = NEEDED.filter(([flag]) => !permissions.has(PermissionsBitField.Flags[flag])).map(([, name]) => name);
  if (missing.length === 0) return { ok: true };
  return {
    ok: false,
    why: `I cannot post digests or watch notices in this channel: I lack ${missing.join(', ')} here.`,
    fix: 'Give the bot (or its role) those permissions in this channel (Edit Channel → Permissions), then follow (or watch) again.',
  };
}

/** For a command, or a result's Watch button (the button was pressed where the result is). */
export function interactionReach(i: ChatInputCommandInteraction | ButtonInteraction): Reach {
  if (i.context === InteractionContextType.PrivateChannel) {
    return { ok: false, why: 'I cannot post in this conversation: it is a group DM or a DM between other people.', fix: 'Follow the topic (or watch the question) in a server channel the bot is in, or in a DM with the bot.' };
  }
  return permissionsReach(i.inGuild() ? i.appPermissions : null);
}

export function messageReach(m: Message, botId: string): Reach {
  if (!m.inGuild()) return { ok: true };
  return permissionsReach(m.channel.permissionsFor(botId));
}
