// Where the repository's bundled data lives, independent of the current directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/ingest/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function repoDataDir(): string {
  return path.join(repoRoot, 'data');
}
