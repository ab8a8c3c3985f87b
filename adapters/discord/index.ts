// What `npm start` (app/commands/start.ts) needs from the Discord adapter.
export { loadDiscordConfig, parseDiscordConfig, discordEnabled, DiscordConfigError, type DiscordConfig } from './config.ts';
export { startDiscord, describeDiscord, type BotLike, type StartedDiscord, type StartOptions } from './client.ts';
export { DiscordDigestSender, digestNonce } from './digest.ts';
export { registerCommands, COMMANDS } from './commands.ts';
