// The Slack adapter's entry points for `npm start` (app/commands/start.ts).
import type { DigestSender } from '../../src/digest/sender.ts';
import { createSlackApp, type BotLike, type SlackAdapter } from './app.ts';
import { loadSlackConfig, slackRequested, type SlackConfig } from './config.ts';
import { createSlackDigestSender } from './digest.ts';
import { postingClient } from './channels.ts';

export { createSlackApp, slackTextToPlain, stripBotMention, type BotLike, type SlackAdapter } from './app.ts';
export { loadSlackConfig, slackRequested, SlackConfigError, type SlackConfig } from './config.ts';
export { createSlackDigestSender } from './digest.ts';
export { renderReply, renderDigest } from './render.ts';

export interface RunningSlack {
  config: SlackConfig;
  adapter: SlackAdapter;
  mode: 'http' | 'socket';
  /** HTTP mode: the port listened on. */
  port?: number;
  /** Posts daily digests to Slack channels (hand it to the digest scheduler). */
  digestSender: DigestSender;
  stop(): Promise<void>;
}

/**
 * Start the Slack adapter if the environment asks for it (SLACK_BOT_TOKEN / SLACK_SIGNING_SECRET
 * / SLACK_APP_TOKEN set); returns undefined when none is set. Throws SlackConfigError (with one
 * line per bad or missing variable) when the settings are incomplete or malformed.
 */
export async function startSlack(
  env: Record<string, string | undefined>,
  bot: BotLike,
  log: (line: string) => void = (l) => process.stderr.write(l + '\n'),
  firstTime?: (requestId: string) => boolean,
): Promise<RunningSlack | undefined> {
  if (!slackRequested(env)) return undefined;
  const config = loadSlackConfig(env);
  const adapter = createSlackApp({ config, bot, ...(firstTime ? { firstTime } : {}) });
  const started = await adapter.start();
  log(
    started.mode === 'socket'
      ? 'Slack: connected in Socket Mode'
      : `Slack: listening on port ${started.port} (request URL path /slack/events)`,
  );
  return {
    config,
    adapter,
    mode: started.mode,
    ...(started.port !== undefined ? { port: started.port } : {}),
    digestSender: createSlackDigestSender(postingClient(config.botToken, config.apiUrl), { command: config.command }),
    stop: () => adapter.stop(),
  };
}
