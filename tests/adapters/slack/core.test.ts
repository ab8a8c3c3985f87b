// The Slack adapter driving the real core (src/search + src/bot) over the bundled data/,
// through the real Bolt app and a fake Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackAdapter } from '../../../adapters/slack/app.ts';
import { decodePageValue } from '../../../adapters/slack/render.ts';
import { createBot } from '../../../src/bot/bot.ts';
import { openSearcher } from '../../../src/search/open.ts';
import { blockActionsBody, FakeSlack, sendSigned, slashCommandBody } from '../../fakes/slack.ts';
import { expectNoPingsOrForeignLinks, expectWithinLimits } from './check.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';

describe('Slack adapter with the real bot and search', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    const searcher = await openSearcher({ persist: false, log: () => {} });
    const bot = createBot({ searcher, pageSize: 1 });
    adapter = createSlackApp({
      config: { botToken: 'xoxb-core', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, command: '/qa', rateLimit: { max: 100, windowMs: 60_000 }, logLevel: 'error' },
      bot,
    });
    const { port } = await adapter.start();
    eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.stop();
  });

  async function slash(text: string) {
    const responseUrl = fake.newResponseUrl();
    const res = await sendSigned(eventsUrl, SECRET, slashCommandBody({ text, response_url: responseUrl }), FORM);
    expect(res.status).toBe(200);
    return (await fake.waitForResponse(responseUrl)).body;
  }

  it('/qa county lines: a linked, highlighted result from the bundled archive, with paging', async () => {
    const body = await slash('county lines');
    expectWithinLimits(body);
    expectNoPingsOrForeignLinks(body);
    const texts = body.blocks.filter((b: any) => b.type === 'section').map((b: any) => b.text.text as string);
    expect(texts[0]).toMatch(/^1 of \d+ answers? for \*county lines\*$/);
    expect(texts.some((t: string) => /^\*<https:\/\/questions-statements\.parliament\.uk\/[^|]+\|[^>]+>\*$/.test(t))).toBe(true);
    expect(texts.some((t: string) => /\*county lines\*|\*county\*|\*lines\*/i.test(t))).toBe(true);
    const buttons = body.blocks.find((b: any) => b.type === 'actions')?.elements ?? [];
    const next = buttons.find((b: any) => b.action_id === 'qa_next');
    expect(next, 'the bundled data has more than one county lines answer').toBeDefined();
    {
      expect(decodePageValue(next.value)).toEqual({ query: 'county lines', offset: 1 });
      const clickUrl = fake.newResponseUrl();
      await sendSigned(eventsUrl, SECRET, blockActionsBody({ action_id: 'qa_next', value: next.value, response_url: clickUrl }), FORM);
      const page2 = (await fake.waitForResponse(clickUrl)).body;
      expect(page2.replace_original).toBe(true);
      expect(page2.blocks[0].text.text).toMatch(/^Answer 2 of \d+ for \*county lines\*$/);
    }
    expect(buttons.map((b: any) => b.action_id)).toContain('qa_share');
  });

  it('/qa help renders the real help within Slack limits', async () => {
    const body = await slash('help');
    expectWithinLimits(body);
    expectNoPingsOrForeignLinks(body);
    expect(body.blocks.length).toBeGreaterThan(1);
  });

  it('a query with no matches gets the core\'s helpful advice', async () => {
    const body = await slash('xyzzyplugh');
    expectWithinLimits(body);
    expect(JSON.stringify(body.blocks)).toMatch(/help/);
  });
});
