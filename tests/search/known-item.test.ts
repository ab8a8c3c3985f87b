// Known-item searching: a few words lifted from the question someone is looking for, in no
// particular order (a bag of words, not a topic). Synthetic records, so each case is exact.
import { describe, expect, it } from 'vitest';
import { railwayFiller, syntheticRecord as record, syntheticEngine as engineOf } from './helpers.ts';
import { term } from '../../src/search/text.ts';

describe('a bag of words lifted from a question', () => {
  // The archive's crowd: station questions whose answers also have the other words, many times.
  const crowd = [1, 2, 3, 4, 5, 6].map((i) =>
    record(
      'Railway Stations',
      `To ask the Secretary of State for Transport, what the benefits are of railway station ${i}, and of its neighbouring railway stations.`,
      'Stations bring economic growth, economic renewal and economic benefits that reach well beyond the railway.',
    ),
  );
  const wanted = record(
    'Railways: Spalding',
    'To ask the Secretary of State for Transport, if she will assess the potential economic benefits of a Sunday service for trains serving Spalding railway station.',
    'There are no plans for such an assessment.',
  );
  // Station access: the two words stand together in every answer that has both (a concept).
  const access = [1, 2, 3, 4].map((i) =>
    record('Rail Travel', `To ask the Secretary of State for Transport, what steps she is taking to improve rail travel ${i} for disabled passengers.`, 'Station access is improving across the network.'),
  );
  const accessWanted = record('Railways: Bourne', 'To ask the Secretary of State for Transport, what access there is to Bourne railway station.', 'None is planned.');
  const engine = engineOf([...crowd, wanted, ...access, accessWanted]);

  it('puts the record whose own words (heading and question) hold every word first', async () => {
    const res = await engine.search({ query: 'station benefits railway economic' });
    expect(res.hits[0].record.id).toBe(wanted.id);
    // The crowd still follows: the words are all in each of them.
    expect(res.hits.map((h) => h.record.id).slice(1, 7).sort()).toEqual(crowd.map((r) => r.id).sort());
  });

  it('leaves words that stand together in the archive (a topic) to the topic ranking', async () => {
    const res = await engine.search({ query: 'station access' });
    expect(access.map((r) => r.id)).toContain(res.hits[0].record.id);
  });
});

describe('a bag of words with a pair too rare to judge', () => {
  it('is still a bag of words when another pair is shown apart', async () => {
    // harbour + lighthouse: only two records hold both, too few to tell whether they form a
    // concept; lighthouse + grants: five hold both, never together. No pair is a concept.
    const decoy = record(
      'Harbours: Grants',
      'To ask the Secretary of State for Transport, what grants were paid to harbour trusts in 2024.',
      'Harbour grants were paid to twelve harbour trusts; one also keeps a lighthouse open for visitors, and grants for harbour walls continue.',
    );
    const wanted = record(
      'Coastal Towns',
      'To ask the Secretary of State for Culture, Media and Sport, what grants are available to restore the lighthouse by Whitby harbour.',
      'The Department has no such scheme.',
    );
    const crowd = [1, 2, 3].map((i) =>
      record('Heritage', `To ask the Secretary of State for Culture, Media and Sport, what support there is for coastal heritage site ${i}.`, "Grants are open to any lighthouse keeper's cottage listed as heritage."),
    );
    const engine = engineOf([decoy, wanted, ...crowd]);
    const res = await engine.search({ query: 'harbour lighthouse grants' });
    // The decoy has more of the words, in its answer; the wanted question has all of them itself.
    expect(res.hits[0].record.id).toBe(wanted.id);
    expect(res.hits[1].record.id).toBe(decoy.id);
  });
});

describe('a bag of words as typed', () => {
  it('puts the record with the words as typed before records with only their stems', async () => {
    // The crowd has every stem in its own words (housing, use, seekers) and more of them.
    const crowd = [1, 2, 3, 4].map((i) =>
      record('Asylum: Housing', `To ask the Secretary of State for the Home Department, what housing is planned for asylum seekers who use hotel ${i}, and what housing they use after.`, 'Asylum seekers used hotels before a house was found.'),
    );
    const wanted = record('Asylum: Military Bases', 'To ask the Secretary of State for the Home Department, which military sites are used to house asylum seekers.', 'The Department does not hold that.');
    const engine = engineOf([...crowd, wanted]);
    const res = await engine.search({ query: 'house used seekers' });
    expect(res.hits[0].record.id).toBe(wanted.id);
    expect(res.hits).toHaveLength(5);
  });
});

