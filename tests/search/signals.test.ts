// One test per ranking signal of docs/ranking.md, on made-up records so each case is exact.
import { describe, expect, it } from 'vitest';
import { QaRecord } from '../../src/record.ts';
import { syntheticRecord as record, syntheticEngine as engineOf } from './helpers.ts';

const filler = (n: number, heading = 'Railways') =>
  Array.from({ length: n }, (_, i) => record(heading, `To ask the Secretary of State for Transport, about timetable ${i}.`, `Trains run to timetable ${i}.`));

describe('field weights (BM25F)', () => {
  it('a word in the heading counts for more than the same word in the answer', async () => {
    const inHeading = record('Ferries', 'To ask the Secretary of State for Transport, what support she gives.', 'Support is given.');
    const inAnswer = record('Shipping', 'To ask the Secretary of State for Transport, what support she gives.', 'Ferries are supported.');
    const e = engineOf([inAnswer, inHeading, ...filler(5)]);
    expect(e.rankedIds('ferries', 2)).toEqual([inHeading.id, inAnswer.id]);
  });
});

describe('coverage', () => {
  it('records holding all of the words come before records holding the rarer one alone', async () => {
    const both = Array.from({ length: 10 }, (_, i) => record('Buses', `To ask the Secretary of State for Transport, about bus lane ${i} and fares.`, 'Bus fares are capped.'));
    const rare = record('Ferries: Fares', 'To ask the Secretary of State for Transport, about ferry fares and ferry fares again.', 'Ferry fares are set by operators.');
    const e = engineOf([...both, rare, ...filler(10)]);
    const ids = e.rankedIds('bus fares', 20);
    expect(ids.slice(0, 10).sort()).toEqual(both.map((r) => r.id).sort());
    expect(ids).not.toContain(rare.id); // enough records hold both words: no relaxing
  });

  it('when few records hold every word, "most of the words" counts words: a rare word does not decide alone', async () => {
    const both = record('Sewage', 'To ask the Secretary of State for Environment, about sewage spills.', 'Spills are monitored.');
    const common = Array.from({ length: 6 }, (_, i) => record('Sewage: Rivers', `To ask the Secretary of State for Environment, about sewage in river ${i}.`, 'Sewage discharges are monitored.'));
    const e = engineOf([both, ...common, ...filler(20)]);
    const res = await e.search({ query: 'sewage spills', limit: 20 });
    expect(res.hits[0].record.id).toBe(both.id);
    expect(res.total).toBe(7);
    // Of two words, one is not "most": how many hold both is said.
    expect(res.notices).toContain('Only 1 answer contains both of your words; the others contain one of them.');
    // When no record holds every word, the notice says so.
    const none = await e.search({ query: 'sewage timetable', limit: 20 });
    expect(none.total).toBeGreaterThan(0);
    expect(none.notices).toContain('No answer contains all of your words; these contain some of them.');
    // Counted, the same records, said the same way: a total of records sharing some of the words is never passed off as the topic's.
    const stats = await e.stats('sewage spills');
    expect(stats.total).toBe(7);
    expect(stats.notices).toContain('Only 1 answer contains both of your words; the others contain one of them.');
    expect((await e.stats('sewage timetable')).notices).toContain('No answer contains all of your words; these contain some of them.');
  });

  it('stats say how many of the records await an answer, and nothing of the order a list would have', async () => {
    const answered = record('Sewage', 'To ask the Secretary of State for Environment, about sewage spills.', 'Spills are monitored.');
    const awaiting = { ...record('Sewage', 'To ask the Secretary of State for Environment, about sewage spills in rivers.', 'x'), answerText: undefined, dateAnswered: undefined };
    const e = engineOf([answered, awaiting, ...filler(20)]);
    const stats = await e.stats('latest on sewage spills');
    expect([stats.total, stats.awaiting]).toEqual([2, 1]);
    // The list is newest first, as "latest" asks, and says so; counting has no order to say.
    expect((await e.search({ query: 'latest on sewage spills' })).notices.join(' ')).toContain('Newest first');
    expect(stats.notices!.join(' ')).not.toMatch(/Newest first|answers come first/);
  });
});

