import { describe, expect, it } from 'vitest';
import { loadSlackConfig, parseRateLimit, slackRequested, SlackConfigError } from '../../../adapters/slack/config.ts';
import { startSlack } from '../../../adapters/slack/index.ts';
import { FakeSlack, sendSigned, slashCommandBody } from '../../fakes/slack.ts';
import { TestBot } from './bot.ts';
import { fakeRecord } from './corpus.ts';

const GOOD = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' };

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadSlackConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(SlackConfigError);
    return (e as SlackConfigError).problems;
  }
  return [];
}

describe('Slack configuration', () => {
  it('defaults: HTTP mode on port 3000, /qa, 10 requests a minute', () => {
    expect(loadSlackConfig(GOOD)).toEqual({
      botToken: GOOD.SLACK_BOT_TOKEN,
      signingSecret: GOOD.SLACK_SIGNING_SECRET,
      port: 3000,
      command: '/qa',
      rateLimit: { max: 10, windowMs: 60_000 },
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const c = loadSlackConfig({
      ...GOOD,
      SLACK_APP_TOKEN: 'xapp-1-A1-2-abc',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      SLACK_COMMAND: '/ask',
      SLACK_RATE_LIMIT: '5/m',
      SLACK_LOG_LEVEL: 'debug',
    });
    expect(c).toMatchObject({ appToken: 'xapp-1-A1-2-abc', port: 8080, apiUrl: 'http://127.0.0.1:9999/api/', command: '/ask', rateLimit: { max: 5, windowMs: 60_000 }, logLevel: 'debug' });
  });

  it('names each missing or malformed variable with what to put there', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET: missing\. .*Basic Information/)]);
    const many = problems({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_SIGNING_SECRET: 'has spaces in it ok',
      SLACK_APP_TOKEN: 'xoxb-wrong',
      PORT: 'eighty',
      SLACK_API_URL: 'slack.com/api',
      SLACK_RATE_LIMIT: 'lots',
      SLACK_COMMAND: 'qa',
      SLACK_LOG_LEVEL: 'loud',
    });
    expect(many.map((p) => p.split(':')[0])).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'PORT',
      'SLACK_API_URL',
      'SLACK_COMMAND',
      'SLACK_RATE_LIMIT',
      'SLACK_LOG_LEVEL',
    ]);
    expect(many[0]).toContain('xoxb-');
    expect(many[3]).toContain('port number');
    expect(many[6]).toContain('"10/60s"');
    const err = (() => {
      try {
        loadSlackConfig({});
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err!.message).toMatch(/^Slack adapter: fix these settings.*\n {2}- SLACK_BOT_TOKEN: missing.*\n {2}- SLACK_SIGNING_SECRET: missing/);
  });

  it('is requested only when a Slack token is set', () => {
    expect(slackRequested({})).toBe(false);
    expect(slackRequested({ SLACK_BOT_TOKEN: '  ', PORT: '3000' })).toBe(false);
    expect(slackRequested({ SLACK_SIGNING_SECRET: 'x' })).toBe(true);
  });

  it('rate limits parse', () => {
    expect(parseRateLimit('10/60s')).toEqual({ max: 10, windowMs: 60_000 });
    expect(parseRateLimit('100/1h')).toEqual({ max: 100, windowMs: 3_600_000 });
    expect(parseRateLimit('3/500ms')).toEqual({ max: 3, windowMs: 500 });
    for (const bad of ['10', '0/60s', '10/0s', 'ten/60s', '10/60d', '']) expect(parseRateLimit(bad)).toBeUndefined();
  });
});

describe('startSlack', () => {
  it('does nothing without Slack settings, and refuses to start with bad ones', async () => {
    const bot = new TestBot([]);
    expect(await startSlack({}, bot)).toBeUndefined();
    await expect(startSlack({ SLACK_BOT_TOKEN: 'xoxb-1' }, bot)).rejects.toBeInstanceOf(SlackConfigError);
  });

  it('starts the HTTP adapter from the environment, answering signed commands via SLACK_API_URL', async () => {
    const fake = await new FakeSlack().start();
    const bot = new TestBot([fakeRecord()]);
    const lines: string[] = [];
    const running = await startSlack({ ...GOOD, PORT: '0', SLACK_API_URL: fake.apiUrl, SLACK_LOG_LEVEL: 'error' }, bot, (l) => lines.push(l));
    try {
      expect(running?.mode).toBe('http');
      expect(lines[0]).toMatch(/^Slack: listening on port \d+ \(request URL path \/slack\/events\)$/);
      const responseUrl = fake.newResponseUrl();
      const res = await sendSigned(`http://127.0.0.1:${running!.port}/slack/events`, GOOD.SLACK_SIGNING_SECRET, slashCommandBody({ text: 'county lines', response_url: responseUrl }), 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
      const post = await fake.waitForResponse(responseUrl);
      expect(post.body.blocks[0].text.text).toBe('1 of 1 answer for *county lines*');
      // The digest sender uses the same Web API client (and so SLACK_API_URL).
      await running!.digestSender.send({ platform: 'slack', channelId: 'C0DIGEST1' }, { kind: 'digest', from: '2025-01-01', to: '2025-01-02', topics: [] }, 'd-1');
      const call = await fake.waitForCall('chat.postMessage');
      expect(call.token).toBe(GOOD.SLACK_BOT_TOKEN);
    } finally {
      await running?.stop();
      await fake.stop();
    }
  });
});

describe('set-up files', () => {
  const dir = new URL('../../../adapters/slack/', import.meta.url);
  it('env.example documents exactly the variables the config reads', async () => {
    const { readFileSync } = await import('node:fs');
    const { SLACK_ENV_KEYS } = await import('../../../adapters/slack/config.ts');
    const keys = readFileSync(new URL('env.example', dir), 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split('=')[0]);
    expect([...keys].sort()).toEqual([...SLACK_ENV_KEYS].sort());
  });
  it('the manifest declares the command, event, interactivity and scopes the adapter uses', async () => {
    const { readFileSync } = await import('node:fs');
    const m = readFileSync(new URL('manifest.yaml', dir), 'utf8');
    expect(m).toMatch(/- command: \/qa\n/);
    expect(m).toMatch(/bot_events:\n\s+- app_mention\n/);
    expect(m).toMatch(/interactivity:\n\s+is_enabled: true/);
    for (const scope of ['commands', 'app_mentions:read', 'chat:write', 'channels:history']) expect(m).toMatch(new RegExp(`- ${scope}\\b`));
    expect(m.match(/\/slack\/events/g)).toHaveLength(3);
  });
});
