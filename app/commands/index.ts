// `qa index [status|rebuild]`: the search index of the archive. It normally looks after itself
// (a snapshot plus the archive's changes since, applied in place); `rebuild` builds it afresh from
// the archive database and writes a new snapshot, which a running bot loads at its next start.
import { parseArgs } from 'node:util';
import { mustExist } from '../args.ts';
import { importSources } from '../../src/ingest/sources.ts';
import { LiveIndex } from '../../src/search/live.ts';
import { locateArchive } from '../../src/search/open.ts';
import { readManifest } from '../../src/search/persist.ts';
import { ArchiveStore } from '../../src/store/archive.ts';

const USAGE = `usage: qa index [status|rebuild] [--data PATH]…

  status    the archive database and the index snapshot: records, changes, how far behind (default)
  rebuild   build the index afresh from the archive database and write a new snapshot
  --data    sources of another archive (default: DATA_DIR, else the repository's data/)
`;
export { USAGE as usage };

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { data: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`qa index: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [verb = 'status', ...extra] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (extra.length || !['status', 'rebuild'].includes(verb)) {
    process.stderr.write(`qa index: unknown action "${[verb, ...extra].join(' ')}"\n\n${USAGE}`);
    return 2;
  }
  const at = locateArchive({ data: mustExist('data', parsed.values.data) });
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const store = ArchiveStore.open(at.dbFile);
  try {
    if (verb === 'status') {
      const m = await readManifest(at.indexDir);
      process.stdout.write(
        [
          `archive: ${at.dbFile}: ${store.size} records, last change ${store.seq}`,
          m ? `index: ${m.folder}: ${m.records} records at change ${m.seq} (${store.seq - m.seq} change(s) to replay at the next start), format ${m.version}, written ${m.builtAt}` : `index: no snapshot in ${at.indexDir} (the next start builds one)`,
        ].join('\n') + '\n',
      );
      return 0;
    }
    await importSources(store, { paths: at.data, membersFile: at.members, log });
    const t0 = performance.now();
    const { live } = await LiveIndex.open({ store, indexDir: at.indexDir, rebuild: true, log });
    log(`index: rebuilt and saved at change ${live.seq} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    store.close();
  }
}
