// Child process for crash.test.ts: runs one digest pass against a state db, posting digests to
// a local HTTP sink (a stand-in platform). MODE decides where it kills itself with SIGKILL:
//   kill-before-send  after the delivery is recorded pending, before the platform is called
//   kill-after-send   after the platform accepted the message, before "sent" is recorded
//   normal            no crash
// usage: node --import tsx crash-child.ts DB SINK_URL MODE NOW_ISO
import { runDueDigests } from '../../src/digest/run.ts';
import { DEFAULT_DIGEST_CONFIG } from '../../src/schedule.ts';
import type { DigestSender } from '../../src/digest/sender.ts';
import { openDb } from '../../src/store/db.ts';
import { FakeSearcher, fixtureRecords } from './helpers.ts';

const [dbPath, sink, mode, nowIso] = process.argv.slice(2);
if (!dbPath || !sink || !mode || !nowIso) throw new Error('usage: crash-child.ts DB SINK_URL MODE NOW_ISO');

const sender: DigestSender = {
  platform: 'slack',
  async send(channel, digest, deliveryId) {
    if (mode === 'kill-before-send') process.kill(process.pid, 'SIGKILL');
    const res = await fetch(`${sink}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, digest, deliveryId }),
    });
    if (!res.ok) throw new Error(`sink said ${res.status}`);
    if (mode === 'kill-after-send') process.kill(process.pid, 'SIGKILL');
  },
  // Like Slack's conversations.history + message metadata: ask the platform.
  async alreadySent(_channel, deliveryId) {
    const res = await fetch(`${sink}/has/${encodeURIComponent(deliveryId)}`);
    return ((await res.json()) as { has: boolean }).has;
  },
};

const db = openDb(dbPath);
const result = await runDueDigests({
  db,
  searcher: new FakeSearcher(fixtureRecords()),
  senders: [sender],
  now: new Date(nowIso),
  config: DEFAULT_DIGEST_CONFIG,
});
db.close();
process.stdout.write(JSON.stringify(result.outcomes.map((o) => o.status)));
