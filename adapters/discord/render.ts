// Core Reply → Discord message JSON ({content, embeds, components}). Pure: no client, no I/O.
// Every string from a record or a user is escaped (escape.ts) and cut at a word boundary so that
// each message fits every Discord limit (limits.ts), including 6,000 characters over all embeds.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { QaRecord } from '../../src/record.ts';
import type {
  DigestReply,
  DigestTopic,
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
import { codeSpan, escapeMarkdown, fitEscaped, fitPlain, maskedLink, oneLine, safeUrl } from './escape.ts';
import { LIMITS, STYLE } from './limits.ts';
import { QA_SYNTAX } from './commands.ts';
import { commandText } from '../../src/bot/help.ts';
import { digestMore, formatDate, plural, recordTitle, recordView, resultsPage, STATS_HEADINGS, statsAskers, statsCount, statsTables, watchable, type RecordView } from '../../src/bot/present.ts';

export type DiscordActionRow = APIActionRowComponent<APIButtonComponent>;

/** A message body, as Create Message / Edit Original Interaction Response take it (minus allowed_mentions). */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: DiscordActionRow[];
}

export interface RenderOptions {
  /** Page-state token (paging.ts): with it, results get Previous / Next buttons. */
  pageToken?: string;
  /** Cap on one hit's excerpt (default STYLE.excerptMax); tests raise it to the hard limit. */
  excerptMax?: number;
}

export const COLOURS = {
  results: 0x006e46, // Commons green
  info: 0x1d70b8,
  warning: 0xf47738,
  error: 0xd4351c,
  digest: 0x4c2c92,
} as const;

const ELLIPSIS = '…';

// ---------------------------------------------------------------------------------------------
// Inline runs with a character budget

function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const prev = out[out.length - 1];
    if (prev && prev.t === r.t && (r.t === 'text' || r.t === 'bold')) prev.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

function renderRun(r: Inline, max: number): string {
  switch (r.t) {
    case 'text':
      return fitEscaped(r.text, max, { keepUrls: true });
    case 'bold': {
      // `** word**` does not render bold: keep the spaces outside the markers.
      const lead = /^\s*/.exec(r.text)![0];
      const trail = r.text.slice(lead.length).match(/\s*$/)![0];
      const core = r.text.slice(lead.length, r.text.length - trail.length);
      if (!core) return fitEscaped(r.text, max);
      const full = lead + '**' + escapeMarkdown(core) + '**' + trail;
      if (full.length <= max) return full;
      const room = max - lead.length - 4;
      if (room < 2) return '';
      return lead + '**' + fitEscaped(core, room) + '**';
    }
    case 'code':
      return codeSpan(r.text, max);
    case 'link':
      return maskedLink(r.text, r.url, max);
  }
}

/** Runs of inline text → markdown of at most `max` characters, cut with an ellipsis where needed. */
export function renderInlines(runs: Inline[], max: number): string {
  const merged = mergeRuns(runs);
  const full = merged.map((r) => renderRun(r, Number.MAX_SAFE_INTEGER));
  const total = full.reduce((s, p) => s + p.length, 0);
  if (total <= max) return full.join('');
  let out = '';
  for (let i = 0; i < merged.length; i++) {
    if (out.length + full[i]!.length <= max - 1) {
      out += full[i];
      continue;
    }
    const room = max - out.length;
    const cut = renderRun(merged[i]!, room);
    // A cut run already ends with an ellipsis (inside or just before its closing marker).
    out += cut?.includes(ELLIPSIS) ? cut : ELLIPSIS;
    break;
  }
  return out.length <= max ? out : out.slice(0, Math.max(0, max - 1)).trimEnd() + ELLIPSIS;
}

export function renderParagraphs(paragraphs: Paragraph[], max: number): string {
  const runs: Inline[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) runs.push({ t: 'text', text: '\n\n' });
    runs.push(...p);
  });
  return renderInlines(runs, max);
}

/** Lines joined with newlines, as many as fit `max`; an ellipsis line when some were left out. */
function joinLines(lines: string[], max: number): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const next = (out ? out + '\n' : '') + lines[i];
    const reserve = i < lines.length - 1 ? 2 : 0;
    if (next.length + reserve > max) return out ? out + '\n' + ELLIPSIS : fitPlain(lines[i]!, max);
    out = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Characters Discord counts towards the 6,000 limit for one embed. */
