// Discord as a platform of the core (src/platform.ts): log in to the gateway and answer /qa,
// buttons and mentions, or, for `qa digest`, post digests over REST without joining the gateway.
import type { Platform } from '../../src/platform.ts';
import { discordEnabled, parseDiscordConfig } from './config.ts';
import { describeDiscord, startDiscord } from './client.ts';
import { DiscordDigestSender } from './digest.ts';
import { QA_SYNTAX } from './commands.ts';

export const discordPlatform: Platform = {
  name: 'discord',
  configured: discordEnabled,
  check(env) {
    parseDiscordConfig(env);
  },
  async start(env, { bot, log, firstTime }) {
    const config = parseDiscordConfig(env);
    const started = await startDiscord(config, bot(QA_SYNTAX), { log: (l) => log(`discord: ${l}`), ...(firstTime ? { firstTime } : {}) });
    log(`${describeDiscord(config)}: connected`);
    return started;
  },
  async digestSender(env) {
    return { digestSender: DiscordDigestSender.fromConfig(parseDiscordConfig(env)), stop: async () => {} };
  },
};
