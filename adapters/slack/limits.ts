// Every Slack limit the adapter respects, in one place. Sources: Block Kit reference
// (api.slack.com/reference/block-kit) and /work/shared/design/TESTING.md. The renderer
// never emits anything over these; tests/adapters/slack/limits.test.ts checks each one.

export const SLACK_LIMITS = {
  /** Blocks in one message (chat.postMessage, response_url). */
  blocksPerMessage: 50,
  /** `text` of a section block (mrkdwn or plain_text). */
  sectionText: 3000,
  /** Each of a section's `fields`. */
  sectionFieldText: 2000,
  sectionFields: 10,
  /** Header block text (plain_text). */
  headerText: 150,
  /** Elements in a context block, and the length of each text element. */
  contextElements: 10,
  contextElementText: 3000,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** Button label (plain_text), value and url. */
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** block_id and action_id. */
  blockId: 255,
  actionId: 255,
  /**
   * Top-level `text` (the notification / fallback). Slack truncates at 40,000; we keep
   * fallbacks short, as Slack recommends, so notifications stay readable.
   */
  fallbackText: 3000,
  /** A slash command must be acknowledged within this many ms. */
  ackMs: 3000,
  /** A response_url accepts this many posts, within `responseUrlTtlMs`. */
  responseUrlUses: 5,
  responseUrlTtlMs: 30 * 60 * 1000,
} as const;

/** The ellipsis appended where text is cut. */
export const ELLIPSIS = '…';
