// `npm start`: Slack and/or Discord when their tokens are set (both can run in one process),
// with the daily digest scheduler; the console bot when no platform is configured.
import { locateArchive, openArchive } from '../../src/search/open.ts';
import { archiveDataDir } from '../../src/ingest/paths.ts';
import { WorkerSearcher } from '../../src/search/worker-searcher.ts';
import { ingestConfigFromEnv, startBotIngest } from '../../src/ingest/poll/index.ts';
import { createBot } from '../../src/bot/bot.ts';
import { openDb, stateDbPath, markAnsweredSeen } from '../../src/store/db.ts';
import { SqliteFollowStore } from '../../src/store/follows.ts';
import { firstTime } from '../../src/store/requests.ts';
import { startDigestScheduler } from '../../src/digest/run.ts';
import { SqliteWatchStore } from '../../src/watch/store.ts';
import { startWatcher } from '../../src/watch/check.ts';
import { digestConfigFromEnv } from '../../src/schedule.ts';
import { ConfigError } from '../../src/config.ts';
import type { Platform, Running } from '../../src/platform.ts';
import { consolePlatform } from '../../adapters/console/platform.ts';
import { platforms } from '../platforms.ts';
import { UsageError } from '../args.ts';

const log = (l: string) => process.stderr.write(l + '\n');

export const usage = `usage: qa start [--console]        (npm start)

Starts the bot on every platform the environment configures (Slack: SLACK_BOT_TOKEN and
SLACK_SIGNING_SECRET, SLACK_APP_TOKEN for Socket Mode; Discord: DISCORD_TOKEN), with the hourly
ingest and the daily digests; with none configured, the bot in this terminal.
  --console   the terminal bot even when platforms are configured

Settings: .env.example lists every variable. Stop with Ctrl-C or SIGTERM.
`;

/** How long a platform may take to connect before `npm start` gives up (a login that hangs). */
const START_TIMEOUT_MS = 60_000;

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function run(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--console');
  if (unknown.length) throw new UsageError(`unknown option ${unknown[0]}`);
  const consoleOnly = argv.includes('--console');
  const env = process.env;
  const chosen: Platform[] = consoleOnly ? [] : (await platforms()).filter((p) => p.configured(env));

  // Settings are checked before the (slow) archive load, so a typo fails in a second.
  let digestConfig;
  let ingestConfig;
  try {
    digestConfig = digestConfigFromEnv(env);
    ingestConfig = ingestConfigFromEnv(env, digestConfig);
    for (const p of chosen) p.check(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      log(`qa start: ${err.message}`);
      return 2;
    }
    throw err;
  }

  // The archive's folder: the bundled data/ unless DATA_DIR points elsewhere (a full archive
  // kept outside the repository). Its records live in the archive database (ARCHIVE_DB).
  const dataDir = archiveDataDir(env);
  const db = openDb(stateDbPath(env));

  if (chosen.length === 0) {
    // The console searches in this thread.
    const { engine, store } = await openArchive({ data: [dataDir], log });
    markAnsweredSeen(db, store.seenInfo(), new Date(), { wholeArchive: true });
    const follows = new SqliteFollowStore(db);
    const watches = new SqliteWatchStore(db, store);
    const running = await consolePlatform.start(env, { bot: (command) => createBot({ searcher: engine, follows, watches, command }), log });
    // No ingest here, but another process's (qa ingest) may answer a watched question.
    const watcher = startWatcher({ db, archive: store, senders: [running.digestSender], log });
    void watcher.check();
    await running.done;
    watcher.stop();
    await watcher.idle();
    db.close();
    return 0;
  }

  // On Slack and Discord the index lives in a worker thread: it imports new source files, loads
  // the index, and applies every change written to the archive (this process's ingest, or another
  // process's import or backfill) in place, so neither a slow query nor a growing archive ever
  // delays the acknowledgements Slack and Discord expect within 3 seconds. This thread holds no
  // copy of the archive: a record by id is a database lookup.
  const searcher = await WorkerSearcher.start(locateArchive({ data: [dataDir] }), log);
  // Without its index the bot can only fail every request: end, so a supervisor starts it afresh.
  searcher.onFail = (err) => {
    log(`search worker failed (${err.message}); exiting so that the bot can be restarted`);
    process.exit(1);
  };
  // Records already in the archive when the bot first starts count as seen now: following a
  // topic never floods a channel with the backlog.
  markAnsweredSeen(db, searcher.archive.seenInfo(), new Date(), { wholeArchive: true });
  const follows = new SqliteFollowStore(db);
  const watches = new SqliteWatchStore(db, searcher.archive);

  // One bot per platform, so help shows each platform's own way of writing a command.
  const bot = (command: string) => createBot({ searcher, follows, watches, command });
  const running: Running[] = [];
  for (const p of chosen) {
    try {
      running.push(await withTimeout(p.start(env, { bot, log, firstTime: (id) => firstTime(db, id) }), START_TIMEOUT_MS, `${p.name} did not connect within ${START_TIMEOUT_MS / 1000} s`));
    } catch (err) {
      // Half started is worse than stopped: no digests, no ingest, and a supervisor that sees
      // a live process never restarts it. Say why in one line and exit non-zero.
      log(`qa start: ${p.name} could not start: ${err instanceof Error ? err.message : String(err)}`);
      for (const r of running) await r.stop().catch(() => {});
      await searcher.close();
      db.close();
      // A client that failed may still hold retry timers; nothing else is left to finish.
      process.exit(1);
    }
  }
  // From here on one failed request is logged and the process goes on serving the others.
  process.on('unhandledRejection', (err) => log(`unhandled: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  const senders = [(await consolePlatform.digestSender(env, log)).digestSender, ...running.map((r) => r.digestSender)];

  // After each run the worker applies what was written before the run counts as done, so a
  // digest that follows it sees the new answers.
  // Watched questions are told right after the ingest that brings their news, not at the digest.
  const watcher = startWatcher({ db, archive: searcher.archive, senders, log });
  void watcher.check();
  const ingest = startBotIngest({ db, store: searcher.archive, refresh: () => searcher.refresh(), config: ingestConfig, log, onRun: () => void watcher.check() });
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
  watcher.stop();
  await scheduler.idle();
  await watcher.idle();
  for (const r of running) await r.stop();
  await searcher.close();
  db.close();
  // Platform clients may still hold retry timers (e.g. Bolt's token check while offline);
  // the work is stopped and the state closed, so end the process now.
  process.exit(0);
}
