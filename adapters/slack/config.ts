// The Slack adapter's settings, read from the environment and checked with zod at start-up.
// Every problem is reported at once, one line per variable, saying what to put there.
import { z } from 'zod';
import type { RateLimit } from '../../src/bot/rateLimit.ts';
import { ConfigError } from '../../src/config.ts';

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Set → Socket Mode (no public URL needed); unset → HTTP on `port`. */
  appToken?: string;
  port: number;
  /** Interface to listen on (HTTP mode). Unset: all interfaces. */
  host?: string;
  /** Web API base URL (Bolt clientOptions.slackApiUrl), e.g. for a proxy or a test fake. */
  apiUrl?: string;
  /** The slash command, as configured in the app (default /qa). */
  command: string;
  rateLimit: RateLimit;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "10/60s" → {max: 10, windowMs: 60000}; also "5/m", "100/1h", "3/500ms". */
export function parseRateLimit(s: string): RateLimit | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d*)\s*(ms|s|m|h)?\s*$/i.exec(s);
  if (!m) return undefined;
  const max = Number(m[1]);
  const n = m[2] ? Number(m[2]) : 1;
  const unit = UNITS[(m[3] ?? 's').toLowerCase()]!;
  if (!m[2] && !m[3]) return undefined;
  if (max < 1 || n < 1) return undefined;
  return { max, windowMs: n * unit };
}

const present = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const schema = z.object({
  SLACK_BOT_TOKEN: z.preprocess(
    present,
    z
      .string({ error: 'missing. Set it to the Bot User OAuth Token (OAuth & Permissions page, starts with "xoxb-")' })
      .regex(/^xoxb-[A-Za-z0-9-]+$/, 'must be a bot token starting with "xoxb-" (OAuth & Permissions → Bot User OAuth Token)'),
  ),
  SLACK_SIGNING_SECRET: z.preprocess(
    present,
    z
      .string({ error: 'missing. Set it to the Signing Secret (Basic Information → App Credentials)' })
      .regex(/^[A-Za-z0-9]{16,}$/, 'must be the app\'s Signing Secret (Basic Information → App Credentials): letters and digits, no spaces or quotes'),
  ),
  SLACK_APP_TOKEN: z.preprocess(
    present,
    z
      .string()
      .regex(/^xapp-[A-Za-z0-9-]+$/, 'must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write), or unset for HTTP mode')
      .optional(),
  ),
  PORT: z.preprocess(
    present,
    z
      .string()
      .regex(/^\d+$/, 'must be a port number (0-65535)')
      .transform(Number)
      .refine((n) => n <= 65535, 'must be a port number (0-65535)')
      .optional(),
  ),
  SLACK_API_URL: z.preprocess(
    present,
    z
      .string()
      .refine((s) => /^https?:\/\/[^\s]+$/.test(s) && URL.canParse(s), 'must be an http(s) URL such as https://slack.com/api/')
      .transform((s) => (s.endsWith('/') ? s : s + '/'))
      .optional(),
  ),
  SLACK_COMMAND: z.preprocess(
    present,
    z.string().regex(/^\/[a-z0-9_-]{1,31}$/, 'must be a slash command such as /qa (lower-case letters, digits, - or _)').optional(),
  ),
  SLACK_RATE_LIMIT: z.preprocess(
    present,
    z
      .string()
      .refine((s) => parseRateLimit(s) !== undefined, 'must be "<requests>/<window>", e.g. "10/60s", "5/m" or "100/1h"')
      .optional(),
  ),
  SLACK_LOG_LEVEL: z.preprocess(present, z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' }).optional()),
});

/** Every environment variable the adapter reads (env.example documents each). */
export const SLACK_ENV_KEYS = Object.keys(schema.shape);

export const DEFAULT_PORT = 3000;
export const DEFAULT_RATE_LIMIT = '10/60s';

export class SlackConfigError extends ConfigError {
  constructor(readonly problems: string[]) {
    super(`Slack adapter: fix these settings (in .env or the environment):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SlackConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** True when the environment asks for the Slack adapter (any of its tokens is set). */
export function slackRequested(env: Env): boolean {
  return ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].some((k) => (env[k] ?? '').trim() !== '');
}

/** Validate the environment; throws SlackConfigError listing every problem. */
export function loadSlackConfig(env: Env): SlackConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')}: ${i.message}`);
    throw new SlackConfigError([...new Set(problems)]);
  }
  const v = parsed.data;
  return {
    botToken: v.SLACK_BOT_TOKEN,
    signingSecret: v.SLACK_SIGNING_SECRET,
    ...(v.SLACK_APP_TOKEN ? { appToken: v.SLACK_APP_TOKEN } : {}),
    port: v.PORT ?? DEFAULT_PORT,
    ...(v.SLACK_API_URL ? { apiUrl: v.SLACK_API_URL } : {}),
    command: v.SLACK_COMMAND ?? '/qa',
    rateLimit: parseRateLimit(v.SLACK_RATE_LIMIT ?? DEFAULT_RATE_LIMIT)!,
    logLevel: v.SLACK_LOG_LEVEL ?? 'info',
  };
}
