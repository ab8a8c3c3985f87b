// `qa search [--data PATH]… [--members FILE] [--limit N] [--offset N] [--json] [--batch FILE] QUERY…`
import { readFile } from 'node:fs/promises';
import { parseArgs, intArg } from '../args.ts';
import { openArchive } from '../../src/search/open.ts';
import { QueryError } from '../../src/search/types.ts';
import { excerptText } from '../../src/bot/reply.ts';
import { createBot } from '../../src/bot/bot.ts';
import { plain, renderReply } from '../../adapters/console/render.ts';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['data', 'members', 'limit', 'offset', 'batch'], ['json']);
  const limit = intArg(args, 'limit', 10);
  const offset = intArg(args, 'offset', 0);
  const batch = args.values.get('batch')?.at(-1);
  const queries = batch ? (await readFile(batch, 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean) : [args.rest.join(' ')];
  if (!batch && !queries[0]) {
    process.stderr.write('usage: qa search [--data PATH]… [--members FILE] [--limit N] [--offset N] [--json] [--batch FILE] QUERY…\n');
    return 2;
  }
  const archive = await openArchive({
    data: args.values.get('data'),
    members: args.values.get('members')?.at(-1),
    log: (l) => process.stderr.write(l + '\n'),
  });
  const engine = archive.engine;
  let failed = 0;
  for (const query of queries) {
    if (!args.flags.has('json')) {
      const bot = createBot({ searcher: engine, pageSize: limit, command: 'qa' });
      process.stdout.write(renderReply(await bot.handle(query, { platform: 'console', channelId: 'cli', userId: 'cli' }, { offset }), plain) + '\n');
      continue;
    }
    const t0 = performance.now();
    try {
      const res = await engine.search({ query, limit, offset });
      const ms = Math.round((performance.now() - t0) * 100) / 100;
      const hits = res.hits.map((h) => ({
        id: h.record.id,
        url: h.record.url,
        uin: h.record.uin ?? null,
        house: h.record.house,
        heading: h.record.heading ?? null,
        answeringBody: h.record.answeringBody ?? null,
        dateTabled: h.record.dateTabled ?? null,
        dateAnswered: h.record.dateAnswered ?? null,
        askingMember: h.record.askingMember ?? null,
        answeringMember: h.record.answeringMember ?? null,
        score: Math.round(h.score * 1000) / 1000,
        excerpt: excerptText(h.excerpt, '**', '**'),
        ...(h.alsoAskedOf ? { alsoAskedOf: h.alsoAskedOf } : {}),
      }));
      process.stdout.write(JSON.stringify({ query, total: res.total, ms, hits, notices: res.notices }) + '\n');
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      failed++;
      process.stdout.write(JSON.stringify({ query, error: err.message, hint: err.hint ?? null }) + '\n');
    }
  }
  return failed && failed === queries.length ? 1 : 0;
}