describe('a question\'s words outside its core', () => {
  // "low income" stands together in the archive, so it is the question's core; "asthma" is in one
  // record of over four hundred, typed in lower case, and outside the core.
  const lowIncome = Array.from({ length: 8 }, (_, i) =>
    record('Low Incomes', `To ask the Secretary of State for Work and Pensions, what support is available for households on a low income in area ${i}.`, `Households on a low income can get help in area ${i}.`),
  );
  const asthma = record(
    'Asthma: Prescriptions',
    'To ask the Secretary of State for Health and Social Care, what help is available with prescription costs for asthma patients.',
    'People on a low income can apply for help with their health costs through the NHS Low Income Scheme.',
  );
  const question = 'is there any help with prescription costs for asthma if I am on a low income?';

  it('count in the score as any word does: the record holding a rare one of them leads', async () => {
    const e = engineOf([...lowIncome, asthma, ...filler(420)]);
    expect(e.rankedIds(question, 10)[0]).toBe(asthma.id);
  });

  it('and never decide which records are in: the same records match, and the direct answer\'s subject is the core', async () => {
    const e = engineOf([...lowIncome, asthma, ...filler(420)]);
    const res = await e.search({ query: question, limit: 20 });
    expect(res.total).toBe(lowIncome.length + 1);
    expect(res.notices.join(' ')).not.toMatch(/contain (?:most|some) of them/);
    expect(res.subject?.flat()).not.toContain('asthma');
  });
});

describe('words of a question that name no topic: no part of its core (whole-scope, measure-words, more-words, light-verbs, aim-verbs)', () => {
  // Each answer names the topic and not the word the question adds; other records hold that word
  // beside the topic's, or without it.
  const homeEducation = record('Home Education', 'To ask the Secretary of State for Education, how many children are in home education.', 'An estimated 92,000 children are in home education.');
  const funeral = record('Funeral Payments', 'To ask the Secretary of State for Work and Pensions, what support there is with funeral costs.', 'The Funeral Expenses Payment covers funeral costs.');
  const homesBuilt = record('Housing: Construction', 'To ask the Secretary of State for Housing, how many homes were built last year.', '221,000 homes were built.');
  const animals = record('Animal Experiments: Alternatives', 'To ask the Secretary of State for Science, what funding there is for alternatives to animal testing.', '£75 million funds alternatives to animal testing.');
  const flyTipping = record('Fly-tipping', 'To ask the Secretary of State for Environment, what steps she is taking to tackle fly-tipping.', 'Councils can issue fixed penalty notices for fly-tipping.');
  const others = [
    ...Array.from({ length: 12 }, (_, i) => record('Schools: England', `To ask the Secretary of State for Education, about school ${i} in England.`, `School ${i} in England is open.`)),
    ...Array.from({ length: 12 }, (_, i) => record('Jobcentres', `To ask the Secretary of State for Work and Pensions, what help jobcentre ${i} gives.`, `Jobcentre ${i} gives help.`)),
    ...Array.from({ length: 12 }, (_, i) => record('New Towns', `To ask the Secretary of State for Housing, about new town ${i}.`, `New town ${i} is planned.`)),
    ...Array.from({ length: 12 }, (_, i) => record('Bus Services', `To ask the Secretary of State for Transport, how to get to stop ${i} and put up shelters.`, `Passengers get to stop ${i}.`)),
    // "stop" beside the topic's words, which the archive also writes together ("stop fly-tipping" in the question).
    ...Array.from({ length: 12 }, (_, i) => record('Fly-tipping: Lanes', `To ask the Secretary of State for Environment, how to stop fly-tipping in lane ${i}.`, `Lane ${i} is a lane.`)),
    ...filler(300),
  ];
  const e = engineOf([homeEducation, funeral, homesBuilt, animals, flyTipping, ...others]);
  const cases: [string, string, QaRecord][] = [
    ['how many children are in home education in England?', 'england', homeEducation],
    ['is there any help with funeral costs?', 'help', funeral],
    ['how many new homes were built last year?', 'new', homesBuilt],
    ['how much is the government putting into alternatives to animal testing?', 'put', animals],
  ];
  for (const [q, word, answer] of cases) {
    it(`"${q}": not "${word}"; the answer that never says it is found first`, async () => {
      const res = await e.search({ query: q, limit: 5 });
      expect(res.subject?.flat()).not.toContain(word);
      expect(res.hits[0]!.record.id).toBe(answer.id);
    });
  }

  it('"what is being done to stop fly-tipping?": not "stop", the aim of the measure asked, even where the archive writes it beside the topic; the answer that never says it is found', async () => {
    const res = await e.search({ query: 'what is being done to stop fly-tipping?', limit: 20 });
    expect(res.subject?.flat()).not.toContain('stop');
    expect(res.hits.map((h) => h.record.id)).toContain(flyTipping.id);
    expect(res.total).toBe(13);
  });
});

