// Slack as a platform of the core (src/platform.ts): serve slash commands, buttons and mentions,
// or, for `qa digest`, only a Web API client that posts digests.
import type { Platform } from '../../src/platform.ts';
import { loadSlackConfig, slackRequested } from './config.ts';
import { createSlackDigestSender } from './digest.ts';
import { postingClient } from './channels.ts';
import { startSlack } from './index.ts';

export const slackPlatform: Platform = {
  name: 'slack',
  configured: slackRequested,
  check(env) {
    loadSlackConfig(env);
  },
  async start(env, { bot, log, firstTime }) {
    const running = await startSlack(env, bot(loadSlackConfig(env).command), log, firstTime);
    if (!running) throw new Error('Slack is not configured (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)');
    return running;
  },
  async digestSender(env) {
    const config = loadSlackConfig(env);
    return { digestSender: createSlackDigestSender(postingClient(config.botToken, config.apiUrl), { command: config.command }), stop: async () => {} };
  },
};