describe('the date of a known item', () => {
  it('does not lift a newer record over an older one that matches the words better', async () => {
    const older = record(
      'Members: Correspondence',
      'To ask the Secretary of State for Transport, when she plans to reply to the letter of the hon. Member for Hendon dated 25 October 2023.',
      'A reply will be sent shortly.',
      '2023-12-12',
    );
    const newer = record(
      'Members: Correspondence',
      'To ask the Secretary of State for Transport, when she plans to reply to the email of the hon. Member for South Shropshire dated 24 October 2025 on reference SA36602.',
      'A reply will be sent shortly.',
      '2026-02-09',
    );
    // Other records hold the words apart, so the archive shows they form no concept.
    const apart = [1, 2, 3].map((i) =>
      record(
        'Members: Correspondence',
        `To ask the Secretary of State for Transport, whether a reply was sent in October to each Member who wrote about rail franchise ${i}.`,
        'Letters dated after the deadline are answered within twenty working days.',
        '2024-03-01',
      ),
    );
    const engine = engineOf([older, newer, ...apart]);
    const res = await engine.search({ query: 'october member dated reply' });
    expect(res.hits.map((h) => h.record.id).slice(0, 2)).toEqual([older.id, newer.id]);
  });
});

describe('codes written as one word', () => {
  const statement = (code: string) =>
    record('Extremism', `To ask the Secretary of State for Transport, whether the written ministerial statement ${code} on extremism remains her policy.`, 'It does.');
  const joined = statement('HCWS342');
  const spaced = statement('HCWS 342');
  const hyphened = statement('HCWS-342');
  const other = statement('HCWS343');
  const engine = engineOf([joined, spaced, hyphened, other]);
  const ids = async (query: string) => (await engine.matchAll(query)).map((r) => r.id).sort();

  it('are found however they are spelt', async () => {
    const all3 = [joined, spaced, hyphened].map((r) => r.id).sort();
    // Fewer than a page hold all of the parts: "hcws" alone follows, but the three come first.
    for (const q of ['hcws342', 'HCWS 342', 'hcws-342']) expect(engine.rankedIds(q, 3).sort(), q).toEqual(all3);
  });

  it('are found by their letters alone', async () => {
    expect(await ids('hcws')).toEqual([joined, spaced, hyphened, other].map((r) => r.id).sort());
  });
});

describe('a code beside another word', () => {
  it('still stands together with it: records with "HS2 costs" as a phrase come first', async () => {
    const together = [1, 2, 3].map((i) =>
      record('High Speed 2 Railway Line', `To ask the Secretary of State for Transport, what the HS2 costs were in quarter ${i} of the financial year, including land purchase and legal fees.`, 'They are published quarterly.'),
    );
    const apart = record('High Speed 2 Railway Line', 'To ask the Secretary of State for Transport, what HS2 has done about costs.', 'Costs are monitored.');
    const engine = engineOf([...together, apart]);
    const res = await engine.search({ query: 'hs2 costs' });
    expect(res.hits.map((h) => h.record.id).slice(0, 3).sort()).toEqual(together.map((r) => r.id).sort());
    expect(res.hits[3].record.id).toBe(apart.id);
  });
});

describe('a period in a question ("in the last ten years")', () => {
  // The archive writes "in each of the last ten years" in every other question: the two words
  // stand together everywhere, so they look like a concept, but they say over what span, not what about.
  const crowd = ['ketamine seizures', 'pool closures', 'excess deaths', 'fraud losses', 'tour bonuses', 'drone sightings'].map((topic) =>
    record('Statistics', `To ask the Secretary of State for the Home Department, how many ${topic} there were in each of the last ten years.`, `Figures for ${topic} over the last ten years are published annually.`),
  );
  const floods = [2022, 2023, 2024].map((year) =>
    record('Flood Control', `To ask the Secretary of State for Environment, Food and Rural Affairs, how many flood defence schemes were completed in ${year}.`, `In ${year}, 151 flood defence schemes were completed.`),
  );
  const engine = engineOf([...crowd, ...floods]);

  it('is not the question\'s subject: the records on its topic come first', async () => {
    const res = await engine.search({ query: 'how many flood defence schemes were completed in the last ten years?' });
    expect(res.subject?.flat()).not.toContain('ten');
    expect(res.subject?.flat()).not.toContain('last');
    expect(res.hits.slice(0, 3).map((h) => h.record.id).sort()).toEqual(floods.map((r) => r.id).sort());
  });
});

