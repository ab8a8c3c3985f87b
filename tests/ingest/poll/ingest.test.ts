// runIngest against the fake Written Questions API serving 800 real September 2024 questions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/ingest/html.ts';
import { ApiError } from '../../../src/ingest/poll/client.ts';
import { cursorKey, readCursor, runIngest, type IngestOptions } from '../../../src/ingest/poll/ingest.ts';
import { kvGet, seenBetween, type Db } from '../../../src/store/db.ts';
import { clipForList, type FakeWqApi, type WqValue } from '../../fakes/wqApi.ts';
import { apiFiles, archive, archiveHashes, cleanupTmp, day, hasCorpus, newDb, questions, recordingSleep, startFake, tmp } from './helpers.ts';

const NOW = new Date('2024-09-13T17:00:00Z');
const W1 = { since: '2024-09-09', until: '2024-09-13' };

/** What the three list queries of a window match, by the fake's own filtering. */
function expectedIds(api: FakeWqApi, since: string, until: string): Set<number> {
  const ids = new Set<number>();
  const queries: Record<string, string>[] = [
    { answeredWhenFrom: since, answeredWhenTo: until },
    { tabledWhenFrom: since, tabledWhenTo: until, includeWithdrawn: 'true' },
    { correctedWhenFrom: since, correctedWhenTo: until },
  ];
  for (const q of queries) {
    for (const v of api.filter(q)) ids.add(v.id);
  }
  return ids;
}

/** The list item's text is shorter than the whole (cut at 255). */
const clippedInList = (v: WqValue) => {
  const l = clipForList(v);
  return l.questionText !== v.questionText || (typeof v.answerText === 'string' && l.answerText.endsWith('...') && htmlToText(v.answerText).length > 255);
};
/** The list ran the answer's paragraphs together ("planning.Decisions"). */
const runTogether = (v: WqValue) => typeof v.answerText === 'string' && /[a-z0-9)][.?!:][A-Z]/.test(clipForList(v).answerText);

