// Reply (platform-neutral) → Slack Block Kit message. All escaping happens here (via
// escape.ts) and every block is cut to SLACK_LIMITS: text at a word boundary with an
// ellipsis, whole blocks dropped (with a note) rather than ever exceeding 50 a message.
import type { types as SlackTypes } from '@slack/bolt';
import type {
  DigestReply,
  Excerpt,
  FollowingReply,
  Hit,
  Inline,
  MessageReply,
  Paragraph,
  Reply,
  ResultsReply,
  StatsReply,
  StatsRow,
} from '../../src/bot/reply.ts';
import type { QaRecord } from '../../src/record.ts';
import { commandText } from '../../src/bot/help.ts';
import { digestMore, formatDate, plural, recordTitle, recordView, resultsPage, statsAskers, statsCount, statsTables, watchable, type RecordView } from '../../src/bot/present.ts';
import { escapeEntities, neutralise, safe, safeBold, safeCode, safeLink, safeUrl } from './escape.ts';
import { ELLIPSIS, SLACK_LIMITS as L } from './limits.ts';

export type Block = SlackTypes.KnownBlock;
export type Button = SlackTypes.Button;

export interface SlackMessage {
  /** Notification / fallback text (mrkdwn, escaped). */
  text: string;
  blocks: Block[];
}

/**
 * How the message will be seen:
 * - `ephemeral`: only the asker (slash command): paging buttons and "Share in channel".
 * - `public`: a visible reply (thread under an @mention): paging buttons only.
 * - `shared`: results someone shared into the channel: no buttons, "shared by" line.
 */
export type RenderMode = 'ephemeral' | 'public' | 'shared';

export interface RenderOptions {
  mode?: RenderMode;
  /** The slash command as configured (SLACK_COMMAND), for the commands a reply suggests. Default /qa. */
  command?: string;
  /** Slack user id of the person who shared (mode `shared`). */
  sharedBy?: string;
}

export const ACTION = { prev: 'qa_prev', next: 'qa_next', share: 'qa_share', watch: 'qa_watch' } as const;

// ---------------------------------------------------------------------------------------
// Button values: {query, offset} as JSON, at most L.buttonValue characters.

export interface PageValue {
  query: string;
  offset: number;
}

/** JSON for a button value, or undefined when it would exceed Slack's 2,000 characters. */
export function encodePageValue(v: PageValue): string | undefined {
  const s = JSON.stringify({ q: v.query, o: v.offset });
  return s.length <= L.buttonValue ? s : undefined;
}

