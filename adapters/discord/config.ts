// DISCORD_* environment variables, validated with zod. See env.example for what each one does.
import { z } from 'zod';
import { ConfigError } from '../../src/config.ts';
import { RATE } from './limits.ts';

const snowflake = (name: string) =>
  z.string().trim().regex(/^\d{17,20}$/, `${name} must be a Discord id: 17-20 digits (Developer Mode → right-click → Copy ID)`);

const schema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .min(1, 'DISCORD_TOKEN is empty: copy the bot token from the Developer Portal (your app → Bot → Reset Token)')
    .refine((t) => !/^bot\s/i.test(t), 'DISCORD_TOKEN must be the bare token, without a "Bot " prefix')
    .refine((t) => !/\s/.test(t), 'DISCORD_TOKEN contains whitespace: paste the token exactly as the Developer Portal shows it'),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID').optional(),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  DISCORD_LISTEN_CHANNELS: z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(snowflake('each DISCORD_LISTEN_CHANNELS entry'))),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api' })
    .optional()
    .transform((u) => u?.replace(/\/+$/, '').replace(/\/v\d+$/, '')),
  DISCORD_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'DISCORD_RATE_LIMIT_PER_MINUTE must be a whole number' })
    .int('DISCORD_RATE_LIMIT_PER_MINUTE must be a whole number')
    .min(1, 'DISCORD_RATE_LIMIT_PER_MINUTE must be at least 1')
    .max(600, 'DISCORD_RATE_LIMIT_PER_MINUTE must be at most 600')
    .default(RATE.perMinute),
});

export interface DiscordConfig {
  token: string;
  /** Needed by discord:register only; found from the token (GET /applications/@me) when unset. */
  applicationId?: string;
  /** Register commands to this guild only (instant; for testing) instead of globally. */
  guildId?: string;
  /** Channels where every message is treated as a question (needs the Message Content intent). */
  listenChannels: string[];
  /** REST base URL without the version (discord.js appends /v10); the tests' fake Discord. */
  apiUrl?: string;
  rateLimitPerMinute: number;
}

export class DiscordConfigError extends ConfigError {
  constructor(readonly problems: string[]) {
    super(`Discord settings are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\n(see adapters/discord/README.md)`);
    this.name = 'DiscordConfigError';
  }
}

/** True when DISCORD_TOKEN is set (to anything): `npm start` then starts the Discord adapter. */
export function discordEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DISCORD_TOKEN ?? '') !== '';
}

/**
 * The Discord settings from `env`; undefined when DISCORD_TOKEN is not set (Discord is off).
 * Throws DiscordConfigError listing every problem when a variable is malformed.
 */
export function loadDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig | undefined {
  if (!discordEnabled(env)) return undefined;
  return parseDiscordConfig(env);
}

/** Like loadDiscordConfig, but a missing DISCORD_TOKEN is an error too. */
export function parseDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  // `KEY=` in a .env file means "not set".
  const picked: Record<string, string> = {};
  for (const k of Object.keys(schema.shape)) {
    const v = env[k];
    if (v !== undefined && v.trim() !== '') picked[k] = v;
  }
  if (!picked.DISCORD_TOKEN) throw new DiscordConfigError(['DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (your app → Bot → Reset Token)']);
  const r = schema.safeParse(picked);
  if (!r.success) throw new DiscordConfigError(r.error.issues.map((i) => (i.message.includes('DISCORD_') ? i.message : `${i.path.join('.')}: ${i.message}`)));
  const c = r.data;
  return {
    token: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    guildId: c.DISCORD_GUILD_ID,
    listenChannels: c.DISCORD_LISTEN_CHANNELS,
    apiUrl: c.DISCORD_API_URL,
    rateLimitPerMinute: c.DISCORD_RATE_LIMIT_PER_MINUTE,
  };
}
