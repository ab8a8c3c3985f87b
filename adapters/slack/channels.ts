// Where the bot can post and read back on Slack. A bot token posts to a public channel it is not
// in (chat:write.public) but reads history only where it is a member, and sees a private channel
// or a DM only when it is in it. Digests are confirmed by reading history (digest.ts), so the
// bot must be in the channel: a follow joins a public channel (conversations.join) and is
// refused, with what to do, where it cannot be (a private channel it was not invited to, a DM
// between other people, an archived channel).
import { webApi } from '@slack/bolt';
import type { Reach } from '../../src/ports.ts';

/** Every Slack call times out well within the digest lock's 15 minutes. */
export const SLACK_CALL_TIMEOUT_MS = 30_000;

/**
 * A Web API client that never retries by itself: a post that Slack stored before failing (an
 * HTTP 500, a cut connection, a timeout) would be posted again by each retry (the default policy
 * retries ten times over half an hour). The digest confirms such a post instead (postOnce).
 */
export function postingClient(token: string, apiUrl?: string): webApi.WebClient {
  return new webApi.WebClient(token, { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), timeout: SLACK_CALL_TIMEOUT_MS, retryConfig: { retries: 0 } });
}

/** Slack's error code of a failed call (`not_in_channel`), if Slack answered. */
export const slackErrorCode = (err: unknown): string | undefined => (err as { data?: { error?: string } }).data?.error;

const INVITE = 'Invite the bot to this channel first (type /invite @qa in it, or add the app from the channel details → Integrations), then follow (or watch) again.';

/** Whether digests and notices can reach this conversation; joins it when it is a public channel. */
export async function slackReach(client: webApi.WebClient, channelId: string): Promise<Reach> {
  let channel: { is_im?: boolean; is_mpim?: boolean; is_private?: boolean; is_member?: boolean; is_archived?: boolean } | undefined;
  try {
    channel = (await client.conversations.info({ channel: channelId })).channel;
  } catch (err) {
    const code = slackErrorCode(err);
    if (code === 'channel_not_found' || code === 'not_in_channel') {
      return { ok: false, why: 'I cannot post in this conversation: it is a private channel I am not in, or a direct message between other people.', fix: INVITE };
    }
    if (code === 'missing_scope') {
      return { ok: false, why: 'The app cannot look up channels (missing scope).', fix: 'Ask whoever installed it to reinstall it from adapters/slack/manifest.yaml (it adds channels:read, groups:read, im:read, mpim:read, channels:join).' };
    }
    return { ok: false, why: `Slack did not say whether I can post here (${code ?? (err as Error).message}).`, fix: 'Try again in a moment.' };
  }
  if (!channel) return { ok: false, why: 'Slack did not describe this conversation.', fix: 'Try again in a moment.' };
  if (channel.is_archived) return { ok: false, why: 'This channel is archived: nothing can be posted in it.', fix: 'Follow the topic (or watch the question) in another channel.' };
  // A DM or group DM Slack describes to the bot is one it is part of.
  if (channel.is_im || channel.is_mpim || channel.is_member) return { ok: true };
  if (channel.is_private) return { ok: false, why: 'I am not in this private channel, so I cannot post digests or watch notices here.', fix: INVITE };
  try {
    await client.conversations.join({ channel: channelId });
    return { ok: true };
  } catch (err) {
    return { ok: false, why: `I could not join this channel (${slackErrorCode(err) ?? (err as Error).message}), so I could not check that a digest or notice arrived.`, fix: INVITE };
  }
}
