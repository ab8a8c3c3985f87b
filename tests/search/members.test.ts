// Names are people (issue 15, item 4): a query that is, or contains, a member's name is read as
// that member, asking or answering, with the words search as the fallback, and says so.
import { beforeAll, describe, expect, it } from 'vitest';
import { QaRecord } from '../../src/record.ts';
import { openArchive } from '../../src/search/open.ts';
import { buildMiniSearch, Engine } from '../../src/search/engine.ts';
import { nameInQuery } from '../../src/search/members.ts';
import { parseQuery } from '../../src/search/query.ts';
import { CORPUS_FILE, CORPUS_MEMBERS, hasCorpus, NO_CORPUS, syntheticEngine, syntheticRecord } from './helpers.ts';

const by = (asker: string, answerer: string | undefined, heading: string, q: string, a: string, date = '2024-09-02') =>
  QaRecord.parse({ ...syntheticRecord(heading, q, a, date), askingMember: { name: asker }, ...(answerer ? { answeringMember: { name: answerer } } : {}) });

describe('member names (fixtures)', () => {
  const lowe = [
    by('Rupert Lowe', 'Jane Minister', 'Immigration: Statistics', 'To ask the Secretary of State, how many visas were issued.', 'Figures are published quarterly.', '2024-05-01'),
    by('Rupert Lowe', 'Jane Minister', 'Immigration: Detention', 'To ask the Secretary of State, about immigration detention.', 'Detention is used sparingly.', '2024-06-01'),
  ];
  const answered = by('Anne Asker', 'Sir Rupert Lowe', 'Roads', 'To ask the Secretary of State, about potholes.', 'Potholes are funded.', '2024-07-01');
  // The words the name is made of, as ordinary words: what the stemmer would otherwise find.
  const words = [
    by('Anne Asker', 'Jane Minister', 'Productivity', 'To ask the Secretary of State, about low productivity and Rupert Street.', 'Low productivity is a concern.'),
    by('Anne Asker', 'Jane Minister', 'Wages', 'To ask the Secretary of State, about low pay.', 'Low pay is tackled.'),
    by('Anne Asker', 'Jane Minister', 'Buses: Fares', 'To ask the Secretary of State, about bus fares.', 'Bus fares are capped.'),
  ];
  const e = syntheticEngine([...words, ...lowe, answered]);

  it('a query that is a name finds the member asking or answering, newest first, and says how it was read', async () => {
    const res = await e.search({ query: 'Rupert Lowe' });
    expect(res.hits.map((h) => h.record.id)).toEqual([answered.id, lowe[1].id, lowe[0].id]);
    expect(res.total).toBe(3);
    expect(res.notices[0]).toContain('as the member Rupert Lowe');
  });

  it('titles and a possessive do not hide the name; other words search within the member\'s questions', async () => {
    const res = await e.search({ query: "Rupert Lowe's immigration detention" });
    expect(res.hits[0].record.id).toBe(lowe[1].id);
    expect(res.hits.map((h) => h.record.id)).not.toContain(words[0].id);
    expect(res.notices[0]).toContain('that match “immigration detention”');
    expect(nameInQuery(parseQuery('sir rupert lowe'), (k) => e.memberName(k))?.key).toBe('rupert lowe');
  });

  it('words naming the records themselves ("questions from …", "… answers") are no search words in a member query', async () => {
    for (const q of ['questions from Rupert Lowe on immigration detention', "written questions by Rupert Lowe about immigration detention", "what has Rupert Lowe asked about immigration detention?"]) {
      const res = await e.search({ query: q });
      expect(res.hits[0].record.id, q).toBe(lowe[1].id);
      expect(res.notices[0], q).toContain('that match “immigration detention”');
    }
    // Questions from him are those he asked; questions to him, those he answered.
    const all = await e.search({ query: 'questions from Rupert Lowe' });
    expect(all.hits.map((h) => h.record.id)).toEqual([lowe[1].id, lowe[0].id]);
    expect(all.notices[0]).toContain('questions asked by Rupert Lowe, newest first');
    // "questions by …" too, after a chat opening or not.
    for (const q of ['questions by Rupert Lowe', 'show me questions by Rupert Lowe']) {
      const by = await e.search({ query: q });
      expect(by.hits.map((h) => h.record.id), q).toEqual([lowe[1].id, lowe[0].id]);
      expect(by.notices[0], q).toContain('questions asked by Rupert Lowe, newest first');
    }
    expect((await e.search({ query: 'questions to Rupert Lowe' })).hits.map((h) => h.record.id)).toEqual([answered.id]);
    // A member named alone with nothing on that side (a minister asks none): the other side, saying so, not "no answers".
    const minister = await e.search({ query: 'questions from Jane Minister' });
    expect(minister.hits.map((h) => h.record.id)).toEqual([...words.map((w) => w.id), lowe[1].id, lowe[0].id]);
    expect(minister.notices[0]).toBe('Jane Minister asked no question in the archive; these are the questions Jane Minister answered, newest first.');
    expect((await e.search({ query: 'questions to Anne Asker' })).hits.map((h) => h.record.id)).toContain(answered.id);
  });

  it('"asked by", "answered by" and the like beside the name keep to that side of the member\'s questions, and say so', async () => {
    for (const q of ['asked by Rupert Lowe', 'questions tabled by Rupert Lowe', "Rupert Lowe's asked questions", 'what has Rupert Lowe asked?']) {
      const res = await e.search({ query: q });
      expect(res.hits.map((h) => h.record.id), q).toEqual([lowe[1].id, lowe[0].id]);
      expect(res.notices[0], q).toContain('questions asked by Rupert Lowe, newest first');
    }
    for (const q of ['answered by Rupert Lowe', 'answered by the minister Rupert Lowe', 'what has Rupert Lowe answered?']) {
      const res = await e.search({ query: q });
      expect(res.hits.map((h) => h.record.id), q).toEqual([answered.id]);
      expect(res.notices[0], q).toContain('questions answered by Rupert Lowe');
    }
    // He answered on potholes, and asked nothing on them: the words search, saying so.
    const asked = await e.search({ query: 'what has Rupert Lowe asked about potholes?' });
    expect(asked.notices[0]).toContain('Rupert Lowe asked nothing matching “potholes”');
    expect((await e.search({ query: 'what has Rupert Lowe asked about immigration detention?' })).hits[0]!.record.id).toBe(lowe[1].id);
  });

  it('an office named beside the name ("the minister …", "… MP") is who the member is, not a word to search for', async () => {
    for (const q of ['what did the minister Sir Rupert Lowe say about potholes?', 'Rupert Lowe MP potholes', 'shadow secretary Rupert Lowe on potholes']) {
      const res = await e.search({ query: q });
      expect(res.hits.map((h) => h.record.id), q).toEqual([answered.id]);
      expect(res.notices[0], q).toContain('that match “potholes”');
    }
  });

  it('when the member has nothing on the other words, the words search is the fallback, saying so', async () => {
    const res = await e.search({ query: 'Rupert Lowe bus fares' });
    expect(res.hits[0].record.id).toBe(words[2].id);
    expect(res.notices[0]).toContain('Rupert Lowe asked or answered nothing matching “bus fares”');
  });

  it('a minister with nothing on the other words: the answers of the department they last answered for, else the words alone', () => {
    const home = (heading: string, q: string, a: string, answerer: string, date: string) => QaRecord.parse({ ...by('Anne Asker', answerer, heading, q, a, date), answeringBody: 'Home Office' });
    const visas = home('Visas', 'To ask the Secretary of State, about bus driver visas.', 'Bus driver visas are issued.', 'Jane Minister', '2024-08-01');
    const hers = home('Police', 'To ask the Secretary of State, about police numbers.', 'Police numbers rose.', 'Yvette Cooper', '2024-09-01');
    const older = QaRecord.parse({ ...by('Anne Asker', 'Yvette Cooper', 'Roads', 'To ask the Secretary of State, about road tolls.', 'Tolls are set locally.', '2023-01-01') });
    const e2 = syntheticEngine([...words, visas, hers, older]);
    expect(e2.memberDepartment('yvette cooper')).toBe('Home Office');
    const res = e2.searchSync({ query: 'questions to Yvette Cooper about bus drivers' });
    // The Home Office's answer, not the Department for Transport's on bus fares.
    expect(res.hits.map((h) => h.record.id)).toEqual([visas.id]);
    expect(res.notices[0]).toBe(
      'Yvette Cooper answered nothing matching “bus drivers”; these are the answers on it from the Home Office, which Yvette Cooper answers for (dept:"Home Office").',
    );
    // Nothing there either, or a member who answers for none: the words alone, the name's words not searched.
    const pay = e2.searchSync({ query: 'questions to Yvette Cooper about low pay' });
    expect(pay.hits[0]!.record.id).toBe(words[1].id);
    expect(pay.notices[0]).toBe('Yvette Cooper answered nothing matching “low pay”; these answers are found by those words alone.');
  });

  it('a member no record names (the members file\'s alone) is the member: her department\'s answers, or the answers writing her name', () => {
    const treasury = (heading: string, q: string, a: string) => QaRecord.parse({ ...by('Anne Asker', 'Jane Minister', heading, q, a), answeringBody: 'Treasury' });
    const rules = treasury('Fiscal Policy', 'To ask the Chancellor of the Exchequer, about the fiscal rules.', 'The fiscal rules are binding.');
    const roads = by('Anne Asker', 'Jane Minister', 'Roads: Finance', 'To ask the Secretary of State for Transport, about the fiscal rules for roads.', 'Roads follow the fiscal rules.');
    const naming = treasury('Chancellor: Visits', 'To ask the Chancellor of the Exchequer, whether Rachel Reeves will visit Leeds.', 'The Chancellor will visit.');
    const recs = [...words, rules, roads, naming];
    const e2 = new Engine(buildMiniSearch(recs), recs, undefined, { people: [{ name: 'Rachel Reeves', department: 'HM Treasury' }, { name: 'Mrs Theresa May' }] });
    const onRules = e2.searchSync({ query: 'what did Rachel Reeves say about the fiscal rules?' });
    expect(onRules.hits.map((h) => h.record.id)).toEqual([rules.id]);
    expect(onRules.notices[0]).toBe('Rachel Reeves asked or answered nothing matching “fiscal rules”; these are the answers on it from the Treasury, which Rachel Reeves answers for (dept:"Treasury").');
    const alone = e2.searchSync({ query: 'Rachel Reeves' });
    expect(alone.hits.map((h) => h.record.id)).toEqual([naming.id]);
    expect(alone.notices[0]).toBe('Rachel Reeves asked or answered no question in the archive; these answers name Rachel Reeves; for the answers from the Treasury, which Rachel Reeves serves in: dept:"Treasury".');
    // No record writes the name: said so, not the records holding "may" or "theresa".
    const may = e2.searchSync({ query: 'Theresa May' });
    expect(may.hits).toEqual([]);
    expect(may.notices[0]).toBe('Mrs Theresa May asked or answered no question in the archive, and no answer names Mrs Theresa May.');
    // Nor one the filters keep: said so, not that no answer names her at all.
    expect(e2.searchSync({ query: 'Rachel Reeves to:2020' }).notices[0]).toBe('Rachel Reeves asked or answered no question in the archive, and no answer your filters keep names Rachel Reeves.');
    // A surname alone, when no record's member bears it and the archive writes no such word, is its directory member too.
    const e3 = new Engine(buildMiniSearch(recs), recs, undefined, { people: [{ name: 'Ed Davey' }, { name: 'Other Minister' }, { name: 'Anne Rules' }] });
    expect(e3.searchSync({ query: 'Davey' }).notices[0]).toBe('Ed Davey asked or answered no question in the archive, and no answer names Ed Davey.');
    // Not one a record's member bears ("Minister": Jane Minister), nor a word of the archive's ("rules").
    expect(e3.searchSync({ query: 'Minister' }).notices.join(' ')).not.toContain('Other Minister');
    expect(e3.searchSync({ query: 'Rules' }).notices.join(' ')).not.toContain('Anne Rules');
  });

  it('a quoted name, or a name the archive does not hold, is searched as words; a name is two words or more', async () => {
    expect((await e.search({ query: '"Rupert Lowe"' })).notices.join(' ')).not.toContain('as the member');
    expect((await e.search({ query: 'low productivity' })).hits[0].record.id).toBe(words[0].id);
    expect(nameInQuery(parseQuery('Lowe'), (k) => e.memberName(k))).toBeUndefined();
    expect(nameInQuery(parseQuery('Rupert Smith'), (k) => e.memberName(k))).toBeUndefined();
  });

  it('filters still only filter a member query', async () => {
    const res = await e.search({ query: 'Rupert Lowe to:2024-06' });
    expect(res.hits.map((h) => h.record.id)).toEqual([lowe[1].id, lowe[0].id]);
  });
});

