// `qa records`: load the archive (bundled data/ or --data paths) and print the records.
import { parseArgs } from 'node:util';
import { formatReport, loadArchive, archiveDataDir } from '../../ingest/index.ts';
import type { QaRecord } from '../../record.ts';

const USAGE = `usage: qa records [--data PATH]… [--members FILE] [--json]

  --data PATH     a file or folder to load (repeatable; default: the repository's data/)
  --members FILE  members_lookup_derived.json or a Members API array (default: $MEMBERS_FILE)
  --json          print the records as JSON Lines on stdout
`;

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
  const { records, report } = await loadArchive({
    paths: args.data?.length ? args.data : [archiveDataDir()],
    membersFile: args.members ?? (process.env.MEMBERS_FILE || undefined),
  });

  if (args.json) await writeJsonLines(records);
  else process.stdout.write(listing(records));

  const secs = ((performance.now() - started) / 1000).toFixed(2);
  const heapMb = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
  process.stderr.write(`${formatReport(report, ` in ${secs}s, heap ${heapMb} MB`)}\n`);

  const missing = report.files.some((f) => f.error === 'no such file or directory');
  return missing || records.length === 0 ? 1 : 0;
}

const SHOWN = 20;

function listing(records: QaRecord[]): string {
  const lines = records.slice(0, SHOWN).map((r) => {
    const title = r.heading ?? r.questionText.replace(/\s+/g, ' ').slice(0, 70);
    const who = r.askingMember?.name ? ` (${r.askingMember.name})` : '';
    return `${r.id}  ${r.dateAnswered ?? 'unanswered'}  ${r.answeringBody ?? ''}: ${title}${who}`;
  });
  if (records.length > SHOWN) lines.push(`… and ${records.length - SHOWN} more (--json prints them all)`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** JSON Lines in ~1 MB writes, waiting for the pipe to drain so that memory stays flat. */
async function writeJsonLines(records: QaRecord[]): Promise<void> {
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