export function embedLength(e: APIEmbed): number {
  let n = (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export function embedsLength(embeds: APIEmbed[]): number {
  return embeds.reduce((s, e) => s + embedLength(e), 0);
}

/** Every way `msg` breaks a Discord limit (empty when it is fine). */
export function limitViolations(msg: DiscordMessage): string[] {
  const v: string[] = [];
  const over = (what: string, n: number, max: number) => n > max && v.push(`${what}: ${n} > ${max}`);
  over('content', msg.content.length, LIMITS.content);
  over('embeds', msg.embeds.length, LIMITS.embedsPerMessage);
  over('embed total', embedsLength(msg.embeds), LIMITS.embedTotal);
  msg.embeds.forEach((e, i) => {
    over(`embed ${i} title`, (e.title ?? '').length, LIMITS.embedTitle);
    over(`embed ${i} description`, (e.description ?? '').length, LIMITS.embedDescription);
    over(`embed ${i} fields`, (e.fields ?? []).length, LIMITS.embedFields);
    over(`embed ${i} footer`, (e.footer?.text ?? '').length, LIMITS.footerText);
    over(`embed ${i} url`, (e.url ?? '').length, LIMITS.embedUrl);
    (e.fields ?? []).forEach((f, j) => {
      over(`embed ${i} field ${j} name`, f.name.length, LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, f.value.length, LIMITS.fieldValue);
      if (!f.name.trim() || !f.value.trim()) v.push(`embed ${i} field ${j} is empty`);
    });
  });
  over('action rows', msg.components.length, LIMITS.actionRows);
  msg.components.forEach((row, i) => {
    over(`row ${i} buttons`, row.components.length, LIMITS.buttonsPerRow);
    const ids = new Set<string>();
    for (const b of row.components) {
      if ('label' in b && b.label) over(`row ${i} button label`, b.label.length, LIMITS.buttonLabel);
      if ('custom_id' in b) {
        over(`row ${i} custom_id`, b.custom_id.length, LIMITS.customId);
        if (ids.has(b.custom_id)) v.push(`row ${i} duplicate custom_id ${b.custom_id}`);
        ids.add(b.custom_id);
      }
      if ('url' in b) over(`row ${i} button url`, b.url.length, LIMITS.buttonUrl);
    }
  });
  if (!msg.content && msg.embeds.length === 0) v.push('message is empty');
  return v;
}

// ---------------------------------------------------------------------------------------------
// Records

/** The Answered by field: who and when, or why there is no answer. */
function answeredBy(v: RecordView): string {
  if (v.status !== 'answered') return v.answeredBy ? `${v.answeredBy} (${v.status})` : v.status.charAt(0).toUpperCase() + v.status.slice(1);
  return v.answeredBy ? [v.answeredBy, v.answered].filter(Boolean).join(', ') : (v.answered ?? 'Answered');
}

function footerText(r: QaRecord, v: RecordView): string {
  const parts = [v.uin ? `UIN ${v.uin}` : r.id, r.house, v.tabled ? `tabled ${v.tabled}` : '', ...v.flags.map((f) => f.text)].filter(Boolean);
  return fitPlain(oneLine(parts.join(' · ')), Math.min(LIMITS.footerText, 300));
}

function excerptRuns(hit: Hit): Inline[] {
  const e = hit.excerpt;
  const runs: Inline[] = e.segments.map((s) => ({ t: s.match ? 'bold' : 'text', text: s.text }) as Inline);
  if (e.cutStart) runs.unshift({ t: 'text', text: ELLIPSIS });
  if (e.cutEnd) runs.push({ t: 'text', text: ELLIPSIS });
  return runs;
}

interface Caps {
  title: number;
  field: number;
  quote: number;
  withAnswer: boolean;
  descFloor: number;
}

const TIERS: Caps[] = [
  { title: LIMITS.embedTitle, field: 200, quote: STYLE.answerQuoteMax, withAnswer: true, descFloor: 200 },
  { title: 150, field: 120, quote: 300, withAnswer: true, descFloor: 120 },
  { title: 100, field: 80, quote: 150, withAnswer: true, descFloor: 80 },
  { title: 80, field: 60, quote: 0, withAnswer: false, descFloor: 40 },
];

function hitEmbed(hit: Hit, caps: Caps): APIEmbed {
  const r = hit.record;
  const v = recordView(r);
  const fields: APIEmbedField[] = [];
  const field = (name: string, value: string | undefined, inline = true) => {
    if (value?.trim()) fields.push({ name, value: fitEscaped(oneLine(value), caps.field), inline });
  };
  field('Department', v.department);
  field('Asked by', v.askedBy);
  field('Answered by', answeredBy(v));
  if (hit.alsoAskedOf?.length) {
    const links = hit.alsoAskedOf.map((a) => maskedLink(a.answeringBody ?? a.id, a.url, caps.field));
    fields.push({ name: 'Also asked of', value: joinLines(links, Math.min(LIMITS.fieldValue, caps.field * 2)), inline: false });
  }
  // An answer that only refers to another: the one referred to, whose passage the excerpt shows.
  if (hit.referredTo) fields.push({ name: 'Refers to', value: maskedLink(recordView(hit.referredTo).citation, hit.referredTo.url, caps.field), inline: false });
  const embed: APIEmbed = {
    title: fitEscaped(oneLine(v.title), caps.title),
    color: COLOURS.results,
    fields,
    footer: { text: footerText(r, v) },
  };
  const url = safeUrl(r.url, LIMITS.embedUrl);
  if (url) embed.url = url;
  return embed;
}

function answerEmbed(reply: ResultsReply, caps: Caps): APIEmbed | undefined {
  if (!caps.withAnswer || !reply.answer?.quotes.length) return undefined;
  const blocks = reply.answer.quotes.map((q) => {
    const quoted = fitEscaped(oneLine(q.text), caps.quote);
    const cite = recordView(q.record).citation;
    return `> ${quoted}\n— ${maskedLink(cite, q.record.url, 300)}`;
  });
  return { title: 'Answer', color: COLOURS.info, description: joinLines(blocks, Math.min(LIMITS.embedDescription, 2000)) };
}

/** Share `budget` characters between descriptions that want `needs`: small ones get all they ask for, the rest split evenly. */
export function shareBudget(needs: number[], budget: number): number[] {
  const alloc = needs.map(() => 0);
  const order = needs.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
  let left = Math.max(0, budget);
  order.forEach(([need, i], k) => {
    alloc[i] = Math.min(need, Math.floor(left / (order.length - k)));
    left -= alloc[i]!;
  });
  return alloc;
}

// ---------------------------------------------------------------------------------------------
// Paging buttons

const PAGE_ID = /^qa:(p|n):([A-Za-z0-9_-]{1,40}):(\d{1,7})$/;

export function pageCustomId(dir: 'p' | 'n', token: string, offset: number): string {
  return `qa:${dir}:${token}:${offset}`;
}

export function parsePageCustomId(id: string): { dir: 'p' | 'n'; token: string; offset: number } | undefined {
  const m = PAGE_ID.exec(id);
  return m ? { dir: m[1] as 'p' | 'n', token: m[2]!, offset: Number(m[3]) } : undefined;
}

/** Previous / Next (resultsPage: Next starts after the hits this message shows), and the first hit's source. */
function resultButtons(reply: ResultsReply, shown: number, token: string | undefined): DiscordActionRow[] {
  const buttons: APIButtonComponent[] = [];
  const { prevOffset, nextOffset } = resultsPage(reply, shown);
  // Both buttons whenever there is another page, the one with nowhere to go disabled.
  if (token && (prevOffset !== undefined || nextOffset !== undefined)) {
    buttons.push(
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: '◀ Previous',
        custom_id: pageCustomId('p', token, prevOffset ?? 0),
        disabled: prevOffset === undefined,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'Next ▶',
        custom_id: pageCustomId('n', token, nextOffset ?? reply.offset + shown),
        disabled: nextOffset === undefined,
      },
    );
  }
  const first = reply.hits[0];
  const url = first && safeUrl(first.record.url, LIMITS.buttonUrl);
  if (url) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: fitPlain(`Source: ${oneLine(recordTitle(first.record))}`, 60), url });
  }
  const rows: DiscordActionRow[] = buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
  // Questions still awaiting their answer can be watched from here: a row of Watch buttons.
  const watch = reply.hits
    .slice(0, shown)
    .map((h) => h.record)
    .filter((r) => watchable(r) && WATCH_PREFIX.length + r.id.length <= LIMITS.customId)
    .slice(0, LIMITS.buttonsPerRow)
    .map((r): APIButtonComponent => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: fitPlain(`Watch UIN ${r.uin}`, 80), custom_id: `${WATCH_PREFIX}${r.id}` }));
  if (watch.length) rows.push({ type: ComponentType.ActionRow, components: watch });
  return rows;
}

