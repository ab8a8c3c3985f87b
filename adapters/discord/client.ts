// The Discord adapter: a discord.js client that answers /qa, paging buttons, mentions and (when
// DISCORD_LISTEN_CHANNELS is set) every message in chosen channels. Turns events into core bot
// calls and core replies into embeds (render.ts); never pings anyone (allowedMentions parse: []).
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageMentionOptions,
} from 'discord.js';
import type { BotContext } from '../../src/ports.ts';
import type { Reply } from '../../src/bot/reply.ts';
import { QA_COMMAND_NAME, QA_SYNTAX, REST_OPTIONS } from './commands.ts';
import { commandText } from '../../src/bot/help.ts';
import { slowDownText } from '../../src/bot/present.ts';
import { RateLimiter } from '../../src/bot/rateLimit.ts';
import type { DiscordConfig } from './config.ts';
import { DiscordDigestSender } from './digest.ts';
import { codeSpan } from './escape.ts';
import { RATE, STYLE } from './limits.ts';
import { PageStore } from './paging.ts';
import { interactionReach, messageReach } from './reach.ts';
import { parsePageCustomId, renderReply, WATCH_PREFIX, type DiscordMessage } from './render.ts';

/** What the adapter needs from the core bot (src/bot/bot.ts createBot). */
export interface BotLike {
  handle(text: string, ctx: BotContext, opts?: { offset?: number; limit?: number }): Promise<Reply>;
}

export interface StartOptions {
  log?: (line: string) => void;
  /** False for a request handled already (src/platform.ts StartOptions.firstTime). */
  firstTime?: (requestId: string) => boolean;
  pages?: PageStore;
  limiter?: RateLimiter;
}

export interface StartedDiscord {
  client: Client<true>;
  /** Sends digests through the logged-in client's REST queue (shares its rate-limit buckets). */
  digestSender: DiscordDigestSender;
  stop(): Promise<void>;
}

/** No @everyone, @here, role, user or reply pings, ever. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };

export const EXPIRED_TEXT = 'This result page has expired. Run the search again to get fresh pages.';

/** Gateway intents: none privileged unless listening channels need message content. */
export function intentsFor(config: Pick<DiscordConfig, 'listenChannels'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.listenChannels.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/** The question in a message: the bot's own mention removed (`<@id>` / `<@!id>`), leading punctuation trimmed. */
export function questionFrom(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,:;.\-–—]+\s*/, '')
    .trim();
}

