// The /qa slash command, and registering it: to one guild when DISCORD_GUILD_ID is set (instant,
// for testing), otherwise globally (the way Discord recommends for a bot in production).
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  REST,
  Routes,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { DiscordConfig } from './config.ts';
import { STYLE } from './limits.ts';

export const QA_COMMAND_NAME = 'qa';
/** How a command is written on Discord, for the commands replies suggest: `/qa query:follow county lines`. */
export const QA_SYNTAX = `/${QA_COMMAND_NAME} query:`;

export const QA_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: QA_COMMAND_NAME,
  type: ApplicationCommandType.ChatInput,
  description: 'Search UK parliamentary written questions and answers',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      description: 'Words, "a phrase", filters (dept: from: by:) or: help, stats …, follow …, following, unfollow …',
      required: true,
      min_length: 1,
      max_length: STYLE.queryOptionMax,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the reply',
      required: false,
    },
  ],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [QA_COMMAND];

/**
 * Every call times out after 15 s and is retried at most twice (5xx, timeouts): well within the
 * digest lock's 15 minutes. Retrying a digest post is safe: it carries a nonce Discord enforces.
 */
export const REST_OPTIONS = { timeout: 15_000, retries: 2 } as const;

export function restFor(config: Pick<DiscordConfig, 'token' | 'apiUrl'>): REST {
  return new REST({ version: '10', ...REST_OPTIONS, ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  applicationId: string;
  guildId?: string;
  /** Names Discord now has registered in that scope. */
  names: string[];
}

/** Replace the application's commands (in the guild, or globally) with COMMANDS. */
export async function registerCommands(config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'applicationId' | 'guildId'>, rest = restFor(config)): Promise<RegisterResult> {
  let applicationId = config.applicationId;
  if (!applicationId) {
    const app = (await rest.get(Routes.currentApplication())) as { id: string };
    applicationId = app.id;
  }
  const route = config.guildId ? Routes.applicationGuildCommands(applicationId, config.guildId) : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body: COMMANDS })) as { name: string }[];
  return {
    scope: config.guildId ? 'guild' : 'global',
    applicationId,
    ...(config.guildId ? { guildId: config.guildId } : {}),
    names: saved.map((c) => c.name),
  };
}