describe('"the MP for …" (fixtures)', () => {
  const seat = (name: string, constituency: string, heading: string, date: string) =>
    QaRecord.parse({ ...syntheticRecord(heading, 'To ask the Secretary of State, about flood defences.', 'Defences are funded.', date), askingMember: { name, constituency } });
  const before = seat('Old Member', 'Great Yarmouth', 'Flooding: Great Yarmouth', '2023-11-01');
  const now = [seat('Rupert Lowe', 'Great Yarmouth', 'Flooding', '2024-09-02'), seat('Rupert Lowe', 'Great Yarmouth', 'Sea Defences', '2024-10-01')];
  const other = seat('Anne Asker', 'Oldham West, Chadderton and Royton', 'Housing', '2024-09-03');
  const e = syntheticEngine([before, ...now, other]);

  it('is the member who sits for the seat now (the latest to ask from it), and says so', async () => {
    const res = await e.search({ query: 'what has the MP for Great Yarmouth asked about flood defences?' });
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(now.map((r) => r.id).sort());
    expect(res.notices[0]).toContain('Read “the MP for Great Yarmouth” as the member Rupert Lowe: questions asked by Rupert Lowe');
    // A seat's punctuation need not be typed; a seat no member sits for is words.
    const oldham = await e.search({ query: 'MP for Oldham West Chadderton and Royton' });
    expect(oldham.hits.map((h) => h.record.id)).toEqual([other.id]);
    expect((await e.search({ query: 'who is the MP for Great Yarmouth?' })).notices[0]).toContain('Read “the MP for Great Yarmouth” as the member Rupert Lowe');
    expect((await e.search({ query: 'MP for Nowhere flood defences' })).notices.join(' ')).not.toContain('as the member');
    // As the House says it: "the hon. Member for …", "Member of Parliament for …".
    for (const [query, read] of [
      ['what has the hon. Member for Great Yarmouth asked about flood defences?', 'the hon Member for Great Yarmouth'],
      ['questions from the member for Great Yarmouth', 'the member for Great Yarmouth'],
      ['Member of Parliament for Great Yarmouth flood defences', 'Member of Parliament for Great Yarmouth'],
    ]) {
      const res = await e.search({ query: query! });
      expect(res.notices[0], query).toContain(`Read “${read}” as the member Rupert Lowe`);
      expect(res.hits.map((h) => h.record.id).sort(), query).toEqual(now.map((r) => r.id).sort());
    }
  });

  it('a seat typed alone is its member when the archive writes none of its words; else the words', async () => {
    // No record's text names Oldham, Chadderton or Royton: only its member's questions are about it.
    const res = await e.search({ query: 'questions from Oldham West, Chadderton and Royton' });
    expect(res.notices[0]).toContain('as the member Anne Asker');
    expect(res.hits.map((h) => h.record.id)).toEqual([other.id]);
    // Great Yarmouth is written in a heading: a place to search for.
    const yarmouth = await e.search({ query: 'Great Yarmouth' });
    expect(yarmouth.notices.join(' ')).not.toContain('as the member');
    expect(yarmouth.hits.map((h) => h.record.id)).toEqual([before.id]);
  });
});

