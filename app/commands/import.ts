// `qa import FILE…`: check that each file parses into at least one valid record, copy it
// unchanged into the archive folder (provenance), and import its records into the archive
// database, where a running bot's search finds them within seconds.
import { constants } from 'node:fs';
import { copyFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchive, archiveDataDir } from '../../src/ingest/index.ts';
import { importSources } from '../../src/ingest/sources.ts';
import { defaultMembersFile } from '../../src/ingest/members.ts';
import { ArchiveStore, archiveDbPath } from '../../src/store/archive.ts';

const USAGE = `usage: qa import FILE… [--data DIR]

Checks each file parses (at least one valid record), copies it as-is into DIR (default: DATA_DIR,
else the repository's data/) and imports its records into DIR's archive database (archive.sqlite,
or ARCHIVE_DB). A different file with the same name is never overwritten.
`;
export { USAGE as usage };

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    process.stderr.write(`qa import: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help || !parsed.positionals.length) {
    (parsed.values.help ? process.stdout : process.stderr).write(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const dataDir = parsed.values.data ?? archiveDataDir();
  let failed = 0;
  for (const file of parsed.positionals) {
    const message = await importOne(file, dataDir).catch((e: unknown) => ({ ok: false, text: (e as Error).message }));
    process.stderr.write(`${file}: ${message.text}\n`);
    if (!message.ok) failed++;
  }
  // Into the database, in transactions: every new or changed file of the folder (these included).
  const store = ArchiveStore.open(archiveDbPath(path.resolve(dataDir)));
  try {
    const { added, updated } = await importSources(store, { paths: [dataDir], membersFile: defaultMembersFile([dataDir]) });
    process.stderr.write(`archive: ${added} record(s) added, ${updated} updated; ${store.size} in all\n`);
  } finally {
    store.close();
  }
  return failed ? 1 : 0;
}

async function importOne(file: string, dataDir: string): Promise<{ ok: boolean; text: string }> {
  const st = await stat(file).catch(() => undefined);
  if (!st) return { ok: false, text: 'no such file' };
  if (!st.isFile()) return { ok: false, text: 'not a file (import files one by one)' };

  const { report } = await loadArchive({ paths: [file] });
  const fr = report.files[0];
  if (fr.error) return { ok: false, text: `not imported: ${fr.error}` };
  if (!fr.imported) {
    const why = report.skips[0] ? ` (e.g. ${report.skips[0].where ?? ''}: ${report.skips[0].reason})` : '';
    return { ok: false, text: `not imported: no valid record, ${fr.skipped} skipped${why}` };
  }
  const summary = `${fr.format}, ${fr.imported} valid record(s)${fr.skipped ? `, ${fr.skipped} skipped` : ''}`;

  const dest = path.join(dataDir, path.basename(file));
  const existing = await readFile(dest).catch(() => undefined);
  if (existing) {
    if (existing.equals(await readFile(file))) return { ok: true, text: `already present in ${dest} (${summary})` };
    return { ok: false, text: `not imported: ${dest} exists with different content; rename the file or remove the old one` };
  }
  await copyFile(file, dest, constants.COPYFILE_EXCL);
  return { ok: true, text: `imported into ${dest} (${summary})` };
}
