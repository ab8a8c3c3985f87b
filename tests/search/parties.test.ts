// A party's members typed as words ("Reform MPs") are the party: filter, and the reply says so.
import { describe, expect, it } from 'vitest';
import { QaRecord } from '../../src/record.ts';
import { parseQuery } from '../../src/search/query.ts';
import { partyInQuery } from '../../src/search/parties.ts';
import { syntheticEngine, syntheticRecord } from './helpers.ts';

const asked = (party: string, heading: string, q: string, a: string, date = '2024-09-02') =>
  QaRecord.parse({ ...syntheticRecord(heading, q, a, date), askingMember: { name: `${party} Asker`, party } });

describe('party members typed as words', () => {
  const reformWater = asked('Reform UK', 'Water: Pollution', 'To ask the Secretary of State, about water pollution.', 'Water companies are fined.', '2024-10-01');
  const reformRoads = asked('Reform UK', 'Roads', 'To ask the Secretary of State, about potholes.', 'Potholes are funded.', '2024-11-01');
  const libDemWater = asked('Liberal Democrat', 'Water Charges', 'To ask the Secretary of State, about water bills.', 'Water bills are capped.');
  const labourWater = asked('Labour (Co-op)', 'Water', 'To ask the Secretary of State, about water supply.', 'Water supply is secure.');
  const planning = asked('Labour', 'Planning: Reform', 'To ask the Secretary of State, about planning reform.', 'Planning reform is under way.');
  const e = syntheticEngine([reformWater, reformRoads, libDemWater, labourWater, planning]);
  const parties = ['Reform UK', 'Liberal Democrat', 'Labour (Co-op)', 'Labour'];

  it('"Reform MPs" lists the party\'s questions, newest first, and says how it was read', async () => {
    const res = await e.search({ query: 'questions by Reform MPs' });
    expect(res.hits.map((h) => h.record.id)).toEqual([reformRoads.id, reformWater.id]);
    expect(res.notices[0]).toBe('Read “Reform MPs” as questions asked by Reform UK members (party:reform). For the words instead, put them in quotes: "Reform MPs".');
  });

  it('the other words search within the party\'s questions', async () => {
    const res = await e.search({ query: 'what have Lib Dem MPs asked about water?' });
    expect(res.hits.map((h) => h.record.id)).toEqual([libDemWater.id]);
    expect(res.notices[0]).toContain('(party:"lib dem")');
  });

  it('the shortest party so named is the one said; the filter keeps each party it names', () => {
    expect(partyInQuery(parseQuery('Labour MPs on water'), parties)?.party).toBe('Labour');
  });

  it('a party opening the query before "questions", or after "questions from" / "by" and ending the phrase, is the party', async () => {
    const res = await e.search({ query: 'Reform UK questions about water' });
    expect(res.hits.map((h) => h.record.id)).toEqual([reformWater.id]);
    expect(res.notices[0]).toBe('Read “Reform UK” as questions asked by Reform UK members (party:"reform uk"). For the words instead, put them in quotes: "Reform UK".');
    for (const [query, party] of [
      ['questions from Reform about water', 'Reform UK'],
      ['questions asked by the Lib Dems on water', 'Liberal Democrat'],
      ['all Labour questions on water', 'Labour'],
      ['written questions by Labour', 'Labour'],
      ['water questions from Reform', 'Reform UK'],
      // The question's mark is no part of the name.
      ['questions by Reform MPs?', 'Reform UK'],
      ['any questions from Labour?', 'Labour'],
      // Ending the query after "from" or "by", the questions named before.
      ['questions about water from Reform', 'Reform UK'],
      ['questions on water bills by the Lib Dems?', 'Liberal Democrat'],
    ] as const) {
      expect(partyInQuery(parseQuery(query), parties)?.party, query).toBe(party);
    }
    // Elsewhere the words are the topic's: a party's word inside a topic, or a longer name after "from".
    for (const query of ['planning reform questions', 'labour market questions', 'questions from reform campaigners', 'answers from Labour', 'water from Reform', 'questions about money from the Reform fund']) {
      expect(partyInQuery(parseQuery(query), parties), query).toBeUndefined();
    }
  });

  it('a party word alone, or quoted, is words', async () => {
    expect(partyInQuery(parseQuery('planning reform'), parties)).toBeUndefined();
    expect(partyInQuery(parseQuery('"Reform MPs"'), parties)).toBeUndefined();
    expect(partyInQuery(parseQuery('reform members'), ['Labour'])).toBeUndefined();
    // A function word names no party, though a party's name starts with it.
    expect(partyInQuery(parseQuery('questions from the MP for Bournemouth East'), [...parties, 'The Reclaim Party'])).toBeUndefined();
    expect(partyInQuery(parseQuery('the Reform MPs on water'), [...parties, 'The Reclaim Party'])?.party).toBe('Reform UK');
    // Counting the members is not asking for their questions.
    expect(partyInQuery(parseQuery('how many Labour MPs are there?'), parties)).toBeUndefined();
    const res = await e.search({ query: 'planning reform' });
    expect(res.hits[0]!.record.id).toBe(planning.id);
    expect(res.notices.join(' ')).not.toContain('party:');
  });

  it('a party named anywhere by words the archive never writes ("Lib Dem", "Lib Dem water") is the party; "Reform" alone stays words', async () => {
    // No record's text holds "lib" or "dem": only the party's members' questions are about them.
    for (const query of ['Lib Dem', 'lib dem water']) {
      const res = await e.search({ query });
      expect(res.hits.map((h) => h.record.id), query).toEqual([libDemWater.id]);
      expect(res.notices[0], query).toMatch(/^Read “lib dem” as questions asked by Liberal Democrat members \(party:"lib dem"\)\./i);
    }
    // "reform" is a word of the archive's (planning reform): words.
    const reform = await e.search({ query: 'reform' });
    expect(reform.hits[0]!.record.id).toBe(planning.id);
    expect(reform.notices.join(' ')).not.toContain('party:');
  });
});
