import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { createSlackDigestSender } from '../../../adapters/slack/digest.ts';
import type { DigestReply } from '../../../src/bot/reply.ts';
import { FakeSlack } from '../../fakes/slack.ts';
import { expectNoPingsOrForeignLinks, expectWithinLimits } from './check.ts';
import { fakeRecord } from './corpus.ts';

const channel = { platform: 'slack' as const, channelId: 'C0DIGEST1' };
const digest: DigestReply = {
  kind: 'digest',
  from: '2025-03-01T07:00:00Z',
  to: '2025-03-02T07:00:00Z',
  topics: [{ query: 'county lines', total: 4, records: [fakeRecord()], lines: ['We have invested £145 million <!channel>.'], since: '2025-03-01' }],
};

describe('Slack digest sender', () => {
  let fake: FakeSlack;
  let client: InstanceType<typeof webApi.WebClient>;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
    client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('posts the digest with the delivery id in message metadata', async () => {
    const sender = createSlackDigestSender(client);
    expect(sender.platform).toBe('slack');
    await sender.send(channel, digest, 'delivery-1');
    const call = await fake.waitForCall('chat.postMessage');
    expect(call.args.channel).toBe('C0DIGEST1');
    expect(call.args.metadata).toEqual({ event_type: 'qa_digest', event_payload: { delivery_id: 'delivery-1' } });
    expect(String(call.args.unfurl_links)).toBe('false');
    expectWithinLimits(call.args);
    expectNoPingsOrForeignLinks(call.args);
    expect(JSON.stringify(call.args.blocks)).toContain('and 3 more — `/qa county lines from:2025-03-01`');
  });

  it('alreadySent finds a delivery id in the channel history, across pages, and only that id', async () => {
    const sender = createSlackDigestSender(client, { pageSize: 2, maxPages: 10 });
    await sender.send(channel, digest, 'delivery-2');
    // Five later ordinary messages push the digests to later history pages.
    for (let i = 0; i < 5; i++) await client.chat.postMessage({ channel: channel.channelId, text: `chatter ${i}` });
    expect(await sender.alreadySent!(channel, 'delivery-1')).toBe(true);
    expect(await sender.alreadySent!(channel, 'delivery-2')).toBe(true);
    expect(await sender.alreadySent!(channel, 'delivery-3')).toBe(false);
    expect(await sender.alreadySent!({ platform: 'slack', channelId: 'C0OTHER01' }, 'delivery-1')).toBe(false);
    const history = fake.calls.filter((c) => c.method === 'conversations.history');
    expect(history.every((c) => String(c.args.include_all_metadata) === 'true')).toBe(true);
  });

  it('send throws when Slack refuses, so the delivery is retried', async () => {
    fake.failures.set('chat.postMessage', 'not_in_channel');
    try {
      await expect(createSlackDigestSender(client).send(channel, digest, 'delivery-9')).rejects.toThrow(/not_in_channel/);
    } finally {
      fake.failures.delete('chat.postMessage');
    }
  });
});
