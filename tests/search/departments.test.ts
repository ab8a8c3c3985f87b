// A department the records are put to, named in words ("questions to the Home Office about small
// boats"), is the dept: filter, and the reply says so; said otherwise, the words are searched.
import { describe, expect, it } from 'vitest';
import { QaRecord } from '../../src/record.ts';
import { parseQuery } from '../../src/search/query.ts';
import { departmentInQuery } from '../../src/search/departments.ts';
import { syntheticEngine, syntheticRecord } from './helpers.ts';

const put = (answeringBody: string, heading: string, q: string, a: string) => QaRecord.parse({ ...syntheticRecord(heading, q, a), answeringBody });

describe('a department named in words', () => {
  const homeBoats = put('Home Office', 'Undocumented Migrants: Boats', 'To ask the Secretary of State for the Home Department, about small boats.', 'Crossings are falling.');
  const defraBoats = put('Department for Environment, Food and Rural Affairs', 'Fisheries: Boats', 'To ask the Secretary of State, about small boats in the fishing fleet.', 'The fleet is supported. Replies to letters are published.');
  const treasuryFunding = put('Treasury', 'Local Government: Finance', 'To ask the Chancellor, about funding for councils.', 'Councils are funded.');
  const mhclgFunding = put('Ministry of Housing, Communities and Local Government', 'Local Government: Finance', 'To ask the Secretary of State, about funding from the Treasury for councils.', 'Councils are funded from the Treasury.');
  const e = syntheticEngine([homeBoats, defraBoats, treasuryFunding, mhclgFunding]);
  const bodies = ['Home Office', 'Department for Environment, Food and Rural Affairs', 'Treasury', 'Ministry of Housing, Communities and Local Government'];

  it('beside a record word ("questions to …", "Treasury answers"), by its name or initials, is the dept: filter, said in a notice', async () => {
    const res = await e.search({ query: 'questions to the Home Office about small boats' });
    expect(res.hits.map((h) => h.record.id)).toEqual([homeBoats.id]);
    expect(res.notices[0]).toBe('Read “Home Office” as questions put to the Home Office (dept:"Home Office"). For the words instead, put them in quotes: "Home Office".');
    expect(departmentInQuery(parseQuery('answers from DEFRA on small boats'), bodies)?.body).toBe('Department for Environment, Food and Rural Affairs');
    expect(departmentInQuery(parseQuery('replies by the Treasury on councils'), bodies)?.body).toBe('Treasury');
    // By the name it had before a merger or a rename.
    const renamed = ['Foreign, Commonwealth and Development Office', 'Department of Health and Social Care'];
    for (const [query, body] of [
      ['questions to the Foreign Office about Gaza', renamed[0]],
      ['FCO answers on Gaza', renamed[0]],
      ['questions to the Department of Health about dentists', renamed[1]],
    ]) {
      expect(departmentInQuery(parseQuery(query!), [...bodies, ...renamed])?.body, query).toBe(body);
    }
    // With a party's members read too.
    const reform = await e.search({ query: 'questions from Reform MPs to the Home Office about small boats' });
    expect(reform.notices.join(' ')).toContain('dept:"Home Office"');
    // Right before the word naming the records, too.
    expect(departmentInQuery(parseQuery('Treasury answers on councils'), bodies)?.body).toBe('Treasury');
    expect(departmentInQuery(parseQuery('small boats Home Office questions'), bodies)?.body).toBe('Home Office');
    // "replies" names the records, as "answers" does: no word to search for.
    const replies = await e.search({ query: 'replies from the Home Office on small boats' });
    expect(replies.hits.map((h) => h.record.id)).toEqual([homeBoats.id]);
    expect(replies.notices.join(' ')).not.toMatch(/contain all of your words/);
  });

  it('as the one saying what is asked about ("what has the Home Office said about …?"), the dept: filter', async () => {
    const res = await e.search({ query: 'what has the Home Office said about small boats?' });
    expect(res.hits.map((h) => h.record.id)).toEqual([homeBoats.id]);
    expect(res.notices[0]).toContain('dept:"Home Office"');
    expect(departmentInQuery(parseQuery('what did DEFRA say on small boats'), bodies)?.body).toBe('Department for Environment, Food and Rural Affairs');
    // Said of the Treasury, not by it: words.
    expect(departmentInQuery(parseQuery('what has been said about the Treasury'), bodies)).toBeUndefined();
  });

  it('after the topic, when the records were named before it and the name ends the phrase ("answers about small boats from the Home Office")', async () => {
    const res = await e.search({ query: 'answers about small boats from the Home Office' });
    expect(res.hits.map((h) => h.record.id)).toEqual([homeBoats.id]);
    expect(res.notices[0]).toContain('dept:"Home Office"');
    expect(departmentInQuery(parseQuery('questions on councils from the Treasury in 2025'), bodies)?.body).toBe('Treasury');
    // No records named, or a longer name: words.
    expect(departmentInQuery(parseQuery('small boats from the Home Office'), bodies)).toBeUndefined();
    expect(departmentInQuery(parseQuery('questions on grants from the Home Office Museum'), bodies)).toBeUndefined();
  });

  it('an office named for its department ("the Home Secretary", "the Housing Minister") is the department; a renamed one read as its latest name', async () => {
    const res = await e.search({ query: 'questions to the Home Secretary about small boats' });
    expect(res.hits.map((h) => h.record.id)).toEqual([homeBoats.id]);
    expect(res.notices[0]).toBe('Read “Home Secretary” as questions put to the Home Office (dept:Home). For the words instead, put them in quotes: "Home Secretary".');
    const renamed = [...bodies, 'Department for Levelling Up, Housing and Communities'];
    const latest = (b: string) => (b.startsWith('Ministry of Housing') ? '2025-01-01' : b.startsWith('Department for Levelling') ? '2024-06-01' : undefined);
    const found = departmentInQuery(parseQuery('what has the Housing Minister said about councils?'), renamed, latest);
    expect(found).toMatchObject({ body: 'Ministry of Housing, Communities and Local Government', typed: 'Housing', said: 'Housing Minister' });
    // An office of no department, or the office alone: words.
    expect(departmentInQuery(parseQuery('questions to the Bishop Secretary about boats'), bodies)).toBeUndefined();
    expect(departmentInQuery(parseQuery('questions to the Secretary about boats'), bodies)).toBeUndefined();
  });

  it('said otherwise, or only part of a name, the words are searched', async () => {
    expect(departmentInQuery(parseQuery('funding from the Treasury for councils'), bodies)).toBeUndefined();
    expect(departmentInQuery(parseQuery('questions to the Home about boats'), bodies)).toBeUndefined();
    expect(departmentInQuery(parseQuery('Office questions'), bodies)).toBeUndefined();
    const res = await e.search({ query: 'funding from the Treasury for councils' });
    expect(res.hits.map((h) => h.record.id)).toContain(mhclgFunding.id);
    expect(res.notices.join(' ')).not.toContain('dept:');
  });
});
