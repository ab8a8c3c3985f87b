// Every Discord number the adapter depends on, in one place. Hard limits come from the
// Discord API documentation (Embed Limits, Message, Component and Application Command
// reference); the renderer never produces anything larger, and tests pin each boundary.

/** Hard limits enforced by Discord: a message over any of them is rejected with 400. */
export const LIMITS = {
  /** Message `content`. */
  content: 2000,
  /** Embeds per message. */
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer text and author name over ALL embeds of a message. */
  embedTotal: 6000,
  /** Action rows per message and buttons per row. */
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  /** URL of a link button. */
  buttonUrl: 512,
  /** Embed title / link URLs. */
  embedUrl: 2048,
  /** `nonce` on Create Message: an integer or a string of at most 25 characters. */
  nonce: 25,
  /** Slash command: name and option names 1-32, descriptions 1-100; string option value up to 6,000. */
  commandName: 32,
  commandDescription: 100,
  stringOptionMax: 6000,
  /** Initial interaction response within 3 s; the interaction token then works for 15 minutes. */
  interactionAckMs: 3000,
  interactionTokenMs: 15 * 60 * 1000,
} as const;

/** Our own presentation choices (not Discord's): kept well inside the hard limits. */
export const STYLE = {
  /** Hits per page of a slash-command reply: one embed each. */
  hitsPerPage: 5,
  /** Hits in a reply to a mention or a question in a listening channel. */
  hitsInChannel: 3,
  /** A hit's excerpt is cut here even when the 6,000 budget would allow more: a page should stay readable. */
  excerptMax: 1000,
  /** Quotes of a direct answer. */
  answerQuoteMax: 600,
  /** Value of a metadata field (department, asked by …). */
  metaFieldMax: 300,
  /** The longest query we echo back in a summary line. */
  queryEchoMax: 200,
  /** Slash command `query` option: max_length we ask Discord to enforce. */
  queryOptionMax: 500,
  /** Digest lines per topic embed. */
  digestLinesPerTopic: 10,
} as const;

/** Paging state (custom_id holds only a short token) and the per-user rate limit. */
export const PAGING = {
  /** How many searches keep their page state (in memory, least recently used dropped first). */
  maxEntries: 2000,
  /** A result page can be turned for this long after its last use. */
  ttlMs: 60 * 60 * 1000,
} as const;

export const RATE = {
  /** Default searches per user per window (DISCORD_RATE_LIMIT_PER_MINUTE overrides the count). */
  perMinute: 10,
  windowMs: 60 * 1000,
} as const;
