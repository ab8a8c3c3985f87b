// The search engine over the fixture archive (real corpus records): matching, operators,
// filters, sorting, paging and grouping. Expected sets are computed from the raw lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { QueryError, type SearchResponse } from '../../src/search/types.ts';
import { excerptText } from '../../src/bot/reply.ts';
import { terms } from '../../src/search/text.ts';
import { isAnswered } from '../../src/search/filters.ts';
import { fixtureEngine, rawLines, rawText, idOf, syntheticEngine, syntheticRecord, type RawLine } from './helpers.ts';
import { Engine, buildMiniSearch } from '../../src/search/engine.ts';

let engine: Engine;
let raw: RawLine[];
beforeAll(async () => {
  engine = await fixtureEngine();
  raw = rawLines();
});

const ids = (res: SearchResponse) => res.hits.map((h) => h.record.id);
const idsWhere = (pred: (text: string, l: RawLine) => boolean) => raw.filter((l) => pred(rawText(l), l)).map(idOf).sort();
/** Every hit, page by page (so grouping is seen as the bot sees it). */
async function everything(query: string): Promise<SearchResponse> {
  return engine.search({ query, limit: 100 });
}
/** Every matching record id, grouped ones included. */
async function allIds(query: string): Promise<string[]> {
  return (await engine.matchAll(query)).map((r) => r.id).sort();
}
const dateOf = (id: string) => {
  const r = engine.get(id)!;
  return r.dateAnswered ?? r.dateTabled ?? '';
};

async function rejects(query: string): Promise<QueryError> {
  try {
    await engine.search({ query });
  } catch (err) {
    expect(err, query).toBeInstanceOf(QueryError);
    return err as QueryError;
  }
  throw new Error(`expected a QueryError for ${JSON.stringify(query)}`);
}

describe('the fixture archive', () => {
  it('holds every raw line as one record, by its house-date-uin id', () => {
    expect(engine.size).toBe(raw.length);
    for (const l of raw) expect(engine.get(idOf(l)), idOf(l)).toBeDefined();
    expect(engine.get('no-such-id')).toBeUndefined();
  });
});

