// `npm start`: Slack and/or Discord when their tokens are set (both can run in one process),
// with the daily digest scheduler; the console bot when no platform is configured.
import { locateArchive, openArchive } from '../../src/search/open.ts';
import { archiveDataDir } from '../../src/ingest/paths.ts';
import { WorkerSearcher } from '../../src/search/worker-searcher.ts';
import { ingestConfigFromEnv, startBotIngest } from '../../src/ingest/poll/index.ts';
import { createBot } from '../../src/bot/bot.ts';
import { openDb, stateDbPath, markAnsweredSeen } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import { startDigestScheduler } from '../../src/digest/run.ts';
import { ConfigError, digestConfigFromEnv } from '../../src/schedule.ts';
import type { DigestSender } from '../../src/digest/sender.ts';
import { runConsole } from '../../adapters/console/console.ts';
import { consoleSender } from './digest.ts';

const log = (l: string) => process.stderr.write(l + '\n');

export async function run(argv: string[]): Promise<number> {
  const consoleOnly = argv.includes('--console');
  const env = process.env;
  const wantsSlack = !consoleOnly && !!(env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN);
  const wantsDiscord = !consoleOnly && !!env.DISCORD_TOKEN;

  // Settings are checked before the (slow) archive load, so a typo fails in a second.
  let digestConfig;
  let ingestConfig;
  try {
    digestConfig = digestConfigFromEnv(env);
    ingestConfig = ingestConfigFromEnv(env, digestConfig);
  } catch (err) {
    if (err instanceof ConfigError) {
      log(`qa start: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const slackMod = wantsSlack ? await import('../../adapters/slack/index.ts') : undefined;
  const discordMod = wantsDiscord ? await import('../../adapters/discord/index.ts') : undefined;
  let discordConfig;
  try {
    if (slackMod) slackMod.loadSlackConfig(env);
    if (discordMod) discordConfig = discordMod.parseDiscordConfig(env);
  } catch (err) {
    if ((slackMod && err instanceof slackMod.SlackConfigError) || (discordMod && err instanceof discordMod.DiscordConfigError)) {
      log(`qa start: ${(err as Error).message}`);
      return 2;
    }
    throw err;
  }

  // The archive's folder: the bundled data/ unless DATA_DIR points elsewhere (a full archive
  // kept outside the repository). Its records live in the archive database (ARCHIVE_DB).
  const dataDir = archiveDataDir(env);
  const platforms = !!(slackMod || discordMod);
  const db = openDb(stateDbPath(env));

  if (!platforms) {
    // The console searches in this thread.
    const { engine, store } = await openArchive({ data: [dataDir], log });
    markAnsweredSeen(db, store.seenInfo(), new Date(), { wholeArchive: true });
    const bot = createBot({ searcher: engine, follows: new SqliteFollowStore(db), command: '' });
    await runConsole({ bot, input: process.stdin, output: process.stdout, color: process.stdout.isTTY === true });
    db.close();
    return 0;
  }

  // On Slack and Discord the index lives in a worker thread: it imports new source files, loads
  // the index, and applies every change written to the archive (this process's ingest, or another
  // process's import or backfill) in place, so neither a slow query nor a growing archive ever
  // delays the acknowledgements Slack and Discord expect within 3 seconds. This thread holds no
  // copy of the archive: a record by id is a database lookup.
  const searcher = await WorkerSearcher.start(locateArchive({ data: [dataDir] }), log);
  // Records already in the archive when the bot first starts count as seen now: following a
  // topic never floods a channel with the backlog.
  markAnsweredSeen(db, searcher.archive.seenInfo(), new Date(), { wholeArchive: true });
  const follows = new SqliteFollowStore(db);

  // One bot per platform, so help shows each platform's own way of writing a command.
  const bot = createBot({ searcher, follows, command: env.SLACK_COMMAND || '/qa' });
  const senders: DigestSender[] = [consoleSender()];
  const stops: (() => Promise<void> | void)[] = [];
  const slack = slackMod ? await slackMod.startSlack(env, bot, log) : undefined;
  if (slack) {
    senders.push(slack.digestSender);
    stops.push(() => slack.stop());
  }
  if (discordMod && discordConfig) {
    const discord = await discordMod.startDiscord(discordConfig, createBot({ searcher, follows, command: '/qa query:' }));
    log(`${discordMod.describeDiscord(discordConfig)}: connected`);
    senders.push(discord.digestSender);
    stops.push(() => discord.stop());
  }

  // After each run the worker applies what was written before the run counts as done, so a
  // digest that follows it sees the new answers.
  const ingest = startBotIngest({ db, store: searcher.archive, refresh: () => searcher.refresh(), config: ingestConfig, log });
  log(ingest ? `ingest: from ${ingestConfig.apiUrl} on a schedule` : 'ingest: off (INGEST_INTERVAL=off)');
  const scheduler = startDigestScheduler({
    db,
    searcher,
    senders,
    config: digestConfig,
    log,
    // The pre-digest ingest, and search catching up with it, must finish before the digest is composed;
    // the records any other process wrote are applied too.
    beforeRun: async () => {
      await ingest?.idle();
      await searcher.refresh();
    },
    onError: (err) => log(`digest: ${(err as Error).message}`),
  });
  log(`digests: daily at ${digestConfig.time} ${digestConfig.timeZone}; next run ${scheduler.nextRunAt()?.toISOString() ?? 'now'}`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('stopping…');
  ingest?.stop();
  scheduler.stop();
  await scheduler.idle();
  for (const s of stops) await s();
  await searcher.close();
  db.close();
  // Platform clients may still hold retry timers (e.g. Bolt's token check while offline);
  // the work is stopped and the state closed, so end the process now.
  process.exit(0);
}