describe('a name the question types', () => {
  // "Hillsborough" in 1 record of 400 is a name (TYPED_NAME_DF); "law" and "introduced" are in one record in eleven (the topic's
  // words still, under QUESTION_COMMON_DF, but of little weight), or in two in a hundred.
  const hillsborough = record('Public Sector: Accountability', 'To ask the Secretary of State for Justice, when the Hillsborough law will be brought forward.', 'The Public Office Bill is that law.');
  const lawsIntroduced = Array.from({ length: 8 }, (_, i) =>
    record(`Batteries: EU Law ${i}`, `To ask the Secretary of State for Business, when retained law on battery ${i} will be introduced.`, `Battery ${i} law was introduced in 2024.`),
  );
  const common = [
    ...Array.from({ length: 30 }, (_, i) => record('Railways', `To ask the Secretary of State for Transport, about the law on timetable ${i}, introduced last year.`, `Trains run to timetable ${i}.`)),
    ...filler(370),
  ];
  const q = 'when will the Hillsborough law be introduced?';

  it('a record holding none of its names is not "most of the words" by common words alone, and fills no page', async () => {
    const res = await engineOf([hillsborough, ...lawsIntroduced, ...common]).search({ query: q, limit: 20 });
    expect(res.hits.map((h) => h.record.id)).toEqual([hillsborough.id]);
    expect(res.total).toBe(1);
  });

  it('in a keyword query too, its first word among them ("CAMHS waiting lists")', async () => {
    // Two records of 800 hold "CAMHS" (a name: TYPED_NAME_DF); sixty hold "waiting lists", too little of the query's weight alone.
    const camhs = [1, 2].map((i) =>
      record('Mental Health Services: Children', `To ask the Secretary of State for Health, how long children wait for CAMHS in area ${i}.`, `In area ${i}, waiting lists for mental health care (CAMHS) are falling.`),
    );
    const lists = Array.from({ length: 60 }, (_, i) => record(`Surgery ${i}: Waiting Lists`, `To ask the Secretary of State for Health, about waiting lists for surgery ${i}.`, `Waiting lists for surgery ${i} are falling.`));
    const res = await engineOf([...camhs, ...lists, ...filler(740)]).search({ query: 'CAMHS waiting lists', limit: 20 });
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(camhs.map((r) => r.id).sort());
  });

  it('one holding rarer words is, by their weight', async () => {
    // The same records, where "law" and "introduced" are rare: they weigh enough to be most of the question.
    const res = await engineOf([hillsborough, ...lawsIntroduced, ...filler(400)]).search({ query: q, limit: 20 });
    expect(res.hits[0]!.record.id).toBe(hillsborough.id);
    expect(res.total).toBe(1 + lawsIntroduced.length);
  });
});

