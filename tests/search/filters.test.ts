// dept:, by:, answered-by:, house:, from:/to:, answered — record filters, forgiving about how
// people write a department or a member. Expectations come from the fixture's raw lines.
import { describe, expect, it } from 'vitest';
import { bodyAliases, matchesDept, matchesMember, matchesParty, passesFilters, recordDate, squash, hasRecordFilters } from '../../src/search/filters.ts';
import { parseQuery } from '../../src/search/query.ts';
import { fixtureRecords, rawLines, idOf } from './helpers.ts';

describe('departments', () => {
  it('squash ignores case, spaces, punctuation and accents', () => {
    expect(squash('Department for Work and Pensions')).toBe('departmentforworkandpensions');
    expect(squash('  HOME-office ')).toBe('homeoffice');
    expect(squash('Café’s')).toBe('cafes');
  });

  it.each([
    ['Home Office', ['home office', 'homeoffice', 'Home Office', 'HOME-OFFICE', 'home']],
    ['Department for Work and Pensions', ['dwp', 'DWP', 'work and pensions', 'pensions']],
    ['Department for Education', ['dfe', 'DfE', 'education']],
    ['Ministry of Justice', ['moj', 'MoJ', 'justice']],
    ['Department of Health and Social Care', ['dhsc', 'health and social care', 'health']],
    ['Foreign, Commonwealth and Development Office', ['fcdo', 'FCDO', 'foreign', 'foreign commonwealth and development office']],
    ['Ministry of Housing, Communities and Local Government', ['mhclg', 'housing']],
    ['Department for Energy Security and Net Zero', ['desnz', 'net zero']],
    ['Department for Environment, Food and Rural Affairs', ['defra', 'Defra']],
    ['Department for Science, Innovation and Technology', ['dsit']],
    ['Department for Culture, Media and Sport', ['dcms']],
    ['Department for Transport', ['dft', 'transport']],
    ['Ministry of Defence', ['mod', 'MoD', 'defence']],
    ['Cabinet Office', ['cabinet office', 'cabinet']],
    ['Treasury', ['treasury']],
  ])('%s is found as %j', (body, ways) => {
    for (const w of ways) expect(matchesDept(body, w), w).toBe(true);
  });

  it('"&" and "and" are the same', () => {
    expect(matchesDept('Department for Work and Pensions', 'work & pensions')).toBe(true);
    expect(matchesDept('Department for Work and Pensions', '"Department for Work & Pensions"')).toBe(true);
    expect(matchesDept('Department for Culture, Media & Sport', 'culture media and sport')).toBe(true);
  });

  it('does not match by accident', () => {
    expect(matchesDept('Home Office', 'dwp')).toBe(false);
    expect(matchesDept('Department for Work and Pensions', 'dfe')).toBe(false);
    expect(matchesDept('Department for Education', 'dwp')).toBe(false);
    // three letters are too short to be a piece of a name (only whole initials count)
    expect(matchesDept('Home Office', 'hom')).toBe(false);
    expect(matchesDept('Home Office', '')).toBe(false);
    expect(matchesDept('Home Office', '!!')).toBe(false);
    expect(matchesDept(undefined, 'home office')).toBe(false);
  });

  it('bodyAliases gives the squashed name and the initials', () => {
    const a = bodyAliases('Department for Work and Pensions');
    expect(a[0]).toBe('departmentforworkandpensions');
    expect(a).toContain('dwp');
    expect(a.every((x) => x.length >= 2)).toBe(true);
  });
});

