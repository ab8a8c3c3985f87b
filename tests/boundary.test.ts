// The core's boundaries, checked by reading its imports: src/ never reaches an adapter, the
// composition root (app/) or a platform SDK, and its folders (search, bot, ingest, store, digest)
// import each other in one direction only, so each can be read and tested from the bottom up.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const PLATFORM_SDKS = [/^@slack\//, /^discord\.js$/, /^@discordjs\//];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|mts|mjs|js)$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier a file names: static imports and re-exports, `import 'x'`, `import('x')`. */
function specifiersOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  return out;
}

interface Edge {
  from: string;
  to: string;
  spec: string;
}

const imports: Edge[] = filesUnder(SRC).flatMap((file) =>
  specifiersOf(readFileSync(file, 'utf8')).map((spec) => ({
    from: path.relative(ROOT, file),
    to: spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), spec)) : spec,
    spec,
  })),
);

/** src/search/engine.ts → "search"; src/record.ts → undefined (a shared leaf module). */
function folderOf(p: string): string | undefined {
  const parts = p.split(path.sep);
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

describe('the core (src/)', () => {
  it('scans a real import graph', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.some((e) => e.from === path.join('src', 'bot', 'bot.ts') && e.to === path.join('src', 'search', 'types.ts'))).toBe(true);
  });

  it('imports no adapter, nothing from app/ and no platform SDK', () => {
    const bad = imports.filter(
      (e) => /^(adapters|app)(\/|\\|$)/.test(e.to) || e.to.startsWith('..') || PLATFORM_SDKS.some((rx) => rx.test(e.spec)),
    );
    expect(bad.map((e) => `${e.from} imports ${e.spec}`)).toEqual([]);
  });

  it('has no import cycle between its folders', () => {
    const edges = new Map<string, Map<string, string>>(); // folder → folder it imports → one file-level example
    for (const e of imports) {
      const a = folderOf(e.from);
      const b = folderOf(e.to);
      if (!a || !b || a === b) continue;
      if (!edges.has(a)) edges.set(a, new Map());
      if (!edges.get(a)!.has(b)) edges.get(a)!.set(b, `${e.from} → ${e.spec}`);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (n: string) => {
      state.set(n, 'open');
      stack.push(n);
      for (const m of edges.get(n)?.keys() ?? []) {
        if (state.get(m) === 'open') {
          const loop = [...stack.slice(stack.indexOf(m)), m];
          cycles.push(loop.slice(1).map((to, i) => edges.get(loop[i]!)!.get(to)).join('; '));
        } else if (!state.has(m)) visit(m);
      }
      stack.pop();
      state.set(n, 'done');
    };
    for (const n of edges.keys()) if (!state.has(n)) visit(n);
    expect(cycles).toEqual([]);
  });
});
