// Replies as terminal text. Matched words are bold (ANSI) on a terminal; the console bot marks
// them **so** when piped; `qa search` prints plain text to a pipe.
import type { Inline, Reply, ResultsReply, Hit } from '../../src/bot/reply.ts';
import type { QaRecord } from '../../src/record.ts';
import { recordTitle, recordView, resultsPage, statsAskers, statsCount, statsTables } from '../../src/bot/present.ts';

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

export function contextLine(r: QaRecord): string {
  const v = recordView(r);
  const parts: string[] = [];
  if (v.department) parts.push(v.department);
  parts.push(v.askedBy ? `asked by ${v.askedBy}${v.tabled ? ` on ${v.tabled}` : ''}` : v.tabled ? `tabled ${v.tabled}` : 'asked');
  if (v.status === 'answered') parts.push(`answered${v.answeredBy ? ` by ${v.answeredBy}` : ''}${v.answered ? ` on ${v.answered}` : ''}`);
  else parts.push(v.status);
  if (v.uin) parts.push(`UIN ${v.uin}`);
  parts.push(...v.flags.map((f) => f.text));
  return clean(parts.join(' · '));
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
    `${n}. ${st.bold(clean(recordTitle(r)))}`,
    `   ${st.dim(contextLine(r))}`,
    `   ${excerptLine(h, st)}`,
    `   ${r.url}`,
  ];
  if (h.alsoAskedOf?.length) lines.push(`   Also asked of: ${h.alsoAskedOf.map((a) => clean(a.answeringBody ?? a.id)).join(', ')}`);
  // An answer that only refers to another: the one referred to, whose passage the excerpt shows.
  if (h.referredTo) lines.push(`   Refers to: ${clean(recordView(h.referredTo).citation)} ${h.referredTo.url}`);
  return lines.join('\n');
}

function results(r: ResultsReply, st: Style, nextPage: (offset: number) => string): string {
  const out: string[] = [];
  if (r.answer) {
    out.push(st.bold('Answer'));
    for (const q of r.answer.quotes) out.push(`  “${clean(q.text)}”`);
    const src = r.answer.quotes[0].record;
    out.push(st.dim(`  — ${clean(recordView(src).citation)} ${src.url}`), '');
  } else if (r.noAnswerNote) out.push(st.dim(r.noAnswerNote), '');
  for (const n of r.notices) out.push(st.dim(`Note: ${n}`));
  const page = resultsPage(r);
  out.push(`${page.count} for ${st.bold(clean(r.query))}`, '');
  r.hits.forEach((h, i) => out.push(hitText(h, r.offset + i + 1, st), ''));
  if (page.nextOffset !== undefined) out.push(st.dim(nextPage(page.nextOffset)));
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
        ...(reply.notices ?? []).map((n) => st.dim(`Note: ${n}`)),
        `${reply.query ? `${statsCount(reply)} ${st.bold(clean(reply.query))}` : statsCount(reply)}${statsAskers(reply)}`,
        ...statsTables(reply).flatMap((t) => table(t.heading, t.rows)),
      ].join('\n');
    case 'following':
      if (reply.follows.length === 0) return 'This channel follows no topics. Try: follow county lines';
      return ['This channel follows:', ...reply.follows.map((f) => `  ${f.n}. ${clean(f.query)} (since ${f.createdAt.slice(0, 10)})`)].join('\n');
  }
}