export function createDiscordHandlers(client: Client, config: DiscordConfig, bot: BotLike, opts: StartOptions = {}) {
  const log = opts.log ?? ((line: string) => process.stderr.write(`discord: ${line}\n`));
  const pages = opts.pages ?? new PageStore();
  const limiter = opts.limiter ?? new RateLimiter({ max: config.rateLimitPerMinute, windowMs: RATE.windowMs });
  const listen = new Set(config.listenChannels);

  async function answer(text: string, ctx: BotContext, offset: number, limit: number): Promise<Reply> {
    try {
      return await bot.handle(text, ctx, { offset, limit });
    } catch (e) {
      // (A query the bot cannot read is already its message reply; this is a failure of ours.)
      log(`search failed for ${JSON.stringify(text.slice(0, 200))}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return { kind: 'message', tone: 'error', title: 'Something went wrong', paragraphs: [[{ t: 'text', text: 'The search failed on our side. Please try again in a moment.' }]] };
    }
  }

  /** Render, minting a page token when there is more than one page. */
  function render(reply: Reply, userId: string, token?: string): DiscordMessage {
    if (reply.kind === 'results' && !token && reply.total > reply.hits.length && reply.hits.length > 0) {
      token = pages.create({ query: reply.query, userId, limit: reply.limit });
    }
    return renderReply(reply, { pageToken: token });
  }

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const query = i.options.getString('query', true);
    const ephemeral = i.options.getBoolean('private') ?? false;
    const rate = limiter.take(i.user.id);
    if (!rate.ok) {
      await i.reply({ content: slowDownText(limiter.limit, rate.retryAfterMs), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const ctx: BotContext = { platform: 'discord', channelId: i.channelId, userId: i.user.id, reach: async () => interactionReach(i) };
    const reply = await answer(query, ctx, 0, STYLE.hitsPerPage);
    await i.editReply({ ...render(reply, i.user.id), allowedMentions: NO_PINGS });
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    if (i.customId.startsWith(WATCH_PREFIX)) {
      // The channel the result is in watches the question; only the clicker sees the reply.
      const rate = limiter.take(i.user.id);
      if (!rate.ok) {
        await i.reply({ content: slowDownText(limiter.limit, rate.retryAfterMs), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
        return;
      }
      const ctx: BotContext = { platform: 'discord', channelId: i.channelId, userId: i.user.id, reach: async () => interactionReach(i) };
      const reply = await answer(`watch ${i.customId.slice(WATCH_PREFIX.length)}`, ctx, 0, STYLE.hitsPerPage);
      await i.reply({ ...render(reply, i.user.id), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const id = parsePageCustomId(i.customId);
    if (!id) return;
    const state = pages.get(id.token);
    if (!state) {
      await i.reply({ content: EXPIRED_TEXT, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    if (state.userId !== i.user.id) {
      await i.reply({
        content: `Only the person who ran this search can turn its pages. You can run it yourself: ${codeSpan(commandText(QA_SYNTAX, state.query), 300)}`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    await i.deferUpdate();
    const ctx: BotContext = { platform: 'discord', channelId: i.channelId, userId: i.user.id };
    const reply = await answer(state.query, ctx, id.offset, state.limit);
    await i.editReply({ ...render(reply, i.user.id, id.token), allowedMentions: NO_PINGS });
  }

  /** A gateway that resends an event after a resume, a replayed interaction: handled once. */
  function handledAlready(id: string): boolean {
    if (!opts.firstTime || opts.firstTime(id)) return false;
    log(`${id} was handled already (a redelivery): not handled again`);
    return true;
  }

  async function onInteraction(i: Interaction): Promise<void> {
    if (handledAlready(`discord:interaction:${i.id}`)) return;
    try {
      if (i.isChatInputCommand() && i.commandName === QA_COMMAND_NAME) await onCommand(i);
      else if (i.isButton()) await onButton(i);
    } catch (e) {
      log(`interaction ${i.id} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  async function onMessage(m: Message): Promise<void> {
    const me = client.user;
    if (!me || m.author.bot || m.author.id === me.id || m.system || m.webhookId) return;
    const mentioned = m.mentions.users.has(me.id);
    if (!mentioned && !listen.has(m.channelId)) return;
    if (handledAlready(`discord:message:${m.id}`)) return;
    const text = questionFrom(m.content, me.id) || 'help';
    const rate = limiter.take(m.author.id);
    if (!rate.ok) {
      if (rate.firstRefusal) await m.reply({ content: slowDownText(limiter.limit, rate.retryAfterMs), allowedMentions: NO_PINGS });
      return;
    }
    const ctx: BotContext = { platform: 'discord', channelId: m.channelId, userId: m.author.id, reach: async () => messageReach(m, me.id) };
    const reply = await answer(text, ctx, 0, STYLE.hitsInChannel);
    const body = render(reply, m.author.id);
    await m.reply({ ...body, content: body.content || undefined, allowedMentions: NO_PINGS });
  }

  return {
    onInteraction,
    onMessage: (m: Message) =>
      onMessage(m).catch((e: unknown) => log(`message ${m.id} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`)),
  };
}

/** Log in and serve. Resolves once the client is ready (connected, guilds received). */
export async function startDiscord(config: DiscordConfig, bot: BotLike, opts: StartOptions = {}): Promise<StartedDiscord> {
  const client = new Client({
    intents: intentsFor(config),
    partials: [Partials.Channel], // DMs and channels the client has not cached
    allowedMentions: NO_PINGS,
    rest: { ...REST_OPTIONS, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  });
  const h = createDiscordHandlers(client, config, bot, opts);
  client.on(Events.InteractionCreate, (i) => void h.onInteraction(i));
  client.on(Events.MessageCreate, (m) => void h.onMessage(m));
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.token);
  } catch (e) {
    await client.destroy();
    const msg = e instanceof Error ? e.message : String(e);
    if (/disallowed intents/i.test(msg)) {
      throw new Error(
        'Discord refused the Message Content intent, which DISCORD_LISTEN_CHANNELS needs. Turn on "Message Content Intent" under your app → Bot → Privileged Gateway Intents, or unset DISCORD_LISTEN_CHANNELS (mentions work without it).',
      );
    }
    if (/invalid token|TokenInvalid|401/i.test(msg)) throw new Error(`Discord rejected DISCORD_TOKEN (${msg}). Reset the token under your app → Bot and update it.`);
    throw e;
  }
  const readyClient = await ready;
  return {
    client: readyClient,
    digestSender: new DiscordDigestSender(readyClient.rest),
    stop: () => client.destroy(),
  };
}

/** For log lines: what a listening channel list means. */
export function describeDiscord(config: DiscordConfig): string {
  const listen = config.listenChannels.length ? `; answering every message in ${config.listenChannels.length} channel(s) (Message Content intent)` : '; answering /qa and mentions';
  return `Discord adapter${config.apiUrl ? ` (API ${config.apiUrl})` : ''}${listen}`;
}
