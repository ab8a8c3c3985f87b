// The Slack app: Bolt wired to the core bot. Slash commands and button clicks are acked at
// once and answered through response_url (ephemeral by default); @mentions are answered in
// a thread. Bolt's request signature check stays on (HTTP mode): forged, tampered or stale
// requests get 401 before any of this runs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  App,
  HTTPModuleFunctions,
  HTTPReceiver,
  LogLevel,
  type BlockAction,
  type BufferedIncomingMessage,
  type ButtonAction,
  type Logger,
} from '@slack/bolt';
import type { BotContext } from '../../src/ports.ts';
import { message, text as inlineText, type Reply } from '../../src/bot/reply.ts';
import type { SlackConfig } from './config.ts';
import { slowDownText } from '../../src/bot/present.ts';
import { RateLimiter } from '../../src/bot/rateLimit.ts';
import { postingClient, SLACK_CALL_TIMEOUT_MS, slackReach } from './channels.ts';
import { ACTION, decodePageValue, renderReply, type RenderMode, type SlackMessage } from './render.ts';

/** What the adapter needs from the core bot (src/bot/bot.ts's Bot satisfies it). */
export interface BotLike {
  handle(text: string, ctx: BotContext, opts?: { offset?: number }): Promise<Reply>;
}

export interface CreateSlackAppOptions {
  config: SlackConfig;
  bot: BotLike;
  /** Bolt logger; default: Bolt's console logger at config.logLevel. */
  logger?: Logger;
  /** Clock for the rate limiter (tests). */
  now?: () => number;
  /** False for a request handled already (src/platform.ts StartOptions.firstTime). */
  firstTime?: (requestId: string) => boolean;
}

export interface SlackAdapter {
  app: App;
  /** HTTP mode: the port listened on. Socket Mode: `port` is undefined. */
  start(): Promise<{ port?: number; mode: 'http' | 'socket' }>;
  stop(): Promise<void>;
}

const LOG_LEVELS: Record<SlackConfig['logLevel'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/**
 * Slack-formatted message text → what the person typed. Slack escapes & < > as entities and
 * wraps links and mentions in <…>: `<https://x|x>` → x, `<@U1|ada>` → @ada, `<#C1|general>` → #general.
 */
export function slackTextToPlain(s: string): string {
  return s
    .replace(/<([^<>]*)>/g, (_all, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (label) return target.startsWith('@') ? `@${label}` : target.startsWith('#') ? `#${label}` : label;
      if (target.startsWith('!')) return `@${target.slice(1).replace(/\^.*$/, '')}`;
      return target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Remove a leading mention of the bot (and any other of its mentions) from an app_mention text. */
export function stripBotMention(s: string, botUserId?: string): string {
  let out = s.replace(/^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/, '');
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), '');
  return out.trim();
}

/**
 * The identity Slack gives a request, the same on every delivery of it: an event's event_id (a
 * retry, with X-Slack-Retry-Num, repeats it), a command's or a button click's trigger_id.
 */
export function slackRequestId(body: unknown): string | undefined {
  const b = body as { event_id?: unknown; trigger_id?: unknown } | undefined;
  if (typeof b?.event_id === 'string' && b.event_id) return `slack:event:${b.event_id}`;
  if (typeof b?.trigger_id === 'string' && b.trigger_id) return `slack:trigger:${b.trigger_id}`;
  return undefined;
}

/** What Bolt can route: a JSON object. `payload=null`, a body of `null`, `[]` or `1` are not. */
function isEventBody(req: BufferedIncomingMessage): boolean {
  try {
    const body: unknown = HTTPModuleFunctions.parseHTTPRequestBody(req);
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return false;
  }
}

/**
 * Bolt's HTTP receiver, with a guard in front of /slack/events: a correctly signed body that is
 * not a JSON object is answered 400 and logged here, because Bolt reads `body.ssl_check` outside
 * any handler and the TypeError would end the process. Unsigned or stale requests get 401 (too
 * large: 413), as Bolt answers them.
 */
function guardedReceiver(signingSecret: string, logger: Logger | undefined, logLevel: LogLevel, appLogger: () => Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, logLevel, ...(logger ? { logger } : {}) });
  const bolt = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/slack/events') return bolt(req, res);
    HTTPModuleFunctions.parseAndVerifyHTTPRequest({ enabled: true, signingSecret }, req).then(
      (verified) => {
        if (isEventBody(verified)) return bolt(verified, res);
        appLogger().warn(`Slack: a signed request whose body is not an event (${verified.rawBody.toString().slice(0, 80)}): answered 400`);
        HTTPModuleFunctions.buildNoBodyResponse(res, 400);
      },
      (err: unknown) => {
        const tooLarge = HTTPModuleFunctions.isRawBodyError(err) && (err as { statusCode?: number }).statusCode === 413;
        appLogger().warn(`Slack: request refused: ${(err as Error).message}`);
        HTTPModuleFunctions.buildNoBodyResponse(res, tooLarge ? 413 : 401);
      },
    ).catch((err: unknown) => {
      appLogger().error('Slack: a request failed', err);
      if (!res.headersSent) HTTPModuleFunctions.buildNoBodyResponse(res, 500);
    });
  };
  return receiver;
}