describe('"how many people …": the people counted are the unit asked, not the topic', () => {
  // "people" is in few enough records to be a topic word, and "people claim" stands together.
  const fillers = Array.from({ length: 40 }, (_, i) =>
    record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review.`),
  );
  const pip = [1, 2, 3].map((i) => record('Personal Independence Payment', `To ask the Secretary of State for Work and Pensions, how many PIP awards were made in region ${i}.`, `${i * 1000} PIP awards were made.`));
  const credit = [1, 2].map((i) => record('Pension Credit', `To ask the Secretary of State for Work and Pensions, how many people claim Pension Credit in area ${i}.`, `${i * 900} people claim Pension Credit there.`));
  const engine = engineOf([...fillers, ...pip, ...credit]);

  it('is not part of the question\'s subject', async () => {
    const res = await engine.search({ query: 'how many people claim PIP?' });
    const subject = res.subject?.flat() ?? [];
    expect(subject).toContain('pip');
    expect(subject).not.toContain('peopl');
    expect(pip.map((r) => r.id)).toContain(res.hits[0].record.id);
  });

  it('nor is a pair it makes: "people died" is said of any deaths, not the topic of one about ambulances', async () => {
    const deaths = [1, 2, 3, 4, 5, 6].map((i) =>
      record('Undocumented Migrants: English Channel', `To ask the Secretary of State for the Home Department, how many people died crossing the Channel in year ${i}.`, `${i * 10} people died crossing.`),
    );
    const ambulances = [1, 2].map((i) =>
      record('Ambulance Services: Standards', `To ask the Secretary of State for Health and Social Care, what the ambulance response times were in region ${i}.`, `Ambulance response times in region ${i} are published monthly.`),
    );
    const res = await engineOf([...fillers, ...deaths, ...ambulances]).search({ query: 'how many people died waiting for an ambulance?' });
    expect(res.subject?.flat()).toContain('ambul');
    expect(ambulances.map((r) => r.id)).toContain(res.hits[0].record.id);
  });
});

describe('"how many cases of …": the word naming each case is the unit asked, not the topic', () => {
  // "cases" is a word of court cases, case studies and casework: as the topic it would ask about those.
  const fillers = Array.from({ length: 40 }, (_, i) =>
    record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review.`),
  );
  const measles = [1, 2].map((i) => record('Measles', `To ask the Secretary of State for Health and Social Care, how many diagnoses of measles there were in region ${i}.`, `There were ${i * 85} diagnoses of measles.`));
  const court = [1, 2, 3].map((i) => record('Courts: Backlogs', `To ask the Secretary of State for Justice, how many cases are waiting in court ${i}.`, `${i * 100} cases are waiting.`));
  const engine = engineOf([...fillers, ...measles, ...court]);

  it('is not part of the question\'s subject, in the question or after an opening clause', async () => {
    for (const query of ['how many cases of measles were there?', 'In 2024, how many cases of measles were there?']) {
      const res = await engine.search({ query });
      expect(res.subject?.flat()).toContain(term('measles'));
      expect(res.subject?.flat()).not.toContain(term('cases'));
      expect(measles.map((r) => r.id)).toContain(res.hits[0].record.id);
    }
  });
});

