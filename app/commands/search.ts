// `qa search [--data PATH]… [--members FILE] [--limit N] [--offset N] [--json] [--batch FILE] QUERY…`
import { readFile } from 'node:fs/promises';
import { existingPaths, intArg, parseArgs, UsageError } from '../args.ts';
import { openArchive } from '../../src/search/open.ts';
import { QueryError } from '../../src/search/types.ts';
import { excerptText } from '../../src/bot/reply.ts';
import { createBot } from '../../src/bot/bot.ts';
import { answerFetch, directAnswer, focusExcerpts } from '../../src/bot/answer.ts';
import { renderReply, styleFor, text } from '../../adapters/console/render.ts';

export const usage = `usage: qa search [--data PATH]… [--members FILE] [--limit N] [--offset N] [--json] [--batch FILE] QUERY…

Searches the archive; QUERY is what you would type after /qa (qa search help lists the syntax).
  --data PATH     archive sources (default: the archive folder, DATA_DIR or data/); may be repeated
  --members FILE  members directory to name members by
  --limit N       results per query (default 10, at least 1)
  --offset N      skip the first N results (the next page: --offset 10)
  --json          one JSON line per query: total, ms, hits with their records, notices
  --batch FILE    one query per line of FILE

Exit status: 0 when the search ran (even with no results), 1 when a query was refused (its
message on stderr; with --json, in the JSON line) or the search failed, 2 for a wrong command line.
A query is input like the lines of --batch, not the command's syntax: refusing one is not a usage error.
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['data', 'members', 'limit', 'offset', 'batch'], ['json']);
  const limit = intArg(args, 'limit', 10, 1);
  const offset = intArg(args, 'offset', 0);
  const data = existingPaths(args, 'data');
  const members = existingPaths(args, 'members')?.at(-1);
  const batch = existingPaths(args, 'batch')?.at(-1);
  const queries = batch ? (await readFile(batch, 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean) : [args.rest.join(' ')];
  if (!batch && !queries[0]) throw new UsageError('a query is needed, for example: qa search county lines');
  const archive = await openArchive({
    data,
    members,
    log: (l) => process.stderr.write(l + '\n'),
  });
  const engine = archive.engine;
  let failed = 0;
  for (const query of queries) {
    if (!args.flags.has('json')) {
      // Plain text for a pipe or a file; bold only on a terminal that has not asked for NO_COLOR.
      const style = styleFor(process.stdout.isTTY, process.env, text);
      const bot = createBot({ searcher: engine, pageSize: limit, command: 'qa search' });
      const reply = await bot.handle(query, { platform: 'console', channelId: 'cli', userId: 'cli' }, { offset });
      const out = renderReply(reply, style, { nextPage: (n) => `Next page: --offset ${n}` }) + '\n';
      // A refused query (or a page past the end) is a message for the person, not a result.
      if (reply.kind === 'message' && reply.tone !== 'info') {
        process.stderr.write(out);
        failed++;
      } else process.stdout.write(out);
      continue;
    }
    const t0 = performance.now();
    try {
      // As the bot does: a question's direct answer reads more than the page when the page is small.
      const reads = answerFetch(query, offset, limit);
      const res = await engine.search({ query, limit: reads.limit, offset });
      const ms = Math.round((performance.now() - t0) * 100) / 100;
      const hits = focusExcerpts(query, res.hits.slice(0, limit), res.terms).map((h) => ({
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
        // An answer that only refers to another: the one it refers to, whose passage the excerpt shows.
        ...(h.referredTo ? { referredTo: { url: h.referredTo.url, uin: h.referredTo.uin ?? null, dateAnswered: h.referredTo.dateAnswered ?? null } } : {}),
      }));
      // The direct answer the bot would lead with (first page of a question), or null when it abstains.
      const direct = reads.asks ? directAnswer(reads.question, res.hits, res) : undefined;
      const answer = direct ? { quotes: direct.quotes.map((q) => ({ text: q.text, url: q.record.url, dateAnswered: q.record.dateAnswered ?? null })) } : null;
      process.stdout.write(JSON.stringify({ query, total: res.total, awaiting: res.awaiting ?? 0, ms, answer, hits, notices: res.notices }) + '\n');
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      failed++;
      process.stdout.write(JSON.stringify({ query, error: err.message, hint: err.hint ?? null }) + '\n');
    }
  }
  return failed && failed === queries.length ? 1 : 0;
}
