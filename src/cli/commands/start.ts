// `npm start`: Slack and/or Discord when their tokens are set (both can run in one process),
// with the daily digest scheduler; the console bot when no platform is configured.
import { locateRecords, openArchive } from '../../search/open.ts';
import { archiveDataDir } from '../../ingest/paths.ts';
import { ArchiveRefresher, SearcherHandle } from '../../search/handle.ts';
import { WorkerSearcher } from '../../search/worker-searcher.ts';
import { ingestConfigFromEnv, startBotIngest } from '../../ingest/poll/index.ts';
import { createBot } from '../../bot/bot.ts';
import { openDb, stateDbPath, markAnsweredSeen } from '../../store/db.ts';
import { SqliteFollowStore } from '../../store/follows.ts';
import { startDigestScheduler } from '../../digest/run.ts';
import { ConfigError, digestConfigFromEnv } from '../../digest/schedule.ts';
import type { DigestSender } from '../../digest/sender.ts';
import { runConsole } from '../../../adapters/console/console.ts';
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
  const slackMod = wantsSlack ? await import('../../../adapters/slack/index.ts') : undefined;
  const discordMod = wantsDiscord ? await import('../../../adapters/discord/index.ts') : undefined;
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
  // kept outside the repository). Ingest writes its API pages below it too.
  const dataDir = archiveDataDir(env);
  const platforms = !!(slackMod || discordMod);
  // On a platform the worker holds the index and this thread only the records; the console
  // searches in this thread.
  const archive = platforms ? undefined : (await openArchive({ data: [dataDir], log })).engine;
  const located = archive ? undefined : await locateRecords({ data: [dataDir], log });
  // Searching happens in a worker thread, so a slow query never delays the acknowledgements
  // Slack and Discord expect within 3 seconds. It loads the index while this thread reads the records.
  const worker = located ? WorkerSearcher.start(located.store, located.indexDir) : undefined;
  worker?.catch(() => {}); // awaited below; a failure is reported there
  const records = archive ?? (await located!.store);
  const db = openDb(stateDbPath(env));
  // Records already in the archive when the bot first starts count as seen now: following a
  // topic never floods a channel with the backlog.
  markAnsweredSeen(db, records.all(), new Date(), { wholeArchive: true });
  const follows = new SqliteFollowStore(db);

  if (archive) {
    const bot = createBot({ searcher: archive, follows, command: '' });
    await runConsole({ bot, input: process.stdin, output: process.stdout, color: process.stdout.isTTY === true });
    db.close();
    return 0;
  }

  // The bot searches through a handle, so an ingest that adds records swaps in a new worker
  // without a restart.
  const handle = new SearcherHandle(await worker!);
  const refresher = new ArchiveRefresher({
    handle,
    db,
    log,
    open: async () => {
      const next = await locateRecords({ data: [dataDir], log });
      return WorkerSearcher.start(next.store, next.indexDir);
    },
  });
  // One bot per platform, so help shows each platform's own way of writing a command.
  const bot = createBot({ searcher: handle, follows, command: env.SLACK_COMMAND || '/qa' });
  const senders: DigestSender[] = [consoleSender()];
  const stops: (() => Promise<void> | void)[] = [];
  const slack = slackMod ? await slackMod.startSlack(env, bot, log) : undefined;
  if (slack) {
    senders.push(slack.digestSender);
    stops.push(() => slack.stop());
  }
  if (discordMod && discordConfig) {
    const discord = await discordMod.startDiscord(discordConfig, createBot({ searcher: handle, follows, command: '/qa query:' }));
    log(`${discordMod.describeDiscord(discordConfig)}: connected`);
    senders.push(discord.digestSender);
    stops.push(() => discord.stop());
  }

  const ingest = startBotIngest({ db, dataDir, handle, refresher, config: ingestConfig, log });
  log(ingest ? `ingest: from ${ingestConfig.apiUrl} on a schedule` : 'ingest: off (INGEST_INTERVAL=off)');
  const scheduler = startDigestScheduler({
    db,
    searcher: handle,
    senders,
    config: digestConfig,
    log,
    // A refresh after the pre-digest ingest must land before the digest is composed.
    beforeRun: () => refresher.idle(),
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
  db.close();
  // Platform clients may still hold retry timers (e.g. Bolt's token check while offline);
  // the work is stopped and the state closed, so end the process now.
  process.exit(0);
}
