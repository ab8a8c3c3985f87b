// A fake Slack for end-to-end tests: the Web API (the methods the adapter calls), a
// response_url sink, a Socket Mode WebSocket, and helpers that send signed requests to a Bolt
// app exactly as Slack does (form-encoded slash commands, `payload=` interactivity, JSON Events
// API envelopes).
// Membership as Slack has it (`conversations`): a bot token reads history only where the bot is
// a member (public channel: not_in_channel; private channel or DM it is not in: channel_not_found,
// which also refuses its posts); chat:write.public posts to a public channel without joining;
// conversations.join joins public channels only. A channel never declared is public and joined.
// Everything runs on 127.0.0.1; nothing here talks to the real Slack.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const FAKE_TEAM_ID = 'T0FAKE001';
export const FAKE_BOT_USER_ID = 'U0BOT0001';
export const FAKE_BOT_ID = 'B0BOT0001';
export const FAKE_APP_ID = 'A0APP0001';

export interface ApiCall {
  method: string;
  /** Decoded arguments: form fields, with JSON-looking values (blocks, metadata) parsed. */
  args: Record<string, any>;
  token?: string;
}

export interface ResponsePost {
  /** The id in the response_url this post went to. */
  id: string;
  body: Record<string, any>;
}

export interface StoredMessage {
  ts: string;
  text?: string;
  blocks?: any[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  bot_id?: string;
  app_id?: string;
  user?: string;
  type: 'message';
}

/** What a conversation is, for the bot. */
export interface FakeConversation {
  kind: 'public' | 'private' | 'im' | 'mpim';
  /** Whether the bot is in it (an IM: whether it is the bot's own DM with someone). */
  member: boolean;
  archived?: boolean;
}

type Waiter = { match: (e: TimelineEntry) => boolean; resolve: (e: TimelineEntry) => void };
/** What the app sent back over the Socket Mode connection (an envelope's acknowledgement). */
export interface SocketReply {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export type TimelineEntry =
  | { kind: 'api'; call: ApiCall }
  | { kind: 'response'; post: ResponsePost }
  | { kind: 'socket'; reply: SocketReply }
  | { kind: 'note'; what: string };

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** Everything that reached the fake, plus notes the test adds, in arrival order. */
  readonly timeline: TimelineEntry[] = [];
  /** Channel id → messages posted there (newest last). */
  readonly channels = new Map<string, StoredMessage[]>();
  /** Methods to fail: method → Slack error code. */
  readonly failures = new Map<string, string>();
  /** Conversations by id (see the file comment); undeclared ones are public and joined. */
  readonly conversations = new Map<string, FakeConversation>();
  /** Whether the app was granted chat:write.public. */
  chatWritePublic = true;
  /**
   * Methods Slack carries out and then fails to answer, for their next `times` calls: an HTTP
   * 500 after storing, or the connection cut after storing.
   */
  readonly doneThenFail = new Map<string, { times: number; how: 'http500' | 'cut' }>();
  private readonly responseUses = new Map<string, number>();
  private waiters: Waiter[] = [];
  private server?: Server;
  private wss?: WebSocketServer;
  /** Socket Mode connections (the app opens one after apps.connections.open). */
  private sockets: WebSocket[] = [];
  private tsCounter = 0;
  baseUrl = '';

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
    });
    // Socket Mode: the WebSocket URL apps.connections.open hands out. Slack says hello first,
    // then sends envelopes; the app answers each with {envelope_id, payload}.
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.sockets.push(ws);
      ws.on('message', (data) => {
        const reply = JSON.parse(String(data)) as SocketReply;
        this.push({ kind: 'socket', reply });
      });
      ws.on('close', () => (this.sockets = this.sockets.filter((x) => x !== ws)));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', approximate_connection_time: 18060 }, connection_info: { app_id: FAKE_APP_ID } }));
      this.note('socket connected');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Resolves once the app holds a Socket Mode connection. */
  async socketConnected(): Promise<void> {
    await this.waitFor((e) => e.kind === 'note' && e.what === 'socket connected');
  }

  /**
   * Send an envelope over the app's Socket Mode connection, as Slack delivers a slash command
   * (`slash_commands`), a button click (`interactive`) or an event (`events_api`). Returns its id.
   */
  sendEnvelope(type: 'slash_commands' | 'interactive' | 'events_api', payload: Record<string, unknown>): string {
    const ws = this.sockets[0];
    if (!ws) throw new Error('no Socket Mode connection');
    const envelopeId = randomUUID();
    ws.send(JSON.stringify({ envelope_id: envelopeId, payload, type, accepts_response_payload: type !== 'events_api' }));
    return envelopeId;
  }

  async waitForSocketReply(envelopeId: string): Promise<SocketReply> {
    const e = await this.waitFor((x) => x.kind === 'socket' && x.reply.envelope_id === envelopeId);
    return (e as { kind: 'socket'; reply: SocketReply }).reply;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    // Close Socket Mode connections the way Slack does (a close frame), so the app sees a clean close.
    await Promise.all(
      this.sockets.map(
        (ws) =>
          new Promise<void>((resolve) => {
            const done = setTimeout(() => {
              ws.terminate();
              resolve();
            }, 1000);
            ws.once('close', () => {
              clearTimeout(done);
              resolve();
            });
            ws.close(1001, 'going away');
          }),
      ),
    );
    this.wss?.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** A fresh response_url pointing at this fake (Slack gives one per command / interaction). */
  newResponseUrl(): string {
    return `${this.baseUrl}/response/${randomUUID()}`;
  }

  note(what: string): void {
    this.push({ kind: 'note', what });
  }

  /** Resolves with the first entry (already arrived or future) that matches. */
  waitFor(match: (e: TimelineEntry) => boolean): Promise<TimelineEntry> {
    const found = this.timeline.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  async waitForResponse(responseUrl: string, nth = 1): Promise<ResponsePost> {
    const id = responseUrl.split('/').pop()!;
    const posts = () => this.responses.filter((p) => p.id === id);
    if (posts().length < nth) await this.waitFor((x) => x.kind === 'response' && x.post.id === id && posts().length >= nth);
    return posts()[nth - 1]!;
  }

  async waitForCall(method: string, match: (c: ApiCall) => boolean = () => true): Promise<ApiCall> {
    const e = await this.waitFor((x) => x.kind === 'api' && x.call.method === method && match(x.call));
    return (e as { kind: 'api'; call: ApiCall }).call;
  }

  private push(e: TimelineEntry): void {
    this.timeline.push(e);
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.match(e)) w.resolve(e);
      else still.push(w);
    }
    this.waiters = still;
  }

  private nextTs(): string {
    this.tsCounter++;
    return `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const json = (status: number, value: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(value));
    };

    if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      const uses = (this.responseUses.get(id) ?? 0) + 1;
      this.responseUses.set(id, uses);
      if (uses > 5) {
        // Slack: a response_url works five times.
        res.statusCode = 404;
        res.end('used_url');
        return;
      }
      const post: ResponsePost = { id, body: JSON.parse(body || '{}') };
      this.responses.push(post);
      this.push({ kind: 'response', post });
      res.statusCode = 200;
      res.end('ok');
      return;
    }

    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const args = parseArgs(body, req.headers['content-type'] ?? '');
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : (args.token as string | undefined);
      const call: ApiCall = { method, args, token };
      this.calls.push(call);
      this.push({ kind: 'api', call });
      if (!token) return json(200, { ok: false, error: 'not_authed' });
      const failure = this.failures.get(method);
      if (failure) return json(200, { ok: false, error: failure });
      const answer = this.answer(method, args);
      const after = this.doneThenFail.get(method);
      if (after && after.times > 0 && answer.ok) {
        after.times--;
        this.note(`${method} done, then ${after.how}`);
        if (after.how === 'cut') {
          req.socket.destroy();
          return;
        }
        res.statusCode = 500;
        res.end('internal_error');
        return;
      }
      return json(200, answer);
    }

    res.statusCode = 404;
    res.end('not found');
  }

  /** Declare a conversation (its kind and whether the bot is in it). */
  setConversation(id: string, c: FakeConversation): void {
    this.conversations.set(id, c);
  }

  private conversation(id: string): FakeConversation {
    return this.conversations.get(id) ?? { kind: 'public', member: true };
  }

  /** Slack's word when the bot may not read (or, private, even see) a conversation; undefined when it may. */
  private noAccess(id: string): string | undefined {
    const c = this.conversation(id);
    if (c.member) return undefined;
    return c.kind === 'public' ? 'not_in_channel' : 'channel_not_found';
  }

  private channelObject(id: string): Record<string, unknown> {
    const c = this.conversation(id);
    const base = { id, created: 1449252889, is_archived: !!c.archived };
    if (c.kind === 'im') return { ...base, is_im: true, user: 'U0USER001' };
    return { ...base, name: id.toLowerCase(), is_channel: c.kind === 'public', is_group: c.kind === 'private', is_mpim: c.kind === 'mpim', is_private: c.kind !== 'public', is_member: c.member };
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'conversations.info': {
        const c = this.conversation(args.channel);
        if (!c.member && c.kind !== 'public') return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: this.channelObject(args.channel) };
      }
      case 'conversations.join': {
        const c = this.conversation(args.channel);
        if (c.kind === 'im' || c.kind === 'mpim') return { ok: false, error: 'method_not_supported_for_channel_type' };
        if (c.kind === 'private' && !c.member) return { ok: false, error: 'channel_not_found' };
        if (c.archived) return { ok: false, error: 'is_archived' };
        const already = c.member;
        this.conversations.set(args.channel, { ...c, member: true });
        return { ok: true, channel: this.channelObject(args.channel), ...(already ? { warning: 'already_in_channel' } : {}) };
      }
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'qa', team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID };
      case 'chat.postMessage': {
        if (!args.channel) return { ok: false, error: 'channel_not_found' };
        const c = this.conversation(args.channel);
        if (c.archived) return { ok: false, error: 'is_archived' };
        if (!c.member && (c.kind !== 'public' || !this.chatWritePublic)) return { ok: false, error: this.noAccess(args.channel) };
        if (Array.isArray(args.blocks) && args.blocks.length > 50) return { ok: false, error: 'invalid_blocks' };
        const msg: StoredMessage = {
          type: 'message',
          ts: this.nextTs(),
          text: args.text,
          blocks: args.blocks,
          thread_ts: args.thread_ts,
          bot_id: FAKE_BOT_ID,
          app_id: FAKE_APP_ID,
          ...(args.metadata ? { metadata: args.metadata } : {}),
        };
        const list = this.channels.get(args.channel) ?? [];
        list.push(msg);
        this.channels.set(args.channel, list);
        return { ok: true, channel: args.channel, ts: msg.ts, message: msg };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${this.baseUrl.replace(/^http/, 'ws')}/socket?ticket=${randomUUID()}` };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'conversations.history': {
        const denied = this.noAccess(args.channel);
        if (denied) return { ok: false, error: denied };
        const all = [...(this.channels.get(args.channel) ?? [])].reverse(); // newest first, like Slack
        const limit = Number(args.limit ?? 100);
        const start = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString()) : 0;
        const page = all.slice(start, start + limit).map((m) => {
          if (m.metadata && String(args.include_all_metadata) !== 'true') {
            const { metadata: _drop, ...rest } = m;
            return rest;
          }
          return m;
        });
        const more = start + limit < all.length;
        return {
          ok: true,
          messages: page,
          has_more: more,
          response_metadata: { next_cursor: more ? Buffer.from(String(start + limit)).toString('base64') : '' },
        };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(body: string, contentType: string): Record<string, any> {
  if (contentType.includes('application/json')) return body ? JSON.parse(body) : {};
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    if ((v.startsWith('[') || v.startsWith('{')) && (k === 'blocks' || k === 'metadata' || k === 'attachments')) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // keep as string
      }
    }
    out[k] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Requests as Slack sends them.

