// runIngest against the fake Written Questions API serving 800 real September 2024 questions,
// writing into a real archive store (SQLite) in a temporary folder.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/ingest/html.ts';
import { ApiError } from '../../../src/ingest/poll/client.ts';
import { LIST_PATH, cursorKey, readCursor, runIngest, type IngestOptions } from '../../../src/ingest/poll/ingest.ts';
import type { ArchiveStore } from '../../../src/store/archive.ts';
import { kvGet, seenBetween, type Db } from '../../../src/store/db.ts';
import { clipForList, type FakeWqApi, type WqValue } from '../../fakes/wqApi.ts';
import { cleanupTmp, day, hashes, hasCorpus, newDb, openStore, provenanceOf, questions, records, recordingSleep, startFake, tmp } from './helpers.ts';

const NOW = new Date('2024-09-13T17:00:00Z');
const W1 = { since: '2024-09-09', until: '2024-09-13' };
const HOUR = 3_600_000;
/** The three list queries of a window. */
const windowQueries = (since: string, until: string): Record<string, string>[] => [
  { answeredWhenFrom: since, answeredWhenTo: until },
  { tabledWhenFrom: since, tabledWhenTo: until, includeWithdrawn: 'true' },
  { correctedWhenFrom: since, correctedWhenTo: until },
];

