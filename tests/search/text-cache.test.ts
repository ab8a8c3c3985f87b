// Whole records kept at hand between queries (Engine's text cache): a query reads the text of the
// records it ranks closely, and when the cache fills it is emptied. A search must give the same
// whatever was searched before it. (Emptying it used to drop the asked-for records it already
// held: a page lost those hits, and phrase and collocation checks read them as empty.)
import { describe, expect, it } from 'vitest';
import { Engine, buildMiniSearch } from '../../src/search/engine.ts';
import { syntheticRecord } from './helpers.ts';

describe('the text cache', () => {
  // Five records hold the words together (a phrase: the first tier); seven hold them apart.
  const together = Array.from({ length: 5 }, (_, i) =>
    syntheticRecord('Harbours: Grants', `To ask the Secretary of State for Transport, what harbour grants were paid to trust ${i}.`, `Harbour grants of £${i}m were paid.`),
  );
  const apart = Array.from({ length: 7 }, (_, i) =>
    syntheticRecord('Lighthouses', `To ask the Secretary of State for Transport, whether the harbour at site ${i} has a lighthouse.`, `The harbour lighthouse at site ${i} received grants for repairs; grants for harbour walls continue.`),
  );
  const records = [...together, ...apart];
  const ask = (e: Engine, query: string) => e.search({ query, limit: 12 }).then((r) => r.hits.map((h) => `${h.record.id} ${h.record.answerText} ${h.excerpt.segments.map((s) => s.text).join('')}`));

  it('gives the same results once it has filled and been emptied as a fresh engine does', async () => {
    const fresh = await ask(new Engine(buildMiniSearch(records), records), 'harbour grants');
    const small = new Engine(buildMiniSearch(records), records, undefined, { textCache: 10 });
    // The first query reads the five records it finds ("trust"); the second then needs more than the cache holds.
    await ask(small, 'trust');
    expect(await ask(small, 'harbour grants')).toEqual(fresh);
  });
});
