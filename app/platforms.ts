// The platforms this build knows, in the order `npm start` starts them. The terminal is not in
// the list: it is what `npm start` runs when none of these is configured.
import type { Platform } from '../src/platform.ts';

/** Loaded on demand, so a command that needs no platform does not load Slack's or Discord's SDK. */
export async function platforms(): Promise<Platform[]> {
  const [{ slackPlatform }, { discordPlatform }] = await Promise.all([
    import('../adapters/slack/platform.ts'),
    import('../adapters/discord/platform.ts'),
  ]);
  return [slackPlatform, discordPlatform];
}
