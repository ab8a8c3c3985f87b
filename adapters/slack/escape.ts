// Slack mrkdwn escaping. Everything from a record or a user goes through `safe()` before it
// reaches a mrkdwn text object: the control characters &, <, > become entities (so no text
// can open a `<!channel>`, `<@U…>` or `<url|label>` sequence), the formatting characters
// (* _ ~ `) become look-alikes (so record text never turns bold or code by accident, and
// never closes the adapter's own *bold*), and "@channel"/"@here"/"@everyone" get a word
// joiner after the @ so no client or `link_names` setting can turn them into pings.
// Mrkdwn produced here is also sent with `verbatim: true`, which stops Slack's own
// auto-linking of names and mentions.

const FORMAT_LOOKALIKES: Record<string, string> = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  _: '\u02cd', // ˍ MODIFIER LETTER LOW MACRON
  '~': '\u223c', // ∼ TILDE OPERATOR
  '`': '\u02cb', // ˋ MODIFIER LETTER GRAVE ACCENT
};

const WORD_JOINER = '\u2060';

/** & < > → &amp; &lt; &gt; — the three characters Slack requires escaped. */
export function escapeEntities(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text with nothing Slack could read as formatting, mentions or control sequences (still unescaped). */
export function neutralise(s: string): string {
  return (
    s
      // C0 controls other than tab/newline, and DEL: never meaningful in a message.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[*_~`]/g, (c) => FORMAT_LOOKALIKES[c] ?? c)
      .replace(/@(?=(channel|here|everyone)\b)/gi, '@' + WORD_JOINER)
  );
}

/** Text from a record or a user, ready for a mrkdwn text object. */
export function safe(s: string): string {
  // A line that starts with ">" would render as a block quote: keep the character, drop the effect.
  return escapeEntities(neutralise(s)).replace(/^&gt;/gm, '\u200b&gt;');
}

/** *bold* of untrusted text; whitespace kept outside the asterisks (Slack ignores `* x *`). */
export function safeBold(s: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s)!;
  const inner = m[2] ?? '';
  return inner ? `${m[1]}*${safe(inner)}*${m[3]}` : s.replace(/\S/g, '');
}

/** `code` of untrusted text. */
export function safeCode(s: string): string {
  const inner = s.replace(/\n/g, ' ');
  return inner.trim() ? '`' + safe(inner) + '`' : '';
}

/**
 * A URL safe inside `<url|label>`: only http(s), and with the characters that would end or
 * split the link sequence (| < > and whitespace) percent-encoded, & as &amp;.
 * Returns undefined for anything that is not an absolute http(s) URL.
 */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href
    .replace(/[|<>\s"]/g, (c) => encodeURIComponent(c))
    .replace(/&/g, '&amp;');
}

/** A link with an untrusted label; falls back to the plain label when the URL is unusable. */
export function safeLink(label: string, url: string): string {
  const u = safeUrl(url);
  const text = safe(label.replace(/\s+/g, ' ').trim()) || (u ?? '');
  return u ? `<${u}|${text}>` : text;
}
