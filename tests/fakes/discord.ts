// A fake Discord for end-to-end tests: the REST API (the routes the adapter uses) and the
// gateway (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, dispatches), on 127.0.0.1.
// The real discord.js client logs in against it: new Client({ rest: { api: fake.api } }).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, URL-decoded (`/webhooks/1/tok/messages/@original`). */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

let seq = 0n;
/** A plausible snowflake (18-19 digits), unique within the process. */
export function snowflake(): string {
  seq += 1n;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) + seq).toString();
}

export class FakeDiscord {
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly bot: FakeUser = { id: this.applicationId, username: 'archive-qa', bot: true };
  readonly requests: RecordedRequest[] = [];
  /** More text channels to put in the guild (set before the client logs in). */
  readonly extraChannels: string[] = [];
  /** Intents the client sent in IDENTIFY. */
  identifyIntents: number | undefined;
  /** Messages created through POST /channels/:id/messages (after nonce deduplication); GET lists them. */
  readonly created: any[] = [];
  /** Answer every REST request 401, as Discord does for a reset or mistyped token. */
  rejectToken = false;
  /** Registered commands per route key ('global' or guild id). */
  readonly commands = new Map<string, any[]>();
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters: { pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private seqNo = 0;
  private readonly nonces = new Map<string, any>();
  private identified!: () => void;
  /** Resolves when a client has identified on the gateway. */
  readonly identifiedP = new Promise<void>((r) => (this.identified = r));
  port = 0;

  constructor() {
    this.server = http.createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws) => this.onSocket(ws));
  }

  static async start(): Promise<FakeDiscord> {
    const f = new FakeDiscord();
    await new Promise<void>((r) => f.server.listen(0, '127.0.0.1', r));
    f.port = (f.server.address() as AddressInfo).port;
    return f;
  }

  /** REST base for discord.js `rest.api` / DISCORD_API_URL. */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections?.();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** The first recorded request (past or future) matching `pred`. */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs = 8000): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms; got:\n${this.requests.map((r) => `${r.method} ${r.path}`).join('\n')}`)), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (r) => {
          clearTimeout(t);
          resolve(r);
        },
      });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Gateway

  private send(ws: WebSocket, payload: object): void {
    ws.send(JSON.stringify(payload));
  }

  dispatch(t: string, d: object): void {
    this.seqNo++;
    for (const ws of this.sockets) this.send(ws, { op: 0, t, s: this.seqNo, d });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    this.send(ws, { op: 10, d: { heartbeat_interval: 41250 } });
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw.toString());
      if (msg.op === 1) this.send(ws, { op: 11 });
      else if (msg.op === 2) {
        this.identifyIntents = msg.d.intents;
        this.seqNo++;
        this.send(ws, {
          op: 0,
          t: 'READY',
          s: this.seqNo,
          d: {
            v: 10,
            user: { ...this.bot, discriminator: '0', global_name: null, avatar: null },
            guilds: [{ id: this.guildId, unavailable: true }],
            session_id: 'fake-session',
            resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
            application: { id: this.applicationId, flags: 0 },
            shard: [0, 1],
          },
        });
        this.dispatch('GUILD_CREATE', this.guildPayload());
        this.identified();
      }
    });
  }

  private guildPayload(): object {
    return {
      id: this.guildId,
      name: 'Fake Guild',
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      large: false,
      member_count: 3,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [{ id: this.guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: [this.channelId, ...this.extraChannels].map((id, i) => ({ id, type: 0, name: i ? `channel-${i}` : 'general', guild_id: this.guildId, position: i, permission_overwrites: [], nsfw: false, topic: null })),
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      preferred_locale: 'en-GB',
      system_channel_flags: 0,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Building events

  user(username: string): FakeUser {
    return { id: snowflake(), username };
  }

  private userPayload(u: FakeUser): object {
    return { id: u.id, username: u.username, discriminator: '0', global_name: u.username, avatar: null, bot: u.bot ?? false };
  }

  private memberPayload(u: FakeUser): object {
    return { user: this.userPayload(u), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' };
  }

  /** Dispatch a /qa slash command; returns its id and token. */
  slashCommand(
    user: FakeUser,
    options: { name: string; type: number; value: unknown }[],
    name = 'qa',
    /** A replay (the same id and token), the bot's permissions in the channel, where it was used (2: a group DM). */
    over: { id?: string; appPermissions?: string; context?: number } = {},
  ): { id: string; token: string } {
    const id = over.id ?? snowflake();
    const token = `itok-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      ...this.interactionBase(id, token, user),
      ...(over.appPermissions !== undefined ? { app_permissions: over.appPermissions } : {}),
      ...(over.context !== undefined ? { context: over.context } : {}),
      type: 2,
      data: { id: snowflake(), name, type: 1, options, guild_id: this.guildId },
    });
    return { id, token };
  }

  /** Dispatch a button press on `message` (a message object the fake returned); `appPermissions`: the bot's in the channel. */
  buttonPress(user: FakeUser, customId: string, message: any, over: { appPermissions?: string } = {}): { id: string; token: string } {
    const id = snowflake();
    const token = `itok-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      ...this.interactionBase(id, token, user),
      ...(over.appPermissions !== undefined ? { app_permissions: over.appPermissions } : {}),
      type: 3,
      data: { custom_id: customId, component_type: 2 },
      message,
    });
    return { id, token };
  }

  private interactionBase(id: string, token: string, user: FakeUser): object {
    return {
      id,
      token,
      application_id: this.applicationId,
      version: 1,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' },
      member: this.memberPayload(user),
      app_permissions: '2248473465835073',
      locale: 'en-GB',
      guild_locale: 'en-GB',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 8388608,
    };
  }

  /** Dispatch MESSAGE_CREATE from `user`; `mentionBot` adds the bot to `mentions`. */
  userMessage(user: FakeUser, content: string, opts: { mentionBot?: boolean; channelId?: string } = {}): string {
    const id = snowflake();
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: opts.channelId ?? this.channelId,
      guild_id: this.guildId,
      author: this.userPayload(user),
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content,
      mentions: opts.mentionBot ? [this.userPayload(this.bot)] : [],
      mention_roles: [],
      mention_everyone: false,
      attachments: [],
      embeds: [],
      components: [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      pinned: false,
      type: 0,
      flags: 0,
    });
    return id;
  }

  // -------------------------------------------------------------------------------------------
  // REST

  private message(channelId: string, body: any, extra: object = {}): any {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.userPayload(this.bot),
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      pinned: false,
      type: body?.message_reference ? 19 : 0,
      flags: body?.flags ?? 0,
      ...(body?.message_reference ? { message_reference: body.message_reference } : {}),
      ...(body?.nonce !== undefined ? { nonce: body.nonce } : {}),
      ...extra,
    };
  }

  /** Original interaction responses by interaction token (what PATCH @original last set). */
  readonly originals = new Map<string, any>();

  private async onHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    let body: any;
    if (raw) {
      const type = req.headers['content-type'] ?? '';
      if (type.includes('multipart/form-data')) {
        const m = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
        body = m ? JSON.parse(m[1]!) : raw;
      } else {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
    }
    const rec: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, headers: req.headers, body };
    const json = (status: number, data?: unknown) => {
      if (data === undefined) {
        res.writeHead(status).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      }
    };
    try {
      this.route(rec, json);
    } finally {
      this.requests.push(rec);
      for (const w of [...this.waiters]) {
        if (w.pred(rec)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(rec);
        }
      }
    }
  }

  private route(r: RecordedRequest, json: (status: number, data?: unknown) => void): void {
    const p = r.path;
    let m: RegExpExecArray | null;
    if (this.rejectToken) return json(401, { message: '401: Unauthorized', code: 0 });
    if (r.method === 'GET' && p === '/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (r.method === 'GET' && (p === '/applications/@me' || p === '/oauth2/applications/@me')) {
      return json(200, { id: this.applicationId, name: 'archive-qa', bot: this.userPayload(this.bot), flags: 0 });
    }
    if (r.method === 'GET' && p === '/users/@me') return json(200, this.userPayload(this.bot));
    if (r.method === 'PUT' && (m = /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/.exec(p))) {
      if (m[1] !== this.applicationId) return json(403, { message: 'Missing Access', code: 50001 });
      const saved = (r.body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: this.applicationId, version: snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
      this.commands.set(m[2] ?? 'global', saved);
      return json(200, saved);
    }
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) {
      return json(204);
    }
    if (r.method === 'PATCH' && (m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(p))) {
      const prev = this.originals.get(m[2]!);
      const msg = this.message(this.channelId, { ...(prev ?? {}), ...r.body }, prev ? { id: prev.id } : {});
      msg.interaction_token = undefined;
      this.originals.set(m[2]!, msg);
      return json(200, msg);
    }
    if (r.method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(p))) {
      return json(200, this.message(this.channelId, r.body));
    }
    if (r.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(p))) {
      const nonce = r.body?.nonce;
      if (nonce !== undefined && r.body?.enforce_nonce) {
        const seen = this.nonces.get(String(nonce));
        if (seen) return json(200, seen);
      }
      const msg = this.message(m[1]!, r.body);
      if (nonce !== undefined && r.body?.enforce_nonce) this.nonces.set(String(nonce), msg);
      this.created.push(msg);
      return json(200, msg);
    }
    if (r.method === 'GET' && (m = /^\/channels\/(\d+)\/messages$/.exec(p))) {
      // Newest first, as Discord lists a channel's history.
      const limit = Number(r.query.get('limit') ?? 50);
      return json(200, this.created.filter((c) => c.channel_id === m![1]).reverse().slice(0, limit));
    }
    if (r.method === 'POST' && /^\/channels\/\d+\/typing$/.test(p)) return json(204);
    return json(404, { message: `fake Discord has no route ${r.method} ${p}`, code: 0 });
  }
}
