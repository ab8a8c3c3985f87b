// The `qa` command: one subcommand per file in ./commands, loaded on demand so that
// `qa search` does not pay for loading Slack or Discord.
import 'dotenv/config';

type Command = { run(argv: string[]): Promise<number> };

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
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`);
  return `usage: qa <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`qa: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`qa: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