/** What the three list queries of a window match, by the fake's own filtering. */
function expectedIds(api: FakeWqApi, since: string, until: string): Set<number> {
  const ids = new Set<number>();
  for (const q of windowQueries(since, until)) {
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
/** Provenance labels: which endpoint, which API id, when the run started. */
const label = (kind: 'list' | 'detail', apiId: number, at: Date) => `api ${kind} ${apiId} ${at.toISOString()}`;

describe.skipIf(!hasCorpus)('runIngest against the fake API (real records)', () => {
  let all: WqValue[];
  let api: FakeWqApi | undefined;
  const dbs: Db[] = [];
  beforeAll(async () => {
    all = await questions();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const d of dbs.splice(0)) d.close();
    await api?.close();
    api = undefined;
  });
  afterAll(cleanupTmp);

  function setup(qs: WqValue[] = all) {
    const dir = tmp();
    const store: ArchiveStore = openStore(dir);
    const db = newDb(dir);
    dbs.push(db);
    const { sleep, waits } = recordingSleep();
    const base = (over: Partial<IngestOptions> = {}): IngestOptions => ({
      apiUrl: api!.url,
      store,
      db,
      now: () => NOW,
      ...over,
      client: { sleep, backoffMs: 100, ...over.client },
    });
    return { dir, store, db, waits, base, start: async () => (api = await startFake(qs)) };
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

    // Written to the store: one record per listed question, each with the item it came from.
    const recs = records(t.store);
    expect(s.written).toBe(expected.size);
    expect(t.store.size).toBe(expected.size);
    expect(new Set(s.changedIds)).toEqual(new Set(recs.map((r) => r.id)));
    expect(new Set(recs.map((r) => r.apiId))).toEqual(expected);
    for (const r of recs) {
      const fetched = detailIds.includes(r.apiId!);
      expect(t.store.provenance(r.id).map((p) => [p.source, p.kind]), r.id).toEqual([
        [label(fetched ? 'detail' : 'list', r.apiId!, NOW), fetched ? 'wq-api-detail' : 'wq-api-list'],
      ]);
    }

    for (const r of recs) {
      const v = api!.questions.get(r.apiId!)!;
      // Whole text. (A question exactly 255 characters long cannot be told from a clipped one, so
      // the parser flags it; its text is still the whole question.)
      if (v.questionText.trim().length !== 255) expect(r.questionTextClipped, r.id).toBe(false);
      expect(r.answerTextClipped, r.id).toBe(false);
      expect(r.questionText).toBe(v.questionText.trim().replace(/\s+/g, ' '));
      // (Entities compared decoded: the list keeps "&amp;" in plain text, the parser leaves it.)
      if (v.answerText) expect(decodeEntities(r.answerText!), r.id).toBe(decodeEntities(htmlToText(v.answerText)));
      else expect(r.answerText).toBeUndefined(); // awaiting answer
    }
    // Only the 255-character questions stay marked clipped (a backfill would look at them again).
    expect(t.store.clippedIds().sort()).toEqual(recs.filter((r) => r.questionTextClipped || r.answerTextClipped).map((r) => r.id).sort());
    for (const id of t.store.clippedIds()) expect(api!.questions.get(t.store.get(id)!.apiId!)!.questionText.trim()).toHaveLength(255);
    // expandMember=true: the asking member's name came with the API response.
    const named = recs.filter((r) => r.askingMember?.name);
    expect(named.length).toBeGreaterThan(recs.length * 0.9);
    const one = named[0]!;
    expect(one.askingMember!.name).toBe(api!.members.get(one.askingMemberId!)!.name);

    expect(readCursor(t.db)).toBe('2024-09-13');
    const seen = new Set(seenBetween(t.db, NOW.getTime() - 1, NOW.getTime()));
    const answered = recs.filter((r) => r.answerText && r.dateAnswered && !r.isWithdrawn);
    expect(answered.length).toBeGreaterThan(0);
    for (const r of answered) expect(seen.has(r.id), r.id).toBe(true);
    for (const r of recs.filter((x) => !x.answerText)) expect(seen.has(r.id)).toBe(false);
  });

  it('adds nothing twice: a second run over the same window writes nothing to the store and re-fetches no detail it has whole', async () => {
    const t = setup();
    await t.start();
    const first = await runIngest(t.base({ ...W1 }));
    const before = hashes(t.store);
    const seq = t.store.seq;
    const provenance = provenanceOf(t.store);
    expect(seq).toBeGreaterThanOrEqual(first.written);
    api!.requests.length = 0;
    const upsert = vi.spyOn(t.store, 'upsert');
    const second = await runIngest(t.base({ ...W1, now: () => new Date(NOW.getTime() + HOUR) }));
    expect(second.listed).toBe(first.listed);
    expect(second).toMatchObject({ new: 0, updated: 0, unchanged: first.listed, written: 0, changedIds: [] });
    // The store was asked to add nothing, added nothing, updated nothing; its change log did not move.
    // Nothing new: nothing is handed to the store at all.
    expect(upsert).not.toHaveBeenCalled();
    expect(t.store.seq).toBe(seq);
    expect(t.store.changesSince(seq).changes).toEqual([]);
    expect(provenanceOf(t.store)).toEqual(provenance);
    // No detail is fetched again, except for questions exactly 255 characters long: whole, but
    // indistinguishable from clipped ones, so the archive cannot say it already has them whole.
    const again = api!.requests.filter((r) => /\/questions\/\d+$/.test(r.path)).map((r) => api!.questions.get(Number(r.path.split('/').pop()))!);
    expect(again.length).toBe(second.detailsFetched);
    expect(again.length).toBeLessThan(first.listed / 50);
    for (const v of again) expect(v.questionText.length, String(v.id)).toBe(255);
    expect(hashes(t.store)).toEqual(before);
    upsert.mockRestore();

    // An overlapping wider window only adds what is outside the first one.
    const wider = await runIngest(t.base({ since: '2024-09-11', until: '2024-09-17', now: () => new Date(NOW.getTime() + 2 * HOUR) }));
    const recs = records(t.store);
    expect(new Set(recs.map((r) => r.apiId)).size).toBe(recs.length);
    expect(wider.new).toBeGreaterThan(0);
    expect(recs.length).toBe(first.new + wider.new);
    expect(t.store.size).toBe(recs.length);
    const now = hashes(t.store);
    for (const [id, h] of before) expect(now.get(id), id).toBe(h);
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
    const waiting = records(t.store).filter((r) => !r.answerText);
    expect(waiting.length).toBeGreaterThan(0); // "awaiting answer" records exist

    // The next week: answers and new questions appear.
    for (const v of all.map(asOf('2024-09-18'))) if (v) api!.put(v);
    api!.requests.length = 0;
    const later = new Date('2024-09-18T20:00:00Z');
    const seq = t.store.seq;
    const r2 = await runIngest(t.base({ now: () => later }));
    expect([r2.since, r2.until]).toEqual(['2024-09-12', '2024-09-18']);
    expect(api!.requests[0]!.query.answeredWhenFrom).toBe('2024-09-12');
    expect(r2.new).toBeGreaterThan(0);
    expect(r2.updated).toBeGreaterThan(0); // awaiting → answered
    expect(kvGet(t.db, cursorKey())).toContain('"until":"2024-09-18"');
    // The store's change log holds exactly what this run wrote (what a search index replays).
    expect(new Set(t.store.changesSince(seq).changes.map((c) => c.id))).toEqual(new Set(r2.changedIds));
    expect(r2.written).toBe(r2.new + r2.updated);

    const incremental = records(t.store);
    expect(new Set(incremental.map((r) => r.apiId)).size).toBe(incremental.length);
    const nowAnswered = incremental.filter((r) => waiting.some((w) => w.id === r.id) && r.answerText);
    expect(nowAnswered.length).toBeGreaterThan(0);
    // An awaiting record that got its answer is the same row, updated, with both items it came from.
    const a = nowAnswered[0]!;
    expect(t.store.provenance(a.id).map((p) => p.source.split(' ').slice(0, 3).join(' '))).toEqual([
      expect.stringMatching(new RegExp(`^api (list|detail) ${a.apiId}$`)),
      expect.stringMatching(new RegExp(`^api (list|detail) ${a.apiId}$`)),
    ]);

    // One run over the whole period, from scratch, makes the same archive.
    const whole = setup();
    const once = await runIngest({ ...whole.base({ since: '2024-09-09', until: '2024-09-18' }), apiUrl: api!.url });
    expect(once.new).toBe(incremental.length);
    expect(hashes(t.store)).toEqual(hashes(whole.store));
  });

  it('applies corrections and substantive answers replacing holding answers to the existing record', async () => {
    const t = setup();
    await t.start();
    await runIngest(t.base({ ...W1 }));
    const before = records(t.store);

    // A correction published on the 20th to an answer given in the window.
    const target = all.find((v) => day(v.dateAnswered) === '2024-09-10' && v.answerText && clippedInList(v) && !v.answerIsCorrection)!;
    const corrected = `<p>Correction: the figure given was wrong; the right figure is 42.</p>${target.answerText}`;
    api!.update(target.id, { answerIsCorrection: true, dateAnswerCorrected: '2024-09-20T00:00:00', answerText: corrected, correctingMemberId: target.answeringMemberId });

    // A holding answer, later replaced by the substantive one.
    const held = all.find((v) => day(v.dateAnswered) === '2024-09-17' && day(v.dateTabled)! <= '2024-09-13' && v.answerText)!;
    const holding = '<p>I will reply to the hon. Member as soon as possible.</p>';
    api!.update(held.id, { dateAnswered: '2024-09-16T00:00:00', answerIsHolding: true, answerText: holding });
    const t2 = new Date('2024-09-16T17:00:00Z');
    await runIngest(t.base({ since: '2024-09-16', until: '2024-09-16', now: () => t2 }));
    const holdingRec = records(t.store).find((r) => r.apiId === held.id)!;
    expect(holdingRec).toMatchObject({ answerIsHolding: true, answerText: 'I will reply to the hon. Member as soon as possible.' });

    api!.update(held.id, { dateAnswered: '2024-09-17T00:00:00', answerIsHolding: false, dateHoldingAnswer: '2024-09-16T00:00:00', answerText: held.answerText });
    const t3 = new Date('2024-09-20T17:00:00Z');
    const s = await runIngest(t.base({ since: '2024-09-17', until: '2024-09-20', now: () => t3 }));
    expect(s.updated).toBeGreaterThanOrEqual(2);

    const after = records(t.store);
    expect(after.filter((r) => r.apiId === target.id)).toHaveLength(1);
    const c = after.find((r) => r.apiId === target.id)!;
    expect(c).toMatchObject({ answerIsCorrection: true, dateAnswerCorrected: '2024-09-20', answerTextClipped: false });
    expect(c.answerText).toBe(htmlToText(corrected));
    const h = after.filter((r) => r.apiId === held.id);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ answerIsHolding: false, dateAnswered: '2024-09-17', dateHoldingAnswer: '2024-09-16', answerText: htmlToText(held.answerText) });
    expect(s.changedIds).toEqual(expect.arrayContaining([c.id, h[0]!.id]));
    // The corrected answer came from its detail item, kept as served (HTML, correction flag).
    const cp = t.store.provenance(c.id).at(-1)!;
    expect(cp).toMatchObject({ source: label('detail', target.id, t3), kind: 'wq-api-detail' });
    expect(JSON.parse(cp.raw!).value).toMatchObject({ id: target.id, answerIsCorrection: true, answerText: corrected });
    // The held question keeps every item it was read from: the holding answer, then the substantive one.
    const heldRows = t.store.provenance(h[0]!.id).slice(-2);
    expect(heldRows.map((p) => p.source.replace(/^api (list|detail) /, ''))).toEqual([`${held.id} ${t2.toISOString()}`, `${held.id} ${t3.toISOString()}`]);
    const [was, is] = heldRows.map((p) => (JSON.parse(p.raw!) as { value: WqValue }).value);
    expect(was).toMatchObject({ id: held.id, answerIsHolding: true, dateAnswered: '2024-09-16T00:00:00' });
    expect(is).toMatchObject({ id: held.id, answerIsHolding: false, dateAnswered: '2024-09-17T00:00:00', dateHoldingAnswer: '2024-09-16T00:00:00' });
    // Nothing else moved: same ids, one more record at most (questions first seen in the later windows).
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
    for (const r of before) if (r.apiId !== target.id && r.apiId !== held.id) expect(after.find((x) => x.id === r.id), r.id).toBeDefined();
  });

  it('survives 429 with Retry-After, 500, 503 with an HTTP date, a slow detail and a connection reset mid-page, losing nothing', async () => {
    // Reference: the same window with no faults.
    const ref = setup();
    await ref.start();
    await runIngest(ref.base({ ...W1 }));
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
    expect(t.store.size).toBeGreaterThan(250);
    expect(hashes(t.store)).toEqual(hashes(ref.store));
    // The same items kept: nothing half-read from a cut response, no list item where the detail was wanted.
    expect(provenanceOf(t.store)).toEqual(provenanceOf(ref.store));
  });

  it('fails clearly when the API stays down, writes nothing, and the next run resumes cleanly', async () => {
    const t = setup();
    await t.start();
    await runIngest(t.base({ since: '2024-09-05', until: '2024-09-09' }));
    const cursor = readCursor(t.db);
    const seq = t.store.seq;
    const hashesBefore = hashes(t.store);
    const provenanceBefore = provenanceOf(t.store);
    expect(hashesBefore.size).toBeGreaterThan(0);
    const upsert = vi.spyOn(t.store, 'upsert');

    // Down from the start.
    api!.down({ kind: 'status', status: 503 });
    const err = await runIngest(t.base({ client: { attempts: 3 }, now: () => NOW })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(/failed after 3 attempt\(s\); last: HTTP 503/);

    // Dies half-way: the list works (new questions listed), then every detail fails.
    api!.faultFor = (_n, p) => (/\/questions\/\d+$/.test(p) ? { kind: 'status', status: 500 } : undefined);
    await expect(runIngest(t.base({ client: { attempts: 2 } }))).rejects.toBeInstanceOf(ApiError);
    expect(api!.requests.some((r) => /\/questions\/\d+$/.test(r.path) && r.status === 500)).toBe(true);
    expect(upsert).not.toHaveBeenCalled();
    expect(t.store.seq).toBe(seq);
    expect(readCursor(t.db)).toBe(cursor);
    expect(hashes(t.store)).toEqual(hashesBefore);
    expect(provenanceOf(t.store)).toEqual(provenanceBefore);
    upsert.mockRestore();

    // Back up: the same run completes, from the same cursor.
    api!.down(undefined);
    const s = await runIngest(t.base({}));
    expect(s.since).toBe('2024-09-08');
    expect(s.new).toBeGreaterThan(0);
    expect(t.store.seq).toBeGreaterThan(seq);
    const one = setup();
    await runIngest({ ...one.base({ since: '2024-09-05', until: W1.until }), apiUrl: api!.url });
    expect(hashes(t.store)).toEqual(hashes(one.store));
  });

  it('keeps each item exactly as the API returned it in the provenance: the detail item where the list clipped, else the list item', async () => {
    const t = setup();
    await t.start();
    const w = { since: '2024-09-05', until: '2024-09-05' };
    const s = await runIngest(t.base(w));
    // What the API serves, read here with a client of our own.
    const served = async (q: string) => {
      const res = await fetch(`${api!.url}${q}`);
      expect(res.status).toBe(200);
      return (await res.json()) as { results?: { value: WqValue }[]; value?: WqValue };
    };
    const listed = new Map<number, string>();
    for (const q of windowQueries(w.since, w.until)) {
      const doc = await served(`${LIST_PATH}?${new URLSearchParams({ ...q, expandMember: 'true', take: '1000', skip: '0' })}`);
      for (const item of doc.results!) listed.set(item.value.id, JSON.stringify(item));
    }
    expect(listed.size).toBe(s.listed);
    expect(t.store.size).toBe(s.new);
    expect(s.written).toBe(s.new);

    let details = 0;
    let lists = 0;
    for (const r of records(t.store)) {
      const v = api!.questions.get(r.apiId!)!;
      const rows = t.store.provenance(r.id);
      expect(rows, r.id).toHaveLength(1);
      const row = rows[0]!;
      expect(row.at).toBe(NOW.getTime());
      if (row.kind === 'wq-api-detail') {
        details++;
        expect(row.source).toBe(label('detail', v.id, NOW));
        expect(row.raw).toBe(JSON.stringify(await served(`${LIST_PATH}/${v.id}?expandMember=true`)));
        const item = JSON.parse(row.raw!) as { value: WqValue; links: unknown[] };
        expect(item.value.questionText).toBe(v.questionText); // whole
        expect(item.value.answerText ?? null).toBe(v.answerText ?? null); // HTML, as served
      } else {
        lists++;
        expect(row).toMatchObject({ source: label('list', v.id, NOW), kind: 'wq-api-list' });
        expect(clippedInList(v), String(v.id)).toBe(false); // the list showed it whole
        expect(row.raw).toBe(listed.get(v.id));
        expect(JSON.parse(row.raw!).value.answerText ?? null).toBe(clipForList(v).answerText ?? null);
      }
      expect(JSON.parse(row.raw!).links).toEqual([{ rel: 'self', href: `/Questions/${v.id}`, method: 'GET' }]);
    }
    expect(details).toBeGreaterThan(0);
    expect(lists).toBeGreaterThan(0);
    expect(details).toBe(s.detailsFetched);
  });

  it('keeps a list item whose detail is gone (404) and the archive still knows its text is clipped', async () => {
    const t = setup();
    await t.start();
    const gone = [...api!.filter({ answeredWhenFrom: '2024-09-05', answeredWhenTo: '2024-09-05' })].find(clippedInList)!;
    api!.faultFor = (_n, p) => (p.endsWith(`/questions/${gone.id}`) ? { kind: 'status', status: 404 } : undefined);
    await runIngest(t.base({ since: '2024-09-05', until: '2024-09-05' }));
    const r = records(t.store).find((x) => x.apiId === gone.id)!;
    expect(r.questionTextClipped || r.answerTextClipped).toBe(true);
    expect(t.store.clippedIds()).toContain(r.id); // what a backfill looks at
    const rows = t.store.provenance(r.id);
    expect(rows.map((p) => [p.source, p.kind])).toEqual([[label('list', gone.id, NOW), 'wq-api-list']]);
    expect(JSON.parse(rows[0]!.raw!).value).toMatchObject({ questionText: clipForList(gone).questionText, answerText: clipForList(gone).answerText }); // the list item

    // Once the detail is back, the next run completes it.
    api!.faultFor = undefined;
    const later = new Date(NOW.getTime() + HOUR);
    const again = await runIngest(t.base({ since: '2024-09-05', until: '2024-09-05', now: () => later }));
    expect(again.updated).toBe(1);
    expect(again.changedIds).toEqual([r.id]);
    const full = t.store.get(r.id)!;
    expect(full).toMatchObject({ questionTextClipped: false, answerTextClipped: false, questionText: gone.questionText.trim().replace(/\s+/g, ' ') });
    expect(t.store.clippedIds()).not.toContain(r.id);
    const after = t.store.provenance(r.id);
    expect(after.map((p) => [p.source, p.kind])).toEqual([
      [label('list', gone.id, NOW), 'wq-api-list'],
      [label('detail', gone.id, later), 'wq-api-detail'],
    ]);
    expect(JSON.parse(after[1]!.raw!).value).toMatchObject({ questionText: gone.questionText, answerText: gone.answerText });
  });
});
