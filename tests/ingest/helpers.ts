// Paths for the ingest tests: fixtures in the repo, and the shared corpus beside it (optional).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/ingest', name);
export const seed = (name: string) => path.join(repoRoot, 'data', name);

/** The shared corpus, resolved from the repo root; tests that need it skip when it is absent. */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export function corpusFile(rel: string): string | undefined {
  const p = path.join(corpusDir, rel);
  if (existsSync(p)) return p;
  console.warn(`skipping: ${p} not found (the shared corpus is not beside the repo)`);
  return undefined;
}

export const SEED_PP = '000_a1ccff3114d7d6bb.txt';
export const SEED_TWFY = '001_fb9b230e884b5a0a.txt';
/** The bundled sample of the corpus (bench/make-sample.ts) and how many questions it holds. */
export const SAMPLE = 'commons-recent-sample.jsonl.gz';
export const SAMPLE_RECORDS = 14_000;
