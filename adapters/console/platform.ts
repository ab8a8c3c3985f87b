// The terminal as a platform of the core (src/platform.ts): the bot on stdin/stdout, no
// settings needed, so `npm start` falls back to it when no other platform is configured.
import type { Platform } from '../../src/platform.ts';
import { runConsole } from './console.ts';
import { consoleSender } from './digest.ts';
import { ansi, plain, styleFor } from './render.ts';

export const consolePlatform: Platform = {
  name: 'console',
  configured: () => true,
  check() {},
  async start(env, { bot }) {
    const done = runConsole({ bot: bot(''), input: process.stdin, output: process.stdout, color: styleFor(process.stdout.isTTY, env, plain) === ansi });
    return { digestSender: consoleSender(), done, stop: async () => {
        process.stdin.destroy();
      },
    };
  },
  async digestSender() {
    return { digestSender: consoleSender(), stop: async () => {} };
  },
};
