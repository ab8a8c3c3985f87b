// Words that stand together in the archive form a concept: records with them together rank first.
import { describe, expect, it } from 'vitest';
import { syntheticRecord as record, syntheticEngine } from './helpers.ts';

describe('words standing together', () => {
  it('a number may stand between them like a small word: "COVID-19 vaccines" is "covid vaccines" together', async () => {
    const together = [1, 2, 3].map((i) =>
      record(
        'Public Health: Immunisation',
        `To ask the Secretary of State for Health, how many COVID-19 vaccines were given in region ${i} in each month of the last financial year, by age band, ethnicity, sex and the deprivation decile of the area of residence.`,
        'The figures are published by the UK Health Security Agency in its annual immunisation report, with breakdowns by region and by age band.',
      ),
    );
    const apart = [1, 2].map((i) =>
      record('Covid Support', `To ask the Secretary of State for Health, what covid tests and vaccines, covid support and vaccines are offered ${i}.`, 'Vaccines and covid tests are offered.'),
    );
    const engine = syntheticEngine([...together, ...apart]);
    const res = await engine.search({ query: 'covid vaccines' });
    expect(res.hits.map((h) => h.record.id).slice(0, 3).sort()).toEqual(together.map((r) => r.id).sort());
  });
});
