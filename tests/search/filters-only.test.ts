// Filters only filter: on the real corpus, a filter removes records from a ranking and changes
// nothing else (no record added, the kept ones in the same order); and answers lead.
import { beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/search/open.ts';
import type { Engine } from '../../src/search/engine.ts';
import { isAnswered, passesFilters } from '../../src/search/filters.ts';
import { parseQuery } from '../../src/search/query.ts';
import { CORPUS_FILE, CORPUS_MEMBERS, hasCorpus, NO_CORPUS, syntheticEngine, syntheticRecord } from './helpers.ts';
import { QaRecord } from '../../src/record.ts';

if (!hasCorpus) console.warn(NO_CORPUS);

const QUERIES = ['county lines', 'sewage discharges', 'Thames Water', 'carbamazepine shortages', 'pension credit take up', 'how many asylum seekers are in hotels?', 'knife crime prevention', 'school meals funding'];
const FILTERS = ['answered', 'unanswered', 'from:2025', 'to:2024', 'dept:"home office"', 'house:commons', 'party:labour', '-police'];

describe.skipIf(!hasCorpus)('filters on the shared corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = (await openArchive({ data: [CORPUS_FILE], members: CORPUS_MEMBERS, persist: false })).engine;
  }, 300_000);

  it('never add a record, and keep the order of the records they keep', async () => {
    for (const q of QUERIES) {
      const all = engine.rankedIds(q, 100_000);
      const unfilteredTotal = (await engine.search({ query: q })).total;
      for (const f of FILTERS) {
        const query = `${q} ${f}`;
        const kept = engine.rankedIds(query, 100_000);
        const allSet = new Set(all);
        for (const id of kept) expect(allSet.has(id), `${query}: ${id} was not in the unfiltered ranking`).toBe(true);
        const parsed = parseQuery(query);
        const expected = f.startsWith('-')
          ? all.filter((id) => kept.includes(id)) // exclusion reads the text: membership is checked above
          : all.filter((id) => passesFilters(engine.get(id)!, parsed.filters));
        expect(kept, query).toEqual(expected);
        expect((await engine.search({ query })).total, query).toBeLessThanOrEqual(unfilteredTotal);
      }
    }
  }, 120_000);

  it('a query of nonsense words matches (next to) nothing, not everything sharing a few letters', async () => {
    const res = await engine.search({ query: 'zorblat quixxle frambozz plimtrak vorsnig' });
    expect(res.total).toBeLessThan(20);
  });

  it('party: keeps the questions asked by the party\'s members, as the record says their party was', async () => {
    for (const [q, party] of [['sewage discharges party:"lib dem"', 'Liberal Democrat'], ['immigration party:reform', 'Reform UK']] as const) {
      const res = await engine.search({ query: q, limit: 50 });
      expect(res.total, q).toBeGreaterThan(5);
      for (const h of res.hits) expect(h.record.askingMember?.party, q).toBe(party);
    }
  });

  it('answered records lead a topic search; those awaiting an answer are still found, and counted', async () => {
    // "nurses pay": two words the archive writes apart are still a topic, not a known item's bag of
    // words; nor is a question put in words, whose words the archive writes apart too. "sewage
    // spills": of the three records holding both words, the one holding them together awaits an
    // answer, and led as a phrase while words met together once made one.
    for (const q of ['sewage discharges', 'Thames Water', 'nurses pay', 'how many potholes were filled last year?', 'sewage spills']) {
      const res = await engine.search({ query: q, limit: 3 });
      for (const h of res.hits) expect(isAnswered(h.record), `${q}: ${h.record.id}`).toBe(true);
      // The notice and the reply's count say the same number, and it is what `unanswered` lists.
      expect(res.notices.join(' ')).toContain(`${res.awaiting} of these questions await an answer`);
      const waiting = await engine.search({ query: `${q} unanswered`, limit: 3 });
      expect(waiting.total).toBe(res.awaiting);
      expect(waiting.awaiting).toBe(waiting.total);
      for (const h of waiting.hits) expect(isAnswered(h.record)).toBe(false);
      expect((await engine.search({ query: `${q} answered`, limit: 3 })).awaiting).toBe(0);
    }
  });
});