export function decodePageValue(s: string | undefined): PageValue | undefined {
  if (!s) return undefined;
  try {
    const v = JSON.parse(s) as { q?: unknown; o?: unknown };
    if (typeof v.q !== 'string' || typeof v.o !== 'number' || !Number.isInteger(v.o) || v.o < 0) return undefined;
    return { query: v.q, offset: v.o };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// Truncatable mrkdwn: a list of parts, formatted and cut together.

type Part =
  | { k: 'text' | 'bold' | 'code' | 'italic'; s: string }
  | { k: 'link'; s: string; url: string; bold?: boolean }
  /** Trusted mrkdwn written by this file (separators, newlines); never cut in the middle. */
  | { k: 'raw'; s: string };

const txt = (s: string): Part => ({ k: 'text', s });
const bld = (s: string): Part => ({ k: 'bold', s });
const raw = (s: string): Part => ({ k: 'raw', s });
const ital = (s: string): Part => ({ k: 'italic', s });
const lnk = (s: string, url: string, bold = false): Part => ({ k: 'link', s, url, bold });

function fmt(p: Part): string {
  switch (p.k) {
    case 'text':
      return safe(p.s);
    case 'bold':
      return safeBold(p.s);
    case 'italic': {
      const inner = safe(p.s.trim());
      return inner ? `_${inner}_` : '';
    }
    case 'code':
      return safeCode(p.s);
    case 'link': {
      const l = safeLink(p.s, p.url);
      return p.bold && l ? `*${l}*` : l;
    }
    case 'raw':
      return p.s;
  }
}

/** Longest prefix of `s` (preferably ending at a word boundary) for which `cost(prefix) <= budget`. */
function fitPrefix(s: string, budget: number, cost: (prefix: string) => number): string {
  if (budget <= 0) return '';
  // Binary search on character length (cost grows with length).
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cost(s.slice(0, mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  let cut = s.slice(0, lo);
  if (lo < s.length) {
    // Back off to the last word boundary, unless that throws away most of the text (one huge word).
    const ws = cut.search(/\s\S*$/);
    if (ws > cut.length / 2) cut = cut.slice(0, ws);
    // Don't leave a surrogate pair half cut.
    if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  }
  return cut.replace(/[\s,;:.\-–—(]+$/, '');
}

/** Format parts into mrkdwn of at most `max` characters, cutting at a word boundary with an ellipsis. */
export function renderParts(parts: Part[], max: number): string {
  const full = parts.map(fmt).join('');
  if (full.length <= max) return full;
  let out = '';
  for (const p of parts) {
    const f = fmt(p);
    if (out.length + f.length + ELLIPSIS.length <= max) {
      out += f;
      continue;
    }
    const budget = max - out.length - ELLIPSIS.length;
    if (p.k !== 'raw') {
      let part: Part = p;
      // A link whose URL alone does not fit becomes its label.
      if (p.k === 'link' && fmt({ ...p, s: '' }).length + 1 > budget) part = p.bold ? bld(p.s) : txt(p.s);
      const prefix = fitPrefix(part.s, budget, (s) => fmt({ ...part, s } as Part).length);
      if (prefix) out += fmt({ ...part, s: prefix } as Part);
    }
    break;
  }
  return out + ELLIPSIS;
}

/** Plain text truncated to `max` characters at a word boundary (for plain_text fields). */
export function truncatePlain(s: string, max: number): string {
  if (s.length <= max) return s;
  return fitPrefix(s, max - ELLIPSIS.length, (p) => p.length) + ELLIPSIS;
}

// ---------------------------------------------------------------------------------------
// Blocks.

const section = (parts: Part[], max: number = L.sectionText): SlackTypes.SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: renderParts(parts, max) || ' ', verbatim: true },
});

const context = (...elements: Part[][]): SlackTypes.ContextBlock => ({
  type: 'context',
  elements: elements
    .slice(0, L.contextElements)
    .map((parts) => ({ type: 'mrkdwn' as const, text: renderParts(parts, L.contextElementText) || ' ', verbatim: true })),
});

const divider = (): SlackTypes.DividerBlock => ({ type: 'divider' });

function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncatePlain(text, L.buttonText), emoji: true },
    action_id: actionId.slice(0, L.actionId),
    value,
    ...(style ? { style } : {}),
  };
}

// ---------------------------------------------------------------------------------------
// Record details.

const FLAG_ICON: Partial<Record<RecordView['flags'][number]['kind'], string>> = { holding: ':hourglass: ', corrected: ':pencil2: ' };