describe.skipIf(!hasCorpus)('runIngest against the fake API (real records)', () => {
  let all: WqValue[];
  let api: FakeWqApi | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    all = await questions();
  });
  afterEach(async () => {
    db?.close();
    db = undefined;
    await api?.close();
    api = undefined;
  });
  afterAll(cleanupTmp);

  function setup(qs: WqValue[] = all) {
    const dir = tmp();
    const dataDir = path.join(dir, 'data');
    mkdirSync(dataDir);
    db = newDb(dir);
    const { sleep, waits } = recordingSleep();
    const base = (over: Partial<IngestOptions> = {}): IngestOptions => ({
      apiUrl: api!.url,
      dataDir,
      db: db!,
      now: () => NOW,
      ...over,
      client: { sleep, backoffMs: 100, ...over.client },
    });
    return { dir, dataDir, waits, base, start: async () => (api = await startFake(qs)) };
  }

  it('ingests a whole window: every listed question once, with full text, members named, cursor set', async () => {
    const t = setup();
    await t.start();
    const expected = expectedIds(api!, W1.since, W1.until);
    expect(expected.size).toBeGreaterThan(250); // several pages at take=100

    const s = await runIngest(t.base({ ...W1 }));
    expect(s.listed).toBe(expected.size);
    expect(s.new).toBe(expected.size);
    expect(s.updated).toBe(0);
    expect(s.pages).toBeGreaterThanOrEqual(Math.ceil(expected.size / 100) + 1);
    const clipped = [...expected].filter((id) => clippedInList(api!.questions.get(id)!));
    expect(clipped.length).toBeGreaterThan(50);
    // Detail requests: one for every clipped question (and those whose paragraphs the list ran
    // together), none for questions the list showed whole.
    const detailIds = api!.requests.filter((r) => /\/questions\/\d+$/.test(r.path)).map((r) => Number(r.path.split('/').pop()));
    expect(detailIds.length).toBe(new Set(detailIds).size);
    expect(s.detailsFetched).toBe(detailIds.length);
    for (const id of clipped) expect(detailIds).toContain(id);
    for (const id of detailIds) {
      const v = api!.questions.get(id)!;
      expect(clippedInList(v) || runTogether(v) || clipForList(v).questionText.length === 255, String(id)).toBe(true);
    }
    // The list requests ask for what the issue says.
    const first = api!.requests[0]!;
    expect(first.query).toMatchObject({ answeredWhenFrom: W1.since, answeredWhenTo: W1.until, expandMember: 'true', take: '100', skip: '0' });

    expect(s.files).toHaveLength(1);
    expect(s.files[0]).toMatch(/^api\/wq-\d{8}T\d{6}Z-2024-09-09_2024-09-13\.jsonl$/);
    expect(apiFiles(t.dataDir)).toEqual([path.basename(s.files[0]!)]); // no temporary file left

    const records = await archive(t.dataDir);
    expect(new Set(records.map((r) => r.apiId))).toEqual(expected);
    for (const r of records) {
      const v = api!.questions.get(r.apiId!)!;
      // Whole text. (A question exactly 255 characters long cannot be told from a clipped one, so
      // the loader flags it; its text is still the whole question.)
      if (v.questionText.trim().length !== 255) expect(r.questionTextClipped, r.id).toBe(false);
      expect(r.answerTextClipped, r.id).toBe(false);
      expect(r.questionText).toBe(v.questionText.trim().replace(/\s+/g, ' '));
      // (Entities compared decoded: the list keeps "&amp;" in plain text, the loader leaves it.)
      if (v.answerText) expect(decodeEntities(r.answerText!), r.id).toBe(decodeEntities(htmlToText(v.answerText)));
      else expect(r.answerText).toBeUndefined(); // awaiting answer
    }
    // expandMember=true: the asking member's name came with the API response.
    const named = records.filter((r) => r.askingMember?.name);
    expect(named.length).toBeGreaterThan(records.length * 0.9);
    const one = named[0]!;
    expect(one.askingMember!.name).toBe(api!.members.get(one.askingMemberId!)!.name);

    expect(readCursor(db!)).toBe('2024-09-13');
    const seen = new Set(seenBetween(db!, NOW.getTime() - 1, NOW.getTime()));
    const answered = records.filter((r) => r.answerText && r.dateAnswered && !r.isWithdrawn);
    expect(answered.length).toBeGreaterThan(0);
    for (const r of answered) expect(seen.has(r.id), r.id).toBe(true);
    for (const r of records.filter((x) => !x.answerText)) expect(seen.has(r.id)).toBe(false);
  });

  it('adds nothing twice: a second run over the same window writes no file and re-fetches no detail it has whole', async () => {
    const t = setup();
    await t.start();
    const first = await runIngest(t.base({ ...W1 }));
    const before = await archiveHashes(t.dataDir);
    api!.requests.length = 0;
    const second = await runIngest(t.base({ ...W1, now: () => new Date(NOW.getTime() + 3_600_000) }));
    expect(second.listed).toBe(first.listed);
    expect(second).toMatchObject({ new: 0, updated: 0, unchanged: first.listed, files: [] });
    // No detail is fetched again, except for questions exactly 255 characters long: whole, but
    // indistinguishable from clipped ones, so the archive cannot say it already has them whole.
    const again = api!.requests.filter((r) => /\/questions\/\d+$/.test(r.path)).map((r) => api!.questions.get(Number(r.path.split('/').pop()))!);
    expect(again.length).toBe(second.detailsFetched);
    expect(again.length).toBeLessThan(first.listed / 50);
    for (const v of again) expect(v.questionText.length, String(v.id)).toBe(255);
    expect(apiFiles(t.dataDir)).toHaveLength(1);
    expect(await archiveHashes(t.dataDir)).toEqual(before);
    // An overlapping wider window only adds what is outside the first one.
    const wider = await runIngest(t.base({ since: '2024-09-11', until: '2024-09-17' }));
    const records = await archive(t.dataDir);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records.length).toBe(first.new + wider.new);
    expect(wider.new).toBeGreaterThan(0);
  });

  it('resumes from the cursor with a day of overlap; the archive ends up as one run over the whole period would make it', async () => {
    // The Parliament as of a day: questions tabled by then, answers given by then.
    const asOf = (cut: string) => (v: WqValue): WqValue | undefined => {
      if (day(v.dateTabled)! > cut) return undefined;
      if (!v.dateAnswered || day(v.dateAnswered)! <= cut) return v;
      return { ...v, dateAnswered: null, answerText: null, answeringMemberId: null, answerIsHolding: false, answerIsCorrection: false, dateAnswerCorrected: null };
    };
    const earlier = all.map(asOf('2024-09-13')).filter((v): v is WqValue => !!v);
    const t = setup(earlier);
    await t.start();
    const r1 = await runIngest(t.base({ firstRunDays: 4 })); // no --since, no cursor: the last 4 days
    expect([r1.since, r1.until]).toEqual(['2024-09-09', '2024-09-13']);
    const waiting = (await archive(t.dataDir)).filter((r) => !r.answerText);
    expect(waiting.length).toBeGreaterThan(0); // "awaiting answer" records exist

    // The next week: answers and new questions appear.
    for (const v of all.map(asOf('2024-09-18'))) if (v) api!.put(v);
    api!.requests.length = 0;
    const later = new Date('2024-09-18T20:00:00Z');
    const r2 = await runIngest(t.base({ now: () => later }));
    expect([r2.since, r2.until]).toEqual(['2024-09-12', '2024-09-18']);
    expect(api!.requests[0]!.query.answeredWhenFrom).toBe('2024-09-12');
    expect(r2.new).toBeGreaterThan(0);
    expect(r2.updated).toBeGreaterThan(0); // awaiting → answered
    expect(kvGet(db!, cursorKey())).toContain('"until":"2024-09-18"');

    const incremental = await archive(t.dataDir);
    expect(new Set(incremental.map((r) => r.id)).size).toBe(incremental.length);
    const nowAnswered = incremental.filter((r) => waiting.some((w) => w.id === r.id) && r.answerText);
    expect(nowAnswered.length).toBeGreaterThan(0);

    // One run over the whole period, from scratch, makes the same archive.
    const whole = setup();
    const once = await runIngest({ ...whole.base({ since: '2024-09-09', until: '2024-09-18' }), apiUrl: api!.url });
    expect(once.new).toBe(incremental.length);
    expect(await archiveHashes(t.dataDir)).toEqual(await archiveHashes(whole.dataDir));
  });

  it('applies corrections and substantive answers replacing holding answers to the existing record', async () => {
    const t = setup();
    await t.start();
    await runIngest(t.base({ ...W1 }));
    const before = await archive(t.dataDir);

    // A correction published on the 20th to an answer given in the window.
    const target = all.find((v) => day(v.dateAnswered) === '2024-09-10' && v.answerText && clippedInList(v) && !v.answerIsCorrection)!;
    const corrected = `<p>Correction: the figure given was wrong; the right figure is 42.</p>${target.answerText}`;
    api!.update(target.id, { answerIsCorrection: true, dateAnswerCorrected: '2024-09-20T00:00:00', answerText: corrected, correctingMemberId: target.answeringMemberId });

    // A holding answer, later replaced by the substantive one.
    const held = all.find((v) => day(v.dateAnswered) === '2024-09-17' && day(v.dateTabled)! <= '2024-09-13' && v.answerText)!;
    api!.update(held.id, { dateAnswered: '2024-09-16T00:00:00', answerIsHolding: true, answerText: '<p>I will reply to the hon. Member as soon as possible.</p>' });
    await runIngest(t.base({ since: '2024-09-16', until: '2024-09-16' }));
    const holdingRec = (await archive(t.dataDir)).find((r) => r.apiId === held.id)!;
    expect(holdingRec).toMatchObject({ answerIsHolding: true, answerText: 'I will reply to the hon. Member as soon as possible.' });

    api!.update(held.id, { dateAnswered: '2024-09-17T00:00:00', answerIsHolding: false, dateHoldingAnswer: '2024-09-16T00:00:00', answerText: held.answerText });
    const s = await runIngest(t.base({ since: '2024-09-17', until: '2024-09-20' }));
    expect(s.updated).toBeGreaterThanOrEqual(2);

    const after = await archive(t.dataDir);
    expect(after.filter((r) => r.apiId === target.id)).toHaveLength(1);
    const c = after.find((r) => r.apiId === target.id)!;
    expect(c).toMatchObject({ answerIsCorrection: true, dateAnswerCorrected: '2024-09-20', answerTextClipped: false });
    expect(c.answerText).toBe(htmlToText(corrected));
    const h = after.filter((r) => r.apiId === held.id);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ answerIsHolding: false, dateAnswered: '2024-09-17', dateHoldingAnswer: '2024-09-16', answerText: htmlToText(held.answerText) });
    // Nothing else moved: same ids, one more record at most (questions first seen in the later windows).
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
  });

  it('survives 429 with Retry-After, 500, 503 with an HTTP date, a slow detail and a connection reset mid-page, losing nothing', async () => {
    // Reference: the same window with no faults.
    const ref = setup();
    await ref.start();
    await runIngest(ref.base({ ...W1 }));
    const want = await archiveHashes(ref.dataDir);
    await api!.close();

    const t = setup();
    await t.start();
    api!.faults.set(1, { kind: 'status', status: 429, retryAfter: '7' });
    api!.faults.set(2, { kind: 'status', status: 500 });
    api!.faults.set(4, { kind: 'reset' }); // second list page, cut half-way through the body
    let details = 0;
    api!.faultFor = (_n, p) => {
      if (!/\/questions\/\d+$/.test(p)) return undefined;
      details++;
      if (details === 3) return { kind: 'delay', ms: 3000 }; // longer than the client's timeout
      if (details === 5) return { kind: 'status', status: 503, retryAfter: new Date(Date.now() + 4000).toUTCString() };
      if (details === 8) return { kind: 'reset' };
      return undefined;
    };
    const s = await runIngest(t.base({ ...W1, client: { timeoutMs: 500 } }));
    expect(api!.requests.filter((r) => r.status === 'reset')).toHaveLength(2);
    expect(s.retries).toBeGreaterThanOrEqual(6);
    expect(t.waits).toContain(7000); // Retry-After: 7 honoured
    expect(t.waits.some((w) => w >= 2000 && w <= 4000)).toBe(true); // Retry-After as an HTTP date
    expect(await archiveHashes(t.dataDir)).toEqual(want);
  });

  it('fails clearly when the API stays down, writes nothing, and the next run resumes cleanly', async () => {
    const t = setup();
    await t.start();
    await runIngest(t.base({ since: '2024-09-05', until: '2024-09-09' }));
    const cursor = readCursor(db!);
    const filesBefore = apiFiles(t.dataDir);
    const hashesBefore = await archiveHashes(t.dataDir);

    // Down from the start.
    api!.down({ kind: 'status', status: 503 });
    const err = await runIngest(t.base({ client: { attempts: 3 }, now: () => NOW })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(/failed after 3 attempt\(s\); last: HTTP 503/);

    // Dies half-way: the list works, then every detail fails; a leftover temp file from a crash is there too.
    writeFileSync(path.join(t.dataDir, 'api', '.wq-crashed.123.abc.tmp'), '{"totalResults": 1, "results": [');
    api!.faultFor = (_n, p) => (/\/questions\/\d+$/.test(p) ? { kind: 'status', status: 500 } : undefined);
    await expect(runIngest(t.base({ client: { attempts: 2 } }))).rejects.toBeInstanceOf(ApiError);
    expect(apiFiles(t.dataDir)).toEqual(filesBefore); // the leftover was cleaned, nothing new written
    expect(readCursor(db!)).toBe(cursor);
    expect(await archiveHashes(t.dataDir)).toEqual(hashesBefore);

    // Back up: the same run completes, from the same cursor.
    api!.down(undefined);
    const s = await runIngest(t.base({}));
    expect(s.since).toBe('2024-09-08');
    expect(s.new).toBeGreaterThan(0);
    const one = setup();
    await runIngest({ ...one.base({ since: '2024-09-05', until: W1.until }), apiUrl: api!.url });
    expect(await archiveHashes(t.dataDir)).toEqual(await archiveHashes(one.dataDir));
  });

  it('writes JSON Lines loadArchive reads: run metadata first, then each item as the API returned it', async () => {
    const t = setup();
    await t.start();
    const s = await runIngest(t.base({ since: '2024-09-05', until: '2024-09-05' }));
    const lines = readFileSync(path.join(t.dataDir, s.files[0]!), 'utf8').trimEnd().split('\n');
    const head = JSON.parse(lines[0]!) as { totalResults: number; results: unknown[]; ingest: Record<string, unknown> };
    expect(head).toMatchObject({ totalResults: 0, results: [] }); // metadata only
    expect(head.ingest).toMatchObject({ since: '2024-09-05', until: '2024-09-05', house: 'Bicameral', source: api!.url, questions: s.new });
    const items = lines.slice(1).map((l) => JSON.parse(l) as { value: WqValue; links: unknown[] });
    expect(items.length).toBe(s.new);
    let details = 0;
    for (const item of items) {
      const v = api!.questions.get(item.value.id)!;
      if (clippedInList(v)) {
        details++;
        expect(item.value.questionText).toBe(v.questionText); // the detail item, whole
        expect(item.value.answerText ?? null).toBe(v.answerText ?? null); // HTML, as served
      } else if (!runTogether(v)) expect(item.value.answerText ?? null).toBe(clipForList(v).answerText ?? null); // the list item
      expect(item.links).toEqual([{ rel: 'self', href: `/Questions/${v.id}`, method: 'GET' }]);
    }
    expect(details).toBeGreaterThan(0);
  });

  it('keeps a list item whose detail is gone (404) and the archive still knows its text is clipped', async () => {
    const t = setup();
    await t.start();
    const gone = [...api!.filter({ answeredWhenFrom: '2024-09-05', answeredWhenTo: '2024-09-05' })].find(clippedInList)!;
    api!.faultFor = (_n, p) => (p.endsWith(`/questions/${gone.id}`) ? { kind: 'status', status: 404 } : undefined);
    const s = await runIngest(t.base({ since: '2024-09-05', until: '2024-09-05' }));
    const line = readFileSync(path.join(t.dataDir, s.files[0]!), 'utf8').split('\n').find((l) => l.includes(`"id":${gone.id},`))!;
    expect(JSON.parse(line).value).toMatchObject({ questionText: clipForList(gone).questionText, answerText: clipForList(gone).answerText }); // the list item
    const r = (await archive(t.dataDir)).find((x) => x.apiId === gone.id)!;
    expect(r.questionTextClipped || r.answerTextClipped).toBe(true);
    // Once the detail is back, the next run completes it.
    api!.faultFor = undefined;
    const again = await runIngest(t.base({ since: '2024-09-05', until: '2024-09-05' }));
    expect(again.updated).toBe(1);
    const full = (await archive(t.dataDir)).find((x) => x.apiId === gone.id)!;
    expect(full).toMatchObject({ questionTextClipped: false, answerTextClipped: false });
  });
});