export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
}

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Override the computed signature (tampering tests). */
  signature?: string;
  /** Leave out the signature headers entirely. */
  unsigned?: boolean;
  /** Sign with this secret instead. */
  secret?: string;
  /** More headers, as Slack adds them (a retry: `x-slack-retry-num`, `x-slack-retry-reason`). */
  headers?: Record<string, string>;
}

export interface SentResponse {
  status: number;
  body: string;
}

/** POST a body to the app's /slack/events, signed like Slack signs it. */
export async function sendSigned(
  eventsUrl: string,
  secret: string,
  rawBody: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  opts: SendOptions = {},
): Promise<SentResponse> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, 'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)', ...opts.headers };
  if (!opts.unsigned) {
    headers['x-slack-request-timestamp'] = String(ts);
    headers['x-slack-signature'] = opts.signature ?? slackSignature(opts.secret ?? secret, ts, rawBody);
  }
  const res = await fetch(eventsUrl, { method: 'POST', headers, body: rawBody });
  return { status: res.status, body: await res.text() };
}

export interface SlashCommand {
  text: string;
  response_url: string;
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  channel_name?: string;
  command?: string;
}

/** The form body of a slash command, with every field Slack sends. */
export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams(slashCommandPayload(c)).toString();
}

/** A slash command's fields, as Socket Mode delivers them (JSON) and HTTP mode (form-encoded). */
export function slashCommandPayload(c: SlashCommand): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'fake',
    channel_id: c.channel_id ?? 'C0CHAN001',
    channel_name: c.channel_name ?? 'general',
    user_id: c.user_id ?? 'U0USER001',
    user_name: c.user_name ?? 'ada',
    command: c.command ?? '/qa',
    text: c.text,
    api_app_id: FAKE_APP_ID,
    is_enterprise_install: 'false',
    response_url: c.response_url,
    trigger_id: `${Date.now()}.1234567890.${randomUUID().replace(/-/g, '').slice(0, 32)}`,
  };
}

