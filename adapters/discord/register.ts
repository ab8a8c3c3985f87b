// npm run discord:register — registers /qa. With DISCORD_GUILD_ID: to that guild (appears at once).
// Without: globally (may take up to an hour to appear everywhere).
import 'dotenv/config';
import { DiscordConfigError, parseDiscordConfig } from './config.ts';
import { registerCommands } from './commands.ts';

try {
  const config = parseDiscordConfig(process.env);
  const r = await registerCommands(config);
  const where = r.scope === 'guild' ? `guild ${r.guildId} (available now)` : 'globally (can take up to an hour to show in every server)';
  process.stdout.write(`Registered /${r.names.join(', /')} for application ${r.applicationId} ${where}.\n`);
} catch (e) {
  process.stderr.write(`discord:register: ${e instanceof DiscordConfigError ? e.message : e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