describe('members', () => {
  it('every word of the wanted name is a word or word start of the member name', () => {
    expect(matchesMember('Marie Rimmer', 'rimmer')).toBe(true);
    expect(matchesMember('Marie Rimmer', 'Marie Rimmer')).toBe(true);
    expect(matchesMember('Marie Rimmer', 'rim')).toBe(true);
    expect(matchesMember('Marie Rimmer', 'ri')).toBe(false);
    expect(matchesMember('Marie Rimmer', 'marie smith')).toBe(false);
    expect(matchesMember('Marie Rimmer', '')).toBe(false);
    expect(matchesMember(undefined, 'rimmer')).toBe(false);
  });

  it('titles do not matter, on either side', () => {
    expect(matchesMember('Dame Diana Johnson', 'diana johnson')).toBe(true);
    expect(matchesMember('Diana Johnson', 'Dame Diana Johnson')).toBe(true);
    expect(matchesMember('Mr Richard Holden', 'holden')).toBe(true);
    expect(matchesMember('Sir Iain Duncan Smith', '"duncan smith"')).toBe(true);
    expect(matchesMember('Baroness Fixture', 'fixture')).toBe(true);
  });

  it('accents and apostrophes are folded', () => {
    expect(matchesMember('Siân Berry', 'sian')).toBe(true);
    expect(matchesMember("Neil O'Brien", 'o brien')).toBe(true);
  });
});

describe('parties', () => {
  it('a party by its name, the starts of its words, its initials or a nickname', () => {
    expect(matchesParty('Reform UK', 'reform')).toBe(true);
    expect(matchesParty('Liberal Democrat', 'lib dem')).toBe(true);
    expect(matchesParty('Liberal Democrat', '"lib dems"')).toBe(true);
    expect(matchesParty('Liberal Democrat', 'libdem')).toBe(true);
    expect(matchesParty('Scottish National Party', 'snp')).toBe(true);
    expect(matchesParty('Democratic Unionist Party', 'DUP')).toBe(true);
    expect(matchesParty('Social Democratic & Labour Party', 'sdlp')).toBe(true);
    expect(matchesParty('Conservative', 'tory')).toBe(true);
    expect(matchesParty('Conservative', 'tories')).toBe(true);
    expect(matchesParty('Labour (Co-op)', 'labour')).toBe(true);
    expect(matchesParty('Green Party', 'greens')).toBe(true);
    expect(matchesParty('Sinn Féin', 'sinn fein')).toBe(true);
  });

  it('not a party that merely holds the word, nor another party, nor none', () => {
    expect(matchesParty('Social Democratic & Labour Party', 'labour')).toBe(false);
    expect(matchesParty('Democratic Unionist Party', 'unionist')).toBe(false);
    expect(matchesParty('Labour', 'reform')).toBe(false);
    expect(matchesParty('Labour', 'lab dem')).toBe(false);
    expect(matchesParty(undefined, 'labour')).toBe(false);
    expect(matchesParty('Labour', '')).toBe(false);
  });

  it('party: keeps the records asked by a member of any party named, and is a filter', () => {
    const flags = { answerIsHolding: false, answerIsCorrection: false, isWithdrawn: false, answerTextClipped: false };
    const asked = (party?: string) => ({ id: party ?? 'none', house: 'Commons' as const, url: 'u', ...flags, askingMember: party ? { name: 'A Member', party } : { name: 'B Member' } });
    const f = parseQuery('party:reform party:snp immigration').filters;
    expect(f.party).toEqual(['reform', 'snp']);
    expect(hasRecordFilters(f)).toBe(true);
    expect(passesFilters(asked('Reform UK'), f)).toBe(true);
    expect(passesFilters(asked('Scottish National Party'), f)).toBe(true);
    expect(passesFilters(asked('Labour'), f)).toBe(false);
    expect(passesFilters(asked(), f)).toBe(false);
  });
});

