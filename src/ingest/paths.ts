// Where the archive's records live, independent of the current directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/ingest/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** DATA_DIR when set (a full archive kept outside the repository), else the bundled data/. */
export function archiveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(repoRoot, 'data');
}
