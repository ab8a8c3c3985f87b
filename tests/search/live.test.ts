// The index of a living archive: changes applied in place must leave exactly the index a fresh
// build over the same records gives (same hits, scores, totals, groups, excerpts), and a
// snapshot plus the changes after it must open as the present archive.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { QaRecord } from '../../src/record.ts';
import { Engine, buildMiniSearch } from '../../src/search/engine.ts';
import { LiveIndex } from '../../src/search/live.ts';
import { ArchiveStore } from '../../src/store/archive.ts';
import { fixtureRecords } from './helpers.ts';

const QUERIES = ['county lines', 'grooming gangs', 'dept:dwp', 'communications', 'knife OR knives', '"county lines" -lancashire', 'pension credit sort:newest', 'school'];

async function sameAnswers(live: Engine, fresh: Engine): Promise<void> {
  expect(live.size).toBe(fresh.size);
  for (const query of QUERIES) {
    const a = await live.search({ query, limit: 50 }).catch((e: Error) => e.message);
    const b = await fresh.search({ query, limit: 50 }).catch((e: Error) => e.message);
    if (typeof a === 'string' || typeof b === 'string') {
      expect(a, query).toEqual(b);
      continue;
    }
    expect(a.total, query).toBe(b.total);
    expect(a.hits.map((h) => `${h.record.id} ${h.score.toFixed(4)}`), query).toEqual(b.hits.map((h) => `${h.record.id} ${h.score.toFixed(4)}`));
    a.hits.forEach((h, i) => expect(h.score, `${query} #${i}`).toBeCloseTo(b.hits[i]!.score, 9));
    expect(a.hits.map((h) => h.excerpt), query).toEqual(b.hits.map((h) => h.excerpt));
    expect(a.hits.map((h) => (h.alsoAskedOf ?? []).map((x) => x.id)), query).toEqual(b.hits.map((h) => (h.alsoAskedOf ?? []).map((x) => x.id)));
  }
}

describe('Engine.apply', () => {
  let records: QaRecord[];
  beforeAll(async () => {
    records = await fixtureRecords();
  });

  it('additions, replacements and removals leave the index a fresh build of the same records gives', async () => {
    const [later, rest] = [records.slice(0, 20), records.slice(20)];
    const engine = new Engine(buildMiniSearch(rest), rest);
    // Added later, one batch at a time, as an ingest would.
    expect(engine.apply(later.slice(0, 10).map((r) => ({ id: r.id, record: r })))).toEqual({ added: 10, replaced: 0, removed: 0 });
    expect(engine.apply(later.slice(10).map((r) => ({ id: r.id, record: r })))).toEqual({ added: 10, replaced: 0, removed: 0 });
    // A corrected answer, a withdrawn record, and a question leaving the archive.
    const corrected: QaRecord = { ...rest[0]!, answerText: 'A corrected answer about county lines, knife crime and okapi husbandry.', answerIsCorrection: true, dateAnswerCorrected: '2025-01-02' };
    const removed = rest[1]!;
    expect(engine.apply([{ id: corrected.id, record: corrected }, { id: removed.id }])).toEqual({ added: 0, replaced: 1, removed: 1 });

    const final = [...later, corrected, ...rest.slice(2)];
    await sameAnswers(engine, new Engine(buildMiniSearch(final), final));
    expect(engine.get(removed.id)).toBeUndefined();
    expect((await engine.search({ query: 'okapi husbandry' })).hits.map((h) => h.record.id)).toEqual([corrected.id]);
  });

  it('a question put to several departments groups as one hit whichever of them arrives last', async () => {
    const fresh = new Engine(buildMiniSearch(records), records);
    const asked = (r: QaRecord) => r.questionText.replace(/^To ask the [^,]*,/, '');
    const grouped = records.filter((r, _, all) => all.some((o) => o !== r && asked(o) === asked(r) && o.dateTabled === r.dateTabled && o.askingMemberId === r.askingMemberId));
    expect(grouped.length).toBeGreaterThanOrEqual(2);
    const last = grouped[grouped.length - 1]!;
    const without = records.filter((r) => r.id !== last.id);
    const engine = new Engine(buildMiniSearch(without), without);
    engine.apply([{ id: last.id, record: last }]);
    const q = last.heading ?? last.questionText.split(' ').slice(-4).join(' ');
    const a = await engine.search({ query: q, limit: 20 });
    const b = await fresh.search({ query: q, limit: 20 });
    expect(a.total).toBe(b.total);
    expect(a.hits.map((h) => [h.record.id, ...(h.alsoAskedOf ?? []).map((x) => x.id)].sort())).toEqual(b.hits.map((h) => [h.record.id, ...(h.alsoAskedOf ?? []).map((x) => x.id)].sort()));
  });
});

