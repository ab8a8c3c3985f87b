// What the core asks of a chat platform (Slack, Discord, the terminal): the one contract every
// adapter implements, in the manner of Vercel Chat SDK's Adapter. The composition root (app/)
// holds the list of platforms; `npm start` serves on each one the environment configures and
// `qa digest` posts through them. Adding a platform is writing one adapter that implements this.
import type { Bot } from './bot/bot.ts';
import type { DigestSender } from './digest/sender.ts';
import type { ChannelRef } from './ports.ts';

export type Env = Record<string, string | undefined>;

export interface StartOptions {
  /** The bot, made for this platform's way of writing a command ("/qa", "/qa query:", ""). */
  bot(command: string): Bot;
  log(line: string): void;
  /**
   * False when a request with this identity was handled already (a redelivered event, a
   * replayed command): the adapter acknowledges it and does nothing more. Absent: all are new.
   */
  firstTime?(requestId: string): boolean;
}

/** A platform the process is connected to. */
export interface Running {
  /** Posts daily digests to this platform's channels through the same client. */
  digestSender: DigestSender;
  /** Resolves when the platform ends by itself (the terminal's "quit"); a server never does. */
  done?: Promise<void>;
  /** Disconnects; stops listening. */
  stop(): Promise<void>;
}

export interface Platform {
  readonly name: ChannelRef['platform'];
  /** Whether the environment asks for this platform (any of its settings is set). */
  configured(env: Env): boolean;
  /** Checks the settings without connecting. Throws ConfigError naming every problem. */
  check(env: Env): void;
  /**
   * Connects and answers with the bot. Rejects with a message meant for the operator when it
   * cannot (a refused token, a port in use, a failed login): the caller stops and exits.
   */
  start(env: Env, opts: StartOptions): Promise<Running>;
  /** Connects only to post digests (`qa digest`): it answers nothing. */
  digestSender(env: Env, log: (line: string) => void): Promise<Running>;
}