/** Context line: department · asked by … · answered by … on … · UIN … · flags. */
export function recordContextParts(r: QaRecord): Part[] {
  const v = recordView(r);
  const items: Part[][] = [];
  if (v.department) items.push([txt(v.department)]);
  if (v.askedBy) items.push([raw('asked by '), txt(v.askedBy)]);
  else if (v.tabled) items.push([raw('tabled '), txt(v.tabled)]);
  if (v.status === 'answered') {
    const by = v.answeredBy ? [raw('answered by '), txt(v.answeredBy)] : [raw('answered')];
    items.push([...by, ...(v.answered ? [raw(' on '), txt(v.answered)] : [])]);
  } else items.push([raw(v.status)]);
  if (v.uin) items.push([raw('UIN '), txt(v.uin)]);
  for (const f of v.flags) items.push([raw(FLAG_ICON[f.kind] ?? ''), txt(f.text)]);
  return items.flatMap((it, i) => (i ? [raw(' · '), ...it] : it));
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/**
 * Excerpt → parts with matched terms bold. Slack only honours *bold* at word boundaries,
 * so a match inside a word ("line" in "lines") is widened to the whole word.
 */
export function excerptParts(e: Excerpt): Part[] {
  const segs = e.segments.filter((s) => s.text.length > 0).map((s) => ({ ...s }));
  // Widen matches to word boundaries by moving word characters from neighbouring text.
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (!s.match) continue;
    const prev = segs[i - 1];
    if (prev && !prev.match && WORD_CHAR.test(s.text.charAt(0))) {
      const m = /[\p{L}\p{N}'’-]+$/u.exec(prev.text);
      if (m) {
        prev.text = prev.text.slice(0, m.index);
        s.text = m[0] + s.text;
      }
    }
    const next = segs[i + 1];
    if (next && !next.match && WORD_CHAR.test(s.text.charAt(s.text.length - 1))) {
      const m = /^[\p{L}\p{N}'’-]+/u.exec(next.text);
      if (m) {
        next.text = next.text.slice(m[0].length);
        s.text = s.text + m[0];
      }
    }
  }
  // Merge neighbours of the same kind; matches separated only by spaces become one bold run
  // ("*knife crime*", not "*knife* *crime*").
  const merged: { text: string; match: boolean }[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (!s.text) continue;
    const prev = merged[merged.length - 1];
    const next = segs[i + 1];
    if (!s.match && prev?.match && next?.match && /^[ \t]+$/.test(s.text)) {
      prev.text += s.text;
      continue;
    }
    const last = merged[merged.length - 1];
    if (last && last.match === s.match) last.text += s.text;
    else merged.push(s);
  }
  const parts: Part[] = merged.map((s) => {
    const clean = s.text.replace(/\s*\n\s*/g, ' ');
    return s.match ? bld(clean) : txt(clean);
  });
  if (e.cutStart) parts.unshift(raw(ELLIPSIS));
  if (e.cutEnd) parts.push(raw(ELLIPSIS));
  const label = e.field === 'answer' ? 'Answer: ' : e.field === 'question' ? 'Question: ' : '';
  return label ? [ital(label.trim()), raw(' '), ...parts] : parts;
}

function hitBlocks(hit: Hit, withWatch = false): Block[] {
  const r = hit.record;
  const title: SlackTypes.SectionBlock = section([lnk(recordTitle(r), r.url, true)], L.sectionText);
  // A question still awaiting its answer can be watched from here (the value is the record id).
  if (withWatch && watchable(r) && r.id.length <= L.buttonValue) title.accessory = button('Watch', ACTION.watch, r.id);
  const ctx: Part[][] = [recordContextParts(r)];
  if (hit.alsoAskedOf?.length) {
    const also: Part[] = [raw('also asked of ')];
    hit.alsoAskedOf.forEach((a, i) => {
      if (i) also.push(raw(', '));
      also.push(lnk(a.answeringBody ?? a.id, a.url));
    });
    ctx.push(also);
  }
  // An answer that only refers to another: the one referred to, whose passage the excerpt shows.
  if (hit.referredTo) ctx.push([raw('refers to '), lnk(recordView(hit.referredTo).citation, hit.referredTo.url)]);
  return [title, context(...ctx), section(excerptParts(hit.excerpt))];
}

// ---------------------------------------------------------------------------------------
// Replies.

/** Keep a message to the block limit: whole `body` groups are dropped from the end, with a note saying how many. */
function fitBlocks(head: Block[], body: Block[][], tail: Block[], dropped: (n: number) => Block): Block[] {
  const total = head.length + body.reduce((n, g) => n + g.length, 0) + tail.length;
  const out = [...head];
  if (total <= L.blocksPerMessage) {
    out.push(...body.flat());
  } else {
    let used = head.length + tail.length + 1; // + the note
    let shown = 0;
    for (const g of body) {
      if (used + g.length > L.blocksPerMessage) break;
      used += g.length;
      out.push(...g);
      shown++;
    }
    out.push(dropped(body.length - shown));
  }
  out.push(...tail);
  return out;
}

function resultsSummary(reply: ResultsReply, shown: number): Part[] {
  return [raw(resultsPage(reply, shown).count), raw(' for '), bld(reply.query)];
}

export function renderResults(reply: ResultsReply, opts: RenderOptions = {}): SlackMessage {
  // (No results, or a page past the end, reaches here as the bot's message reply, not as results.)
  const mode = opts.mode ?? 'ephemeral';
  const command = opts.command ?? '/qa';
  const body: Block[][] = reply.hits.map((h, i) => (i ? [divider(), ...hitBlocks(h, mode !== 'shared')] : hitBlocks(h, mode !== 'shared')));
  // Above the hits: notices and the direct answer (the summary needs the shown count, so comes last).
  const extra: Block[] = [];
  if (reply.notices.length) extra.push(context(...reply.notices.slice(0, L.contextElements).map((n) => [txt(n)])));
  if (reply.answer?.quotes.length) {
    const parts: Part[] = [raw('*Answer*')];
    for (const q of reply.answer.quotes) {
      const cite = recordView(q.record).citation;
      parts.push(raw('\n>'), txt(' ' + q.text.replace(/\s+/g, ' ').trim()), raw(' — '), lnk(cite, q.record.url));
    }
    extra.push(section(parts));
  } else if (reply.noAnswerNote) {
    extra.push(context([txt(reply.noAnswerNote)]));
  }
  const tail: Block[] = [];
  if (mode === 'shared') {
    tail.push(
      context([
        raw(opts.sharedBy && /^[UW][A-Z0-9]+$/.test(opts.sharedBy) ? `Shared by <@${opts.sharedBy}> · ` : 'Shared · '),
        { k: 'code', s: commandText(command, reply.query) },
      ]),
    );
  }
  // How many hits fit: summary + extras + tail + actions + a possible "more on the next page" note.
  const reserved = 1 + extra.length + tail.length + 1 + 1;
  let used = reserved;
  let shown = 0;
  for (const g of body) {
    if (used + g.length > L.blocksPerMessage) break;
    used += g.length;
    shown++;
  }
  const head: Block[] = [section(resultsSummary(reply, shown)), ...extra];
  const blocks: Block[] = [...head, ...body.slice(0, shown).flat()];
  if (shown < reply.hits.length) {
    blocks.push(context([raw(`${plural(reply.hits.length - shown, 'more result')} on the next page`)]));
  }
  blocks.push(...tail);
  const buttons = mode === 'shared' ? [] : pagingButtons(reply, shown, mode);
  if (buttons.length) blocks.push({ type: 'actions', block_id: 'qa_paging', elements: buttons });
  return { text: fallback(resultsSummary(reply, shown)), blocks };
}

function pagingButtons(reply: ResultsReply, shown: number, mode: RenderMode): Button[] {
  const buttons: Button[] = [];
  const { prevOffset, nextOffset } = resultsPage(reply, shown);
  const here = encodePageValue({ query: reply.query, offset: reply.offset });
  if (prevOffset !== undefined) {
    const v = encodePageValue({ query: reply.query, offset: prevOffset });
    if (v) buttons.push(button('◀ Previous', ACTION.prev, v));
  }
  if (nextOffset !== undefined) {
    const v = encodePageValue({ query: reply.query, offset: nextOffset });
    if (v) buttons.push(button('Next ▶', ACTION.next, v));
  }
  if (mode === 'ephemeral' && here) buttons.push(button('Share in channel', ACTION.share, here, 'primary'));
  return buttons;
}

function inlineParts(p: Paragraph): Part[] {
  return p.map((i: Inline): Part => {
    switch (i.t) {
      case 'text':
        return txt(i.text);
      case 'bold':
        return bld(i.text);
      case 'code':
        return { k: 'code', s: i.text };
      case 'link':
        return lnk(i.text, i.url);
    }
  });
}

const TONE_ICON: Record<MessageReply['tone'], string> = { info: ':information_source:', warning: ':warning:', error: ':x:' };

/** Sections from a list of paragraphs: packed several to a section, never more than `maxBlocks`. */
function packParagraphs(paras: Part[][], maxBlocks: number): Block[] {
  const blocks: Block[] = [];
  let cur: Part[] = [];
  let curLen = 0;
  const flush = () => {
    if (cur.length) blocks.push(section(cur));
    cur = [];
    curLen = 0;
  };
  for (const p of paras) {
    const len = renderParts(p, Infinity).length;
    if (cur.length && (curLen + 2 + len > L.sectionText) && blocks.length < maxBlocks - 1) flush();
    if (cur.length) cur.push(raw('\n\n'));
    cur.push(...p);
    curLen += len + 2;
  }
  flush();
  return blocks;
}

export function renderMessage(reply: MessageReply): SlackMessage {
  const title: Part[] = [raw(TONE_ICON[reply.tone] + ' '), bld(reply.title)];
  const blocks: Block[] = [section(title)];
  blocks.push(...packParagraphs(reply.paragraphs.map(inlineParts), L.blocksPerMessage - 1));
  return { text: fallback([txt(reply.title)]), blocks };
}

function rowsSection(title: string, rows: StatsRow[]): Block | undefined {
  if (!rows.length) return undefined;
  const parts: Part[] = [raw(`*${title}*`)];
  for (const r of rows) parts.push(raw('\n• '), txt(r.label), raw(` — ${r.count.toLocaleString('en-GB')}`));
  return section(parts);
}

export function renderStats(reply: StatsReply): SlackMessage {
  const summary: Part[] = [raw(`:bar_chart: ${statsCount(reply)}${reply.query ? ' ' : ''}`), ...(reply.query ? [bld(reply.query)] : []), raw(statsAskers(reply))];
  const blocks: Block[] = [section(summary)];
  // How the query was read ("Few answers contain all of your words …"), as a search's reply says it.
  if (reply.notices?.length) blocks.push(context(...reply.notices.slice(0, L.contextElements).map((n) => [txt(n)])));
  for (const t of statsTables(reply)) {
    const b = rowsSection(t.heading, t.rows);
    if (b) blocks.push(b);
  }
  return { text: fallback([raw(`${statsCount(reply)}${reply.query ? ' ' : ''}`), txt(reply.query), raw(statsAskers(reply))]), blocks };
}

export function renderFollowing(reply: FollowingReply, command = '/qa'): SlackMessage {
  if (!reply.follows.length) {
    const parts: Part[] = [raw('This channel follows no topics yet. Try '), { k: 'code', s: commandText(command, 'follow county lines') }, raw(' to get a daily digest of new answers.')];
    return { text: 'This channel follows no topics yet.', blocks: [section(parts)] };
  }
  const parts: Part[] = [raw(`*This channel follows ${plural(reply.follows.length, 'topic')}*`)];
  for (const f of reply.follows) {
    parts.push(raw(`\n${f.n}. `), { k: 'code', s: f.query });
    const d = formatDate(f.createdAt);
    if (d) parts.push(raw(' — since '), txt(d));
  }
  parts.push(raw('\nStop one with '), { k: 'code', s: commandText(command, 'unfollow <number>') });
  return { text: fallback([raw(`This channel follows ${plural(reply.follows.length, 'topic')}`)]), blocks: [section(parts)] };
}

export function renderDigest(reply: DigestReply, command = '/qa'): SlackMessage {
  const from = formatDate(reply.from);
  const to = formatDate(reply.to);
  const count = reply.topics.reduce((n, t) => n + t.records.length, 0);
  const head: Block[] = [
    section([raw(`:newspaper: *New answers on the topics this channel follows*${from && to ? ` (${from} – ${to})` : ''}`)]),
  ];
  const body: Block[][] = reply.topics.map((t, i) => {
    const parts: Part[] = [bld(t.query), raw(' — '), txt(t.count ?? plural(t.total, 'new answer'))];
    t.records.forEach((r, j) => {
      parts.push(raw('\n• '), lnk(recordTitle(r), r.url));
      const line = t.lines[j];
      if (line) parts.push(raw(' — '), txt(line.replace(/\s+/g, ' ')));
    });
    const more = digestMore(t, t.records.length, command);
    if (more) parts.push(raw(`\nand ${more.count.toLocaleString('en-GB')} more — `), { k: 'code', s: more.command });
    return i ? [divider(), section(parts)] : [section(parts)];
  });
  const blocks = fitBlocks(head, body, [], (n) => context([raw(`${plural(n, 'more topic')} not shown`)]));
  return {
    text: fallback([raw(`${plural(count, 'new answer')} on ${plural(reply.topics.length, 'followed topic')}`)]),
    blocks,
  };
}

export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage {
  switch (reply.kind) {
    case 'results':
      return renderResults(reply, opts);
    case 'message':
      return renderMessage(reply);
    case 'stats':
      return renderStats(reply);
    case 'following':
      return renderFollowing(reply, opts.command);
  }
}

/** Fallback/notification text: same escaping, no formatting, short. */
function fallback(parts: Part[]): string {
  const plain = parts.map((p) => (p.k === 'raw' ? { k: 'raw' as const, s: p.s.replace(/[*_`]/g, '') } : p.k === 'link' ? txt(p.s) : txt(p.s)));
  return renderParts(plain, L.fallbackText);
}

/** Exposed for tests. */
export const __test = { fitPrefix, txt, bld, raw, lnk, escapeEntities, neutralise, safeUrl };
