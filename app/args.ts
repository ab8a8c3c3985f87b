// A small argv parser: repeatable --flags with values, boolean switches, and the rest.
// Not node:util's parseArgs: that reads "-scooters" as short options, and the query language
// uses -word to leave a word out (`qa search e-bikes -scooters`). Only --names are options here.
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
      if (v === undefined) throw new Error(`--${name} needs a value`);
      values.set(name, [...(values.get(name) ?? []), v]);
    } else if (name !== undefined && switches.includes(name)) flags.add(name);
    else if (name !== undefined && a !== '--') throw new Error(`unknown option ${a}`);
    else rest.push(a);
  }
  return { values, flags, rest };
}

export function intArg(args: Args, name: string, fallback: number): number {
  const v = args.values.get(name)?.at(-1);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not "${v}"`);
  return n;
}
