// Search over the whole shared corpus (58,173 real Commons records). Skipped, with a message,
// when ../shared/corpus is not beside the repo.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openArchive } from '../../src/search/open.ts';
import type { Engine } from '../../src/search/engine.ts';
import { CORPUS_FILE, CORPUS_MEMBERS, hasCorpus, NO_CORPUS } from './helpers.ts';

if (!hasCorpus) console.warn(NO_CORPUS);

describe.skipIf(!hasCorpus)('the shared corpus', () => {
  let engine: Engine;
  let lines: { house: string; dateTabled: string; uin: string; questionText: string; answerText: string | null; heading: string | null; answerHtml: string | null; askingMemberId: number; answeringBodyName: string }[];
  const idOf = (l: { house: string; dateTabled: string; uin: string }) => `${l.house.toLowerCase()}-${l.dateTabled}-${l.uin.toLowerCase()}`;

  beforeAll(async () => {
    engine = (await openArchive({ data: [CORPUS_FILE], members: CORPUS_MEMBERS, persist: false })).engine;
    lines = readFileSync(CORPUS_FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }, 300_000);

  it('every record with "county lines" is found, ranked above records that only have both words apart', async () => {
    const text = (l: (typeof lines)[number]) => `${l.heading ?? ''} ${l.questionText} ${l.answerHtml ?? l.answerText ?? ''}`.toLowerCase();
    const withPhrase = new Set(lines.filter((l) => /\bcounty[^a-z0-9]+lines\b/.test(text(l))).map(idOf));
    expect(withPhrase.size).toBeGreaterThan(5);
    const res = await engine.search({ query: 'county lines', limit: 100 });
    const order = res.hits.map((h) => h.record.id);
    for (const id of withPhrase) expect(order, id).toContain(id);
    const firstOther = order.findIndex((id) => !withPhrase.has(id));
    const lastPhrase = Math.max(...[...withPhrase].map((id) => order.indexOf(id)));
    if (firstOther >= 0) expect(lastPhrase, `a record without the phrase ranks at ${firstOther}`).toBeLessThan(firstOther);
  });

  it('the quoted phrase finds exactly the records with it', async () => {
    const text = (l: (typeof lines)[number]) => `${l.heading ?? ''} ${l.questionText} ${l.answerText ?? ''} ${l.answeringBodyName}`.toLowerCase();
    const expected = lines.filter((l) => /\bcounty[^a-z0-9]+lines\b/.test(text(l))).map(idOf).sort();
    const found = (await engine.matchAll('"county lines"')).map((r) => r.id).sort();
    expect(found).toEqual(expected);
  });

  it('grouped hits are the same question from the same member on the same day', async () => {
    for (const q of ['recruitment consultants', 'official hospitality', 'power cuts', 'security passes']) {
      const res = await engine.search({ query: q, limit: 50 });
      for (const h of res.hits) {
        for (const a of h.alsoAskedOf ?? []) {
          const other = engine.get(a.id)!;
          expect(other.askingMemberId, `${q}: ${h.record.id} / ${a.id}`).toBe(h.record.askingMemberId);
          expect(other.dateTabled).toBe(h.record.dateTabled);
        }
      }
      expect(res.hits.some((h) => h.alsoAskedOf?.length), q).toBe(true);
    }
  });

  it('dept:dhsc from:2025 to:2025-03 answered: every hit passes every filter', async () => {
    const res = await engine.search({ query: 'waiting lists dept:dhsc from:2025 to:2025-03 answered', limit: 100 });
    expect(res.total).toBeGreaterThan(0);
    for (const h of res.hits) {
      expect(h.record.answeringBody).toBe('Department of Health and Social Care');
      expect(h.record.dateAnswered! >= '2025-01-01' && h.record.dateAnswered! <= '2025-03-31').toBe(true);
      expect(h.record.answerIsHolding).toBe(false);
    }
  });
});
