// The `qa` command: one subcommand per file in ./commands, loaded on demand so that
// `qa search` does not pay for loading Slack or Discord.
// Conventions: `--help` on any command prints its usage and runs nothing; results go to stdout,
// errors and logs to stderr; exit 0 on success, 1 when the work failed, 2 when the command line
// (or a setting) is wrong. Nothing a person typed ends in a stack trace.
import 'dotenv/config';
import { UsageError } from './args.ts';
import { ConfigError } from '../src/config.ts';

type Command = { run(argv: string[]): Promise<number>; usage: string };

const commands: Record<string, { about: string; load: () => Promise<Command> }> = {
  records: { about: 'print the normalised records (JSON Lines) and an import summary', load: () => import('./commands/records.ts') },
  search: { about: 'search the archive: qa search [--json] [--limit N] QUERY…', load: () => import('./commands/search.ts') },
  start: { about: 'start the bot (console without tokens; Slack/Discord with them)', load: () => import('./commands/start.ts') },
  eval: { about: 'score ranking on a relevance set (npm run eval)', load: () => import('./commands/eval.ts') },
  bench: { about: 'search speed and size against SQLite FTS5 (npm run bench [-- --quick] [-- --scale N])', load: () => import('./commands/bench.ts') },
  import: { about: 'check source files, copy them into data/ and import them into the archive database', load: () => import('./commands/import.ts') },
  index: { about: 'the search index: qa index [status|rebuild]', load: () => import('./commands/index.ts') },
  digest: { about: 'send due daily digests now: qa digest [--now] [--channel ID] [--dry-run]', load: () => import('./commands/digest.ts') },
  state: { about: 'back up the bot state database: qa state backup FILE', load: () => import('./commands/state.ts') },
  ingest: { about: 'pull new answers from the Written Questions API: qa ingest [--since DATE] [--until DATE] [--house commons|lords]', load: () => import('./commands/ingest.ts') },
  backfill: { about: 'fill the archive from the API, resumably: qa backfill [--since DATE] [--until DATE] [--rate N] [--house commons|lords]', load: () => import('./commands/backfill.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`);
  return `usage: qa <command> [options]\n\ncommands:\n${lines.join('\n')}\n  ${'help'.padEnd(width)}  this list, or a command's usage: qa help COMMAND\n\nEvery command takes --help.\n`;
}

/** `--help` or `-h` before any `--`: the command's usage, whatever else was typed. */
function asksForHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** An operating-system error about a path (ENOENT, EACCES …): its message says what went wrong. */
function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    process.stderr.write(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(usage());
    return 0;
  }
  const helpFor = name === 'help' ? rest[0]! : undefined;
  const command = commands[helpFor ?? name];
  if (!command) {
    process.stderr.write(`qa: unknown command "${helpFor ?? name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  if (helpFor || asksForHelp(rest)) {
    process.stdout.write(mod.usage);
    return 0;
  }
  try {
    return await mod.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`qa ${name}: ${err.message}\n(qa ${name} --help for its usage)\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`qa ${name}: ${err.message}\n`);
      return 2;
    }
    if (isSystemError(err)) {
      process.stderr.write(`qa ${name}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A fault of this program, not of what was typed: the stack says where.
    process.stderr.write(`qa: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
