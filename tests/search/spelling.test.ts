// British and American spellings, and the archive's own two spellings of a word, meet in one term.
import { describe, expect, it } from 'vitest';
import { britishSpelling } from '../../src/search/spelling.ts';
import { term } from '../../src/search/text.ts';
import { syntheticEngine, syntheticRecord } from './helpers.ts';

describe('britishSpelling', () => {
  it('gives the British spelling by rule (-ize, -yze, -or, medical ae/oe) and by list', () => {
    expect(britishSpelling('organization')).toBe('organisation');
    expect(britishSpelling('criticized')).toBe('criticised');
    expect(britishSpelling('analyze')).toBe('analyse');
    expect(britishSpelling('behavioral')).toBe('behavioural');
    expect(britishSpelling('neighborhood')).toBe('neighbourhood');
    expect(britishSpelling('pediatric')).toBe('paediatric');
    expect(britishSpelling('esophageal')).toBe('oesophageal');
    expect(britishSpelling('center')).toBe('centre');
    expect(britishSpelling('program')).toBe('programme');
    expect(britishSpelling('kids')).toBe('children');
    expect(britishSpelling('jabs')).toBe('vaccinations');
  });

  it('leaves words whose "ize" or "or" is their own, and the pairs that are two words in Britain', () => {
    for (const w of ['size', 'seize', 'prize', 'citizen', 'doctor', 'motor', 'major', 'meter', 'gray']) expect(britishSpelling(w)).toBe(w);
  });
});

describe('term: one term for a word spelled two ways', () => {
  it('the noun with a c and the verb with an s ("licence", "licensed"), and the American forms', () => {
    expect(new Set(['licence', 'licences', 'license', 'licensed', 'licensing'].map(term))).toEqual(new Set([term('licence')]));
    expect(new Set(['practice', 'practise', 'practising'].map(term))).toEqual(new Set([term('practice')]));
    expect(term('defense')).toBe(term('defence'));
    expect(term('offense')).toBe(term('offence'));
  });

  it('a search in one spelling finds a record in the other', async () => {
    const engine = syntheticEngine([
      syntheticRecord('Ministry of Justice: Software', 'To ask the Secretary of State for Justice, how much her Department spends on software licences.', 'The Ministry of Justice spent £68 million with Microsoft.'),
      syntheticRecord('Children: Hospitals', 'To ask the Secretary of State for Health, what the waiting times are for paediatric orthopaedic surgery.', 'Waiting times are published monthly.'),
      syntheticRecord('Roads: Repairs', 'To ask the Secretary of State for Transport, about potholes.', 'Funding has been allocated.'),
    ]);
    // Found as the same word, not as a close spelling of an unknown one.
    for (const [query, heading] of [
      ['licensing', 'Ministry of Justice: Software'],
      ['pediatric orthopedic', 'Children: Hospitals'],
    ]) {
      const res = await engine.search({ query: query! });
      expect(res.hits.map((h) => h.record.heading)).toEqual([heading]);
      expect(res.notices.join(' ')).not.toMatch(/close spellings/);
    }
  });
});
