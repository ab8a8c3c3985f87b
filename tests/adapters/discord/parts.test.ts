import { describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import { intentsFor, questionFrom } from '../../../adapters/discord/client.ts';
import { DiscordConfigError, loadDiscordConfig, parseDiscordConfig } from '../../../adapters/discord/config.ts';
import { digestNonce } from '../../../adapters/discord/digest.ts';
import { PageStore } from '../../../adapters/discord/paging.ts';

const ID = '123456789012345678';

describe('config', () => {
  it('is off without DISCORD_TOKEN, and reads every variable when set', () => {
    expect(loadDiscordConfig({})).toBeUndefined();
    expect(loadDiscordConfig({ DISCORD_TOKEN: '' })).toBeUndefined();
    expect(
      loadDiscordConfig({
        DISCORD_TOKEN: ' abc.def ',
        DISCORD_GUILD_ID: ID,
        DISCORD_LISTEN_CHANNELS: ` ${ID}, 223456789012345678 ,`,
        DISCORD_API_URL: 'http://127.0.0.1:9999/api/v10/',
        DISCORD_RATE_LIMIT_PER_MINUTE: '3',
      }),
    ).toEqual({
      token: 'abc.def',
      applicationId: undefined,
      guildId: ID,
      listenChannels: [ID, '223456789012345678'],
      apiUrl: 'http://127.0.0.1:9999/api',
      rateLimitPerMinute: 3,
    });
  });

  it('treats empty values as unset and applies defaults', () => {
    expect(parseDiscordConfig({ DISCORD_TOKEN: 't', DISCORD_GUILD_ID: '', DISCORD_LISTEN_CHANNELS: '' })).toMatchObject({ guildId: undefined, listenChannels: [], rateLimitPerMinute: 10 });
  });

  it('lists every problem with a clear message', () => {
    let err: unknown;
    try {
      parseDiscordConfig({ DISCORD_TOKEN: 'Bot abc', DISCORD_GUILD_ID: 'my-guild', DISCORD_LISTEN_CHANNELS: `${ID},general`, DISCORD_API_URL: 'ftp://x', DISCORD_RATE_LIMIT_PER_MINUTE: '0' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DiscordConfigError);
    const problems = (err as DiscordConfigError).problems.join('\n');
    expect(problems).toContain('without a "Bot " prefix');
    expect(problems).toContain('DISCORD_GUILD_ID must be a Discord id');
    expect(problems).toContain('each DISCORD_LISTEN_CHANNELS entry must be a Discord id');
    expect(problems).toContain('DISCORD_API_URL must be an http(s) URL');
    expect(problems).toContain('DISCORD_RATE_LIMIT_PER_MINUTE must be at least 1');
    expect(() => parseDiscordConfig({})).toThrow(/DISCORD_TOKEN is not set/);
  });
});

describe('intents and mentions', () => {
  it('asks for no privileged intent unless listening channels are set', () => {
    expect(intentsFor({ listenChannels: [] })).not.toContain(GatewayIntentBits.MessageContent);
    expect(intentsFor({ listenChannels: [ID] })).toContain(GatewayIntentBits.MessageContent);
  });

  it('takes the question out of a message that mentions the bot', () => {
    expect(questionFrom(`<@${ID}> what did ministers say about county lines funding?`, ID)).toBe('what did ministers say about county lines funding?');
    expect(questionFrom(`hey <@!${ID}>, knife crime`, ID)).toBe('hey , knife crime');
    expect(questionFrom(`<@${ID}>: prisons <@999>`, ID)).toBe('prisons <@999>');
    expect(questionFrom(`<@${ID}>`, ID)).toBe('');
  });
});

describe('paging state', () => {
  it('maps a short token to the search and its owner', () => {
    const p = new PageStore();
    const t = p.create({ query: 'a very long query '.repeat(20), userId: 'u1', limit: 5 });
    expect(t).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(p.get(t)).toEqual({ query: 'a very long query '.repeat(20), userId: 'u1', limit: 5 });
    expect(p.get('nope')).toBeUndefined();
  });

  it('drops the least recently used entry when full, and expires entries after the TTL', () => {
    let now = 0;
    const p = new PageStore({ maxEntries: 2, ttlMs: 1000, now: () => now });
    const a = p.create({ query: 'a', userId: 'u', limit: 5 });
    const b = p.create({ query: 'b', userId: 'u', limit: 5 });
    p.get(a); // a is now the most recently used
    const c = p.create({ query: 'c', userId: 'u', limit: 5 });
    expect(p.get(b)).toBeUndefined();
    expect(p.get(a)?.query).toBe('a');
    expect(p.get(c)?.query).toBe('c');
    now = 1001;
    expect(p.get(a)).toBeUndefined();
    expect(p.size).toBe(1);
  });
});

describe('digest nonce', () => {
  it('is at most 25 characters, the same for the same delivery and part, different otherwise', () => {
    const id = 'discord:123456789012345678:2025-01-02:follows-1,2,3'.repeat(3);
    expect(digestNonce(id, 0).length).toBeLessThanOrEqual(25);
    expect(digestNonce(id, 12).length).toBeLessThanOrEqual(25);
    expect(digestNonce(id, 0)).toBe(digestNonce(id, 0));
    expect(digestNonce(id, 0)).not.toBe(digestNonce(id, 1));
    expect(digestNonce(id, 0)).not.toBe(digestNonce(id + 'x', 0));
  });
});