describe('fill page', () => {
  it('fewer than a page holding most of the words: the page is filled with records holding fewer, after them', async () => {
    // No record holds all three words; one holds two of them; thirteen hold one.
    // Awaiting an answer, it still leads the answered records that fill the page.
    const two = { ...record('Churches: Repairs', 'To ask the Secretary of State for Culture, about church repairs.', 'x'), answerText: undefined, dateAnswered: undefined };
    const one = Array.from({ length: 12 }, (_, i) =>
      record(`Churches: Place ${i}`, `To ask the Secretary of State for Culture, about the church in village ${i}.`, 'The church is listed.'),
    );
    const roof = record('Housing: Roofs', 'To ask the Secretary of State for Housing, about a leaking roof.', 'Landlords must keep the roof sound.');
    const e = engineOf([two, ...one, roof, ...filler(10)]);
    const res = await e.search({ query: 'church roof repairs', limit: 20 });
    expect(res.hits[0]!.record.id).toBe(two.id);
    expect(res.total).toBe(10); // a page: the one holding two of the words and nine holding one
    expect(res.hits.slice(1).every((h) => one.some((r) => r.id === h.record.id) || h.record.id === roof.id)).toBe(true);
    expect(res.notices).toContain('No answer contains all of your words; these contain some of them.');
  });
});

describe('phrase tier', () => {
  it('when the archive shows two words form a concept, records with them together come first', async () => {
    const together = Array.from({ length: 4 }, (_, i) => record('Drugs: Organised Crime', `To ask the Secretary of State for the Home Department, about county lines gang ${i}.`, 'County lines exploitation is tackled.'));
    const apart = record('Railway Lines: County Durham', 'To ask the Secretary of State for Transport, about lines across the county: railway lines, lines and more lines across the whole county.', 'Lines run across the whole county.');
    const e = engineOf([apart, ...together, ...filler(5)]);
    const ids = e.rankedIds('county lines', 10);
    expect(ids.indexOf(apart.id)).toBe(4);
  });

  it('words together in one record of the few holding both form no concept: it does not lead, awaiting an answer, above the answers', async () => {
    // The three records holding "sewage" and "spills": one has them together and awaits an answer.
    const awaiting = { ...record('Sewage: North West', 'To ask the Secretary of State for Environment, about sewage spills in the North West.', 'x'), answerText: undefined, dateAnswered: undefined };
    const apart = [0, 1].map((i) =>
      record(`Water Charges ${i}`, 'To ask the Secretary of State for Environment, about water bills.', `Companies are spilling record levels of sewage into rivers ${i}.`),
    );
    const e = engineOf([awaiting, ...apart, ...filler(5)]);
    expect(e.rankedIds('sewage spills', 3).slice(0, 2).sort()).toEqual(apart.map((r) => r.id).sort());
    // Together in two of the three, they do form one: the record holding them together leads, awaiting or not.
    const second = record('Sewage: Rivers', 'To ask the Secretary of State for Environment, about sewage spills in rivers.', 'Spills are monitored.');
    const named = engineOf([awaiting, second, ...apart, ...filler(5)]);
    expect(named.rankedIds('sewage spills', 4).slice(0, 2).sort()).toEqual([awaiting.id, second.id].sort());
  });
});