describe('a word that only hedges a question ("actually", "roughly", "so far")', () => {
  // Rare in the archive's formal prose, so rarity alone would make "actually" look like the topic.
  const fillers = Array.from({ length: 40 }, (_, i) =>
    record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review.`),
  );
  const ajax = [1, 2, 3].map((i) => record('Ajax Vehicles', `To ask the Secretary of State for Defence, how many Ajax vehicles the Army has received in phase ${i}.`, `The Army has received ${i * 20} Ajax vehicles.`));
  const aside = record('Army: Recruitment', 'To ask the Secretary of State for Defence, how many recruits actually joined the Army.', 'Recruitment figures are published quarterly.');
  const engine = engineOf([...fillers, ...ajax, aside]);

  it('is not part of the question\'s subject', async () => {
    const res = await engine.search({ query: 'how many Ajax has the Army actually received so far?' });
    const subject = res.subject?.flat() ?? [];
    expect(subject).toContain('ajax');
    expect(subject).not.toContain('actual');
    expect(subject).not.toContain('far');
    expect(ajax.map((r) => r.id)).toContain(res.hits[0].record.id);
  });

  it('nor is "so-called", which introduces a name as quotes would', async () => {
    // "called" is rare in the archive's prose, and its joined form "socal" rarer still.
    const called = record('Army: Vehicles', 'To ask the Secretary of State for Defence, what the vehicle called Boxer costs.', 'Boxer is called a mechanised infantry vehicle.');
    for (const query of ['how many so-called Ajax vehicles has the Army received?', 'how many so called Ajax vehicles has the Army received?']) {
      const res = await engineOf([...fillers, ...ajax, called]).search({ query });
      const subject = res.subject?.flat() ?? [];
      expect(subject, query).toContain('ajax');
      expect(subject, query).not.toContain(term('called'));
      expect(ajax.map((r) => r.id)).toContain(res.hits[0].record.id);
    }
  });
});

describe('words naming the archive\'s records ("questions on …", "written answers about …")', () => {
  // Said of every record, and written in many ("pursuant to the Answer … to Question 12"): as a
  // topic word, "questions" would find those instead of the topic.
  const fillers = Array.from({ length: 30 }, (_, i) =>
    record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review.`),
  );
  const county = Array.from({ length: 10 }, (_, i) => record('County Lines', `To ask the Secretary of State for the Home Department, what steps are being taken on county lines gangs in area ${i}.`, 'County lines gangs are a priority for policing.'));
  const references = [1, 2].map((i) =>
    record('Railways', `To ask the Secretary of State for Transport, pursuant to the Answer to Question ${i}, when the branch lines will reopen.`, 'The branch lines are under review; see my answer to that question.'),
  );
  const engine = engineOf([...fillers, ...county, ...references]);

  it('do not decide what matches: "questions on county lines" finds what "county lines" finds', async () => {
    const plain = await engine.search({ query: 'county lines' });
    for (const q of ['questions on county lines', 'written answers about county lines']) {
      const res = await engine.search({ query: q });
      expect(res.total, q).toBe(plain.total);
      expect(res.hits.map((h) => h.record.id).sort(), q).toEqual(county.map((r) => r.id).sort());
    }
  });

  it('in a question about the questions, nor do the words naming who asked ("which MPs have raised county lines?")', async () => {
    const plain = await engine.search({ query: 'county lines' });
    // In the present tense too ("which MPs ask about …", "who asks about …").
    for (const q of ['which MPs have asked about county lines?', 'which members have raised county lines?', 'which MPs ask about county lines', 'who asks about county lines?']) {
      const res = await engine.search({ query: q });
      expect(res.total, q).toBe(plain.total);
      expect(res.notices.join(' '), q).not.toMatch(/contain all of your words/);
      expect(res.subject?.flat(), q).toEqual(expect.arrayContaining(['counti', 'line']));
      expect(res.subject?.flat(), q).not.toContain('mp');
      expect(res.subject?.flat(), q).not.toContain('member');
    }
  });

  it('are searched for where the archive writes them with their neighbour as a name ("parliamentary questions")', async () => {
    const pqs = Array.from({ length: 10 }, (_, i) =>
      record('Parliamentary Questions', `To ask the Leader of the House, what guidance there is on answering parliamentary questions on time, number ${i}.`, 'Parliamentary questions are answered promptly.'),
    );
    const parliamentary = [1, 2, 3, 4].map((i) => record('Parliamentary Estate', `To ask the Leader of the House, what repairs the parliamentary estate needs in wing ${i}.`, 'The parliamentary estate is being restored.'));
    const e = engineOf([...fillers, ...pqs, ...parliamentary]);
    const res = await e.search({ query: 'parliamentary questions' });
    expect(res.total).toBe(pqs.length);
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(pqs.map((r) => r.id).sort());
  });

  it('are not marked in the passage shown, unless they are all there is', async () => {
    const marked = (res: { hits: { excerpt: { segments: { text: string; match?: boolean }[] } }[] }) =>
      res.hits.flatMap((h) => h.excerpt.segments.filter((x) => x.match).map((x) => x.text.toLowerCase()));
    const res = await engine.search({ query: 'questions about branch lines' });
    expect(marked(res)).toContain('branch');
    expect(marked(res).filter((w) => /question|answer/.test(w))).toEqual([]);
    expect(marked(await engine.search({ query: 'questions' }))).toContain('question');
  });

  it('are still searched for when they are all there is', async () => {
    const res = await engine.search({ query: 'questions' });
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(references.map((r) => r.id).sort());
  });
});