describe('member surnames (fixtures)', () => {
  const lowe = [
    by('Rupert Lowe', 'Jane Minister', 'Immigration: Statistics', 'To ask the Secretary of State, how many visas were issued.', 'Figures are published quarterly.', '2024-05-01'),
    by('Anne Asker', 'Sir Rupert Lowe', 'Roads', 'To ask the Secretary of State, about potholes.', 'Potholes are funded.', '2024-07-01'),
  ];
  // "Lowe" stems as "low" does: the words search alone would find low pay.
  const low = by('Anne Asker', 'Jane Minister', 'Wages', 'To ask the Secretary of State, about low pay.', 'Low pay is tackled.');
  // A surname the archive also writes as a word: bus fares.
  const fares = [
    by('Peter Fares', 'Jane Minister', 'Libraries', 'To ask the Secretary of State, about libraries.', 'Libraries are funded.'),
    by('Anne Asker', 'Jane Minister', 'Buses: Fares', 'To ask the Secretary of State, about bus fares.', 'Bus fares are capped.'),
  ];
  // Two members bear "Cooper".
  const coopers = [
    by('Daisy Cooper', 'Jane Minister', 'Hospices', 'To ask the Secretary of State, about hospices.', 'Hospices are funded.'),
    by('Andrew Cooper', 'Jane Minister', 'Ferries', 'To ask the Secretary of State, about ferries.', 'Ferries run.'),
  ];
  const e = syntheticEngine([...lowe, low, ...fares, ...coopers]);

  it('a surname one member bears, and the archive does not write as a word, is the member', async () => {
    for (const q of ['Lowe', 'lowe']) {
      const res = await e.search({ query: q });
      expect(res.hits.map((h) => h.record.id), q).toEqual([lowe[1].id, lowe[0].id]);
      expect(res.notices[0], q).toContain(`Read “${q}” as the member Rupert Lowe`);
    }
    const topic = await e.search({ query: 'Lowe potholes' });
    expect(topic.hits.map((h) => h.record.id)).toEqual([lowe[1].id]);
  });

  it('punctuation typed against a surname does not make the archive\'s word a name ("Fares, buses")', async () => {
    const res = await e.search({ query: 'Fares, buses' });
    expect(res.notices.join(' ')).not.toContain('Peter Fares');
    expect(res.hits.map((h) => h.record.id)).toContain(fares[1].id);
  });

  it('a surname the archive also writes as a word, or that two members bear, is searched as words', async () => {
    const word = await e.search({ query: 'Fares' });
    expect(word.hits.map((h) => h.record.id)).toContain(fares[1].id);
    expect(word.notices.join(' ')).not.toContain('as the member');
    const shared = await e.search({ query: 'Cooper' });
    expect(shared.notices.join(' ')).not.toContain('as the member');
    expect(e.roster.memberBySurname('cooper')).toBeUndefined();
    expect(e.roster.memberBySurname('lowe')?.key).toBe('rupert lowe');
  });

  it('a member who arrives or leaves with the records is read so from then on', async () => {
    const e2 = syntheticEngine([...lowe, low]);
    expect(e2.roster.memberBySurname('quennell')).toBeUndefined();
    const arrived = by('Zoe Quennell', 'Jane Minister', 'Canals', 'To ask the Secretary of State, about canals.', 'Canals are maintained.');
    e2.apply([{ id: arrived.id, record: arrived }]);
    expect(e2.roster.memberBySurname('quennell')?.name).toBe('Zoe Quennell');
    expect((await e2.search({ query: 'Quennell' })).notices[0]).toContain('as the member Zoe Quennell');
    e2.apply([{ id: arrived.id }]);
    expect(e2.roster.memberBySurname('quennell')).toBeUndefined();
  });

  it('a quoted surname is the word', async () => {
    const res = await e.search({ query: '"Lowe"' });
    expect(res.notices.join(' ')).not.toContain('as the member');
  });
});