/** custom_id of a Watch button: the prefix, then the record id. */
export const WATCH_PREFIX = 'qa_watch:';

// ---------------------------------------------------------------------------------------------
// Replies

// (No results, or a page past the end, reaches here as the bot's message reply, not as results.)
function resultsContent(reply: ResultsReply, shown: number): string {
  const q = codeSpan(reply.query, STYLE.queryEchoMax);
  const lines = [`**${resultsPage(reply, shown).count}** for ${q}`];
  for (const n of reply.notices) lines.push(`ℹ️ ${fitEscaped(oneLine(n), 300)}`);
  if (reply.noAnswerNote) lines.push(`*${fitEscaped(oneLine(reply.noAnswerNote), 300)}*`);
  return joinLines(lines, LIMITS.content);
}

export function renderResults(reply: ResultsReply, opts: RenderOptions = {}): DiscordMessage {
  const hits = reply.hits.slice(0, LIMITS.embedsPerMessage - 1);
  const excerptMax = Math.min(opts.excerptMax ?? STYLE.excerptMax, LIMITS.embedDescription);
  const message = (embeds: APIEmbed[], shown: number): DiscordMessage => ({
    content: resultsContent(reply, shown),
    embeds,
    components: resultButtons(reply, shown, opts.pageToken),
  });
  for (let keep = hits.length; keep >= 0; keep--) {
    for (const caps of TIERS) {
      const shown = hits.slice(0, keep);
      const answer = answerEmbed(reply, caps);
      const embeds = shown.map((h) => hitEmbed(h, caps));
      const fixed = embedsLength(embeds) + (answer ? embedLength(answer) : 0);
      const runs = shown.map(excerptRuns);
      const needs = runs.map((r) => renderInlines(r, excerptMax).length);
      const alloc = shareBudget(needs, LIMITS.embedTotal - fixed);
      // An excerpt squeezed below the tier's floor is not worth showing: try smaller titles and fields first.
      if (caps !== TIERS[TIERS.length - 1] && alloc.some((a, i) => a < Math.min(caps.descFloor, needs[i]!))) continue;
      embeds.forEach((e, i) => {
        const d = alloc[i]! > 0 ? renderInlines(runs[i]!, alloc[i]!) : '';
        if (d) e.description = d;
      });
      const all = answer ? [answer, ...embeds] : embeds;
      if (embedsLength(all) <= LIMITS.embedTotal) return message(all, keep);
    }
  }
  return message([], 0);
}