export interface ButtonClick {
  action_id: string;
  value: string;
  response_url: string;
  user_id?: string;
  channel_id?: string;
  /** The message the button was on (its blocks), as Slack includes it for non-ephemeral messages. */
  message_blocks?: unknown[];
  is_ephemeral?: boolean;
  block_id?: string;
}

/** A block_actions payload for a button click, as Slack posts it (form field `payload`). */
export function blockActionsBody(b: ButtonClick): string {
  const user = b.user_id ?? 'U0USER001';
  const channel = b.channel_id ?? 'C0CHAN001';
  const actionTs = `${Math.floor(Date.now() / 1000)}.000100`;
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'ada', name: 'ada', team_id: FAKE_TEAM_ID },
    api_app_id: FAKE_APP_ID,
    token: 'deprecated-verification-token',
    container: b.is_ephemeral === false
      ? { type: 'message', message_ts: '1700000000.000001', channel_id: channel, is_ephemeral: false }
      : { type: 'message', message_ts: '1700000000.000001', channel_id: channel, is_ephemeral: true },
    trigger_id: `${Date.now()}.1234567890.abcdef`,
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'general' },
    ...(b.is_ephemeral === false && b.message_blocks
      ? { message: { type: 'message', ts: '1700000000.000001', bot_id: FAKE_BOT_ID, text: '', blocks: b.message_blocks } }
      : {}),
    state: { values: {} },
    response_url: b.response_url,
    actions: [
      {
        action_id: b.action_id,
        block_id: b.block_id ?? 'qa_paging',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: b.value,
        type: 'button',
        action_ts: actionTs,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface Mention {
  /** The message text as Slack sends it: `<@BOT> question`, entities escaped. */
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
}

/** An Events API `event_callback` envelope for an app_mention, with Slack's envelope fields. */
export function appMentionBody(m: Mention): string {
  const ts = m.ts ?? `${Math.floor(Date.now() / 1000)}.000200`;
  const channel = m.channel ?? 'C0CHAN001';
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    context_team_id: FAKE_TEAM_ID,
    context_enterprise_id: null,
    api_app_id: FAKE_APP_ID,
    event: {
      type: 'app_mention',
      user: m.user ?? 'U0USER001',
      text: m.text,
      ts,
      client_msg_id: randomUUID(),
      team: FAKE_TEAM_ID,
      channel,
      event_ts: ts,
      ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
      blocks: [],
    },
    type: 'event_callback',
    event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${randomUUID()}`,
  });
}
