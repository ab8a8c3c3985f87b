// Discord markdown escaping. Every string from a record or a user goes through here before it
// reaches a message, so that text can never open a masked link, bold the rest of a page, quote,
// make a heading, or mention anyone. allowedMentions { parse: [] } on every message is the first
// line of defence against pings; the zero-width space in @everyone / @here is the second.

const ZWSP = '\u200B';

/** Characters that Discord markdown gives a meaning to anywhere in a line. */
const SPECIAL = new Set(['\\', '*', '_', '~', '`', '|', '>', '#', '[', ']', '(', ')', '<']);

/** One source character and what to write for it. */
export interface Token {
  src: string;
  out: string;
}

/** Break @everyone / @here (a second line of defence besides allowedMentions). */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`);
}

/** Collapse newlines and runs of whitespace: for titles, field names, footers, buttons. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Bare http(s) URLs in plain text: left unescaped so Discord still links them (a `\_` would break the link). */
const BARE_URL = /https?:\/\/[^\s<>()[\]`|*~]+/g;

/**
 * The escaped form of `text`, one token per source character, so that callers can cut it
 * without splitting an escape sequence. `keepUrls` leaves bare URLs clickable (never inside link text).
 */
export function escapeTokens(text: string, opts: { keepUrls?: boolean } = {}): Token[] {
  const src = neutraliseMentions(text.replace(/\r\n?/g, '\n'));
  const inUrl = new Uint8Array(src.length);
  if (opts.keepUrls) {
    for (const m of src.matchAll(BARE_URL)) inUrl.fill(1, m.index!, m.index! + m[0].length);
  }
  const tokens: Token[] = [];
  let lineStart = true; // only spaces seen since the last newline
  let digitsAtLineStart = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    const next = src[i + 1] ?? '';
    let out = ch;
    if (inUrl[i]) {
      out = ch;
    } else if (SPECIAL.has(ch)) {
      out = '\\' + ch;
    } else if (lineStart && (ch === '-' || ch === '+') && (next === ' ' || next === '#')) {
      out = '\\' + ch; // "- item" lists and "-# subtext"
    } else if (digitsAtLineStart && ch === '.' && next === ' ') {
      out = '\\.'; // "1. item" numbered lists
    }
    tokens.push({ src: ch, out });
    if (ch === '\n') {
      lineStart = true;
      digitsAtLineStart = false;
    } else if (ch === ' ' && lineStart) {
      // still at line start
    } else if (/\d/.test(ch) && (lineStart || digitsAtLineStart)) {
      lineStart = false;
      digitsAtLineStart = true;
    } else {
      lineStart = false;
      digitsAtLineStart = false;
    }
  }
  return tokens;
}

/** Escape plain text for any place Discord renders markdown (content, embed title/description/fields). */
export function escapeMarkdown(text: string, opts: { keepUrls?: boolean } = {}): string {
  return escapeTokens(text, opts)
    .map((t) => t.out)
    .join('');
}

const ELLIPSIS = '…';

/**
 * Escape `text` and cut it to at most `max` characters (of escaped output), at a word boundary
 * where one is reasonably close, ending with an ellipsis when cut. Never splits an escape.
 */
export function fitEscaped(text: string, max: number, opts: { keepUrls?: boolean; forceEllipsis?: boolean } = {}): string {
  return fitTokens(escapeTokens(text, opts), max, opts.forceEllipsis);
}

/** Cut plain (unescaped) text for places that do not render markdown (footers, button labels). */
export function fitPlain(text: string, max: number): string {
  return fitTokens(
    [...neutraliseMentions(text)].map((ch) => ({ src: ch, out: ch })),
    max,
  );
}

export function fitTokens(tokens: Token[], max: number, forceEllipsis = false): string {
  let total = 0;
  for (const t of tokens) total += t.out.length;
  if (total <= max && !forceEllipsis) return tokens.map((t) => t.out).join('');
  if (total + ELLIPSIS.length <= max && forceEllipsis) return tokens.map((t) => t.out).join('') + ELLIPSIS;
  const room = max - ELLIPSIS.length;
  if (room <= 0) return max > 0 ? ELLIPSIS.slice(0, max) : '';
  let used = 0;
  let n = 0;
  while (n < tokens.length && used + tokens[n]!.out.length <= room) {
    used += tokens[n]!.out.length;
    n++;
  }
  // Prefer a word boundary within the last 30% of what fits.
  let cut = n;
  for (let i = n; i > Math.floor(n * 0.7); i--) {
    if (/\s/.test(tokens[i]?.src ?? '')) {
      cut = i;
      break;
    }
  }
  let kept = tokens.slice(0, cut);
  while (kept.length > 0 && /[\s,;:.\-–—]/.test(kept[kept.length - 1]!.src)) kept = kept.slice(0, -1);
  // Never leave a lone surrogate half behind.
  const last = kept[kept.length - 1]?.src.charCodeAt(0) ?? 0;
  if (last >= 0xd800 && last <= 0xdbff) kept = kept.slice(0, -1);
  return kept.map((t) => t.out).join('') + ELLIPSIS;
}

/**
 * An inline code span. Escapes do not work inside backticks, so backticks in the text become
 * a look-alike (ˋ) and the span can never be closed early.
 */
export function codeSpan(text: string, max: number): string {
  const clean = neutraliseMentions(oneLine(text)).replace(/`/g, 'ˋ');
  if (max < 3) return '';
  const inner = fitPlain(clean, max - 2);
  return inner ? '`' + inner + '`' : '';
}

/**
 * A URL that is safe inside `[text](url)` and as a link target: http(s) only, and without
 * characters that could close the link or start another one. Undefined when unusable.
 */
export function safeUrl(url: string | undefined, max = 2048): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const s = u.href.replace(/[()<>\s\[\]`|*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  return s.length <= max ? s : undefined;
}

/** `[text](url)` with the text escaped and cut so the whole link fits `max`; plain escaped text when the URL is unusable. */
export function maskedLink(text: string, url: string | undefined, max: number): string {
  const safe = safeUrl(url);
  if (!safe) return fitEscaped(oneLine(text), max);
  const room = max - safe.length - 4;
  if (room < 1) return fitEscaped(oneLine(text), max);
  const label = fitEscaped(oneLine(text), room) || escapeMarkdown('link');
  return `[${label}](${safe})`;
}
