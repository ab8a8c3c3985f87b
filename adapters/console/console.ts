// The bot in a terminal: type what you would type after /qa in Slack. No tokens needed.
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { NEXT_PAGE, type Bot } from '../../src/bot/bot.ts';
import type { ResultsReply } from '../../src/bot/reply.ts';
import { ansi, plain, renderReply } from './render.ts';

export interface ConsoleOptions {
  bot: Bot;
  input: Readable;
  output: Writable;
  /** ANSI bold on a terminal; **marks** when piped. */
  color?: boolean;
  /** The console is one "channel" for follows and digests. */
  channelId?: string;
}

export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const st = opts.color ? ansi : plain;
  const ctx = { platform: 'console' as const, channelId: opts.channelId ?? 'console', userId: 'console' };
  const rl = readline.createInterface({ input: opts.input, terminal: false });
  const write = (s: string) => opts.output.write(s.endsWith('\n') ? s : s + '\n');
  const prompt = () => opts.output.write('qa> ');
  let last: ResultsReply | undefined;

  write('archive-qa: ask about UK parliamentary written questions. Type "help", a topic such as "county lines", or "quit".');
  prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === 'quit' || input === 'exit') break;
    if (input === '') {
      prompt();
      continue;
    }
    try {
      if (NEXT_PAGE.test(input)) {
        if (!last || last.offset + last.limit >= last.total) write('No more results. Type a new search.');
        else {
          const reply = await opts.bot.handle(last.query, ctx, { offset: last.offset + last.limit });
          if (reply.kind === 'results') last = reply;
          write(renderReply(reply, st));
        }
      } else {
        const reply = await opts.bot.handle(input, ctx);
        last = reply.kind === 'results' ? reply : last;
        write(renderReply(reply, st));
      }
    } catch (err) {
      // One bad query must not end the session.
      write(`Sorry, that failed: ${(err as Error).message}`);
    }
    prompt();
  }
  rl.close();
  write('Bye.');
}
