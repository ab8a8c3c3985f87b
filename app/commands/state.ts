// `qa state backup FILE`: a consistent copy of the bot's state (follows, digest progress,
// deliveries, cursors) in one SQLite file, safe to run while the bot is running.
import { existsSync } from 'node:fs';
import { backupDb, openDb, stateDbPath } from '../../src/store/db.ts';

const USAGE = `usage: qa state backup FILE

Copies STATE_DB (default data/state.sqlite) to FILE using SQLite's online backup, so the copy
is consistent even while the bot is writing. Restore: stop the bot, copy FILE to STATE_DB
(and delete any STATE_DB-wal / -shm files beside it), start the bot.
`;
export { USAGE as usage };

export async function run(argv: string[]): Promise<number> {
  const [sub, file, ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (sub !== 'backup' || !file || rest.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  const src = stateDbPath();
  if (!existsSync(src)) {
    process.stderr.write(`qa state: no state database at ${src} (set STATE_DB?)\n`);
    return 1;
  }
  if (existsSync(file)) {
    process.stderr.write(`qa state: ${file} already exists; not overwriting\n`);
    return 1;
  }
  const db = openDb(src);
  try {
    await backupDb(db, file);
  } finally {
    db.close();
  }
  process.stdout.write(`backed up ${src} to ${file}\n`);
  return 0;
}