describe('matching', () => {
  it('two words the archive writes as a name find the records with both; one holding only "gangs" (county lines gangs) holds nothing of "grooming gangs"', async () => {
    const res = await everything('grooming gangs');
    const expected = idsWhere((t) => /\bgroom/.test(t) && /\bgangs?\b/.test(t));
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(expected.length).toBeLessThan(10);
    const gangsAlone = idsWhere((t) => !/\bgroom/.test(t) && /\bgangs?\b/.test(t));
    expect(gangsAlone.length).toBeGreaterThan(0);
    // Fewer than a page hold both, so "most of the words" is tried; the records holding "gangs"
    // alone are filed under drugs and organised crime, never beside the grooming gangs records,
    // where "gangs" never stands alone: they are not listed, and no notice says they are.
    expect(ids(res).sort()).toEqual(expected);
    expect(res.total).toBe(expected.length);
    expect(res.notices.join(' ')).not.toContain('Few answers contain all of your words');
    expect(res.terms).toEqual(terms('grooming gangs'));
  });

  it('county lines: every record with the phrase is found, and they rank above any record without it', async () => {
    const res = await everything('county lines');
    const withPhrase = idsWhere((t) => /county[^a-z0-9]+lines\b/.test(t));
    expect(withPhrase.length).toBeGreaterThanOrEqual(8);
    const found = await allIds('county lines');
    for (const id of withPhrase) expect(found, id).toContain(id);
    const order = ids(res);
    const lastPhrase = Math.max(...withPhrase.map((id) => order.indexOf(id)));
    const firstOther = order.findIndex((id) => !withPhrase.includes(id));
    if (firstOther >= 0) expect(lastPhrase).toBeLessThan(firstOther);
  });

  it('"exact phrase" keeps only records with the words in that order', async () => {
    const expected = idsWhere((t) => /\bcounty[^a-z0-9]+lines\b/.test(t));
    expect(await allIds('"county lines"')).toEqual(expected);
    const national = idsWhere((t) => /\bnational[^a-z0-9]+security\b/.test(t));
    expect(await allIds('"national security"')).toEqual(national);
    expect(national.length).toBeLessThan((await allIds('national security')).length);
  });

  it('OR finds records with either word', async () => {
    const expected = idsWhere((t) => /\bknife\b|\bknives\b/.test(t));
    expect(expected.length).toBeGreaterThan(1);
    expect(await allIds('knife OR knives')).toEqual(expected);
  });

  it('OR between phrases finds records with either phrase, or with a plain word beside one', async () => {
    const countyLines = await allIds('"county lines"');
    const national = await allIds('"national security"');
    expect(countyLines.length).toBeGreaterThan(0);
    expect(national.length).toBeGreaterThan(0);
    // Each phrase had been required of every record: the two together listed nothing.
    expect(await allIds('"county lines" OR "national security"')).toEqual([...new Set([...countyLines, ...national])].sort());
    const knives = await allIds('knife OR knives');
    expect(await allIds('"county lines" OR knife OR knives')).toEqual([...new Set([...countyLines, ...knives])].sort());
  });

  it('-word leaves out records containing the word (and its plural)', async () => {
    const knives = await allIds('knife OR knives');
    const advertising = idsWhere((t) => /\badvertising/.test(t));
    const without = await allIds('knife OR knives -advertising');
    expect(without).toEqual(knives.filter((id) => !advertising.includes(id)));
    expect(without.length).toBeLessThan(knives.length);
  });

  it('-"phrase" leaves out records containing the phrase', async () => {
    const homeOffice = await allIds('dept:"home office"');
    const phrase = idsWhere((t) => /\bcounty[^a-z0-9]+lines\b/.test(t));
    const without = await allIds('dept:"home office" -"county lines"');
    expect(without).toEqual(homeOffice.filter((id) => !phrase.includes(id)));
    expect(without.length).toBeLessThan(homeOffice.length);
  });

  it('a misspelt word is matched by a close spelling, and the reply says so', async () => {
    const exact = await allIds('grooming gangs');
    const res = await everything('grooming gangz');
    expect(res.notices.join(' ')).toMatch(/close spellings/);
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(exact);
  });

  it('two neighbouring letters swapped are read as the word (one edit, not two), and the reply says so', async () => {
    const exact = await allIds('grooming gangs');
    const res = await everything('grooming gnags');
    expect(res.notices.join(' ')).toContain('close spellings were used: “gnags” as “gangs”');
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(exact);
  });

  it('a word the archive does not hold, with no close spelling, is named in the reply; the other words are answered', async () => {
    const exact = await allIds('grooming gangs');
    const res = await everything('grooming gangs qxzv');
    expect(res.notices).toContain('“qxzv” is not in the archive; these answers match your other words.');
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(exact);
    const two = await everything('grooming qxzv gangs wqzx');
    expect(two.notices).toContain('“qxzv” and “wqzx” are not in the archive; these answers match your other words.');
  });

  it('excerpts mark only words of the query, and mark at least one in every hit that has the words in its text', async () => {
    const res = await everything('grooming gangs');
    const wanted = new Set(res.terms);
    for (const h of res.hits) {
      const marks = h.excerpt.segments.filter((s) => s.match);
      expect(marks.length, h.record.id).toBeGreaterThan(0);
      for (const m of marks) expect(terms(m.text).every((t) => wanted.has(t)), m.text).toBe(true);
    }
  });
});