describe('LiveIndex', () => {
  let dir: string;
  const stores: ArchiveStore[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (file: string) => {
    const s = ArchiveStore.open(file);
    stores.push(s);
    return s;
  };

  it('catches up with what another connection writes, and a restart replays only what came after the snapshot', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qa-live-'));
    const file = path.join(dir, 'archive.sqlite');
    const indexDir = path.join(dir, 'index');
    const records = await fixtureRecords();
    const writer = open(file);
    writer.upsert(records.slice(10).map((record) => ({ record })));

    const reader = open(file);
    const { live, how } = await LiveIndex.open({ store: reader, indexDir });
    expect(how).toBe('built');
    expect(live.engine.size).toBe(records.length - 10);
    expect(live.behind).toBe(0);

    // An ingest in another process: five new records, and one answer corrected (a correction replaces the answer).
    const changed: QaRecord = { ...records[10]!, answerText: 'The zebra crossing budget is £3m.', answerIsCorrection: true, dateAnswerCorrected: '2025-02-03' };
    writer.upsert([...records.slice(0, 5), changed].map((record) => ({ record })));
    expect(live.behind).toBe(6);
    expect((await live.engine.search({ query: 'zebra' }).catch(() => undefined))?.total ?? 0).toBe(0);
    expect(await live.catchUp()).toBe(6);
    expect((await live.engine.search({ query: 'zebra' })).hits.map((h) => h.record.id)).toEqual([changed.id]);
    expect(live.engine.size).toBe(records.length - 5);

    // Restart: the snapshot (before the ingest) plus the six changes after it.
    const logs: string[] = [];
    writer.upsert(records.slice(5, 10).map((record) => ({ record })));
    const again = await LiveIndex.open({ store: open(file), indexDir, log: (l) => logs.push(l) });
    expect(again.how).toBe('loaded');
    expect(again.replayed).toBe(11);
    const final = [...records.slice(0, 10), changed, ...records.slice(11)];
    await sameAnswers(again.live.engine, new Engine(buildMiniSearch(final), final));
  });

  it('a snapshot written after changes were applied in place (postings with overlays and removals) loads as the present archive', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qa-live-'));
    const file = path.join(dir, 'archive.sqlite');
    const indexDir = path.join(dir, 'index');
    const records = await fixtureRecords();
    const writer = open(file);
    writer.upsert(records.slice(30).map((record) => ({ record })));
    const { live } = await LiveIndex.open({ store: open(file), indexDir });
    // Thirty added, one answer corrected, two removed: applied in place, then saved.
    writer.upsert(records.slice(0, 30).map((record) => ({ record })));
    const changed: QaRecord = { ...records[40]!, answerText: 'The okapi husbandry budget is £4m.', answerIsCorrection: true, dateAnswerCorrected: '2025-03-04' };
    writer.upsert([{ record: changed }]);
    writer.remove([records[41]!.id, records[42]!.id]);
    expect(await live.catchUp()).toBe(33);
    await live.save();
    const again = await LiveIndex.open({ store: open(file), indexDir });
    expect(again.how).toBe('loaded');
    expect(again.replayed).toBe(0);
    const final = [...records.slice(30, 40), changed, ...records.slice(43), ...records.slice(0, 30)];
    await sameAnswers(again.live.engine, new Engine(buildMiniSearch(final), final));
    expect((await again.live.engine.search({ query: 'okapi husbandry' })).hits.map((h) => h.record.id)).toEqual([changed.id]);
  });
});