describe('a misspelt word among others', () => {
  const fillers = Array.from({ length: 30 }, (_, i) =>
    record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review and soil testing is complete.`),
  );
  const spills = [1, 2, 3].map((i) =>
    record('Sewage: Spills', `To ask the Secretary of State for Environment, how many sewage spills there were in river ${i}.`, 'Sewage spills are monitored; a stake is placed at each outfall.'),
  );
  const engine = engineOf([...fillers, ...spills]);

  it('is read as the word the archive writes beside them, not the commonest one edit away', async () => {
    const res = await engine.search({ query: 'sewage spils' });
    expect(res.terms).toContain(term('spills'));
    expect(res.hits.slice(0, 3).map((h) => h.record.id).sort()).toEqual(spills.map((r) => r.id).sort());
  });

  it('not by a word in most records, which is beside everything ("Secretary of State")', async () => {
    // "stae": "state" is in every record, so in every record with "sewage" too; "stake" only in those.
    expect((await engine.search({ query: 'sewage stae' })).terms).toContain(term('stake'));
  });
});

describe('a name joined by an ampersand', () => {
  const fillers = Array.from({ length: 20 }, (_, i) =>
    record('Special Educational Needs: Waiting Lists', `To ask the Secretary of State for Education, what the waiting times are for assessment ${i}.`, `E-learning and waiting times are reviewed ${i}.`),
  );
  const ae = [1, 2, 3].map((i) => record('Accident and Emergency Departments', `To ask the Secretary of State for Health, what the A&E waiting times were at hospital ${i}.`, 'A&E waiting times are published monthly.'));
  const engine = engineOf([...fillers, ...ae]);

  it('"A&E waiting times" finds A&E, not every record with an "e"', async () => {
    const res = await engine.search({ query: 'A&E waiting times' });
    expect(res.hits.slice(0, 3).map((h) => h.record.id).sort()).toEqual(ae.map((r) => r.id).sort());
    expect(res.hits[0].excerpt.segments.some((s) => s.match && s.text === 'A&E')).toBe(true);
  });
});

describe('a compound the user hyphenates ("step-free") in a question', () => {
  // "railway stations" stands together in the archive (a multi-word concept), so a question's
  // core would be that phrase alone; the hyphenated compound is a concept of two words too.
  const stations = [1, 2, 3, 4, 5].map((i) =>
    record('Railway Stations', `To ask the Secretary of State for Transport, what plans there are for railway stations in region ${i}.`, `Railway stations in region ${i} are being refurbished.`),
  );
  const stepFree = [1, 2].map((i) =>
    record('Railways: Access', `To ask the Secretary of State for Transport, what progress has been made on step-free access in region ${i}.`, 'The Access for All programme has made step-free routes available at more railway stations.'),
  );
  const filler = Array.from({ length: 100 }, (_, i) => record(`Topic ${i}`, `To ask the Secretary of State for Health, what assessment has been made of hospital ${i}.`, `Hospital ${i} is under review.`));
  const engine = engineOf([...stations, ...stepFree, ...filler]);

  it('is part of the question\'s subject beside the archive\'s phrase', async () => {
    const res = await engine.search({ query: 'what is being done to make more railway stations step-free?' });
    const subject = res.subject?.flat() ?? [];
    expect(subject).toContain('railwai');
    expect(subject).toContain(term('stepfree'));
    expect(stepFree.map((r) => r.id)).toContain(res.hits[0]?.record.id);
  });

  it('each part is its own concept, which the joined form also satisfies ("step" or "stepfree", "free" or "stepfree")', async () => {
    const res = await engine.search({ query: 'what is being done to make more railway stations step-free?' });
    expect(res.subject).toContainEqual([term('step'), term('stepfree')]);
    expect(res.subject).toContainEqual([term('free'), term('stepfree')]);
  });

  it('a code typed as one word is satisfied by itself or its parts, each part a concept with it ("EWS1": ews or ews1, 1 or ews1)', async () => {
    const res = await engine.search({ query: 'what is being done about EWS1 forms at railway stations?' });
    expect(res.subject).toContainEqual([term('ews'), term('ews1')]);
  });
});

describe('a phrasal verb in a question ("sent back", "go back")', () => {
  // "sent back" stands together wherever it is written, so it looked like one of the archive's
  // names, and a question's core became it beside the name asked about.
  const returns = [1, 2, 3, 4].map((i) =>
    record('Migrants: Returns', `To ask the Secretary of State for the Home Department, how many migrants were sent back to France in quarter ${i}.`, `In quarter ${i}, 40 migrants were sent back to France.`),
  );
  const ccrc = [1, 2, 3].map((i) =>
    record('Convictions: Appeals', `To ask the Secretary of State for Justice, how many cases the Criminal Cases Review Commission has referred to the Court of Appeal in year ${i}.`, `The Criminal Cases Review Commission referred 3${i} cases.`),
  );
  const filler = Array.from({ length: 100 }, (_, i) => record(`Topic ${i}`, `To ask the Secretary of State for Health, what assessment has been made of hospital ${i}.`, `Hospital ${i} is under review.`));
  const engine = engineOf([...returns, ...ccrc, ...filler]);

  it('is not part of the question\'s subject: the name asked about is', async () => {
    const res = await engine.search({ query: 'how many cases has the Criminal Cases Review Commission sent back to the appeal courts?' });
    const subject = res.subject?.flat() ?? [];
    expect(subject).not.toContain('sent');
    expect(subject).not.toContain('back');
    expect(ccrc.map((r) => r.id)).toContain(res.hits[0]?.record.id);
  });

  it('"left" with what was left is no name: the ones who left are the subject', async () => {
    // "left the NHS" stands together in the archive; it had made the core "left NHS", and "nurses" no part of it.
    const leavers = [1, 2, 3, 4].map((i) =>
      record('Health Services: Staff', `To ask the Secretary of State for Health and Social Care, how many porters left the NHS in region ${i}.`, `In region ${i}, 12 porters left the NHS.`),
    );
    const nurses = [1, 2].map((i) => record('Nurses: Resignations', `To ask the Secretary of State for Health and Social Care, how many nurses resigned in trust ${i}.`, `In trust ${i}, nurses left the service.`));
    const e = engineOf([...leavers, ...nurses, ...filler]);
    const res = await e.search({ query: 'how many nurses left the NHS?' });
    expect(res.subject?.flat()).toContain(term('nurses'));
    expect(nurses.map((r) => r.id)).toContain(res.hits[0]?.record.id);
  });

  it('is a verb\'s form no noun takes, or a verb with its particle: "trade deal" is still a name', async () => {
    const deals = [1, 2, 3, 4].map((i) =>
      record('Trade Agreements', `To ask the Secretary of State for Business and Trade, what progress has been made on the trade deal with country ${i}.`, `Talks on the trade deal with country ${i} continue.`),
    );
    const e = engineOf([...deals, ...filler]);
    const res = await e.search({ query: 'what progress has been made on the trade deal with country 3?' });
    // The archive's name is in the core; the question's other words only refine.
    const subject = res.subject?.flat() ?? [];
    expect(subject).toEqual(expect.arrayContaining(['trade', 'deal']));
    expect(subject).not.toContain('progress');
  });
});

describe('more of the sum a question asks ("how much extra money …", "additional funding")', () => {
  // The archive writes "extra money" together on every topic, so the pair reads as one of its names.
  const fillers = Array.from({ length: 30 }, (_, i) =>
    record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review.`),
  );
  const extra = Array.from({ length: 6 }, (_, i) =>
    record('Dental Services', `To ask the Secretary of State for Health and Social Care, whether extra money will reach dental practice ${i}.`, 'Extra money for dental services is being allocated; every service will benefit.'),
  );
  const probation = Array.from({ length: 6 }, (_, i) =>
    record('Probation Service', `To ask the Secretary of State for Justice, what funding the probation service in region ${i} will receive.`, `The probation service in region ${i} will receive £${i + 2} million more next year.`),
  );
  const engine = engineOf([...fillers, ...extra, ...probation]);

  it('is how much is asked, not the topic: the probation records are found, not those holding "extra money"', async () => {
    const res = await engine.search({ query: 'how much extra money is going into the probation service?' });
    expect(res.subject?.flat()).toContain(term('probation'));
    expect(res.subject?.flat()).not.toContain(term('extra'));
    expect(res.hits.map((h) => h.record.id).slice(0, 6).sort()).toEqual(probation.map((r) => r.id).sort());
  });
});