describe('passesFilters on the fixture records', () => {
  it('each filter keeps exactly the records the raw data says it should', async () => {
    const records = await fixtureRecords();
    const raw = new Map(rawLines().map((l) => [idOf(l), l]));
    expect(raw.size).toBe(records.length);
    const keep = (q: string) => records.filter((r) => passesFilters(r, parseQuery(q).filters)).map((r) => r.id).sort();
    const expected = (pred: (l: ReturnType<typeof rawLines>[number]) => boolean) => [...raw].filter(([, l]) => pred(l)).map(([id]) => id).sort();
    const date = (l: ReturnType<typeof rawLines>[number]) => l.dateAnswered?.slice(0, 10) ?? l.dateTabled.slice(0, 10);

    expect(keep('dept:dwp')).toEqual(expected((l) => l.answeringBodyName === 'Department for Work and Pensions'));
    expect(keep('dept:"home office"')).toEqual(expected((l) => l.answeringBodyName === 'Home Office'));
    expect(keep('dept:homeoffice')).toEqual(keep('dept:"home office"'));
    expect(keep('dept:dwp dept:moj')).toEqual(expected((l) => ['Department for Work and Pensions', 'Ministry of Justice'].includes(l.answeringBodyName)));
    expect(keep('house:lords')).toEqual(expected((l) => l.house === 'Lords'));
    expect(keep('house:commons')).toEqual(expected((l) => l.house === 'Commons'));
    expect(keep('unanswered')).toEqual(expected((l) => !l.answerText || l.answerIsHolding));
    expect(keep('answered')).toEqual(expected((l) => !!l.answerText && !l.answerIsHolding));
    expect(keep('from:2025')).toEqual(expected((l) => date(l) >= '2025-01-01'));
    expect(keep('to:2024-09')).toEqual(expected((l) => date(l) <= '2024-09-30'));
    expect(keep('from:2024-09-09 to:2024-09-09')).toEqual(expected((l) => date(l) === '2024-09-09'));
    expect(keep('from:2024-09-09 to:2024-09-09').length).toBeGreaterThan(0);

    // Every one of these keeps something and leaves something out, or the checks above prove little.
    for (const q of ['dept:dwp', 'dept:"home office"', 'house:lords', 'unanswered', 'answered', 'from:2025', 'to:2024-09']) {
      expect(keep(q).length, q).toBeGreaterThan(0);
      expect(keep(q).length, q).toBeLessThan(records.length);
    }
  });

  it('a period said with its deed: "tabled in" compares the tabling date, "answered in" keeps answers answered then', async () => {
    const records = await fixtureRecords();
    const raw = new Map(rawLines().map((l) => [idOf(l), l]));
    const keep = (q: string) => records.filter((r) => passesFilters(r, parseQuery(q).filters)).map((r) => r.id).sort();
    const expected = (pred: (l: ReturnType<typeof rawLines>[number]) => boolean) => [...raw].filter(([, l]) => pred(l)).map(([id]) => id).sort();
    const tabled = keep('questions tabled in September 2024 about schools');
    expect(tabled).toEqual(expected((l) => l.dateTabled.slice(0, 7) === '2024-09'));
    // Tabled then and answered later are kept; answered then but tabled before are not.
    expect(tabled).not.toEqual(keep('schools from:2024-09 to:2024-09'));
    const answered = keep('schools answered in September 2024');
    expect(answered).toEqual(expected((l) => !!l.answerText && !l.answerIsHolding && l.dateAnswered?.slice(0, 7) === '2024-09'));
    expect(answered.length).toBeGreaterThan(0);
  });

  it('by: and answered-by: use the member names from the members file', async () => {
    const records = await fixtureRecords();
    const named = records.find((r) => r.askingMember?.name && r.answeringMember?.name)!;
    const surname = (n: string) => n.split(' ').at(-1)!;
    const asker = surname(named.askingMember!.name);
    const minister = surname(named.answeringMember!.name);
    const byAsker = records.filter((r) => passesFilters(r, parseQuery(`by:${asker}`).filters));
    expect(byAsker).toContain(named);
    expect(byAsker.every((r) => r.askingMember!.name.toLowerCase().includes(asker.toLowerCase()))).toBe(true);
    const byMinister = records.filter((r) => passesFilters(r, parseQuery(`answered-by:${minister}`).filters));
    expect(byMinister).toContain(named);
    expect(byMinister.every((r) => r.answeringMember!.name.toLowerCase().includes(minister.toLowerCase()))).toBe(true);
  });

  it('recordDate is the answer date, else the tabling date', async () => {
    const records = await fixtureRecords();
    for (const r of records) expect(recordDate(r)).toBe(r.dateAnswered ?? r.dateTabled);
  });

  it('hasRecordFilters: sort alone is not a record filter', () => {
    expect(hasRecordFilters(parseQuery('sort:newest').filters)).toBe(false);
    expect(hasRecordFilters(parseQuery('unanswered').filters)).toBe(true);
    expect(hasRecordFilters(parseQuery('from:2020').filters)).toBe(true);
  });
});