describe('filters through the engine', () => {
  it('a filter-only query returns every record that passes, newest first', async () => {
    const res = await everything('dept:"home office"');
    const expected = raw.filter((l) => l.answeringBodyName === 'Home Office').map(idOf).sort();
    expect(await allIds('dept:"home office"')).toEqual(expected);
    expect(res.total).toBe(expected.length);
    const dates = ids(res).map(dateOf);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('dept:dwp, dept:homeoffice, dept:"home office" and dept:"the Home Office" all work', async () => {
    expect(await allIds('dept:homeoffice')).toEqual(await allIds('dept:"home office"'));
    expect(await allIds('dept:"the Home Office"')).toEqual(await allIds('dept:"home office"'));
    const dwp = raw.filter((l) => l.answeringBodyName === 'Department for Work and Pensions').map(idOf).sort();
    expect(dwp.length).toBeGreaterThan(0);
    expect(await allIds('dept:dwp')).toEqual(dwp);
  });

  it('a dept: or party: value naming no department or party of the archive is refused, saying what to type', async () => {
    const dept = await rejects('county lines dept:"ministry of magic"');
    expect(dept.message).toBe('No department in the archive goes by “ministry of magic”.');
    expect(dept.hint).toContain('dept:dwp');
    expect((await rejects('county lines party:whig')).message).toBe('No party in the archive goes by “whig”.');
    // A timeliness table too: not "no question fell due".
    await expect(engine.timeliness('dept:"ministry of magic"')).rejects.toThrow('No department in the archive goes by “ministry of magic”.');
    // One the archive holds is a filter as before.
    expect((await engine.search({ query: 'party:labour' })).total).toBeGreaterThan(0);
  });

  it('a by: or answered-by: value naming no member who asked or answered is refused, naming the other filter when the member did the other', async () => {
    const nobody = await rejects('county lines by:"Nobody Atall"');
    expect(nobody.message).toBe('No member who asked questions in the archive goes by “Nobody Atall”.');
    expect(nobody.hint).toContain('by:lowe');
    // Robbie Moore only answered in the fixture archive; Priti Patel only asked.
    const minister = await rejects('by:"robbie moore"');
    expect(minister.message).toBe('No member who asked questions in the archive goes by “robbie moore”.');
    expect(minister.hint).toBe('Robbie Moore answered questions: answered-by:"robbie moore".');
    expect((await rejects('answered-by:patel')).hint).toBe('Priti Patel asked questions: by:patel.');
    // Each as the filter it is: as before.
    expect((await engine.search({ query: 'answered-by:"robbie moore"' })).total).toBeGreaterThan(0);
    expect((await engine.search({ query: 'by:patel' })).total).toBeGreaterThan(0);
  });

  it('a member of the directory who has asked and answered nothing yet (newly elected) is a filter with no results, not refused', async () => {
    const records = [syntheticRecord('Railways: Fares', 'To ask the Secretary of State for Transport, what fares are.', 'Fares are set.')];
    const e = new Engine(buildMiniSearch(records), records, undefined, { people: [{ name: 'Jo Newmember' }] });
    expect((await e.search({ query: 'by:"jo newmember"' })).total).toBe(0);
    await expect(e.search({ query: 'by:"jo oldmember"' })).rejects.toThrow('No member who asked questions in the archive goes by “jo oldmember”.');
  });

  it('house: a House the archive holds nothing from is refused, saying which it holds', async () => {
    const e = syntheticEngine([syntheticRecord('Railways: Fares', 'To ask the Secretary of State for Transport, what fares are.', 'Fares are set.')]);
    const err = await e.search({ query: 'fares house:lords' }).then(
      () => undefined,
      (x: QueryError) => x,
    );
    expect(err).toBeInstanceOf(QueryError);
    expect(err!.message).toBe('The archive holds no questions from the House of Lords.');
    expect(err!.hint).toBe('It holds House of Commons questions only: leave house:lords out.');
    expect((await e.search({ query: 'fares house:commons' })).total).toBe(1);
  });

  it('words and a filter: the filter narrows the words', async () => {
    const all = await allIds('county lines');
    const lords = await allIds('county lines house:lords');
    expect(lords.length).toBeGreaterThan(0);
    expect(lords.length).toBeLessThan(all.length);
    for (const id of lords) expect(engine.get(id)!.house).toBe('Lords');
    expect(lords).toEqual(all.filter((id) => engine.get(id)!.house === 'Lords'));
  });

  it('a from: after the last date of the archive, or a to: before its first, says what dates it holds', async () => {
    const dates = raw.flatMap((l) => [l.dateTabled, l.dateAnswered]).filter((d): d is string => !!d).map((d) => d.slice(0, 10)).sort();
    const span = `The archive's questions run from ${dates[0]} to ${dates.at(-1)}`;
    const later = await engine.search({ query: 'county lines from:2099' });
    expect(later.total).toBe(0);
    expect(later.notices).toContain(`${span}: none is dated from:2099-01-01.`);
    expect((await engine.search({ query: 'dept:"home office" to:1999' })).notices).toContain(`${span}: none is dated to:1999-12-31.`);
    // Within the span, no such notice, whether or not anything matches.
    const within = await engine.search({ query: `county lines from:${dates[0]}` });
    expect(within.notices.join(' ')).not.toContain('run from');
  });

  it('from:/to: bound the answer date (tabling date while unanswered)', async () => {
    const all = await allIds('dept:"home office"');
    const from = await allIds('dept:"home office" from:2025');
    const to = await allIds('dept:"home office" to:2024-12');
    expect(from).toEqual(all.filter((id) => dateOf(id) >= '2025-01-01'));
    expect(to).toEqual(all.filter((id) => dateOf(id) <= '2024-12-31'));
    expect(from.length).toBeGreaterThan(0);
    expect(to.length).toBeGreaterThan(0);
    expect([...from, ...to].sort()).toEqual(all);
  });

  it('answered / unanswered split the records (holding answers count as unanswered)', async () => {
    const all = await allIds('dept:"home office"');
    const answered = await allIds('dept:"home office" answered');
    const unanswered = await allIds('dept:"home office" unanswered');
    expect([...answered, ...unanswered].sort()).toEqual(all);
    for (const id of answered) expect(engine.get(id)!.answerText).toBeTruthy();
    for (const id of unanswered) {
      const r = engine.get(id)!;
      expect(!r.answerText || r.answerIsHolding).toBe(true);
    }
    const holding = raw.filter((l) => l.answerIsHolding).map(idOf);
    expect(holding.length).toBeGreaterThan(0);
    for (const id of holding) expect(await allIds(`unanswered dept:"${engine.get(id)!.answeringBody}"`)).toContain(id);
  });

  it('by: and answered-by: use member names', async () => {
    const r = engine.get(idOf(raw.find((l) => l.answeringBodyName === 'Foreign, Commonwealth and Development Office' && l.answerText)!))!;
    const asker = r.askingMember!.name.split(' ').at(-1)!;
    const minister = r.answeringMember!.name.split(' ').at(-1)!;
    const byAsker = await allIds(`by:${asker}`);
    expect(byAsker).toContain(r.id);
    for (const id of byAsker) expect(engine.get(id)!.askingMember!.name).toContain(asker);
    const byMinister = await allIds(`answered-by:${minister}`);
    expect(byMinister).toContain(r.id);
    for (const id of byMinister) expect(engine.get(id)!.answeringMember!.name).toContain(minister);
  });

  it('a filter nothing passes gives no results, not an error', async () => {
    const res = await engine.search({ query: 'grooming gangs house:lords' });
    expect(res.total).toBe(0);
    expect(res.hits).toEqual([]);
  });
});

describe('sorting', () => {
  it('sort:newest and sort:oldest order by date, the same records as by relevance', async () => {
    const rel = await everything('county lines');
    const newest = await everything('county lines sort:newest');
    const oldest = await everything('county lines sort:oldest');
    expect(ids(newest).sort()).toEqual(ids(rel).sort());
    expect(ids(oldest).sort()).toEqual(ids(rel).sort());
    const nd = ids(newest).map(dateOf);
    const od = ids(oldest).map(dateOf);
    expect(nd).toEqual([...nd].sort().reverse());
    expect(od).toEqual([...nd].sort());
    expect(nd[0] > nd[nd.length - 1]).toBe(true);
  });

  it('words that only name the records beside a filter list what the filter lists ("unanswered questions", "written answers dept:…", "oldest unanswered questions")', async () => {
    expect(await allIds('unanswered questions')).toEqual(await allIds('unanswered'));
    expect(await allIds('written answers dept:"home office"')).toEqual(await allIds('dept:"home office"'));
    const oldest = await everything('oldest unanswered questions');
    expect(ids(oldest)).toEqual(ids(await everything('unanswered sort:oldest')));
    expect(oldest.notices.join(' ')).toContain('Oldest first, as “oldest” asks');
    // Nothing to rank by: no best match to offer in its place.
    expect(oldest.notices.join(' ')).not.toContain('leave that word out');
  });

  it('"latest answers" alone, or "what\'s new?", lists the answered questions newest first; "latest answers from the Home Office" keeps the department', async () => {
    const answered = ids(await everything('answered'));
    for (const query of ['latest answers', 'Recent replies?', "what's new?"]) {
      const res = await everything(query);
      expect(ids(res), query).toEqual(answered);
      expect(res.notices, query).toContainEqual(expect.stringMatching(/^Read “.+” as answered questions, listed by date; unanswered lists those awaiting one\.$/));
    }
    // Oldest first when asked, said once.
    const oldest = await everything('oldest answers');
    expect(ids(oldest)).toEqual(ids(await everything('answered sort:oldest')));
    expect(oldest.notices.filter((n) => /oldest/i.test(n))).toEqual(['Read “oldest answers” as answered questions, listed by date; unanswered lists those awaiting one.', 'Oldest first, as “oldest” asks.']);
    // The chat opening "latest answers from" leaves who answered them to be read: the department, not the words "Home Office".
    for (const query of ['latest answers from the Home Office', 'latest answers dept:"home office"']) {
      expect(await allIds(query), query).toEqual(await allIds('answered dept:"home office"'));
    }
    expect((await everything('latest answers from the Home Office')).notices[0]).toMatch(/^Read “Home Office” as questions put to the Home Office/);
  });

  it('"county lines in 2024" lists what "county lines from:2024 to:2024" lists, and says how it read the year', async () => {
    const said = await everything('county lines in 2024');
    expect(ids(said).length).toBeGreaterThan(0);
    expect(ids(said)).toEqual(ids(await everything('county lines from:2024 to:2024')));
    expect(said.notices.join(' ')).toContain('Read “in 2024” as from:2024-01-01 to:2024-12-31');
  });

  it('"overdue questions", "holding answers" list what is:overdue, is:holding list, and say how they were read', async () => {
    const said = await everything('overdue questions');
    expect(said.total).toBeGreaterThan(0);
    expect(ids(said)).toEqual(ids(await everything('is:overdue')));
    expect(said.notices.join(' ')).toContain('Read “overdue” as is:overdue');
    expect(await allIds('holding answers dept:"home office"')).toEqual(await allIds('is:holding dept:"home office"'));
  });

  it('"latest on …" lists what sort:newest lists, and says why it is newest first', async () => {
    const latest = await everything('latest on county lines');
    expect(ids(latest)).toEqual(ids(await everything('county lines sort:newest')));
    expect(latest.notices.join(' ')).toContain('Newest first, as “latest” asks');
    expect((await everything('county lines sort:newest')).notices.join(' ')).not.toContain('Newest first, as');
  });

  it('by relevance, scores never go up down the list (answers first, then questions awaiting one)', async () => {
    // One word: no phrase tier to order by.
    const res = await everything('knife');
    expect(res.hits.length).toBeGreaterThan(3);
    const answered = res.hits.filter((h) => isAnswered(h.record));
    const waiting = res.hits.filter((h) => !isAnswered(h.record));
    expect(res.hits).toEqual([...answered, ...waiting]);
    for (const part of [answered, waiting]) {
      const scores = part.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('paging', () => {
  it('limit and offset walk the same list without gaps or repeats; total stays put', async () => {
    const whole = await engine.search({ query: 'dept:"home office"', limit: 100 });
    expect(whole.total).toBeGreaterThan(6);
    const pages: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 4) {
      const page = await engine.search({ query: 'dept:"home office"', limit: 4, offset });
      expect(page.total).toBe(whole.total);
      expect(page.hits.length).toBe(Math.min(4, whole.total - offset));
      pages.push(...ids(page));
    }
    expect(pages).toEqual(ids(whole));
  });

  it('past the end there are no hits, and the total is still told', async () => {
    const res = await engine.search({ query: 'dept:"home office"', offset: 1000 });
    expect(res.hits).toEqual([]);
    expect(res.total).toBeGreaterThan(0);
  });

  it('the default page is 10; limit is kept between 1 and 100; a negative offset is 0', async () => {
    const whole = await engine.search({ query: 'answered', limit: 100 });
    expect(whole.total).toBeGreaterThan(10);
    expect((await engine.search({ query: 'answered' })).hits).toHaveLength(10);
    expect((await engine.search({ query: 'answered', limit: 0 })).hits).toHaveLength(1);
    expect((await engine.search({ query: 'answered', limit: 1000 })).hits).toHaveLength(Math.min(100, whole.total));
    expect(ids(await engine.search({ query: 'answered', offset: -5, limit: 3 }))).toEqual(ids(whole).slice(0, 3));
  });

  it('onlyIds restricts the results to those records', async () => {
    const all = await everything('dept:"home office"');
    const some = new Set(ids(all).slice(0, 3));
    const res = await engine.search({ query: 'dept:"home office"', onlyIds: some });
    expect(new Set(ids(res))).toEqual(some);
  });
});

describe('grouping the same question put to several departments', () => {
  /** Raw lines with the same asker, day and words after "To ask the … ," — found from the data, not the engine. */
  function sameQuestionGroups(): RawLine[][] {
    const groups = new Map<string, RawLine[]>();
    for (const l of raw) {
      if (!l.askingMemberId) continue;
      const body = l.questionText.toLowerCase().replace(/^to ask the [^,]*,\s*/, '');
      const key = `${l.askingMemberId}|${l.dateTabled}|${body}`;
      groups.set(key, [...(groups.get(key) ?? []), l]);
    }
    return [...groups.values()].filter((g) => g.length > 1 && new Set(g.map((l) => l.answeringBodyName)).size === g.length);
  }

  it('the fixture has such groups (two and three departments)', () => {
    expect(sameQuestionGroups().map((g) => g.length).sort()).toEqual([2, 3]);
  });

  it('each group shows once, with the other departments under alsoAskedOf', async () => {
    for (const group of sameQuestionGroups()) {
      const groupIds = group.map(idOf);
      // search with the heading's topic word(s) after the department name
      const topic = group[0].heading!.split(':').at(-1)!.trim();
      const res = await everything(topic);
      const shown = res.hits.filter((h) => groupIds.includes(h.record.id));
      expect(shown, topic).toHaveLength(1);
      const hit = shown[0];
      const also = hit.alsoAskedOf!;
      expect(also.map((a) => a.id).sort()).toEqual(groupIds.filter((id) => id !== hit.record.id).sort());
      for (const a of also) {
        const line = group.find((l) => idOf(l) === a.id)!;
        expect(a.answeringBody).toBe(line.answeringBodyName);
        expect(a.url).toBe(`https://questions-statements.parliament.uk/written-questions/detail/${line.dateTabled}/${line.uin}`);
      }
      // matchAll is ungrouped: the total counts the group once
      expect((await engine.matchAll(topic)).length).toBe(res.total + res.hits.reduce((n, h) => n + (h.alsoAskedOf?.length ?? 0), 0));
    }
  });

  it('the same words asked by two different members on the same day are two results', async () => {
    const pair = raw.filter((l) => l.heading === 'National Security: China');
    expect(pair).toHaveLength(2);
    expect(pair[0].askingMemberId).not.toBe(pair[1].askingMemberId);
    expect(pair[0].dateTabled).toBe(pair[1].dateTabled);
    const res = await everything('"national security" china');
    expect(ids(res).sort()).toEqual(pair.map(idOf).sort());
    for (const h of res.hits) expect(h.alsoAskedOf).toBeUndefined();
  });

  it('the same words asked by two different members are two results also without a members file (only member ids known)', async () => {
    const bare = await fixtureEngine({ members: false });
    const pair = raw.filter((l) => l.heading === 'National Security: China').map(idOf).sort();
    for (const id of pair) expect(bare.get(id)!.askingMember).toBeUndefined();
    const res = await bare.search({ query: '"national security" china', limit: 100 });
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(pair);
  });
});

describe('bad queries reject with QueryError, never another error', () => {
  it.each([
    ['', /nothing to search/i],
    ['   ', /nothing to search/i],
    ['?!...', /nothing to search/i],
    ['\u0000\u0007\u001b', /nothing to search/i],
    ['sort:newest', /nothing to search/i],
    ['the of and', /too common/i],
    ['what is the', /too common/i],
    ['"county lines', /quotation mark/i],
    ['knife dpt:dwp', /not a filter/i],
    ['OR knife', /OR needs/],
    ['knife OR', /OR needs/],
    ['x'.repeat(501), /limit is 500/],
    ['from:2025 to:2024', /after/],
  ])('%j', async (query, message) => {
    const e = await rejects(query);
    expect(e.message).toMatch(message);
    expect(e.hint ?? '').not.toBe('');
  });

  it('awkward input either searches or rejects with QueryError', async () => {
    const awkward = ['(county lines)', '[knife]', '\\', '$^.*+?()[]{}|', '😀', '\u202e', 'a:b:c', '-', '--knife', 'knife -knife', '"county lines" OR', '-"a"', 'e-scooters', 'C++', '£3.6m', '2024', 'https://questions-statements.parliament.uk/x'];
    for (const query of awkward) {
      try {
        const res = await engine.search({ query });
        expect(res.total, query).toBeGreaterThanOrEqual(0);
      } catch (err) {
        expect(err, query).toBeInstanceOf(QueryError);
      }
    }
  });

  it('matchAll rejects the same way', async () => {
    await expect(engine.matchAll('')).rejects.toBeInstanceOf(QueryError);
    await expect(engine.matchAll('"open')).rejects.toBeInstanceOf(QueryError);
  });
});

describe('hit contents', () => {
  it('every hit carries its record, a positive score when ranked by words, and an excerpt from its text', async () => {
    const res = await everything('grooming gangs');
    for (const h of res.hits) {
      expect(h.score).toBeGreaterThan(0);
      const source = h.excerpt.field === 'answer' ? h.record.answerText! : h.record.questionText;
      expect(source.replace(/\s*\n+\s*/g, ' ')).toContain(excerptText(h.excerpt).replace(/^…|…$/g, ''));
    }
  });
});
