// Replies as terminal text. Matched words are bold (ANSI) on a terminal; the console bot marks
// them **so** when piped; `qa search` prints plain text to a pipe.
import type { Inline, Reply, ResultsReply, Hit } from '../../src/bot/reply.ts';
import type { QaRecord, Member } from '../../src/record.ts';
import { renderDigestText } from '../../src/digest/sender.ts';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
}

export const ansi: Style = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };
export const plain: Style = { bold: (s) => `**${s}**`, dim: (s) => s };
export const text: Style = { bold: (s) => s, dim: (s) => s };

export interface RenderOptions {
  /** How to ask for the page starting at result `offset` (0-based): the console's "more", a CLI flag. */
  nextPage?(offset: number): string;
}

const typeMore = () => 'Type "more" for the next page.';

/** ANSI only on a terminal, and not when NO_COLOR is set (https://no-color.org); else `otherwise`. */
export function styleFor(isTTY: boolean | undefined, env: Record<string, string | undefined>, otherwise: Style): Style {
  return isTTY === true && !env.NO_COLOR ? ansi : otherwise;
}

/** Terminal control characters in record or user text would let it repaint the screen. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function inline(parts: Inline[], st: Style): string {
  return parts
    .map((p) => {
      const t = clean(p.text);
      if (p.t === 'bold') return st.bold(t);
      if (p.t === 'code') return `\`${t}\``;
      if (p.t === 'link') return `${t} <${p.url}>`;
      return t;
    })
    .join('');
}

function who(m: Member | undefined): string | undefined {
  if (!m) return undefined;
  const where = [m.party, m.constituency].filter(Boolean).join(', ');
  return clean(where ? `${m.name} (${where})` : m.name);
}

export function contextLine(r: QaRecord): string {
  const parts: string[] = [];
  if (r.answeringBody) parts.push(clean(r.answeringBody));
  const asker = who(r.askingMember);
  parts.push(asker ? `asked by ${asker}${r.dateTabled ? ` on ${r.dateTabled}` : ''}` : r.dateTabled ? `tabled ${r.dateTabled}` : 'asked');
  if (r.dateAnswered) {
    const a = r.answeringMember ? clean(r.answeringMember.name) + (r.answeringMember.role ? ` (${clean(r.answeringMember.role)})` : '') : undefined;
    parts.push(a ? `answered by ${a} on ${r.dateAnswered}` : `answered ${r.dateAnswered}`);
  } else parts.push('awaiting answer');
  if (r.uin) parts.push(`UIN ${clean(r.uin)}`);
  if (r.answerIsHolding) parts.push('holding answer');
  if (r.answerIsCorrection) parts.push('corrected');
  if (r.isWithdrawn) parts.push('withdrawn');
  return parts.join(' · ');
}

/** The excerpt with its matched words bold; each piece is cleaned on its own, so the marks survive. */
function excerptLine(h: Hit, st: Style): string {
  const e = h.excerpt;
  const body = e.segments.map((s) => (s.match ? st.bold(clean(s.text)) : clean(s.text))).join('');
  return (e.cutStart ? '…' : '') + body + (e.cutEnd ? '…' : '');
}

function hitText(h: Hit, n: number, st: Style): string {
  const r = h.record;
  const lines = [
    `${n}. ${st.bold(clean(r.heading ?? 'Untitled question'))}`,
    `   ${st.dim(contextLine(r))}`,
    `   ${excerptLine(h, st)}`,
    `   ${r.url}`,
  ];
  if (h.alsoAskedOf?.length) lines.push(`   Also asked of: ${h.alsoAskedOf.map((a) => clean(a.answeringBody ?? a.id)).join(', ')}`);
  return lines.join('\n');
}

function results(r: ResultsReply, st: Style, nextPage: (offset: number) => string): string {
  const out: string[] = [];
  if (r.answer) {
    out.push(st.bold('Answer'));
    for (const q of r.answer.quotes) out.push(`  “${clean(q.text)}”`);
    const src = r.answer.quotes[0].record;
    out.push(st.dim(`  — ${clean(src.heading ?? 'Written question')}, ${clean(src.answeringBody ?? '')}, ${src.dateAnswered ?? ''} ${src.url}`), '');
  } else if (r.noAnswerNote) out.push(st.dim(r.noAnswerNote), '');
  for (const n of r.notices) out.push(st.dim(`Note: ${n}`));
  const last = Math.min(r.offset + r.hits.length, r.total);
  out.push(`${r.offset + 1}–${last} of ${r.total} answers for ${st.bold(clean(r.query))}`, '');
  r.hits.forEach((h, i) => out.push(hitText(h, r.offset + i + 1, st), ''));
  if (last < r.total) out.push(st.dim(nextPage(last)));
  return out.join('\n');
}

function table(title: string, rows: { label: string; count: number }[]): string[] {
  if (rows.length === 0) return [];
  const w = Math.max(...rows.map((r) => String(r.count).length));
  return [title, ...rows.map((r) => `  ${String(r.count).padStart(w)}  ${clean(r.label)}`)];
}

export function renderReply(reply: Reply, st: Style = plain, opts: RenderOptions = {}): string {
  switch (reply.kind) {
    case 'results':
      return results(reply, st, opts.nextPage ?? typeMore);
    case 'message':
      return [st.bold(clean(reply.title)), ...reply.paragraphs.map((p) => inline(p, st))].join('\n');
    case 'stats':
      return [
        `${reply.total} questions match ${st.bold(clean(reply.query))}`,
        ...table('By department', reply.byAnsweringBody),
        ...table('By year tabled', reply.byYear),
        ...table('Asked most by', reply.topAskers),
      ].join('\n');
    case 'following':
      if (reply.follows.length === 0) return 'This channel follows no topics. Try: follow county lines';
      return ['This channel follows:', ...reply.follows.map((f) => `  ${f.n}. ${clean(f.query)} (since ${f.createdAt.slice(0, 10)})`)].join('\n');
    case 'digest':
      return renderDigestText(reply);
  }
}
