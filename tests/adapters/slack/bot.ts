// A stand-in for the core bot in the Slack end-to-end tests: answers over a fixed list of
// records with real Reply shapes, records every call, and can hold a reply until released
// (to show the adapter acks before the bot has answered).
import type { BotContext } from '../../../src/ports.ts';
import { code, message, text, type Reply } from '../../../src/bot/reply.ts';
import type { QaRecord } from '../../../src/record.ts';
import type { BotLike } from '../../../adapters/slack/app.ts';
import { resultsReply } from './corpus.ts';

export class TestBot implements BotLike {
  readonly calls: { text: string; ctx: BotContext; offset?: number }[] = [];
  private gate?: Promise<void>;
  private release?: () => void;
  fail?: Error;

  constructor(
    private readonly records: QaRecord[],
    private readonly pageSize = 2,
  ) {}

  /** Make the next handle() calls wait until `open()`. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release?.();
    this.gate = undefined;
  }

  async handle(input: string, ctx: BotContext, opts?: { offset?: number }): Promise<Reply> {
    this.calls.push({ text: input, ctx, ...(opts?.offset !== undefined ? { offset: opts.offset } : {}) });
    if (this.gate) await this.gate;
    if (this.fail) throw this.fail;
    if (input === 'help') return message('info', 'How to search', [text('Type a few words: '), code('/qa county lines')]);
    const words = input.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
    const found = this.records.filter((r) => words.some((w) => `${r.heading ?? ''} ${r.questionText} ${r.answerText ?? ''}`.toLowerCase().includes(w)));
    const offset = opts?.offset ?? 0;
    // As the core bot does: nothing found is a message, not an empty page of results.
    if (found.length === 0) return message('info', 'No answers match that.', [text('See '), code('/qa help'), text(' for the query syntax.')]);
    const page = found.slice(offset, offset + this.pageSize);
    return resultsReply(input, page, { total: found.length, offset, limit: this.pageSize });
  }
}