if (!hasCorpus) console.warn(NO_CORPUS);

describe.skipIf(!hasCorpus)('member names on the shared corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = (await openArchive({ data: [CORPUS_FILE], members: CORPUS_MEMBERS, persist: false })).engine;
  }, 300_000);

  it('"Rupert Lowe" is the member, not "low": every hit asked or answered by him', async () => {
    const res = await engine.search({ query: 'Rupert Lowe', limit: 20 });
    expect(res.total).toBeGreaterThan(100);
    for (const h of res.hits) expect([h.record.askingMember?.name, h.record.answeringMember?.name]).toContain('Rupert Lowe');
    expect(res.notices[0]).toContain('as the member Rupert Lowe');
  });

  it('a name inside a topic query narrows the topic to the member; a minister is found answering', async () => {
    const res = await engine.search({ query: 'rupert lowe immigration', limit: 10 });
    expect(res.hits.length).toBeGreaterThan(0);
    for (const h of res.hits) expect(h.record.askingMember?.name).toBe('Rupert Lowe');
    const minister = await engine.search({ query: 'Wes Streeting waiting lists', limit: 10 });
    for (const h of minister.hits) expect([h.record.askingMember?.name, h.record.answeringMember?.name]).toContain('Wes Streeting');
  });

  it('"questions from Rupert Lowe on immigration" finds what "rupert lowe immigration" finds', async () => {
    const plain = await engine.search({ query: 'rupert lowe immigration', limit: 20 });
    const asked = await engine.search({ query: 'questions from Rupert Lowe on immigration', limit: 20 });
    expect(asked.total).toBe(plain.total);
    expect(asked.hits.map((h) => h.record.id)).toEqual(plain.hits.map((h) => h.record.id));
    expect(asked.total).toBeGreaterThan(20);
  });

  it('ordinary topics are not read as names', async () => {
    for (const q of ['county lines', 'green belt', 'young people mental health', 'church roof repairs']) {
      expect((await engine.search({ query: q })).notices.join(' '), q).not.toContain('as the member');
    }
  });

  it('a surname alone is the member when the archive does not use it as a word ("Streeting" is not "Downing Street")', async () => {
    for (const [q, name] of [['Streeting', 'Wes Streeting'], ['Lowe immigration', 'Rupert Lowe'], ['Badenoch', 'Mrs Kemi Badenoch']] as const) {
      const res = await engine.search({ query: q, limit: 20 });
      expect(res.hits.length, q).toBeGreaterThan(0);
      for (const h of res.hits) expect([h.record.askingMember?.name, h.record.answeringMember?.name], q).toContain(name);
      expect(res.notices[0], q).toContain(`as the member ${name}`);
    }
  });

  it('a surname that is also a word of the archive ("French", "Wood") or that several members bear ("Cooper") is searched as words', async () => {
    for (const q of ['French', 'French fishing', 'Wood', 'Cooper']) {
      expect((await engine.search({ query: q })).notices.join(' '), q).not.toContain('as the member');
    }
    const french = await engine.search({ query: 'French', limit: 10 });
    expect(french.hits.some((h) => /\bFrench\b/.test(`${h.record.heading} ${h.record.questionText} ${h.record.answerText}`))).toBe(true);
  });
});
