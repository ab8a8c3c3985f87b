// A small argv parser: repeatable --flags with values, boolean switches, and the rest.
// Not node:util's parseArgs: that reads "-scooters" as short options, and the query language
// uses -word to leave a word out (`qa search e-bikes -scooters`). Only --names are options here.
import { existsSync } from 'node:fs';

/** The command line is wrong: `qa` prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Args {
  values: Map<string, string[]>;
  flags: Set<string>;
  rest: string[];
}

export function parseArgs(argv: string[], valued: string[], switches: string[]): Args {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') ? a.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    if (name !== undefined && valued.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`--${name} needs a value`);
      values.set(name, [...(values.get(name) ?? []), v]);
    } else if (name !== undefined && switches.includes(name)) flags.add(name);
    else if (name !== undefined && a !== '--') throw new UsageError(`unknown option ${a}`);
    else rest.push(a);
  }
  return { values, flags, rest };
}

/** A whole number of at least `min` (0 unless said): `--limit 0` asks for nothing, so its min is 1. */
export function intArg(args: Args, name: string, fallback: number, min = 0): number {
  const v = args.values.get(name)?.at(-1);
  if (v === undefined) return fallback;
  const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number, not "${v}"`);
  if (n < min) throw new UsageError(`--${name} must be at least ${min}, not ${n}`);
  return n;
}

/** The paths given with `--name`, each checked to exist: a typo is a usage error, not a stack trace. */
export function existingPaths(args: Args, name: string): string[] | undefined {
  return mustExist(name, args.values.get(name));
}

/** The same check for paths parsed some other way (node:util's parseArgs). */
export function mustExist<T extends string | string[] | undefined>(name: string, paths: T): T {
  for (const p of typeof paths === 'string' ? [paths] : (paths ?? [])) {
    if (!existsSync(p)) throw new UsageError(`--${name} ${p}: no such file or folder`);
  }
  return paths;
}
