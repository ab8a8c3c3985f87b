// The digest a delivery row stores (run.ts), checked when it is read back. A retry sends exactly
// what was composed, so a row that is not such a digest (damaged, or written by a version with
// another shape) must be reported for that delivery, never cast and sent half-formed.
import { z } from 'zod';
import type { DigestReply } from '../bot/reply.ts';
import { isCalendarDate, QaRecord } from '../record.ts';

const DigestTopic = z
  .object({
    query: z.string().min(1),
    total: z.number().int().nonnegative(),
    records: z.array(QaRecord),
    /** One line per record, in the same order. */
    lines: z.array(z.string()),
    since: z.string().refine(isCalendarDate, 'expected a date as YYYY-MM-DD'),
  })
  .refine((t) => t.lines.length === t.records.length, 'expected one line per record');

export const DigestPayload: z.ZodType<DigestReply> = z.object({
  kind: z.literal('digest'),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  topics: z.array(DigestTopic),
});

export type PayloadRead = { ok: true; digest: DigestReply } | { ok: false; error: string };

/** The stored digest, or what is wrong with it in one line (the first few problems, by path). */
export function readDigestPayload(json: string): PayloadRead {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    return { ok: false, error: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = DigestPayload.safeParse(raw);
  if (parsed.success) return { ok: true, digest: parsed.data };
  const issues = parsed.error.issues;
  const shown = issues.slice(0, 3).map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`);
  return { ok: false, error: shown.join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '') };
}