export function createSlackApp(opts: CreateSlackAppOptions): SlackAdapter {
  const { config, bot } = opts;
  const socketMode = Boolean(config.appToken);
  // Bolt's client (auth.test, channel look-ups) retries a little, within a timeout; posts go
  // through `poster`, which never retries by itself (a retry of a post Slack stored is a duplicate).
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    timeout: SLACK_CALL_TIMEOUT_MS,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 5_000 },
  };
  const poster = postingClient(config.botToken, config.apiUrl);
  const logLevel = LOG_LEVELS[config.logLevel];
  // Initialisation (auth.test) is deferred to start(), so a refused token fails the start
  // instead of rejecting, unobserved, in the constructor.
  const app: App = socketMode
    ? new App({
        token: config.botToken,
        appToken: config.appToken,
        socketMode: true,
        clientOptions,
        logLevel,
        deferInitialization: true,
        ...(opts.logger ? { logger: opts.logger } : {}),
      })
    : new App({
        token: config.botToken,
        receiver: guardedReceiver(config.signingSecret, opts.logger, logLevel, (): Logger => app.logger),
        clientOptions,
        logLevel,
        deferInitialization: true,
        ...(opts.logger ? { logger: opts.logger } : {}),
      });
  const limiter = new RateLimiter(config.rateLimit, opts.now);

  // A request Slack delivers again (an event retried because the first ack seemed late, a
  // replayed command) is acknowledged and not handled twice: a second `unfollow 1` would remove
  // another topic, a second mention answer would post twice.
  if (opts.firstTime) {
    const firstTime = opts.firstTime;
    app.use(async (args) => {
      const id = slackRequestId(args.body);
      if (id && !firstTime(id)) {
        app.logger.warn(`Slack: ${id} was handled already (a redelivery or a replay): acknowledged, not handled again`);
        await (args as { ack?: () => Promise<void> }).ack?.();
        return;
      }
      await args.next();
    });
  }

  /** The bot's reply, never a thrown error: problems become a message for the user. */
  async function answer(text: string, ctx: BotContext, offset?: number): Promise<Reply> {
    try {
      return await bot.handle(text, ctx, offset === undefined ? undefined : { offset });
    } catch (err) {
      // (A query the bot cannot read is already its message reply; this is a failure of ours.)
      app.logger.error('bot.handle failed', err);
      return message('error', 'Something went wrong', [inlineText('Sorry — that failed on my side. Please try again in a moment.')]);
    }
  }

  const render = (reply: Reply, mode: RenderMode, sharedBy?: string): SlackMessage =>
    renderReply(reply, { mode, command: config.command, ...(sharedBy ? { sharedBy } : {}) });

  // /qa <text>
  app.command(config.command, async ({ command, ack, respond }) => {
    const decision = limiter.take(command.user_id);
    if (!decision.ok) {
      await ack({ response_type: 'ephemeral', text: slowDownText(config.rateLimit, decision.retryAfterMs) });
      return;
    }
    await ack();
    const ctx: BotContext = { platform: 'slack', channelId: command.channel_id, userId: command.user_id, reach: () => slackReach(app.client, command.channel_id) };
    const text = slackTextToPlain(command.text ?? '').trim() || 'help';
    const reply = await answer(text, ctx);
    await respond({ response_type: 'ephemeral', ...render(reply, 'ephemeral') });
  });

  /** Who pressed a button, and in which channel; undefined (and told to slow down) past the rate limit. */
  async function presser(body: BlockAction, respond: (m: any) => Promise<unknown>): Promise<{ userId: string; channelId: string } | undefined> {
    const userId = body.user.id;
    const channelId = body.channel?.id ?? (body.container as { channel_id?: string } | undefined)?.channel_id ?? '';
    const decision = limiter.take(userId);
    if (decision.ok) return { userId, channelId };
    await respond({ response_type: 'ephemeral', replace_original: false, text: slowDownText(config.rateLimit, decision.retryAfterMs) });
    return undefined;
  }

  // Buttons: Previous / Next replace the message with that page; Share posts it in the channel.
  const onButton = (kind: 'page' | 'share') =>
    async ({ ack, body, action, respond }: { ack: () => Promise<void>; body: BlockAction; action: ButtonAction; respond: (m: any) => Promise<unknown> }) => {
      await ack();
      const who = await presser(body, respond);
      if (!who) return;
      const { userId, channelId } = who;
      const page = decodePageValue(action.value);
      if (!page) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'That button no longer works. Please run the search again.' });
        return;
      }
      const ctx: BotContext = { platform: 'slack', channelId, userId };
      const reply = await answer(page.query, ctx, page.offset);
      if (kind === 'share') {
        await respond({ response_type: 'in_channel', replace_original: false, ...render(reply, 'shared', userId) });
      } else {
        const ephemeral = (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral !== false;
        await respond({ replace_original: true, ...render(reply, ephemeral ? 'ephemeral' : 'public') });
      }
    };
  app.action<BlockAction<ButtonAction>>(ACTION.prev, onButton('page'));
  app.action<BlockAction<ButtonAction>>(ACTION.next, onButton('page'));
  app.action<BlockAction<ButtonAction>>(ACTION.share, onButton('share'));
  // Watch on a result: the channel the result is in watches that question; only the clicker sees the reply.
  app.action<BlockAction<ButtonAction>>(ACTION.watch, async ({ ack, body, action, respond }) => {
    await ack();
    const who = await presser(body, respond);
    if (!who) return;
    const { userId, channelId } = who;
    const reply = await answer(`watch ${action.value ?? ''}`, { platform: 'slack', channelId, userId, reach: () => slackReach(app.client, channelId) });
    await respond({ response_type: 'ephemeral', replace_original: false, ...render(reply, 'ephemeral') });
  });

  // @qa <question> in a channel: answered in a thread under the question.
  app.event('app_mention', async ({ event, client, context }) => {
    if ((event as { bot_id?: string }).bot_id || !event.user) return; // never answer bots (no loops)
    const threadTs = event.thread_ts ?? event.ts;
    const decision = limiter.take(event.user);
    if (!decision.ok) {
      await client.chat.postEphemeral({
        channel: event.channel,
        user: event.user,
        thread_ts: threadTs,
        text: slowDownText(config.rateLimit, decision.retryAfterMs),
      });
      return;
    }
    const ctx: BotContext = { platform: 'slack', channelId: event.channel, userId: event.user, reach: () => slackReach(client, event.channel) };
    const text = slackTextToPlain(stripBotMention(event.text, context.botUserId)).trim() || 'help';
    const reply = await answer(text, ctx);
    const m = render(reply, 'public');
    await poster.chat.postMessage({
      channel: event.channel,
      thread_ts: threadTs,
      text: m.text,
      blocks: m.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  });

  app.error(async (err) => {
    app.logger.error('Slack adapter error', err);
  });

  return {
    app,
    async start() {
      try {
        await app.init();
      } catch (err) {
        const code = (err as { data?: { error?: string } }).data?.error;
        throw new Error(
          code
            ? `Slack refused SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token again (OAuth & Permissions), or reinstall the app`
            : `Slack could not check SLACK_BOT_TOKEN: ${(err as Error).message}`,
        );
      }
      if (socketMode) {
        await app.start();
        return { mode: 'socket' };
      }
      let server: { address(): { port: number } | string | null };
      try {
        server = (await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) })) as unknown as typeof server;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`Slack: port ${config.port} is in use (PORT): stop what listens there or choose another port`);
        throw err;
      }
      const addr = server.address();
      return { mode: 'http', port: typeof addr === 'object' && addr ? addr.port : config.port };
    },
    async stop() {
      await app.stop();
    },
  };
}
