// `qa digest`: compose and send daily digests from the command line (operators, tests).
//   qa digest                  send what is due now (what the bot's scheduler does at DIGEST_TIME)
//   qa digest --now            send every channel's digest up to this moment, due or not
//   qa digest --dry-run        print what would be sent; send and record nothing
//   --channel ID               only this channel (ID or platform:ID)
//   --data PATH                archive sources (default data/); repeatable
import type { Searcher } from '../../src/search/types.ts';
import { markAnsweredSeen, openDb, stateDbPath, type Db } from '../../src/store/db.ts';
import { renderDigestText } from '../../src/digest/sender.ts';
import { runDueDigests, type ChannelOutcome } from '../../src/digest/run.ts';
import { digestConfigFromEnv } from '../../src/schedule.ts';
import { ConfigError } from '../../src/config.ts';
import type { Env, Running } from '../../src/platform.ts';
import { consolePlatform } from '../../adapters/console/platform.ts';
import { platforms } from '../platforms.ts';
import { mustExist } from '../args.ts';

const USAGE = `usage: qa digest [--now] [--channel ID] [--dry-run] [--data PATH]...

  (no flag)     send the digests that are due (a DIGEST_TIME has passed since the channel's last one)
  --now         send every channel's digest covering everything new up to this moment
  --dry-run     print the digests instead of sending them; nothing is recorded
  --channel ID  only this channel (its id, or platform:id such as slack:C0123)
  --data PATH   archive sources to read (default data/); may be repeated

State: STATE_DB (default data/state.sqlite). Schedule: DIGEST_TIME (08:00), DIGEST_TIMEZONE
(Europe/London), DIGEST_EMPTY (skip | post).
`;
export { USAGE as usage };

/**
 * The archive the digest reads, with every answered record marked seen as of `now` (records
 * already known keep their first-seen time; new ones become "new since the last digest").
 * The one place this command builds its Searcher.
 */
async function openDigestSearcher(db: Db, data: string[], now: Date, log: (s: string) => void): Promise<Searcher> {
  const { openArchive } = await import('../../src/search/open.ts');
  const { engine } = await openArchive({ data, log });
  const added = markAnsweredSeen(db, engine.all(), now, { wholeArchive: true });
  if (added) log(`digest: ${added} answered record(s) seen for the first time`);
  return engine;
}

/**
 * A digest sender for each platform the environment configures (Slack, Discord: each connects
 * only to post; the terminal prints). A channel of a platform without settings here is left
 * for a run that has them.
 */
async function connectSenders(env: Env, dryRun: boolean, log: (s: string) => void): Promise<Running[]> {
  const out = [await consolePlatform.digestSender(env, log)];
  if (dryRun) return out;
  for (const p of await platforms()) if (p.configured(env)) out.push(await p.digestSender(env, log));
  return out;
}

function describe(o: ChannelOutcome): string {
  const ch = `${o.channel.platform}:${o.channel.channelId}`;
  const id = o.deliveryId ? ` ${o.deliveryId}` : '';
  const topics = o.digest ? ` (${o.digest.topics.length} topic(s), ${o.digest.topics.reduce((s, t) => s + t.total, 0)} record(s))` : '';
  switch (o.status) {
    case 'sent':
      return `${ch}: sent${id}${topics}${o.retry ? ' [retry]' : ''}`;
    case 'already-sent':
      return `${ch}: ${id.trim()} had already reached the channel; recorded as sent`;
    case 'failed':
      return `${ch}: FAILED${id}: ${o.error} (kept; retried on the next run)`;
    case 'nothing-new':
      return `${ch}: nothing new`;
    case 'not-due':
      return `${ch}: not due (use --now to send up to this moment)`;
    case 'no-sender':
      return `${ch}: not sent: no ${o.channel.platform} settings in this environment (kept for a run that has them)`;
    case 'dry-run':
      return `${ch}: would send${id}${topics}${o.retry ? ' [stored delivery awaiting retry]' : ''}`;
  }
}

export async function run(argv: string[]): Promise<number> {
  let now = false;
  let dryRun = false;
  let channel: string | undefined;
  const data: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--now') now = true;
    else if (a === '--dry-run') dryRun = true;
    else if (a === '--channel' || a === '--data') {
      const v = argv[++i];
      if (!v) {
        process.stderr.write(`qa digest: ${a} needs a value\n\n${USAGE}`);
        return 2;
      }
      if (a === '--channel') channel = v;
      else data.push(v);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else {
      process.stderr.write(`qa digest: unknown option "${a}"\n\n${USAGE}`);
      return 2;
    }
  }

  let config;
  const env = process.env;
  try {
    config = digestConfigFromEnv(env);
    if (!dryRun) for (const p of await platforms()) if (p.configured(env)) p.check(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`qa digest: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const db = openDb(stateDbPath(env));
  let connected: Running[] = [];
  try {
    const at = new Date();
    const searcher = await openDigestSearcher(db, mustExist('data', data), at, log);
    connected = await connectSenders(env, dryRun, log);
    const senders = connected.map((c) => c.digestSender);
    const result = await runDueDigests({ db, searcher, senders, now: at, config, channel, dryRun, force: now, log });
    if (!result.ran) {
      log('qa digest: another process (the bot?) is sending digests right now; try again shortly');
      return 1;
    }
    if (result.outcomes.length === 0) log(channel ? `qa digest: no channel ${channel} follows anything` : 'qa digest: no channel follows anything');
    for (const o of result.outcomes) {
      log(describe(o));
      if (o.status === 'dry-run' && o.digest) process.stdout.write(`── ${o.channel.platform}:${o.channel.channelId}\n${renderDigestText(o.digest)}\n`);
    }
    return result.failed ? 1 : 0;
  } finally {
    for (const c of connected) await c.stop();
    db.close();
  }
}