describe('answers first (fixture records)', () => {
  const unanswered = (r: QaRecord) => QaRecord.parse({ ...r, answerText: undefined, dateAnswered: undefined });
  const waiting = unanswered(syntheticRecord('Bus Services: Rural Areas', 'To ask the Secretary of State for Transport, what steps she is taking to support rural bus services and rural bus routes.', 'x'));
  const answered = syntheticRecord('Bus Services', 'To ask the Secretary of State for Transport, what support she gives to bus services.', 'Rural bus services receive funding through the Bus Service Improvement Plan.');
  const others = [1, 2, 3].map((i) => syntheticRecord('Railways', `To ask the Secretary of State for Transport, about railway ${i}.`, 'Trains run on time.'));
  const engine = syntheticEngine([waiting, answered, ...others]);

  it('an answer comes before a question awaiting one, even when the question matches more strongly', async () => {
    const res = await engine.search({ query: 'rural bus' });
    expect(res.hits.map((h) => h.record.id)).toEqual([answered.id, waiting.id]);
    expect(res.notices.join(' ')).toContain('1 of these questions awaits an answer; answers come first');
  });

  it('in date order the notice does not say answers come first, since they need not', async () => {
    const res = await engine.search({ query: 'rural bus sort:oldest' });
    const notice = res.notices.find((n) => n.includes('awaits an answer'));
    expect(notice).toBe('1 of these questions awaits an answer (add answered to list only answered ones).');
  });

  it('when a question awaiting an answer holds more of the words than the answers filling the page, the notice does not say answers come first', async () => {
    const repairs = unanswered(syntheticRecord('Churches: Repairs', 'To ask the Secretary of State for Culture, what support is given for church repairs.', 'x'));
    const churches = [1, 2, 3].map((i) => syntheticRecord(`Bells ${i}`, `To ask the Secretary of State for Culture, about church bells ${i}.`, 'Bells are valued.'));
    const roofs = syntheticRecord('Buildings: Insulation', 'To ask the Secretary of State for Energy, about roof insulation.', 'Insulation grants are available.');
    const e = syntheticEngine([repairs, ...churches, roofs, ...others]);
    const res = await e.search({ query: 'church roof repairs' });
    expect(res.hits[0]!.record.id).toBe(repairs.id);
    expect(res.hits.slice(1).map((h) => h.record.id)).toEqual(expect.arrayContaining(churches.map((r) => r.id)));
    const notice = res.notices.find((n) => n.includes('awaits an answer'));
    expect(notice).toBe('1 of these questions awaits an answer (add answered to list only answered ones).');
  });

  it('a question put to two departments, one of which answered, is counted once and as answered', async () => {
    const asked = (body: string, answer?: string) =>
      QaRecord.parse({
        ...syntheticRecord('Ferries: Islands', `To ask the Secretary of State for ${body}, what support is given to island ferry services in winter.`, answer ?? 'x'),
        askingMember: { name: 'Anne Asker' },
        answeringBody: body,
        ...(answer ? {} : { answerText: undefined, dateAnswered: undefined }),
      });
    const twice = syntheticEngine([asked('Transport', 'Island ferries receive a winter grant.'), asked('Scotland'), ...others]);
    const res = await twice.search({ query: 'island ferry' });
    expect(res.total).toBe(1);
    expect(res.hits[0]!.alsoAskedOf).toHaveLength(1);
    expect(res.awaiting).toBe(0);
    expect(res.notices.join(' ')).not.toContain('await');
  });

  it('a filter keeps the order: answered alone, then unanswered alone', async () => {
    expect(engine.rankedIds('rural bus answered', 10)).toEqual([answered.id]);
    expect(engine.rankedIds('rural bus unanswered', 10)).toEqual([waiting.id]);
  });
});
