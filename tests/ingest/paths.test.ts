import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveDataDir, repoRoot } from '../../src/ingest/paths.ts';

describe('archiveDataDir', () => {
  it('is the bundled data/ unless DATA_DIR names another folder', () => {
    expect(archiveDataDir({})).toBe(path.join(repoRoot, 'data'));
    expect(archiveDataDir({ DATA_DIR: '' })).toBe(path.join(repoRoot, 'data'));
    expect(archiveDataDir({ DATA_DIR: '/srv/archive' })).toBe('/srv/archive');
    expect(archiveDataDir({ DATA_DIR: 'rel/dir' })).toBe(path.resolve('rel/dir'));
  });
});
