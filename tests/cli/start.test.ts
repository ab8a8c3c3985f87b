// `npm start` as a person runs it: a child process with settings in its environment. In the
// console it answers on stdin/stdout and keeps follows across a restart; with Slack settings it
// serves signed slash commands against a fake Slack and stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord.ts';
import { createServer } from 'node:net';
import { freePort } from '../fakes/port.ts';
import { FakeSlack, sendSigned, slashCommandBody } from '../fakes/slack.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = '0123456789abcdef0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';

/** The environment without any platform settings a developer's shell may carry. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(SLACK_|DISCORD_|DIGEST_|INGEST_|WQ_API|STATE_DB|MEMBERS_FILE|PORT$)/.test(k)) delete env[k];
  return { ...env, ...extra };
}

function runConsole(input: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/qa.js', 'start'], { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}


describe('npm start', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'qa-start-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without tokens runs the console bot, and a follow survives a restart', async () => {
    const env = cleanEnv({ STATE_DB: path.join(dir, 'console.sqlite') });
    const first = await runConsole('county lines\nfollow county lines\nquit\n', env);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Drugs: Organised Crime');
    expect(first.out).toContain('Following.');
    const second = await runConsole('following\nquit\n', env);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/1\. county lines \(since \d{4}-\d{2}-\d{2}\)/);
  });

  describe('a platform that cannot start ends the process with one line and exit 1', () => {
    /** Run `qa start` until it exits (or 60 s pass: then it hung). */
    function startUntilExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['bin/qa.js', 'start'], {
          cwd: ROOT,
          env: cleanEnv({ INGEST_INTERVAL: 'off', STATE_DB: path.join(dir, `fail-${Math.random()}.sqlite`), ...env }),
        });
        let stderr = '';
        child.stderr!.on('data', (d) => (stderr += d));
        const hung = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`qa start still running after 60 s:\n${stderr}`));
        }, 60_000);
        child.on('exit', (code) => {
          clearTimeout(hung);
          resolve({ code, stderr });
        });
      });
    }
    const slackEnv = (apiUrl: string, port: number) => ({ SLACK_BOT_TOKEN: 'xoxb-start-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, PORT: String(port) });

    it('a refused Slack token', async () => {
      const fake = await new FakeSlack().start();
      fake.failures.set('auth.test', 'invalid_auth');
      try {
        const { code, stderr } = await startUntilExit(slackEnv(fake.apiUrl, await freePort()));
        expect(code).toBe(1);
        expect(stderr).toContain('qa start: slack could not start: Slack refused SLACK_BOT_TOKEN (invalid_auth)');
        expect(stderr).not.toMatch(/\n\s+at /);
      } finally {
        await fake.stop();
      }
    }, 90_000);

    it('a port in use', async () => {
      const fake = await new FakeSlack().start();
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, resolve));
      const port = (taken.address() as { port: number }).port;
      try {
        const { code, stderr } = await startUntilExit(slackEnv(fake.apiUrl, port));
        expect(code).toBe(1);
        expect(stderr).toContain(`qa start: slack could not start: Slack: port ${port} is in use (PORT)`);
      } finally {
        taken.close();
        await fake.stop();
      }
    }, 90_000);

    it('a failed Discord login, with Slack up: not half started', async () => {
      const slack = await new FakeSlack().start();
      const discord = await FakeDiscord.start();
      discord.rejectToken = true;
      try {
        const { code, stderr } = await startUntilExit({ ...slackEnv(slack.apiUrl, await freePort()), DISCORD_TOKEN: 'bad.token', DISCORD_API_URL: discord.api });
        expect(code).toBe(1);
        expect(stderr).toContain('Slack: listening on port');
        expect(stderr).toContain('qa start: discord could not start: Discord rejected DISCORD_TOKEN');
        expect(stderr).not.toContain('digests: daily at');
      } finally {
        await discord.close();
        await slack.stop();
      }
    }, 90_000);
  });

  describe('with Slack settings', () => {
    let fake: FakeSlack;
    let child: ChildProcess;
    let eventsUrl: string;
    let stderr = '';

    beforeAll(async () => {
      fake = await new FakeSlack().start();
      const port = await freePort();
      child = spawn(process.execPath, ['bin/qa.js', 'start'], {
        cwd: ROOT,
        env: cleanEnv({
          SLACK_BOT_TOKEN: 'xoxb-start-test',
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_API_URL: fake.apiUrl,
          PORT: String(port),
          INGEST_INTERVAL: 'off',
          STATE_DB: path.join(dir, 'slack.sqlite'),
        }),
      });
      await new Promise<void>((resolve, reject) => {
        child.stderr!.on('data', (d) => {
          stderr += d;
          if (stderr.includes('digests: daily at')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`qa start exited ${code}: ${stderr}`)));
      });
      eventsUrl = `http://127.0.0.1:${port}/slack/events`;
    }, 60_000);
    afterAll(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake?.stop();
    });

    async function slash(text: string) {
      const responseUrl = fake.newResponseUrl();
      const res = await sendSigned(eventsUrl, SECRET, slashCommandBody({ text, response_url: responseUrl }), FORM);
      expect(res.status).toBe(200);
      return JSON.stringify((await fake.waitForResponse(responseUrl)).body);
    }

    it('answers a signed /qa with the bundled archive and keeps follows in the state database', async () => {
      expect(stderr).toContain('Slack: listening on port');
      expect(stderr).toContain('ingest: off');
      expect(await slash('county lines')).toContain('Drugs: Organised Crime');
      expect(await slash('follow county lines')).toContain('Following');
      expect(await slash('following')).toContain('county lines');
    });

    it('leads a question with a quoted answer, read from past the page of five it shows', async () => {
      const q = 'what is the government doing about solar panels?';
      const body = JSON.parse(await slash(q)) as { blocks: { type: string; text?: { text: string } }[] };
      const sections = body.blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
      const answer = sections.find((t) => t.startsWith('*Answer*'));
      expect(answer).toBeDefined();
      // The quoted record, from the same search the console and `qa search` make.
      const search = spawn(process.execPath, ['bin/qa.js', 'search', '--json', '--limit', '5', q], { cwd: ROOT, env: cleanEnv({}) });
      let out = '';
      search.stdout.on('data', (d) => (out += d));
      await new Promise((resolve) => search.on('close', resolve));
      const line = JSON.parse(out) as { answer: { quotes: { url: string }[] }; hits: { url: string }[] };
      const quoted = line.answer.quotes[0]!.url;
      expect(answer).toContain(quoted);
      expect(line.hits.map((h) => h.url)).not.toContain(quoted);
    }, 60_000);

    it('answers a signed but malformed request with 400, logs it, and stays up', async () => {
      for (const [raw, type] of [['payload=null', FORM], ['null', 'application/json']] as const) {
        const res = await sendSigned(eventsUrl, SECRET, raw, type);
        expect(res.status, raw).toBe(400);
      }
      expect(stderr).toMatch(/not an event/);
      expect(child.exitCode).toBeNull();
      expect(await slash('county lines')).toContain('Drugs: Organised Crime');
    });

    it('stops cleanly on SIGTERM', async () => {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('stopping');
    });
  });
});
