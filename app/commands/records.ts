// `qa records`: what the archive holds (the bundled data/, DATA_DIR, or --data paths), one record
// a line with --json, after importing any source file that is new or changed.
import { parseArgs } from 'node:util';
import { formatReport } from '../../src/ingest/index.ts';
import { importSources } from '../../src/ingest/sources.ts';
import type { QaRecord } from '../../src/record.ts';
import { locateArchive } from '../../src/search/open.ts';
import { ArchiveStore } from '../../src/store/archive.ts';

const USAGE = `usage: qa records [--data PATH]… [--members FILE] [--json]

Imports any source file that is new or changed into the archive database, then lists the records
the archive holds.

  --data PATH     a file or folder of sources (repeatable; default: DATA_DIR, else the repository's data/)
  --members FILE  members_lookup_derived.json or a Members API array (default: $MEMBERS_FILE)
  --json          print the records as JSON Lines on stdout
`;
export { USAGE as usage };

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', multiple: true },
        members: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    process.stderr.write(`qa records: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const started = performance.now();
  const at = locateArchive({ data: args.data, members: args.members });
  const store = ArchiveStore.open(at.dbFile);
  try {
    const { report } = await importSources(store, { paths: at.data, membersFile: at.members });
    const count = store.size;
    if (args.json) await writeJsonLines(store.all());
    else process.stdout.write(listing(store.all(), count));

    const secs = ((performance.now() - started) / 1000).toFixed(2);
    const heapMb = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
    const read = report.files.length ? '' : ' (no source file new or changed)';
    process.stderr.write(`${formatReport(report, `${read} in ${secs}s, heap ${heapMb} MB`).replace(/^records: \d+ imported/, `records: ${count} in the archive`)}\n`);

    const missing = report.files.some((f) => f.error === 'no such file or directory');
    return missing || count === 0 ? 1 : 0;
  } finally {
    store.close();
  }
}

const SHOWN = 20;

function listing(all: Iterable<QaRecord>, count: number): string {
  const records: QaRecord[] = [];
  for (const r of all) {
    if (records.length === SHOWN) break;
    records.push(r);
  }
  const lines = records.map((r) => {
    const title = r.heading ?? r.questionText.replace(/\s+/g, ' ').slice(0, 70);
    const who = r.askingMember?.name ? ` (${r.askingMember.name})` : '';
    return `${r.id}  ${r.dateAnswered ?? 'unanswered'}  ${r.answeringBody ?? ''}: ${title}${who}`;
  });
  if (count > SHOWN) lines.push(`… and ${count - SHOWN} more (--json prints them all)`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** JSON Lines in ~1 MB writes, waiting for the pipe to drain so that memory stays flat. */
async function writeJsonLines(records: Iterable<QaRecord>): Promise<void> {
  let buf = '';
  for (const r of records) {
    buf += `${JSON.stringify(r)}\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  if (buf) await write(buf);
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', resolve);
  });
}