describe('the place a query ends on ("flooding in Somerset")', () => {
  const fillers = Array.from({ length: 30 }, (_, i) =>
    record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review.`),
  );
  // A member sits for North Somerset: the archive knows "Somerset" as a place.
  const beds = record('Hospital Beds: Somerset', 'To ask the Secretary of State for Health and Social Care, how many hospital beds there are in Somerset.', 'Bed numbers in Somerset are published monthly.');
  const seat = { ...beds, askingMember: { id: 1, name: 'A Member', constituency: 'North Somerset' } };
  const somerset = [seat, ...Array.from({ length: 8 }, (_, i) => record(`Schools: Somerset`, `To ask the Secretary of State for Education, what the condition of school ${i} in Somerset is.`, `School ${i} in Somerset is in good condition.`))];
  const flooding = Array.from({ length: 8 }, (_, i) => record('Flood Control', `To ask the Secretary of State for Environment, what flood defences are planned for river ${i}.`, `Flooding on river ${i} is being addressed with new defences.`));
  const engine = engineOf([...fillers, ...somerset, ...flooding]);

  it('is where, not what: records naming the place alone hold none of the topic', async () => {
    const res = await engine.search({ query: 'flooding in Somerset', limit: 20 });
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(flooding.map((r) => r.id).sort());
  });

  it('so is a place typed without "in", ending or opening the words ("flooding Somerset", "Somerset flooding")', async () => {
    for (const query of ['flooding Somerset', 'Somerset flooding']) {
      const res = await engine.search({ query, limit: 20 });
      expect(res.hits.map((h) => h.record.id).sort(), query).toEqual(flooding.map((r) => r.id).sort());
    }
  });

  it('keeps a record naming the place with some of the topic first ("school flooding in Somerset")', async () => {
    const res = await engine.search({ query: 'school flooding in Somerset', limit: 20 });
    expect(res.hits.slice(0, 8).map((h) => h.record.id).sort()).toEqual(somerset.slice(1).map((r) => r.id).sort());
  });

  it('reads a word no member sits for as a word ("flooding in rivers" needs both)', async () => {
    const res = await engine.search({ query: 'flooding in river', limit: 20 });
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(flooding.map((r) => r.id).sort());
    expect(res.notices.join(' ')).not.toMatch(/contain/);
  });
});

describe('a person\'s name typed that no record writes ("Andrew Tate")', () => {
  // An archive large enough that a surname is rare in it, as in the real one (`TYPED_NAME_DF`).
  const fillers = [
    ...railwayFiller(1200),
    ...Array.from({ length: 30 }, (_, i) =>
      record(`Topic ${i}`, `To ask the Secretary of State for Transport, what assessment has been made of road scheme number ${i}.`, `Road scheme ${i} is under review.`),
    ),
  ];
  // A member called Andrew: the archive knows "Andrew" as a first name.
  const andrew = { ...record('Railways: Fife', 'To ask the Secretary of State for Transport, about trains in Fife.', 'Andrew Bowie raised this with the operator.'), askingMember: { id: 2, name: 'Andrew Bowie' } };
  const tate = [1, 2, 3].map((i) => record('Arts: Finance', `To ask the Secretary of State for Culture, what funding the Tate galleries receive in year ${i}.`, `Tate receives grant in aid, year ${i}.`));
  const misogyny = [1, 2, 3].map((i) => record('Hate Crime: Women', `To ask the Secretary of State for the Home Department, what steps are being taken on misogyny online, area ${i}.`, 'Misogyny online is being tackled.'));
  const engine = engineOf([...fillers, andrew, ...tate, ...misogyny]);

  it('finds nothing for the name alone, and says no answer names it', async () => {
    const res = await engine.search({ query: 'Andrew Tate' });
    expect(res.total).toBe(0);
    expect(res.notices).toContain('No answer names “Andrew Tate”.');
  });

  it('searches the other words beside it, saying so', async () => {
    const res = await engine.search({ query: 'Andrew Tate misogyny' });
    expect(res.hits.map((h) => h.record.id).sort()).toEqual(misogyny.map((r) => r.id).sort());
    expect(res.notices).toContain('No answer names “Andrew Tate”; these answers match your other words.');
  });

  it('is no name when a later word is common in the archive ("Mark Scheme")', async () => {
    const mark = { ...record('Railways: Kent', 'To ask the Secretary of State for Transport, about trains in Kent.', 'Trains in Kent run hourly.'), askingMember: { id: 3, name: 'Mark Smith' } };
    const res = await engineOf([...fillers, andrew, mark, ...tate, ...misogyny]).search({ query: 'Mark Scheme' });
    expect(res.notices.join(' ')).not.toContain('No answer names');
    expect(res.total).toBeGreaterThan(0);
  });

  it('is searched as usual once a record writes it', async () => {
    const written = record('Online Safety', 'To ask the Secretary of State for Science, what assessment has been made of content by Andrew Tate.', 'Ofcom regulates such content.');
    const res = await engineOf([...fillers, andrew, ...tate, ...misogyny, written]).search({ query: 'Andrew Tate' });
    expect(res.hits[0]!.record.id).toBe(written.id);
    expect(res.notices.join(' ')).not.toContain('No answer names');
  });
});

describe('four keywords or more that hold a name of the archive\'s but are no phrase', () => {
  // The crowd: answers on the Civil Aviation Authority that hold every word, in their answers.
  const crowd = [1, 2, 3, 4, 5, 6].map((i) =>
    record(
      'Civil Aviation Authority',
      `To ask the Secretary of State for Transport, what the Civil Aviation Authority's budget is for airport ${i}.`,
      'The Civil Aviation Authority employed more people in its safety teams this year, and its staff numbers will rise.',
    ),
  );
  // The question looked for, awaiting an answer: its own words hold every word typed.
  const asked = record('Civil Aviation Authority: Staff', 'To ask the Secretary of State for Transport, how many staff are employed by the Civil Aviation Authority.', 'Awaiting.');
  const awaiting = { ...asked, answerText: undefined, dateAnswered: undefined };
  const engine = engineOf([...crowd, awaiting, ...railwayFiller(30)]);

  it('put the question whose own heading and question hold every word first, though it awaits an answer', async () => {
    const res = await engine.search({ query: 'aviation authority staff employed' });
    expect(res.hits[0].record.id).toBe(awaiting.id);
    // Answers first still holds among the rest: the crowd follows.
    expect(res.hits.slice(1, 7).map((h) => h.record.id).sort()).toEqual(crowd.map((r) => r.id).sort());
    // Said as it is: answers do not all come first, so the reply says how to list only them.
    expect(res.notices.join(' ')).toContain('1 of these questions awaits an answer (add answered to list only answered ones).');
  });

  it('leave three words to the topic ranking: answers first', async () => {
    const res = await engine.search({ query: 'aviation authority staff' });
    expect(crowd.map((r) => r.id)).toContain(res.hits[0].record.id);
    expect(res.notices.join(' ')).toContain('1 of these questions awaits an answer; answers come first');
  });
});
