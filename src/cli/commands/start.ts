// `npm start`: the console bot when no platform tokens are set; Slack and/or Discord when they are.
import { openArchive } from '../../search/open.ts';
import { createBot } from '../../bot/bot.ts';
import { runConsole } from '../../../adapters/console/console.ts';

export async function run(argv: string[]): Promise<number> {
  void argv;
  const archive = await openArchive({ log: (l) => process.stderr.write(l + '\n') });
  const bot = createBot({ searcher: archive.engine, command: '' });
  await runConsole({ bot, input: process.stdin, output: process.stdout, color: process.stdout.isTTY === true });
  return 0;
}