describe('name company', () => {
  const homeOffice = (r: QaRecord): QaRecord => ({ ...r, answeringBody: 'Home Office' });
  const named = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      homeOffice(record('Drugs: Organised Crime', `To ask the Secretary of State for the Home Department, about county lines gang ${i}.`, 'County lines exploitation is tackled.')),
    );
  // The words apart, by chance: another department, under headings none of the name's records has.
  const railway = record('South Fylde Line', 'To ask the Secretary of State for Transport, about the line and the county council plan.', 'The county council will consult on the line.');
  // The words apart, in the name's company: the same department.
  const policing = homeOffice(record('Police: Exploitation', 'To ask the Secretary of State for the Home Department, about drug lines reaching every county.', 'Police tackle drug lines in each county.'));
  // The words apart, filed under a part of one of the name's headings, by another department.
  const schools = record('Schools: Organised Crime', 'To ask the Secretary of State for Education, about pupils drawn into drug lines across the county.', 'Schools in the county work with the police.');

  it('a record holding a name\'s words apart matches only beside the records holding the name (its department or a heading part)', async () => {
    const e = engineOf([railway, policing, schools, ...named(4), ...filler(5)]);
    const res = await e.search({ query: 'county lines', limit: 10 });
    const ids = res.hits.map((h) => h.record.id);
    expect(ids).not.toContain(railway.id);
    expect(ids).toContain(policing.id);
    expect(ids).toContain(schools.id);
    expect(res.total).toBe(6);
    // A query the archive shows no name in is not touched.
    expect(e.rankedIds('county council', 10)).toContain(railway.id);
  });

  it('a record holding alone a word the name\'s own records never use alone holds nothing of it, whatever its department', async () => {
    const defra = (r: QaRecord): QaRecord => ({ ...r, answeringBody: 'Department for Environment, Food and Rural Affairs' });
    const named = [1, 2, 3].map((i) =>
      defra(record('Fisheries: EU Countries', `To ask the Secretary of State for Environment, about fishing rights in zone ${i}.`, 'Fishing rights are agreed each year.')),
    );
    // Under the name's heading, "fishing" stands alone too: it is the topic's word.
    const alone = [1, 2, 3].map((i) => defra(record('Fisheries: EU Countries', `To ask the Secretary of State for Environment, about fishing quotas ${i}.`, 'Quotas are set.')));
    const exports = defra(record('Fish: Exports', 'To ask the Secretary of State for Environment, about fishing exports.', 'Exports are growing.'));
    // "rights" never stands alone there: a record holding only it met the name by chance.
    const welfare = defra(record('Animal Welfare', 'To ask the Secretary of State for Environment, about rights of way for livestock.', 'Rights of way are kept open.'));
    const e = engineOf([...named, ...alone, exports, welfare, ...filler(5)]);
    const ids = e.rankedIds('fishing rights', 20);
    expect(ids).toContain(exports.id);
    expect(ids).not.toContain(welfare.id);
  });

  it('a record holding alone a word bound to the name stays only when filed beside the name\'s records under that word', async () => {
    const orgCrime = named(4);
    // Beside them ("Drugs: …") but not filed under "lines": "in line with" met the name by chance.
    const prices = homeOffice(record('Drugs: Prices', 'To ask the Secretary of State for the Home Department, about drug prices.', 'Prices were set in line with guidance.'));
    // Filed beside them under the bound word itself ("County Lines: Victims"): on the topic.
    const victims = homeOffice(record('County Lines: Victims', 'To ask the Secretary of State for the Home Department, about support for victims in each county.', 'Victims in every county are supported.'));
    const named2 = homeOffice(record('County Lines: Victims', 'To ask the Secretary of State for the Home Department, about county lines victims.', 'County lines victims are supported.'));
    const e = engineOf([...orgCrime, named2, prices, victims, ...filler(5)]);
    const res = await e.search({ query: 'county lines', limit: 20 });
    const ids = res.hits.map((h) => h.record.id);
    expect(ids).not.toContain(prices.id);
    expect(ids).toContain(victims.id);
  });

  it('with fewer than three records holding the name, nothing is taken out', async () => {
    const e = engineOf([railway, policing, ...named(2), ...filler(5)]);
    expect(e.rankedIds('county lines', 10)).toContain(railway.id);
  });
});

describe('a department\'s name is who answers', () => {
  it('"social care" in "the Secretary of State for Health and Social Care" is no phrase for the phrase tier', async () => {
    const dhsc = (r: QaRecord): QaRecord => ({ ...r, answeringBody: 'Department of Health and Social Care' });
    const running = [1, 2, 3, 4].map((i) =>
      dhsc(record('Department of Health and Social Care: Correspondence', `To ask the Secretary of State for Health and Social Care, when he will reply to letter ${i} on care.`, 'The Department of Health and Social Care will reply shortly.')),
    );
    const topic = dhsc(record('Social Services: Older People', 'To ask the Secretary of State for Health and Social Care, what funding there is for social care for older people.', 'Social care funding rises this year.'));
    const e = engineOf([...running, topic, ...filler(5)]);
    expect(e.rankedIds('social care', 5)[0]).toBe(topic.id);
  });

  it('an archive naming no department still reads its phrases', async () => {
    const unnamed = (r: QaRecord): QaRecord => ({ ...r, answeringBody: '' });
    const together = [1, 2, 3, 4].map((i) => unnamed(record('Drugs: Organised Crime', `To ask about county lines gang ${i}.`, 'County lines exploitation is tackled.')));
    const apart = unnamed(record('Drugs: Organised Crime', 'To ask about lines across the county: railway lines, lines and more lines across the whole county.', 'Lines run across the county.'));
    const e = engineOf([apart, ...together, ...filler(5).map(unnamed)]);
    expect(e.rankedIds('county lines', 10).indexOf(apart.id)).toBe(4);
  });
});