export function renderMessage(m: MessageReply): DiscordMessage {
  const description = renderParagraphs(m.paragraphs, LIMITS.embedDescription);
  const embed: APIEmbed = { title: fitEscaped(oneLine(m.title), LIMITS.embedTitle), color: COLOURS[m.tone] };
  if (description) embed.description = description;
  return { content: '', embeds: [embed], components: [] };
}

function statsField(name: string, rows: StatsRow[]): APIEmbedField | undefined {
  if (!rows.length) return undefined;
  const lines = rows.map((r) => `${fitEscaped(oneLine(r.label), 120)} — **${r.count.toLocaleString('en-GB')}**`);
  return { name, value: joinLines(lines, LIMITS.fieldValue), inline: name !== STATS_HEADINGS.topAskers };
}

export function renderStats(s: StatsReply): DiscordMessage {
  const fields = statsTables(s)
    .map((t) => statsField(t.heading, t.rows))
    .filter((f): f is APIEmbedField => !!f);
  const embed: APIEmbed = {
    title: fitEscaped(s.query ? `Statistics: ${oneLine(s.query)}` : 'Statistics: the whole archive', LIMITS.embedTitle),
    // How the query was read ("Few answers contain all of your words …"), as a search's reply says it.
    description: joinLines([`${statsCount(s)}${statsAskers(s)}`, ...(s.notices ?? []).map((n) => `ℹ️ ${fitEscaped(oneLine(n), 300)}`)], LIMITS.embedDescription),
    color: COLOURS.info,
    fields,
  };
  return { content: '', embeds: [embed], components: [] };
}

