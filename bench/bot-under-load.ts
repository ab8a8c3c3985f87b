// What bench:load and bench:living share: the driver thread (bench/load-driver.ts: the fake Slack
// and Discord, and the clients timing requests, in a thread of their own, as in production where
// they are other machines), and the bot on the real Bolt app and discord.js client against them.
import { Worker } from 'node:worker_threads';
import type { Bot } from '../src/bot/bot.ts';
import { createSlackApp } from '../adapters/slack/app.ts';
import { startDiscord } from '../adapters/discord/client.ts';

export const SECRET = 'bench-signing-secret-0123456789abcdef';

export interface Driver {
  worker: Worker;
  /** The driver's next message of this kind. */
  next<T>(kind: string): Promise<T>;
}

export function startDriver(only?: string): Driver {
  const worker = new Worker(new URL('./load-driver-entry.mjs', import.meta.url), { workerData: { secret: SECRET, only } });
  const next = <T>(kind: string) =>
    new Promise<T>((resolve, reject) => {
      const on = (m: { kind: string }) => {
        if (m.kind !== kind) return;
        worker.off('message', on);
        resolve(m as T);
      };
      worker.on('message', on);
      worker.once('error', reject);
    });
  return { worker, next };
}

/** The bot on Slack (HTTP, signed requests) and Discord (gateway and REST), both against the driver's fakes. */
export async function startPlatforms(bot: Bot, fakes: { slackApiUrl: string; discordApi: string }) {
  const slack = createSlackApp({
    config: { botToken: 'xoxb-bench', signingSecret: SECRET, port: 0, host: '127.0.0.1', command: '/qa', rateLimit: { max: 100_000, windowMs: 60_000 }, logLevel: 'error', apiUrl: fakes.slackApiUrl },
    bot,
  });
  const { port } = await slack.start();
  const discord = await startDiscord({ token: 'bench-token.abc', listenChannels: [], apiUrl: fakes.discordApi, rateLimitPerMinute: 100_000 }, bot, { log: () => {} });
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    stop: async () => {
      await discord.stop();
      await slack.stop();
    },
  };
}

/** Close the fakes and end the driver thread. */
export async function stopDriver(d: Driver): Promise<void> {
  const closed = d.next('closed');
  d.worker.postMessage({ kind: 'close' });
  await closed;
  await d.worker.terminate();
}