describe('heading feedback', () => {
  it('records filed under the heading most of the best matches share join and rank higher', async () => {
    const topic = Array.from({ length: 12 }, (_, i) => record('Schools: Asbestos', `To ask the Secretary of State for Education, about asbestos removal in school ${i}.`, 'Asbestos removal is funded.'));
    const partial = record('Schools: Asbestos', 'To ask the Secretary of State for Education, about asbestos surveys.', 'Surveys are done.');
    const e = engineOf([...topic, partial, ...filler(20)]);
    expect(e.rankedIds('asbestos removal', 20)).toContain(partial.id);
  });

  it('when the words are relaxed, the headings of the records holding all of them choose among the others (relaxed-feedback)', async () => {
    // Five records hold both words; "shortage" is the rarer word, and its records crowd the best twenty.
    const topic = Array.from({ length: 5 }, (_, i) => record('Teachers: Recruitment', `To ask the Secretary of State for Education, about the teacher shortage in region ${i}.`, 'Teacher numbers are rising.'));
    const partial = record('Teachers: Recruitment', 'To ask the Secretary of State for Education, about teacher recruitment in the north.', 'Teacher numbers are rising.');
    const drugs = Array.from({ length: 20 }, (_, i) => record('Drugs: Shortages', `To ask the Secretary of State for Health, about the shortage of medicine ${i}.`, 'Supply is monitored.'));
    const pay = Array.from({ length: 40 }, (_, i) => record('Teachers: Pay', `To ask the Secretary of State for Education, about teacher pay award ${i}.`, 'The award is funded.'));
    const e = engineOf([...topic, partial, ...drugs, ...pay, ...filler(60)]);
    const ids = e.rankedIds('teacher shortage', 30);
    expect(ids.slice(0, 5).sort()).toEqual(topic.map((r) => r.id).sort());
    expect(ids[5]).toBe(partial.id); // before every record holding "shortage" alone
  });

  it('a record filed under the topic heading pays for a missing word once (× coverage), not squared', async () => {
    // Few records hold both words, so those holding one join; two alike hold one word, one under the topic's heading.
    const topic = Array.from({ length: 5 }, (_, i) => record('Teachers: Recruitment', `To ask the Secretary of State for Education, about the teacher shortage in region ${i}.`, 'Teacher numbers are rising.'));
    const partial = record('Teachers: Recruitment', 'To ask the Secretary of State for Education, about teacher recruitment in the north.', 'Teacher numbers are rising.');
    const twin = record('Teachers: Staff', 'To ask the Secretary of State for Education, about teacher recruitment in the north.', 'Teacher numbers are rising.');
    const pay = Array.from({ length: 5 }, (_, i) => record('Teachers: Pay', `To ask the Secretary of State for Education, about teacher pay award ${i}.`, 'The award is funded.'));
    const e = engineOf([...topic, partial, twin, ...pay, ...filler(30)]);
    const res = await e.search({ query: 'teacher shortage', limit: 20 });
    const score = (id: string) => res.hits.find((h) => h.record.id === id)!.score;
    // More than the heading boost alone (at most × 2.5): the missing word is paid for once.
    expect(score(partial.id) / score(twin.id)).toBeGreaterThan(2.5);
  });
});

describe('clipped answers', () => {
  it('an answer the source clipped ranks below an otherwise equal complete one', async () => {
    const full = record('Tunnels', 'To ask the Secretary of State for Transport, about tunnel safety.', 'Tunnel safety is reviewed.');
    const clipped = QaRecord.parse({ ...record('Tunnels', 'To ask the Secretary of State for Transport, about tunnel safety.', 'Tunnel safety is reviewed.'), answerTextClipped: true });
    const e = engineOf([clipped, full, ...filler(5)]);
    expect(e.rankedIds('tunnel safety', 2)).toEqual([full.id, clipped.id]);
  });
});