export function renderFollowing(f: FollowingReply): DiscordMessage {
  if (!f.follows.length) {
    return renderMessage({
      kind: 'message',
      tone: 'info',
      title: 'This channel follows no topics yet',
      paragraphs: [[{ t: 'text', text: 'Follow one with ' }, { t: 'code', text: commandText(QA_SYNTAX, 'follow county lines') }, { t: 'text', text: ': new answers on it arrive here in a daily digest.' }]],
    });
  }
  const lines = f.follows.map((x) => `**${x.n}.** ${codeSpan(x.query, 300)} · since ${escapeMarkdown(formatDate(x.createdAt) ?? '')}`);
  const embed: APIEmbed = {
    title: 'Topics this channel follows',
    description: joinLines(lines, LIMITS.embedDescription),
    color: COLOURS.info,
    footer: { text: `Stop one with ${commandText(QA_SYNTAX, 'unfollow <number>')}` },
  };
  return { content: '', embeds: [embed], components: [] };
}

function digestEmbed(t: DigestTopic): APIEmbed {
  const lines: string[] = [];
  t.records.slice(0, STYLE.digestLinesPerTopic).forEach((r, i) => {
    const meta = [r.answeringBody, formatDate(r.dateAnswered)].filter(Boolean).join(', ');
    let line = `• ${maskedLink(recordTitle(r), r.url, 400)}`;
    if (meta) line += ` — ${fitEscaped(meta, 150)}`;
    const excerpt = t.lines[i];
    if (excerpt) line += `\n${fitEscaped(oneLine(excerpt), 300)}`;
    lines.push(line);
  });
  const more = digestMore(t, Math.min(t.records.length, STYLE.digestLinesPerTopic), QA_SYNTAX);
  const moreLine = more ? `and ${more.count.toLocaleString('en-GB')} more — ${codeSpan(more.command, 300)}` : '';
  const body = joinLines(lines, LIMITS.embedDescription - moreLine.length - 2);
  return {
    title: fitEscaped(`${oneLine(t.query)} (${t.total} new)`, LIMITS.embedTitle),
    description: moreLine ? `${body}\n\n${moreLine}` : body,
    color: COLOURS.digest,
  };
}

/** A digest as one or more messages (10 embeds and 6,000 characters each at most). */
export function renderDigest(d: DigestReply): DiscordMessage[] {
  const day = d.to.slice(0, 10);
  const n = d.topics.reduce((s, t) => s + t.total, 0);
  const head = n === 0 ? `**Daily digest** (${day}): nothing new on the topics this channel follows.` : `**Daily digest** (${day}): ${plural(n, 'new answer')}`;
  const messages: DiscordMessage[] = [];
  let current: DiscordMessage = { content: head, embeds: [], components: [] };
  for (const t of d.topics) {
    if (t.total === 0) continue;
    const e = digestEmbed(t);
    if (current.embeds.length >= LIMITS.embedsPerMessage || embedsLength(current.embeds) + embedLength(e) > LIMITS.embedTotal) {
      messages.push(current);
      current = { content: '', embeds: [], components: [] };
    }
    current.embeds.push(e);
  }
  messages.push(current);
  return messages;
}

export function renderReply(reply: Reply, opts: RenderOptions = {}): DiscordMessage {
  switch (reply.kind) {
    case 'results':
      return renderResults(reply, opts);
    case 'message':
      return renderMessage(reply);
    case 'stats':
      return renderStats(reply);
    case 'following':
      return renderFollowing(reply);
  }
}
