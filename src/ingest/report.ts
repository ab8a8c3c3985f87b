// What an import did, per file and overall, so that a bad line never disappears silently.

export type Skip = { file: string; where?: string; reason: string };

export type FileReport = {
  file: string;
  /** Detected format, e.g. "wq-jsonl", "page-capture"; undefined when the file was not read. */
  format?: string;
  /** Record drafts found (valid or not). */
  read: number;
  /** Valid records taken from this file (before merging). */
  imported: number;
  skipped: number;
  /** Set when the whole file could not be used (missing, binary, unsupported…). */
  error?: string;
  /** Read, but with a caveat (e.g. not UTF-8). */
  warning?: string;
};

export type ImportReport = {
  files: FileReport[];
  /** Unique records after merging duplicates. */
  imported: number;
  /** Records folded into one already seen. */
  merged: number;
  /** Items or files not imported (total). */
  skipped: number;
  /** The first MAX_SKIPS skips, with file, place and reason. */
  skips: Skip[];
  /** Skip counts by reason, with line-specific detail removed. */
  skipReasons: Record<string, number>;
  /** Whole-input problems: missing paths, an unreadable members file. */
  errors: string[];
  elapsedMs: number;
};

export const MAX_SKIPS = 200;

export function emptyReport(): ImportReport {
  return { files: [], imported: 0, merged: 0, skipped: 0, skips: [], skipReasons: {}, errors: [], elapsedMs: 0 };
}

export function addSkip(report: ImportReport, skip: Skip): void {
  report.skipped++;
  if (report.skips.length < MAX_SKIPS) report.skips.push(skip);
  const reason = skip.reason.replace(/\d+/g, 'N').slice(0, 100);
  report.skipReasons[reason] = (report.skipReasons[reason] ?? 0) + 1;
}

/** A few lines for people: totals, then per-file counts, then the commonest skip reasons. */
export function formatReport(r: ImportReport, extra = ''): string {
  const lines = [`records: ${r.imported} imported, ${r.merged} merged, ${r.skipped} skipped from ${r.files.length} file(s)${extra}`];
  for (const f of r.files) {
    const counts = `${f.format}, ${f.imported} imported, ${f.skipped} skipped${f.warning ? ` (${f.warning})` : ''}`;
    // A file can fail part way (a truncated gzip): what was read before still counts.
    lines.push(`  ${f.file}: ${!f.error ? counts : f.read ? `${counts}, then stopped: ${f.error}` : `not read: ${f.error}`}`);
  }
  for (const e of r.errors) lines.push(`  error: ${e}`);
  const reasons = Object.entries(r.skipReasons).sort((a, b) => b[1] - a[1]);
  if (reasons.length) {
    lines.push('  skipped, by reason:');
    for (const [reason, n] of reasons.slice(0, 10)) lines.push(`    ${n} × ${reason}`);
  }
  for (const s of r.skips.slice(0, 5)) lines.push(`  e.g. ${s.file}${s.where ? ` ${s.where}` : ''}: ${s.reason}`);
  return lines.join('\n');
}