describe('abbreviations the archive defines', () => {
  it('a query word the archive defines as an abbreviation also finds records holding only its long form', async () => {
    const defined = Array.from({ length: 3 }, (_, i) =>
      record('Nuclear Power', `To ask the Secretary of State for Energy, about small modular reactors (SMRs) at site ${i}.`, 'Small Modular Reactors (SMRs) are being assessed.'),
    );
    const longOnly = record('Nuclear Reactors', 'To ask the Secretary of State for Energy, when small modular reactors will be deployed.', 'Deployment of small modular reactors is planned.');
    const unrelated = record('Reactors', 'To ask the Secretary of State for Energy, about small reactors.', 'Research reactors are small.');
    const e = engineOf([...defined, longOnly, unrelated, ...filler(10)]);
    const ids = e.rankedIds('SMRs', 10);
    expect(ids).toContain(longOnly.id);
    expect(ids).not.toContain(unrelated.id); // part of the long form is not the abbreviation
  });

  it('an abbreviation defined fewer than three times, or in two ways, is left alone', async () => {
    const { learnAbbreviations } = await import('../../src/search/abbreviations.ts');
    const once = record('Farming', 'To ask the Secretary of State, about the Sustainable Farming Incentive (SFI).', 'The SFI is open.');
    const split = [...Array(3).fill('Pay As You Earn (PAYE)'), ...Array(3).fill('Personal Allowance Year End (PAYE)')].map((t) => record('Tax', `To ask about ${t}.`, 'Answered.'));
    const learned = learnAbbreviations(() => [once, ...split]);
    expect(learned.has('sfi')).toBe(false);
    expect(learned.has('paye')).toBe(false);
    expect(learnAbbreviations(() => [...split, split[0]]).get('paye')).toEqual(['pai', 'earn']);
  });

  it('letters the archive mostly writes as an ordinary word are that word, not an abbreviation', async () => {
    const defined = Array.from({ length: 3 }, (_, i) =>
      record('Heat Pumps', `To ask the Secretary of State for Energy, about the Boiler Upgrade Scheme (BUS) in area ${i}.`, 'The Boiler Upgrade Scheme (BUS) is open.'),
    );
    const boilers = record('Boilers', 'To ask the Secretary of State for Energy, how many boiler upgrade scheme grants were paid.', 'The boiler upgrade scheme paid 40,000 grants.');
    const buses = Array.from({ length: 4 }, (_, i) => record('Bus Services', `To ask the Secretary of State for Transport, about the bus route ${i}.`, 'The bus runs hourly.'));
    const { learnAbbreviations } = await import('../../src/search/abbreviations.ts');
    expect(learnAbbreviations(() => defined).get('bus')).toEqual(['boiler', 'upgrad', 'scheme']);
    expect(learnAbbreviations(() => [...defined, ...buses]).has('bus')).toBe(false);
    const e = engineOf([...defined, boilers, ...buses, ...filler(10)]);
    expect(e.rankedIds('bus', 20)).not.toContain(boilers.id);
  });

  it('an abbreviation is read from the word typed as it, not from another word with its index term', async () => {
    // "ONS" and "one" have one index term ("on"); typing "one" does not ask about the ONS.
    const defined = Array.from({ length: 3 }, (_, i) => record('Statistics', `To ask the Chancellor, about Office for National Statistics (ONS) survey ${i}.`, 'The Office for National Statistics (ONS) publishes it.'));
    const longOnly = record('Statistics', 'To ask the Chancellor, when the Office for National Statistics will report.', 'The Office for National Statistics will report in May.');
    const e = engineOf([...defined, longOnly, ...filler(10)]);
    expect(e.rankedIds('ONS', 10)).toContain(longOnly.id);
    expect(e.rankedIds('one', 10)).not.toContain(longOnly.id);
  });
});
