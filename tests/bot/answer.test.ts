// Direct answers: quoted sentences from the top answers, never generated text.
import { beforeAll, describe, expect, it } from 'vitest';
import { directAnswer, focusExcerpts, isQuestion } from '../../src/bot/answer.ts';
import { subjectOf } from '../../src/bot/subject.ts';
import { wants } from '../../src/bot/want.ts';
import { sentences } from '../../src/search/sentences.ts';
import { term, terms } from '../../src/search/text.ts';
import type { Engine } from '../../src/search/engine.ts';
import { excerptText, type Hit } from '../../src/bot/reply.ts';
import { chargepointsArchive, fixtureEngine, fixtureRecords, railwayFiller, syntheticEngine, syntheticRecord } from '../search/helpers.ts';
import { QaRecord } from '../../src/record.ts';
import { SUM_ASKED } from '../../src/bot/sums.ts';

describe('isQuestion', () => {
  it.each([
    'how much has the government spent on county lines?',
    'what is being done about grooming gangs',
    'has anyone asked about knife crime',
    'Is the NCLCC still funded',
    'tell me about county lines',
    'county lines funding?',
    '  when will the review report?  ',
  ])('%j is a question', (s) => expect(isQuestion(s)).toBe(true));

  it.each([
    'county lines',
    'county lines funding',
    'how much',
    'what?',
    'knife',
    'how much "county lines"',
    'what is dept:dwp doing',
    'whatever happened to knife crime',
    'Howard League prisons',
  ])('%j is not a question', (s) => expect(isQuestion(s)).toBe(false));

  it('query syntax with a question mark is still a question', () => {
    expect(isQuestion('how much was spent on "county lines"?')).toBe(true);
  });
});

describe('directAnswer on fixture records', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await fixtureEngine();
  });
  const hitsOf = async (query: string): Promise<Hit[]> => (await engine.search({ query, limit: 5 })).hits;

  it('a how-much question quotes the sentence with the £ figure, from the record that has it', async () => {
    const records = await fixtureRecords();
    const pcn = records.find((r) => r.heading === 'Primary Care Networks: Expenditure')!;
    const q = 'how much has the Additional Roles Reimbursement Scheme cost?';
    const hits = await hitsOf(q);
    expect(hits[0].record.id).toBe(pcn.id);
    const a = directAnswer(q, hits, { terms: terms(q) })!;
    expect(a).toBeDefined();
    expect(a.quotes[0].record.id).toBe(pcn.id);
    // verbatim: a whole sentence of the answer, the one with the money in it
    const withMoney = sentences(pcn.answerText!).filter((s) => /£\s?\d/.test(s));
    expect(withMoney).toHaveLength(1);
    expect(a.quotes[0].text).toBe(withMoney[0]);
  });

  it('prefers a sentence with a figure over one with more of the words but no figure', async () => {
    const records = await fixtureRecords();
    const buses = records.find((r) => r.heading === 'Buses: Exhaust Emissions')!;
    const q = 'how much funding went to bus retrofit?';
    const a = directAnswer(q, [{ record: buses, score: 1, excerpt: { field: 'answer', segments: [], cutStart: false, cutEnd: false } }], { terms: terms(q) })!;
    expect(a).toBeDefined();
    for (const quote of a.quotes) {
      expect(sentences(buses.answerText!)).toContain(quote.text);
      expect(quote.record).toBe(buses);
    }
    expect(a.quotes[0].text).toMatch(/£\d/);
  });

  it('every quote of every answer is a verbatim sentence of the record it cites', async () => {
    for (const q of ['how much has been spent on dental services?', 'what is being done about grooming gangs?', 'how many knife crime offences were there?', 'how much funding went to bus retrofit?']) {
      const a = directAnswer(q, await hitsOf(q), { terms: terms(q) });
      for (const quote of a?.quotes ?? []) expect(sentences(quote.record.answerText!), q).toContain(quote.text);
    }
  });

  it('a question no sentence answers returns undefined', async () => {
    // the county lines questions in the fixture are unanswered or clipped: nothing says when
    const q = 'when will the county lines review report?';
    const hits = await hitsOf(q);
    expect(hits.length).toBeGreaterThan(0);
    expect(directAnswer(q, hits, { terms: terms(q) })).toBeUndefined();
  });

  it('holding answers and unanswered records are never quoted', async () => {
    const records = await fixtureRecords();
    const holdingOrOpen = records.filter((r) => r.answerIsHolding || !r.answerText);
    expect(holdingOrOpen.some((r) => r.answerIsHolding)).toBe(true);
    const hits: Hit[] = holdingOrOpen.map((record) => ({ record, score: 1, excerpt: { field: 'question', segments: [], cutStart: false, cutEnd: false } }));
    const q = 'what is the department doing about general practitioners and cancer health services?';
    expect(directAnswer(q, hits, { terms: terms(q) })).toBeUndefined();
  });

  it('no terms, no answer', async () => {
    expect(directAnswer('what is it?', await hitsOf('grooming gangs'), { terms: [] })).toBeUndefined();
  });

  it('a how-many question does not quote a sentence without a number', async () => {
    const records = await fixtureRecords();
    const rec = records.find((r) => r.heading === 'Primary Care Networks: Expenditure')!;
    const hit: Hit = { record: { ...rec, answerText: 'The Additional Roles Reimbursement Scheme is kept under review by the Department.' }, score: 1, excerpt: { field: 'answer', segments: [], cutStart: false, cutEnd: false } };
    const q = 'how many staff has the Additional Roles Reimbursement Scheme funded?';
    expect(directAnswer(q, [hit], { terms: terms(q) })).toBeUndefined();
    // Nor, now, does it answer a question of no particular kind: with no kind of fact to check, the list answers it.
    expect(directAnswer('what is happening to the Additional Roles Reimbursement Scheme?', [hit], { terms: terms('Additional Roles Reimbursement Scheme') })).toBeUndefined();
  });
});

describe('directAnswer: the sentence must answer the question asked', () => {
  const hit = (record: QaRecord): Hit => ({ record, score: 1, excerpt: { field: 'answer', segments: [], cutStart: false, cutEnd: false } });
  const ferries = syntheticRecord('Ferries: Finance', 'To ask the Secretary of State for Transport, how much has been spent on ferry subsidies.', 'The cost of demobilisation of the depot works was c.£35m. We keep costs under review.', '2024-03-01');
  const older = syntheticRecord('Ferries: Subsidies', 'To ask the Secretary of State for Transport, how much has been spent on ferry subsidies.', 'Ferry subsidies cost £12 million in 2022.', '2023-01-10');
  const newer = syntheticRecord('Ferries: Subsidies', 'To ask the Secretary of State for Transport, how much has been spent on ferry subsidies.', 'Ferry subsidies cost £15 million in 2024.', '2025-02-10');
  const q = 'how much has been spent on ferry subsidies?';
  const opts = { terms: terms(q), subject: [terms('ferry'), terms('subsidies')] };

  it('a figure about another subject is refused (abstains)', () => {
    const other = syntheticRecord('Depots', 'To ask the Secretary of State for Transport, what the depot works cost.', 'The cost of demobilisation of the depot works was c.£35m.');
    expect(directAnswer(q, [hit(other)], opts)).toBeUndefined();
  });

  it('a sentence needs the fact asked for: no figure, no answer to "how much"', () => {
    const vague = syntheticRecord('Ferries: Subsidies', 'To ask the Secretary of State for Transport, about ferry subsidies.', 'Ferry subsidies are kept under review by the department.');
    expect(directAnswer(q, [hit(vague)], opts)).toBeUndefined();
  });

  it('between good sentences, the most recent answer is quoted', () => {
    const a = directAnswer(q, [hit(older), hit(newer), hit(ferries)], opts)!;
    expect(a.quotes[0].record.id).toBe(newer.id);
    expect(a.quotes[0].text).toContain('£15 million');
  });

  it('a year the question names must be in the sentence or its question', () => {
    expect(directAnswer('how much was spent on ferry subsidies in 1995?', [hit(older), hit(newer)], opts)).toBeUndefined();
  });

  it('words that only hedge the question ("roughly", "actually", "so far") are not asked of the sentence', () => {
    const hedged = 'roughly how much has actually been spent so far on ferry subsidies?';
    const depots = syntheticRecord('Depots', 'To ask the Secretary of State for Transport, what the depot works cost.', 'The depot works cost £35m.');
    // Third in the ranking: half of the hedged question's words, less the places it ranks lower, would fall short.
    const a = directAnswer(hedged, [hit(depots), hit(depots), hit(newer)], { terms: terms(hedged), subject: opts.subject });
    expect(a?.quotes[0].record.id).toBe(newer.id);
  });

  it('says which check refused each sentence, when asked (for bench/answers-causes.ts)', () => {
    const depot = syntheticRecord('Depots', 'To ask the Secretary of State for Transport, what the depot works cost.', 'The cost of demobilisation of the depot works was c.£35m.');
    const plans = syntheticRecord('Ferries: Subsidies', 'To ask the Secretary of State for Transport, how much has been spent on ferry subsidies.', 'Ferry subsidies are kept under review by the Department.');
    const seen: [string, string][] = [];
    const a = directAnswer(q, [hit(depot), hit(plans), hit(newer)], { ...opts, refused: (why, sentence) => seen.push([why, sentence]) });
    expect(a?.quotes[0].record.id).toBe(newer.id);
    expect(seen).toEqual([
      ['subject', 'The cost of demobilisation of the depot works was c.£35m.'],
      ['kind', 'Ferry subsidies are kept under review by the Department.'],
    ]);
  });

  it('a word the archive does not know is part of the subject: nothing can answer it', () => {
    expect(directAnswer(q, [hit(newer)], { terms: opts.terms, subject: [...opts.subject, ['zqxw']], unknown: ['zqxw'] })).toBeUndefined();
  });
});

describe('directAnswer: subject, kind and currency on fixtures', () => {
  const hit = (record: QaRecord): Hit => ({ record, score: 1, excerpt: { field: 'answer', segments: [], cutStart: false, cutEnd: false } });
  const ask = (q: string, records: QaRecord[], subject?: string[][]) => directAnswer(q, records.map(hit), { terms: terms(q), subject: subject ?? terms(q).map((t) => [t]) });

  const refuges = syntheticRecord(
    'Motorways: Safety Measures',
    'To ask the Secretary of State for Transport, how many new emergency refuges will be built on smart motorways.',
    'National Highways is constructing 150 additional emergency refuge areas on smart motorways. Construction began in 2022. The project is expected to be completed by the end of March 2025.',
    '2024-07-22',
  );

  it('a question\'s verb need not be in the sentence: "finished" is answered by "completed"', () => {
    const q = 'when will the new emergency refuge areas on smart motorways be finished?';
    const a = ask(q, [refuges], [['emerg'], ['refug'], ['smart'], ['motorwai'], ['finish']])!;
    expect(a.quotes[0].text).toBe('The project is expected to be completed by the end of March 2025.');
  });

  it('asked what was meant to happen ("how many pilot areas was WorkWell meant to run in?"), what will be answers, as for a promise', () => {
    const question = 'To ask the Secretary of State for Work and Pensions, in how many pilot areas WorkWell will run.';
    const planned = syntheticRecord('WorkWell', question, 'WorkWell will be delivered in approximately 15 pilot areas.');
    const subject = [['workwel'], ['pilot'], ['area']];
    expect(ask('how many pilot areas was WorkWell meant to run in?', [planned], subject)?.quotes[0].text).toContain('15 pilot areas');
    // Asked what has been done, a sentence only of what will be does not answer.
    expect(ask('how many pilot areas has WorkWell been delivered in?', [planned], subject)).toBeUndefined();
  });

  it('a sentence that carries on one of the two before it about the subject is about it; one that does not is not', () => {
    const q = 'when will the emergency refuge areas on smart motorways be finished?';
    const subject = [['emerg'], ['refug']];
    expect(ask(q, [refuges], subject)?.quotes[0].text).toMatch(/March 2025/);
    const unrelated = syntheticRecord(
      'Motorways: Safety Measures',
      'To ask the Secretary of State for Transport, how many new emergency refuges will be built on smart motorways.',
      'National Highways is constructing 150 additional emergency refuge areas on smart motorways. Separately, resurfacing of the A14 is expected to be completed by the end of March 2025.',
    );
    expect(ask(q, [unrelated], subject)).toBeUndefined();
  });

  it('a sentence carrying on one that names the subject ("The service costs …") is quoted after it; one carrying on another sentence is not', () => {
    const q = 'how much does the service for reporting river pollution to the Environment Agency cost to run?';
    const subject = [['environ'], ['agenc']];
    const service = syntheticRecord(
      'Environment Agency: Complaints',
      'To ask the Secretary of State for Environment, Food and Rural Affairs, how members of the public can report pollution incidents to the Environment Agency.',
      'The Environment Agency’s Report an environmental problem service lets the public report incidents online. ' +
        'The service costs £2 million a year to run. Reports of river pollution are answered within a day.',
    );
    const quotes = ask(q, [service], subject)!.quotes.map((x) => x.text);
    // The sentence after still follows when it carries on (step 5).
    expect(quotes).toEqual([
      'The Environment Agency’s Report an environmental problem service lets the public report incidents online.',
      'The service costs £2 million a year to run.',
      'Reports of river pollution are answered within a day.',
    ]);
    // The sentence before names none of the subject: the one carrying on stands as it did.
    const other = syntheticRecord(
      'Environment Agency: Complaints',
      'To ask the Secretary of State for Environment, Food and Rural Affairs, how members of the public can report pollution incidents to the Environment Agency.',
      'Incidents are triaged within the hour. The service costs £2 million a year to run.',
    );
    expect(ask(q, [other], subject)!.quotes[0].text).toMatch(/^The service costs/);
    // Asked what is being done, a sentence carrying on is no measure by name, whatever the one before names.
    const measureQ = 'what is being done so people can report river pollution to the Environment Agency?';
    const named = { ...other, id: 'named', answerText: 'The Incident Reporting Service is open all day. The service is used to report river pollution, smells from waste sites and blocked rivers.' };
    expect(ask(measureQ, [named], subject)).toBeUndefined();
  });

  it('a sentence opening on "It" is quoted after the sentence its "it" stands for, unless that one holds a rival figure of the kind asked', () => {
    const q = 'what is being done about prison overcrowding?';
    const subject = [['prison'], ['overcrowd']];
    const safeguard = syntheticRecord(
      'Prisons: Overcrowding',
      'To ask the Secretary of State for Justice, how many times police cells were used under Operation Safeguard.',
      'Operation Safeguard is a planned contingency measure which was implemented in February 2023. It is used to hold adult male prisoners in police custody suites temporarily as needed.',
    );
    expect(ask(q, [safeguard], subject)!.quotes.map((x) => x.text)).toEqual([
      'Operation Safeguard is a planned contingency measure which was implemented in February 2023.',
      'It is used to hold adult male prisoners in police custody suites temporarily as needed.',
    ]);
    // Asked how many, a sentence before with a count of its own is not read first: it would pass for the answer.
    const jobs = syntheticRecord(
      'Warships: Exports',
      'To ask the Secretary of State for Defence, how many jobs the Type 26 frigate export to Norway will support.',
      'Defence spending in Scotland backed almost 12,000 skilled jobs last year. This is illustrated by the deal to supply Norway with Type 26 frigates, which will support 4,000 jobs across the UK.',
    );
    expect(ask('how many jobs will the Type 26 frigate deal with Norway support?', [jobs], [['type'], ['26'], ['frigat'], ['norwai']])!.quotes[0].text).toMatch(/^This is illustrated/);
  });

  it('the best record may lack one of three or more subject concepts when the sentence names two; a lower record, a thinner subject or a second absent concept may not', () => {
    const q = 'how many tonnes of coal do heritage steam railways use in a year?';
    const subject = [['coal'], ['heritag'], ['steam'], ['railwai']];
    const heritage = syntheticRecord(
      'Railways: Coal',
      'To ask the Secretary of State for Energy Security and Net Zero, how much coal heritage railways burn.',
      'The annual figure for coal used by heritage railways is 15,000 tonnes.',
    );
    const other = syntheticRecord('Energy: Coal', 'To ask the Secretary of State for Energy Security and Net Zero, how much coal is imported.', 'The UK imported 2.1 million tonnes of coal in 2023.');
    // First: "steam" is in none of it, and the rest is.
    expect(ask(q, [heritage], subject)?.quotes[0].text).toMatch(/15,000 tonnes/);
    // Second to a record about something else, it is not the search's best record for the question.
    expect(ask(q, [other, heritage], subject)).toBeUndefined();
    // A subject of two concepts, or two of four absent, says too little of what was asked.
    expect(ask(q, [heritage], [['heritag'], ['steam']])).toBeUndefined();
    expect(ask(q, [heritage], [['coal'], ['heritag'], ['steam'], ['narrow']])).toBeUndefined();
    // Nor one the archive has nowhere: the question may be about something it never mentions.
    expect(directAnswer(q, [hit(heritage)], { terms: terms(q), subject, unknown: ['steam'] })).toBeUndefined();
  });

  it('a sentence holding a rare name the question typed may lack up to two of the words describing it, in any record; not for a measure', () => {
    const q = 'how many Protector drones has the UK purchased for the RAF?';
    const subject = [['protector'], ['drone'], ['raf']];
    const filler = syntheticRecord('Defence: Procurement', 'To ask the Secretary of State for Defence, what his plans are for procurement.', 'The Department keeps its plans under review.');
    const protector = syntheticRecord(
      'Military Aircraft: Procurement',
      'To ask the Secretary of State for Defence, how many Protector air vehicles have been purchased.',
      'Sixteen Protector RG Mk1 air vehicles have been purchased by the UK, eight of which have been delivered into service.',
    );
    const named = { terms: terms(q), subject, named: ['protector'] };
    expect(directAnswer(q, [hit(filler), hit(protector)], named)?.quotes[0].text).toMatch(/^Sixteen Protector/);
    // Without the name read as one, two absent words are too many, and the record is not the best.
    expect(directAnswer(q, [hit(filler), hit(protector)], { terms: terms(q), subject })).toBeUndefined();
    // Three absent are too many even with it.
    expect(directAnswer(q, [hit(protector)], { ...named, subject: [...subject, ['squadron']] })).toBeUndefined();
    // A name the sentence does not hold itself (only its record does) lends nothing.
    const recordOnly = syntheticRecord(
      'Protector: Procurement',
      'To ask the Secretary of State for Defence, how many Protector air vehicles have been purchased.',
      'Sixteen RG Mk1 air vehicles have been purchased by the UK, eight of which have been delivered into service.',
    );
    expect(directAnswer(q, [hit(filler), hit(recordOnly)], named)).toBeUndefined();
    // A measure names the thing it helps as often as the thing asked about.
    const m = 'what is being done to help Chagos islanders resettle?';
    const chagos = syntheticRecord('Chagos Islands', 'To ask the Secretary of State for Foreign Affairs, what the deal provides.', 'The Government has launched a trust fund for the Chagossian community.');
    expect(directAnswer(m, [hit(filler), hit(chagos)], { terms: terms(m), subject: [['chago'], ['island'], ['resettl']], named: ['chago'] })).toBeUndefined();
  });

  it('a sentence turning from the one before ("However, …") is quoted after it, when that one names the subject', () => {
    const q = 'how much does the UK spend on official development assistance?';
    const subject = [['offici'], ['develop'], ['assist']];
    const record = syntheticRecord(
      'Official Development Assistance',
      'To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how much official development assistance her Department has spent this year.',
      'Final figures for official development assistance this financial year will not be known until April. ' +
        'However, at the start of the year, £500 million of official development assistance was allocated to research.',
    );
    expect(ask(q, [record], subject)!.quotes.map((x) => x.text)).toEqual([
      'Final figures for official development assistance this financial year will not be known until April.',
      'However, at the start of the year, £500 million of official development assistance was allocated to research.',
    ]);
  });

  it('"No such assessment has been made", opening an answer, answers whether one was, for a record whose question is on the subject, and for no other', () => {
    const q = 'has the government assessed swab tests for cardiomyopathy in children?';
    const subject = [['swab'], ['test'], ['cardiomyopathi'], ['children']];
    const onIt = syntheticRecord('Heart Diseases: Children', 'To ask the Secretary of State for Health and Social Care, whether he has made an assessment of swab tests for cardiomyopathy in children.', 'No such assessment has been made.');
    const other = syntheticRecord('Schools: Sports', 'To ask the Secretary of State for Education, whether she has assessed sport in schools.', 'No such assessment has been made.');
    expect(ask(q, [onIt], subject)?.quotes[0].record.id).toBe(onIt.id);
    expect(ask(q, [other], subject)).toBeUndefined();
  });

  it('a measure question takes a sentence in the present tense ("The Government funds …") and refuses one that does nothing', () => {
    const q = 'what support do farmers get for bovine tuberculosis testing?';
    const subject = [terms('farmers'), terms('bovine'), terms('tuberculosis')];
    const funds = syntheticRecord(
      'Bovine Tuberculosis: Testing',
      'To ask the Secretary of State for Environment, Food and Rural Affairs, what financial support farmers get for bovine tuberculosis tests.',
      'The Government funds the cost of routine bovine tuberculosis testing for farmers through the Bovine TB Eradication Programme.',
    );
    const nothing = syntheticRecord(
      'Bovine Tuberculosis: Testing',
      'To ask the Secretary of State for Environment, Food and Rural Affairs, what financial support farmers get for bovine tuberculosis tests.',
      'Bovine tuberculosis remains a serious disease of cattle for farmers.',
    );
    expect(ask(q, [funds], subject)?.quotes[0].text).toMatch(/funds the cost/);
    expect(ask(q, [nothing], subject)).toBeUndefined();
    // An adverb between the auxiliary and what is done changes nothing; nor makes thinking about it a measure.
    const still = { ...funds, id: 'still', answerText: 'The Government is still paying for routine bovine tuberculosis testing for farmers through the Bovine TB Eradication Programme.' };
    expect(ask(q, [still], subject)?.quotes[0].text).toMatch(/still paying/);
    const considering = { ...funds, id: 'considering', answerText: 'The Government is carefully considering routine bovine tuberculosis testing for farmers under the Bovine TB Eradication Programme.' };
    expect(ask(q, [considering], subject)).toBeUndefined();
    // Quoted as the answer, a measure names what is done, or the sum put into it: paying for the
    // tests, with neither, is not quoted.
    const unnamed = { ...funds, id: 'unnamed', answerText: 'The Government funds the cost of routine bovine tuberculosis testing for farmers.' };
    expect(ask(q, [unnamed], subject)).toBeUndefined();
    expect(ask(q, [unnamed, funds], subject)?.quotes[0].record.id).toBe(funds.id);
    const sum = { ...funds, id: 'sum', answerText: 'The Government has spent £40 million on routine bovine tuberculosis testing for farmers this year.' };
    expect(ask(q, [unnamed, sum], subject)?.quotes[0].record.id).toBe(sum.id);
  });

  it('a statement of intent with nothing named or counted is no measure; the sentence carrying on the answer\'s opening may be', () => {
    const q = 'what support do victims of modern slavery get?';
    const subject = [['modern'], ['slaveri'], ['victim']];
    const intent = syntheticRecord(
      'Slavery: Victims',
      'To ask the Secretary of State for the Home Department, what support is available for victims of modern slavery.',
      'The Government is committed to tackling modern slavery; ensuring that victims are provided with the support they need to rebuild their lives.',
    );
    expect(ask(q, [intent], subject)).toBeUndefined();
    // Intent, but naming what is done: a measure.
    const named = syntheticRecord(
      'Slavery: Victims',
      'To ask the Secretary of State for the Home Department, what support is available for victims of modern slavery.',
      'The Government is committed to supporting victims of modern slavery through the Modern Slavery Victim Care Service.',
    );
    expect(ask(q, [named], subject)?.quotes[0].text).toContain('Victim Care Service');
    // "The Government takes … seriously" opens the answer; the sentence carrying it on says what is done.
    const potholes = syntheticRecord(
      'Roads: Potholes',
      'To ask the Secretary of State for Transport, what steps she is taking to tackle potholes.',
      'The Government takes the condition of our roads very seriously. This Government has made a record investment of almost £1.6 billion for local road maintenance this year.',
    );
    expect(ask('what is the government doing about potholes?', [potholes], [['pothol']])?.quotes[0].text).toMatch(/^This Government has made a record investment/);
  });

  it('a question of no particular kind ("is there help with …?") gets no quote; asked as a measure, a statement of intent answers nothing', () => {
    const q = 'what help is there with paying for therapy for adopted children?';
    const subject = [['therapi'], ['adopt'], ['children']];
    const intent = syntheticRecord(
      'Adoption: Therapy',
      'To ask the Secretary of State for Education, what therapy is available for adopted children.',
      'The Government is committed to ensuring that adopted children get the therapy they need.',
    );
    expect(ask(q, [intent], subject)).toBeUndefined();
    const fund = syntheticRecord(
      'Adoption: Therapy',
      'To ask the Secretary of State for Education, what therapy is available for adopted children.',
      'The Adoption and Special Guardianship Support Fund pays for therapy for adopted children.',
    );
    expect(ask(q, [intent, fund], subject)?.quotes[0].record.id).toBe(fund.id);
    // Put as yes or no, the question asks no kind of fact a sentence can be checked for.
    expect(ask('is there help with paying for therapy for adopted children?', [intent, fund], subject)).toBeUndefined();
  });

  it('a measure said to be undone ("… Act 2003 was repealed and replaced …") is no measure being taken, unless its undoing is asked', () => {
    const question = 'To ask the Secretary of State for the Home Department, what steps she is taking to tackle anti-social behaviour.';
    const subject = [terms('antisocial'), terms('behaviour')];
    const repealed = syntheticRecord('Anti-social Behaviour', question, 'The Antisocial Behaviour Act 2003 was repealed and replaced by the Antisocial Behaviour, Crime and Policing Act 2014.');
    const bill = syntheticRecord('Anti-social Behaviour', question, 'The Crime and Policing Bill will give the police new Respect Orders to tackle antisocial behaviour.');
    expect(ask('what is being done about antisocial behaviour?', [repealed], subject)).toBeUndefined();
    expect(ask('what is being done about antisocial behaviour?', [repealed, bill], subject)?.quotes[0].text).toContain('Respect Orders');
    expect(ask('what replaced the Antisocial Behaviour Act 2003?', [repealed], subject)?.quotes[0].text).toContain('was repealed');
  });

  it('a question of no particular kind is answered by a measure named for two of its concepts, not one', () => {
    const q = 'is there a screening programme for lung cancer for smokers?';
    const subject = [['screen'], ['lung'], ['cancer'], ['smoker']];
    const question = 'To ask the Secretary of State for Health and Social Care, what screening is offered to smokers for lung cancer.';
    const named = syntheticRecord(
      'Lung Cancer: Screening',
      question,
      'The National Lung Cancer Screening Programme is offered to smokers and former smokers aged 55 to 74.',
    );
    expect(ask(q, [named], subject)?.quotes[0].text).toMatch(/^The National Lung Cancer Screening Programme/);
    // A measure sharing one word with the question is another measure: a quit scheme is no screening programme.
    const other = syntheticRecord('Lung Cancer: Screening', question, 'The Smokers Quit Scheme helps smokers to stop smoking for good.');
    expect(ask(q, [other], subject)).toBeUndefined();
  });

  it('a question whose every word asks for the kind of fact ("how much does it cost?") is about nothing a sentence could be', () => {
    const fees = syntheticRecord('Landfill: Fees', 'To ask the Secretary of State for Environment, what landfill fees cost.', 'In 2024 the fees cost operators £114,025 in all.');
    expect(ask('how much does it cost?', [fees], [['cost']])).toBeUndefined();
    expect(ask('how much do landfill fees cost?', [fees], [['landfil'], ['fee']])?.quotes[0].record.id).toBe(fees.id);
  });

  it('asked what something costs, a sum said as a cost, price or spending answers; a fund\'s sum does not', () => {
    const q = 'what is the cost of the Chagos Islands deal?';
    const subject = [['chago'], ['island'], ['deal']];
    const question = 'To ask the Secretary of State for Foreign Affairs, what the cost of the Chagos Islands deal is.';
    const fund = syntheticRecord('Chagos Islands: Sovereignty', question, 'The Chagos Islands deal includes the establishment of a £40 million fund to benefit Chagossians.');
    expect(ask(q, [fund], subject)).toBeUndefined();
    const cost = syntheticRecord('Chagos Islands: Sovereignty', question, 'The average annual cost of the Chagos Islands deal is £101 million.');
    expect(ask(q, [fund, cost], subject)?.quotes[0].record.id).toBe(cost.id);
    // Asked its cost to one payer, a cost to another is another cost; the public purse is one payer under any name.
    const crime = 'To ask the Secretary of State for the Home Department, what the cost of alcohol-related crime is.';
    const society = syntheticRecord('Alcoholic Drinks: Crime', crime, 'Alcohol-related crime costs society £21 billion a year.');
    expect(ask('how much does alcohol-related crime cost the police each year?', [society], [['alcohol'], ['crime']])).toBeUndefined();
    expect(ask('how much does alcohol-related crime cost society each year?', [society], [['alcohol'], ['crime']])?.quotes[0].record.id).toBe(society.id);
    const purse = syntheticRecord('Coronation: Costs', 'To ask the Chancellor, what the coronation cost.', 'The coronation cost the Exchequer £50 million.');
    expect(ask('how much did the coronation cost the taxpayer?', [purse], [[term('coronation')!]])?.quotes[0].record.id).toBe(purse.id);
    // Asked for help with a cost, the help's sum answers.
    const grant = syntheticRecord('Motorcycles: Grants', 'To ask the Secretary of State for Transport, what grants help with the cost of electric motorbikes.', 'The Plug-in Motorcycle Grant gives up to £500 towards electric motorbikes.');
    expect(ask('how much is the grant to help with the cost of an electric motorbike?', [grant], [['grant'], ['electr'], ['motorbik']])?.quotes[0].record.id).toBe(grant.id);
  });

  it('asked whether a thing is having something done to it, a sentence naming the thing but not what is done does not answer', () => {
    const q = 'is the winter fuel payment being restored?';
    const subject = [['winter'], ['fuel'], ['payment']];
    const question = 'To ask the Secretary of State for Work and Pensions, what plans he has for the Winter Fuel Payment.';
    const page = syntheticRecord('Winter Fuel Payment', question, 'The Winter Fuel Payment page on Gov.uk has been updated with the new eligibility rules.');
    expect(ask(q, [page], subject)).toBeUndefined();
    // Asked whether there is one, the same sentence names it.
    expect(ask('is there a winter fuel payment?', [page], subject)?.quotes[0].record.id).toBe(page.id);
    const restored = syntheticRecord('Winter Fuel Payment', question, 'The Winter Fuel Payment will be restored this winter to pensioners with an income of £35,000 or less.');
    expect(ask(q, [page, restored], subject)?.quotes[0].record.id).toBe(restored.id);
  });

  it('asked whether a thing will rise, end or return, a sentence naming the thing but not that does not answer', () => {
    const q = 'will the state pension age rise again?';
    const subject = [['state'], ['pension'], ['ag']];
    const question = 'To ask the Secretary of State for Work and Pensions, what support is available to women below State Pension age.';
    const support = syntheticRecord('State Retirement Pensions: Women', question, 'DWP offers employment support for customers of all ages, including those below state pension age, through Jobcentres.');
    expect(ask(q, [support], subject)).toBeUndefined();
    const rise = syntheticRecord('State Pension Age', question, 'The state pension age will rise to 67 between 2026 and 2028, as legislated in the Pensions Act 2014.');
    expect(ask(q, [rise, support], subject)?.quotes[0].record.id).toBe(rise.id);
  });

  it('asked yes or no, the best record\'s sentence saying the thing asked in its own words answers; not a lower record\'s, nor one saying too little of it', () => {
    const q = 'do academy schools have to have a complaints procedure for parents?';
    const subject = [['academi'], ['complaint'], ['procedur']];
    const question = 'To ask the Secretary of State for Education, what rules apply to complaints in academies.';
    const required = syntheticRecord('Academies: Complaints', question, 'Academies are required to have a complaints procedure in place for parents, which must be published on their website.');
    expect(ask(q, [required], subject)?.quotes[0].text).toMatch(/^Academies are required to have a complaints procedure/);
    // From the second record, the same sentence is no surer than the first record's silence.
    const other = syntheticRecord('Academies: Governance', question, 'Trustees oversee the running of each trust.');
    expect(ask(q, [other, required], subject)).toBeUndefined();
    // Half of the question's words is enough when the whole subject is there ("unhappy" and "England" are not needed, "parents" is); fewer is not.
    const longer = 'do academy schools in England have to have a complaints procedure for unhappy parents?';
    const half = syntheticRecord('Academies: Complaints', question, 'Academies are required to have a complaints procedure in place for parents.');
    expect(ask(longer, [half], subject)?.quotes[0].text).toMatch(/^Academies are required to have a complaints procedure in place for parents/);
    const less = syntheticRecord('Academies: Complaints', question, 'Academies are required to have a complaints procedure in place.');
    expect(ask(longer, [less], subject)).toBeUndefined();
    // Every subject concept in the sentence itself, not only in its record's question.
    const partly = syntheticRecord('Academies: Complaints', question, 'Academies are required to publish their procedure for parents on their website.');
    expect(ask(q, [partly], subject)).toBeUndefined();
    // Nor a statement of intent, nor one of a thing only being looked at.
    const intent = syntheticRecord('Academies: Complaints', question, 'The Government is committed to ensuring that academy complaints procedures work for parents.');
    const reviewed = syntheticRecord('Academies: Complaints', question, 'The complaints procedure academies have for parents is being reviewed this year.');
    expect(ask(q, [intent], subject)).toBeUndefined();
    expect(ask(q, [reviewed], subject)).toBeUndefined();
    // Nor one from a record that never names the place the question names; the whole country's name it need not.
    const nuclear = 'are there plans for a new nuclear power station in Wales?';
    const nuclearSubject = [['nuclear'], ['power'], ['station']];
    const siting = (questionText: string) =>
      syntheticRecord('Nuclear Power: Planning', questionText, 'A new nuclear National Policy Statement is being developed for the siting of new nuclear power stations.');
    expect(ask(nuclear, [siting('To ask the Secretary of State for Energy Security and Net Zero, about nuclear planning.')], nuclearSubject)).toBeUndefined();
    expect(ask(nuclear, [siting('To ask the Secretary of State for Energy Security and Net Zero, about nuclear power stations in Wales.')], nuclearSubject)).toBeDefined();
    expect(ask('are there plans for a new nuclear power station in the UK?', [siting('To ask the Secretary of State for Energy Security and Net Zero, about nuclear planning.')], nuclearSubject)).toBeDefined();
    // One word asked alone is not enough: "what is the deficit?" is not answered by ADHD guidance.
    const adhd = syntheticRecord('Attention Deficit Hyperactivity Disorder', 'To ask the Secretary of State for Health and Social Care, about ADHD.', 'Providers should have regard to the guidance on attention deficit hyperactivity disorder.');
    expect(ask('what is the deficit?', [adhd], [['deficit']])).toBeUndefined();
    // Nor one saying it will be said later.
    const later = syntheticRecord('Academies: Complaints', question, 'We will set out next steps on complaints procedures for academy parents in due course.');
    expect(ask(q, [later], subject)).toBeUndefined();
    // Nor one saying it has not been assessed: "has not made a formal assessment of the cost of providing free school meals to all primary school children" says nothing of swimming lessons.
    const notAssessed = syntheticRecord('Academies: Complaints', question, 'The Department has not made a formal assessment of complaints procedures for parents in academies.');
    expect(ask(q, [notAssessed], subject)).toBeUndefined();
    // Nor one holding a word asked only inside a compound of its own: "hard-working carers" are no carers who work.
    const carers = 'is there any help for carers who work?';
    const carersQuestion = 'To ask the Secretary of State for Work and Pensions, what support is available for carers in work.';
    const overpaid = syntheticRecord('Carers: Overpayments', carersQuestion, 'Too many hard-working carers have been left with large overpayments to repay.');
    expect(ask(carers, [overpaid], [['carer'], ['work']])).toBeUndefined();
    const earnings = syntheticRecord('Carers: Employment', carersQuestion, 'Carers who work can get help while they earn up to the earnings limit.');
    expect(ask(carers, [earnings], [['carer'], ['work']])?.quotes[0].text).toMatch(/^Carers who work can get help/);
    // A measure named for what is asked answers before a sentence only saying it.
    const named = syntheticRecord('Academies: Complaints', question, 'The Academy Complaints Procedure Code applies to every academy trust.');
    expect(ask(q, [required, named], subject)?.quotes[0].record.id).toBe(named.id);
  });

  it('asked whether there is something or what is done, a measure named for it answers whatever its verb; a sentence naming none does not, unless it is the best record\'s saying it', () => {
    const q = 'is there a screening programme for lung cancer for smokers?';
    const subject = [['screen'], ['lung'], ['cancer'], ['smoker']];
    const question = 'To ask the Secretary of State for Health and Social Care, what screening is offered to smokers for lung cancer.';
    // "reaches" is no verb of a thing done (MEASURE): the name says the programme is there.
    const named = syntheticRecord('Lung Cancer: Screening', question, 'The National Lung Cancer Screening Programme now reaches smokers and former smokers aged 55 to 74 across England.');
    expect(ask(q, [named], subject)?.quotes[0].text).toMatch(/^The National Lung Cancer Screening Programme now reaches/);
    // A sentence naming none answers only as the best record's, saying it in the question's own words (`STATED_SHARE`, below).
    const unnamed = syntheticRecord('Lung Cancer: Screening', question, 'Lung cancer screening now reaches smokers and former smokers aged 55 to 74 across England.');
    const first = syntheticRecord('Lung Cancer: Statistics', question, 'Lung cancer is the leading cause of cancer death in England.');
    expect(ask(q, [first, unnamed], subject)).toBeUndefined();
    // Nor one the sentence says is only being looked at.
    const reviewed = syntheticRecord('Lung Cancer: Screening', question, 'The National Lung Cancer Screening Programme for smokers is being reviewed this year.');
    expect(ask(q, [reviewed], subject)).toBeUndefined();
    // Asked what is being done, the same.
    expect(ask('what is being done to screen smokers for lung cancer?', [named], subject)?.quotes[0].text).toMatch(/^The National Lung Cancer Screening Programme now reaches/);
    expect(ask('what is being done to screen smokers for lung cancer?', [unnamed], subject)).toBeUndefined();
  });

  it('asked what is being done, a document to come, or what will be said later, is no measure taken', () => {
    const q = 'what steps are being taken to tackle late diagnosis of blood cancers?';
    const subject = [['diagnosi'], ['blood'], ['cancer']];
    const question = 'To ask the Secretary of State for Health and Social Care, what steps he is taking to improve early diagnosis of blood cancers.';
    const plan = syntheticRecord(
      'Blood Cancer: Diagnosis',
      question,
      'The National Cancer Plan, which will be published in the new year, will include further details on how we will improve diagnosis of blood cancers.',
    );
    expect(ask(q, [plan], subject)).toBeUndefined();
    const later = syntheticRecord('Blood Cancer: Diagnosis', question, 'The National Cancer Plan will set out how we will speed up the diagnosis of blood cancers.');
    expect(ask(q, [later], subject)).toBeUndefined();
    // A measure taken, named, answers.
    const taken = syntheticRecord('Blood Cancer: Diagnosis', question, 'The National Cancer Plan has introduced faster diagnosis pathways for blood cancers.');
    expect(ask(q, [taken], subject)?.quotes[0].text).toMatch(/^The National Cancer Plan has introduced/);
  });

  it('that something matters ("Employers are crucial in …", "play a vital role") is a statement of intent too', () => {
    const q = 'what help is there to get people with health conditions into work?';
    const subject = [['health'], ['condit'], ['work']];
    const question = 'To ask the Secretary of State for Work and Pensions, what programmes support people with health conditions into work.';
    const matters = syntheticRecord(
      'Employment: Health',
      question,
      'Employers are crucial in supporting people with health conditions to thrive in work, and the department is working with them.',
    );
    expect(ask(q, [matters], subject)).toBeUndefined();
    const role = syntheticRecord('Employment: Health', question, 'Employers play a vital role in supporting people with health conditions in work, and are supported to do so.');
    expect(ask(q, [role], subject)).toBeUndefined();
    const programme = syntheticRecord('Employment: Health', question, 'The Connect to Work Programme supports people with health conditions into work.');
    expect(ask(q, [matters, programme], subject)?.quotes[0].record.id).toBe(programme.id);
  });

  it('being determined to, or taking action to, is a statement of intent as being committed to is', () => {
    const q = 'what is being done about school absence?';
    const subject = [['school'], ['absenc']];
    const question = 'To ask the Secretary of State for Education, what steps she is taking to reduce school absence.';
    const determined = syntheticRecord('Pupils: Absenteeism', question, 'This government is determined to tackle the generational challenge of school absence.');
    expect(ask(q, [determined], subject)).toBeUndefined();
    const action = syntheticRecord('Pupils: Absenteeism', question, 'The government is taking action to reduce school absence across the country.');
    expect(ask(q, [action], subject)).toBeUndefined();
    const named = syntheticRecord('Pupils: Absenteeism', question, 'The government is taking action to reduce school absence through the Attendance Mentors Programme.');
    expect(ask(q, [determined, named], subject)?.quotes[0].record.id).toBe(named.id);
  });

  it('an ambition, a mission or a want is intent too, and an abbreviation in brackets names nothing done', () => {
    const q = 'what is being done to tackle violence against women and girls?';
    const subject = [['violenc'], ['women'], ['girl']];
    const question = 'To ask the Secretary of State for the Home Department, what steps she is taking to tackle violence against women and girls.';
    const ambition = syntheticRecord('Violence against Women and Girls', question, 'This Government has set out an unprecedented ambition to halve violence against women and girls (VAWG) within a decade.');
    expect(ask(q, [ambition], subject)).toBeUndefined();
    const mission = syntheticRecord('Violence against Women and Girls', question, 'Tackling violence against women and girls is at the heart of our mission to make streets safer.');
    expect(ask(q, [mission], subject)).toBeUndefined();
    const measure = syntheticRecord('Violence against Women and Girls', question, 'We have funded the Domestic Abuse Protection Order Pilot to tackle violence against women and girls.');
    expect(ask(q, [ambition, measure], subject)?.quotes[0].record.id).toBe(measure.id);
  });

  it('what happens to the problem is no measure: a figure falling or rising, people waiting, results seen, a state inherited', () => {
    const q = 'what is being done about knife crime?';
    const subject = [['knife'], ['crime']];
    const question = 'To ask the Secretary of State for the Home Department, what steps she is taking to reduce knife crime.';
    for (const trend of [
      'Knife crime is falling in every region.',
      'Knife crime has increased to an unacceptable level in recent years.',
      'Knife crime continues to increase in some cities.',
      'We are already seeing results on knife crime.',
      'Victims of knife crime are waiting too long for their cases to be heard.',
      'This government has inherited a system with record levels of knife crime.',
    ]) {
      expect(ask(q, [syntheticRecord('Knives: Crime', question, trend)], subject), trend).toBeUndefined();
    }
    // A verb of either kind with its object is a thing done.
    const reduced = syntheticRecord('Knives: Crime', question, 'Police forces have reduced knife crime with hot spot patrols funded by the Safer Streets Fund.');
    expect(ask(q, [reduced], subject)?.quotes[0].record.id).toBe(reduced.id);
  });

  it('a target set with nothing named or counted is intent, and so is a commitment of the state\'s offices', () => {
    const q = 'what is being done about knife crime?';
    const subject = [['knife'], ['crime']];
    const question = 'To ask the Secretary of State for the Home Department, what steps she is taking to reduce knife crime.';
    const target = syntheticRecord('Knives: Crime', question, 'We have set an ambitious but essential target: to halve knife crime over this decade.');
    expect(ask(q, [target], subject)).toBeUndefined();
    const offices = syntheticRecord('Knives: Crime', question, 'The Prime Minister and the Home Secretary are personally committed to halving knife crime.');
    expect(ask(q, [offices], subject)).toBeUndefined();
    const ban = syntheticRecord('Knives: Crime', question, 'We have banned zombie-style knives and ninja swords to cut knife crime under the Knives Act.');
    expect(ask(q, [target, offices, ban], subject)?.quotes[0].record.id).toBe(ban.id);
  });

  it('between good sentences, one that stands alone is quoted before a newer one that points back ("These 183 claims …")', () => {
    const q = 'how many claims have been made to the vaccine damage payment scheme?';
    const subject = [['vaccin'], ['damag'], ['payment'], ['scheme']];
    const total = syntheticRecord(
      'Vaccine Damage Payment Scheme',
      'To ask the Secretary of State for Health, how many claims have been made to the Vaccine Damage Payment Scheme.',
      'As of 1 July 2024, 14,088 claims had been made to the Vaccine Damage Payment Scheme for covid vaccines.',
      '2024-07-17',
    );
    const part = syntheticRecord(
      'Vaccine Damage Payment Scheme',
      'To ask the Secretary of State for Health, how many claims to the Vaccine Damage Payment Scheme have succeeded.',
      'Some claims to the scheme have completed a medical assessment. These 183 claims to the Vaccine Damage Payment Scheme reflect 1.9% of the claims assessed.',
      '2025-01-08',
    );
    expect(ask(q, [part, total], subject)?.quotes[0].text).toContain('14,088');
  });

  it('a span of years asked ("in the 2023/24 school year") is one year, said as the last school year; its "24" is no number asked', () => {
    const q = 'How many schools took part in the school milk scheme in the 2023/24 school year?';
    const asked = 'To ask the Secretary of State for Education, how many schools took part in the School Milk Subsidy Scheme.';
    const milk = syntheticRecord('Milk: Schools', asked, 'The School Milk Subsidy Scheme was accessed by over 11,000 schools in England in the last school year.', '2024-09-11');
    expect(ask(q, [milk], [['milk'], ['scheme']])?.quotes[0].text).toContain('11,000');
    // Answered before the 2023/24 school year ended, "the last school year" is 2022/23.
    const early = syntheticRecord('Milk: Schools', asked, 'The School Milk Subsidy Scheme was accessed by over 10,500 schools in England in the last school year.', '2024-03-11');
    expect(ask(q, [early], [['milk'], ['scheme']])).toBeUndefined();
  });

  it('an age group asked ("over 21s") is a number the sentence or its record\'s question must name', () => {
    const q = 'how much is the minimum wage for over 21s?';
    const asked = 'To ask the Chancellor of the Exchequer, what the minimum wage will be from April 2025.';
    const apprentices = syntheticRecord('Minimum Wage', asked, 'From April 2025 the Apprentice Minimum Wage will increase by 18% from £6.40 to £7.55.', '2024-11-11');
    expect(ask(q, [apprentices], [['minimum'], ['wage']])).toBeUndefined();
    const living = syntheticRecord('Minimum Wage', asked, 'From April 2025 the minimum wage for workers aged 21 and over will increase to £12.21 an hour.', '2024-11-11');
    expect(ask(q, [living], [['minimum'], ['wage']])?.quotes[0].text).toContain('£12.21');
  });

  it('asked about Wales, Scotland or Northern Ireland, a record naming none of them is not the answer', () => {
    const q = 'when does the deposit return scheme start in Wales?';
    const subject = [['deposit'], ['return'], ['scheme']];
    const asked = 'To ask the Secretary of State for Environment, Food and Rural Affairs, when the deposit return scheme will start.';
    const england = syntheticRecord('Deposit Return Schemes', asked, 'The Government is committed to delivering the Deposit Return Scheme for drinks containers in October 2027.');
    expect(ask(q, [england], subject)).toBeUndefined();
    // Named anywhere in the record will do, by name or adjective: the answer is about the nation.
    const welsh = syntheticRecord('Deposit Return Schemes: Wales', asked, 'The Welsh Government has confirmed that the deposit return scheme will start in October 2027.');
    expect(ask(q, [welsh], subject)?.quotes[0].text).toContain('October 2027');
    // A question naming no nation is answered as before.
    expect(ask('when does the deposit return scheme start?', [england], subject)?.quotes[0].text).toContain('October 2027');
  });

  it('the year a figure is the highest since dates nothing asked "since when"', () => {
    const q = 'since when has the health secretary had the power to intervene in local NHS service changes?';
    const asked = 'To ask the Secretary of State for Health and Social Care, what powers he has to intervene in local NHS service changes.';
    const spending = syntheticRecord(
      'NHS: Finance',
      asked,
      'Spending on local NHS services will rise by 4% in real terms, the largest increase since before 2010, and the Secretary of State keeps the power to intervene in service changes.',
      '2025-01-10',
    );
    expect(ask(q, [spending], [['power'], ['intervene'], ['nh']])).toBeUndefined();
    const power = syntheticRecord('NHS: Reorganisation', asked, 'The Secretary of State has had the power to intervene in local NHS service changes since July 2022.', '2025-01-10');
    expect(ask(q, [power], [['power'], ['intervene'], ['nh']])?.quotes[0].text).toContain('since July 2022');
  });

  it('a day of a month is not a count', () => {
    const q = 'how many e-scooters have the police seized?';
    const rec = syntheticRecord('Electric Scooters', 'To ask the Secretary of State for the Home Department, how many e-scooters the police have seized.', 'On 27 November 2024, the Government gave the police greater powers to seize e-scooters.');
    expect(ask(q, [rec], [['scooter'], ['polic']])).toBeUndefined();
  });

  it('a figure the question names must be in the sentence or its record\'s question', () => {
    const q = 'how many visas were granted to people earning between £18,600 and £38,700?';
    const gaza = syntheticRecord(
      'Visas: Gaza',
      'To ask the Secretary of State for the Home Department, how many visas were granted to people earning between £18,000 and £40,000.',
      'The Government has granted 505 visas to people earning between £18,000 and £40,000.',
    );
    expect(ask(q, [gaza], [['visa'], ['grant']])).toBeUndefined();
    const income = syntheticRecord('Visas: Married People', 'To ask the Secretary of State for the Home Department, how many visas were granted to people earning between £18,600 and £38,700.', 'In 2023, 4,200 visas were granted to such applicants.');
    expect(ask(q, [income], [['visa'], ['grant']])?.quotes[0].record.id).toBe(income.id);
  });

  it('a count must count what is asked: "two proposals" does not answer how many homes', () => {
    const q = 'how many homes in the UK have solar panels on the roof?';
    const standards = syntheticRecord(
      'Buildings: Solar Power',
      'To ask the Secretary of State for Housing, what plans there are for solar panels on new homes.',
      'The consultation for the Future Homes Standard had two proposals, both of which included solar panels.',
    );
    expect(ask(q, [standards], [['solar'], ['panel']])).toBeUndefined();
    const installed = syntheticRecord('Solar Power: Housing', 'To ask the Secretary of State for Energy, how many households have solar panels.', 'Around 1.2 million homes now have solar panels installed.');
    expect(ask(q, [standards, installed], [['solar'], ['panel']])?.quotes[0].text).toContain('1.2 million homes');
    // Money is not a count.
    const money = syntheticRecord('Solar Power: Grants', 'To ask the Secretary of State for Energy, about solar panels.', 'Solar panels on homes received £20 million in grants.');
    expect(ask(q, [money], [['solar'], ['panel']])).toBeUndefined();
    // A verb after the count leaves what it counts to the sentence: "1,200 were fitted".
    const fitted = syntheticRecord('Solar Power: Housing', 'To ask the Secretary of State for Energy, how many homes have solar panels on the roof.', 'Of the new homes with solar panels, 1,200 were fitted this year.');
    expect(ask(q, [fitted], [['solar'], ['panel']])?.quotes[0].text).toContain('1,200 were');
  });

  it('a sum said to be of something else is not the sum asked: "the cost of demobilisation of these works" is not HS2\'s cost', () => {
    const q = 'how much has HS2 cost?';
    const works = syntheticRecord(
      'High Speed 2 Railway Line: Costs',
      'To ask the Secretary of State for Transport, how much HS2 has cost to date.',
      'HS2 Ltd estimated in 2023 that the cost of demobilisation of these works was c.£35m.',
    );
    expect(ask(q, [works], [['hs2']])).toBeUndefined();
    const whole = syntheticRecord('High Speed 2 Railway Line: Costs', 'To ask the Secretary of State for Transport, how much HS2 has cost to date.', 'The cost of HS2 Phase One to date has been £37 billion.');
    expect(ask(q, [works, whole], [['hs2']])?.quotes[0].record.id).toBe(whole.id);
  });

  it('a sum said as what was spent on a part is not the whole\'s cost: of a subject of one concept, a word of the question says the part', () => {
    const question = 'To ask the Speaker, how much the House of Commons spent on IT infrastructure in 2022/23.';
    const ict = syntheticRecord('House of Commons: ICT', question, 'The amount the House of Commons spent on cloud IT infrastructure in financial year 2022/23 was £8,985,950.');
    expect(ask('what is the annual cost of the House of Commons?', [ict], [['common']])).toBeUndefined();
    expect(ask('how much does the House of Commons spend on IT infrastructure?', [ict], [['common']])?.quotes[0].text).toContain('£8,985,950');
  });

  it('a worth set off after a thing is that thing\'s: "a programme of research cooperation, worth £80bn+" is not what the UK pays for Horizon Europe', () => {
    const q = 'how much is the UK paying to be part of Horizon Europe?';
    const subject = [['horizon'], ['europ']];
    const worth = syntheticRecord(
      'Horizon Europe',
      'To ask the Secretary of State for Science, how much the UK contributes to Horizon Europe.',
      'Association to Horizon Europe means UK researchers can join the largest programme of research cooperation, worth £80bn+, alongside EU colleagues.',
    );
    expect(ask(q, [worth], subject)).toBeUndefined();
    // A worth whose thing, or what follows it, is the subject is the sum asked.
    const package_ = syntheticRecord('Horizon Europe', 'To ask the Secretary of State for Science, about Horizon Europe.', 'We agreed a package, worth £8 billion, for Horizon Europe association.');
    expect(ask(q, [package_], subject)?.quotes[0].text).toContain('£8 billion');
  });

  it('a sum "worth of" something ("£14 billion worth of NHS services") is that thing\'s, not the GP contract\'s', () => {
    const q = 'How much is the government putting into the GP contract in 2026/27?';
    const subject = [['gp'], ['contract']];
    const question = 'To ask the Secretary of State for Health and Social Care, how much funding will be provided through the GP contract in 2026/27.';
    const worth = syntheticRecord('General Practitioners: Contracts', question, 'General practices (GPs) are valued independent contractors who provide £14 billion worth of National Health Services.');
    expect(ask(q, [worth], subject)).toBeUndefined();
    const contract = syntheticRecord('General Practitioners: Contracts', question, 'The 2026/27 settlement provides £1.1 billion worth of extra investment through the GP contract.');
    expect(ask(q, [contract], subject)?.quotes[0].text).toContain('£1.1 billion');
  });

  it('a sum "spent on" something ("c.£2.9 million has been spent on legal costs") is that thing\'s, not the compensation paid', () => {
    const q = 'how much has been paid out in Post Office Horizon compensation?';
    const subject = [['post'], ['offic'], ['horizon'], ['compens']];
    const question = 'To ask the Secretary of State for Business and Trade, how much has been paid under the Horizon compensation schemes.';
    const legal = syntheticRecord('Post Office: Horizon IT System', question, 'Since the launch of the scheme in March 2023, a total of c.£2.9 million has been spent on legal costs.');
    expect(ask(q, [legal], subject)).toBeUndefined();
    const paid = syntheticRecord('Post Office: Horizon IT System', question, 'Over £1 billion has been spent on Horizon compensation for postmasters so far.');
    expect(ask(q, [legal, paid], subject)?.quotes[0].text).toContain('£1 billion');
  });

  it('a count must count what follows "how many": "No new hotels" does not answer how many asylum seekers are in hotels', () => {
    const q = 'how many asylum seekers are in hotels?';
    const commissioned = syntheticRecord(
      'Asylum: Hotels',
      'To ask the Secretary of State for the Home Department, how many hotels house asylum seekers in Havering.',
      'No new hotels have been commissioned to accommodate asylum seekers in Havering in this period.',
    );
    expect(ask(q, [commissioned], [['asylum'], ['seeker'], ['hotel']])).toBeUndefined();
    const housed = syntheticRecord('Asylum: Hotels', 'To ask the Secretary of State for the Home Department, how many asylum seekers are in hotels.', 'At the end of March, 32,345 asylum seekers were in hotels.');
    expect(ask(q, [commissioned, housed], [['asylum'], ['seeker'], ['hotel']])?.quotes[0].record.id).toBe(housed.id);
  });

  it('a share written in words ("a 70 per cent …", cut at source) counts nothing, as "70%" does not', () => {
    const q = 'how many asylum seekers are in hotels?';
    const question = 'To ask the Secretary of State for the Home Department, what progress has been made on closing asylum hotels.';
    const cut = (ending: string) => syntheticRecord('Asylum: Hotels', question, `Hotels had become one of the primary means of providing asylum accommodation for asylum seekers, and where a ${ending}`);
    expect(ask(q, [cut('70 per cent ...')], [['asylum'], ['seeker'], ['hotel']])).toBeUndefined();
    expect(ask(q, [cut('70% ...')], [['asylum'], ['seeker'], ['hotel']])).toBeUndefined();
  });

  it('"one" standing for a thing named before ("a longstanding one") or ranking it ("number one") is no count; "no one" counts none', () => {
    const q = 'how many British pensioners have moved back to the UK from countries where their state pension is frozen?';
    const subject = [terms('pension'), terms('frozen')];
    const question = 'To ask the Secretary of State for Work and Pensions, how many pensioners with frozen state pensions have returned to the UK.';
    const policy = syntheticRecord('State Retirement Pensions: Overseas Residence', question, "The UK's policy on the up-rating of the State Pension for recipients living overseas is a longstanding one.");
    expect(ask(q, [policy], subject)).toBeUndefined();
    const cap = 'To ask the Secretary of State for Energy Security and Net Zero, what the level of the energy price cap is.';
    const priority = syntheticRecord('Energy: Prices', cap, 'Bringing down the energy price cap is this government’s number one priority.');
    expect(ask('what is the level of the energy price cap?', [priority], [['energi'], ['price'], ['cap']])).toBeUndefined();
    // A count in words still counts, beside "no one".
    const returned = syntheticRecord(
      'State Retirement Pensions: Overseas Residence',
      question,
      'One British pensioner whose State Pension was frozen moved back to the UK from those countries last year, and no one else has.',
    );
    expect(ask(q, [returned, policy], subject)?.quotes[0].record.id).toBe(returned.id);
    const none = syntheticRecord('State Retirement Pensions: Overseas Residence', question, 'No one has moved back to the UK from those countries while receiving a frozen State Pension.');
    expect(ask(q, [none], subject)?.quotes[0].text).toMatch(/^No one/);
  });

  it('a count followed by "in" names nothing it counts: patients per GP do not answer how many GPs', () => {
    const q = 'how many GPs have been recruited?';
    const ratio = syntheticRecord(
      'General Practitioners',
      'To ask the Secretary of State for Health, how many GPs have been recruited since 2015.',
      'The number of patients per fully qualified GP was 1,938 in September 2015 compared to 2,133 in January 2026.',
    );
    expect(ask(q, [ratio], [['gp'], ['recruit']])).toBeUndefined();
    const recruited = syntheticRecord('General Practitioners', 'To ask the Secretary of State for Health, how many GPs have been recruited.', 'Since October 2024, 2,000 GPs have been recruited through the scheme.');
    expect(ask(q, [ratio, recruited], [['gp'], ['recruit']])?.quotes[0].record.id).toBe(recruited.id);
  });

  it('"what percentage of …" asks a share, though it says "spent" further on; a share answers it', () => {
    expect(wants('what percentage of GDP is spent on defence?')).toBe('count');
    const subject = [['gdp'], ['defenc']];
    const question = 'To ask the Secretary of State for Defence, what proportion of GDP is spent on defence.';
    const sum = syntheticRecord('Defence: Expenditure', question, 'The defence budget is £60 billion this year.');
    expect(ask('what percentage of GDP is spent on defence?', [sum], subject)).toBeUndefined();
    const share = syntheticRecord('Defence: Expenditure', question, 'We are set to spend 2.6 percent of GDP on defence in 2027.');
    expect(ask('what percentage of GDP is spent on defence?', [sum, share], subject)?.quotes[0].record.id).toBe(share.id);
  });

  it('"how much of" a thing that is not money asks a share ("how much of the Scotch whisky made is exported?")', () => {
    const q = 'How much of the Scotch whisky made is exported?';
    expect(wants(q)).toBe('count');
    expect(wants('How much of the UK aid budget went on refugee costs in 2024?')).toBe('amount');
    const subject = [['scotch'], ['whiski']];
    const question = 'To ask the Chancellor of the Exchequer, what assessment he has made of the Scotch whisky industry.';
    const sum = syntheticRecord('Whisky: Scotland', question, 'The Scotch Whisky industry contributed £7.1 billion to the UK economy in 2022.');
    expect(ask(q, [sum], subject)).toBeUndefined();
    const share = syntheticRecord('Whisky: Exports', question, '90% of Scotch Whisky is already exported and therefore pays no duty.');
    expect(ask(q, [sum, share], subject)?.quotes[0].record.id).toBe(share.id);
  });

  it('"how much tax …", "how much profit …" is answered by a rate as well as a sum', () => {
    const q = 'How much tax is added to what I pay for my car insurance?';
    const subject = [['car'], ['insur']];
    const ipt = syntheticRecord(
      'Insurance Premium Tax',
      'To ask the Chancellor of the Exchequer, what assessment she has made of the impact of Insurance Premium Tax on motorists.',
      'IPT is a tax on general insurance premiums charged at a standard rate of 12%, including car insurance.',
    );
    expect(ask(q, [ipt], subject)?.quotes[0].text).toContain('12%');
    // Other sums are not: a share of what something costs is no answer to how much it costs.
    expect(ask('How much does car insurance cost?', [ipt], subject)).toBeUndefined();
  });

  it('two years written whole ("in 2021-2022") date an event; a financial year ("in 2021-22") does not', () => {
    const q = 'When were hackers inside the Electoral Commission\'s computer systems?';
    const subject = [['elector'], ['commiss']];
    const question = 'To ask the hon. Member representing the Speaker\'s Committee on the Electoral Commission, what assessment the Commission has made of the cyber-attack on its systems.';
    const whole = syntheticRecord('Electoral Commission: Cybersecurity', question, 'During the cyber-attack in 2021-2022, hostile actors were active in the Electoral Commission’s systems.');
    expect(ask(q, [whole], subject)?.quotes[0].text).toContain('2021-2022');
    const financial = syntheticRecord('Electoral Commission: Cybersecurity', question, 'The Electoral Commission’s systems cost £2 million to run in 2021-22.');
    expect(ask(q, [financial], subject)).toBeUndefined();
  });

  it('the span a sum is over ("over this year and next") is no date; a time said so ("later this year") is', () => {
    const q = 'when is the next budget?';
    const subject = [['budget']];
    const question = 'To ask the Chancellor of the Exchequer, when the next Budget will be held.';
    const span = syntheticRecord('Budgets', question, 'At the Autumn Budget, the Government announced a £22.6 billion increase in day-to-day health spending over this year and next.');
    expect(ask(q, [span], subject)).toBeUndefined();
    const when = syntheticRecord('Budgets', question, 'The Chancellor will deliver the next Budget later this year.');
    expect(ask(q, [span, when], subject)?.quotes[0].record.id).toBe(when.id);
  });

  it('when something will happen is not the day it was announced; when it did happen may be', () => {
    const subject = [['new'], ['hospit']];
    const question = 'To ask the Secretary of State for Health and Social Care, when the new hospitals will be built.';
    const announced = syntheticRecord(
      'Hospitals: Construction',
      question,
      'The Chancellor of the Exchequer on 30 October set out that we would continue to deliver the New Hospital Programme.',
    );
    expect(ask('when will the new hospitals be built?', [announced], subject)).toBeUndefined();
    const timetable = syntheticRecord('Hospitals: Construction', question, 'The first new hospitals in the New Hospital Programme will be built by 2030.');
    expect(ask('when will the new hospitals be built?', [announced, timetable], subject)?.quotes[0].record.id).toBe(timetable.id);
    expect(ask('when did the Chancellor set out the New Hospital Programme?', [announced], subject)?.quotes[0].record.id).toBe(announced.id);
  });

  it('when something will be, or is, is not a year long past, nor the date a cohort was born', () => {
    const q = 'when does the new state pension age start?';
    const subject = [['state'], ['pension'], ['ag']];
    const question = 'To ask the Secretary of State for Work and Pensions, when the state pension age will rise.';
    const decided = syntheticRecord('State Pension Age', question, 'The decision to increase the State Pension age was taken in 2011 and confirmed in 2014.', '2025-01-06');
    const born = syntheticRecord('State Pension Age', question, 'All women born since 6 April 1950 have been affected by changes to State Pension age.', '2025-01-06');
    expect(ask(q, [decided, born], subject)).toBeUndefined();
    const ahead = syntheticRecord('State Pension Age', question, 'The State Pension age will rise to 67 between 2026 and 2028.', '2025-01-06');
    expect(ask(q, [decided, born, ahead], subject)?.quotes[0].record.id).toBe(ahead.id);
    // Asked when it was, the date a cohort was born is not when the changes were made.
    expect(ask('when did the changes to the state pension age take effect?', [born], subject)).toBeUndefined();
    // Asked when it was, a year long past answers; asked of a birth, the date of one does.
    expect(ask('when was the decision to increase the state pension age taken?', [decided], subject)?.quotes[0].record.id).toBe(decided.id);
    expect(ask('from what date of birth are women affected by the state pension age changes?', [born], subject)?.quotes[0].record.id).toBe(born.id);
  });

  it('a statement of intent is not quoted beside the answer, though it names the subject', () => {
    const q = 'how much is the pension credit guarantee?';
    const subject = [['pension'], ['credit']];
    const record = syntheticRecord(
      'Pension Credit',
      'To ask the Secretary of State for Work and Pensions, what the rate of Pension Credit is.',
      'For a single pensioner Pension Credit is currently set at £218.15 per week. The Government is absolutely committed to supporting pensioners and giving them the dignity and security they deserve in retirement.',
    );
    expect(ask(q, [record], subject)!.quotes.map((x) => x.text)).toEqual(['For a single pensioner Pension Credit is currently set at £218.15 per week.']);
  });

  it('a number ending the sentence counts what the sentence says it is the number of', () => {
    const q = 'how many GPs are there in England?';
    const subject = [['gp'], ['england']];
    const question = 'To ask the Secretary of State for Health and Social Care, how many GPs there are in England.';
    const patients = syntheticRecord('General Practitioners', question, 'The median number of patients registered at a general practice in England in December 2024 was 8,799.');
    expect(ask(q, [patients], subject)).toBeUndefined();
    const gps = syntheticRecord('General Practitioners', question, 'The number of fully qualified GPs in England in December 2024 was 28,112.');
    expect(ask(q, [patients, gps], subject)?.quotes[0].record.id).toBe(gps.id);
  });

  it('a count of more ("an additional 13,000 police personnel") answers how many more, not how many there are', () => {
    const subject = [['polic'], ['offic']];
    const question = 'To ask the Secretary of State for the Home Department, how many police officers there are.';
    const more = syntheticRecord('Police', question, 'The Government will introduce an additional 13,000 police officers into neighbourhood policing.');
    const more2 = syntheticRecord('Police', question, 'There are now 3,000 more police officers than in 2010.');
    expect(ask('how many police officers are there?', [more, more2], subject)).toBeUndefined();
    const stock = syntheticRecord('Police', question, 'On 31 March 2025 there were 147,746 police officers in England and Wales.');
    expect(ask('how many police officers are there?', [more, stock], subject)?.quotes[0].record.id).toBe(stock.id);
    expect(ask('how many extra police officers will there be?', [more], subject)?.quotes[0].record.id).toBe(more.id);
  });

  it('so is a count of what is made, added or still to come ("c.5,000 places under construction", "aiming to deliver 14,000 places")', () => {
    const subject = [['prison'], ['place']];
    const question = 'To ask the Secretary of State for Justice, how many prison places there are.';
    for (const flow of [
      'There are currently c.5,000 places under construction across the prison estate.',
      'We are aiming to deliver 14,000 prison places by 2031.',
      'In the last year 475 prison places have been delivered.',
      'The previous Government added nearly 28,000 places to the prison estate.',
      'The Agency supports government priorities, including the delivery of 14,000 prison places.',
    ]) {
      expect(ask('how many prison places are there?', [syntheticRecord('Prisons: Capacity', question, flow)], subject), flow).toBeUndefined();
    }
    const stock = syntheticRecord('Prisons: Capacity', question, 'The operational capacity of the prison estate is 89,000 places.');
    expect(ask('how many prison places are there?', [stock], subject)?.quotes[0].text).toContain('89,000');
    const building = syntheticRecord('Prisons: Capacity', question, 'There are currently c.5,000 places under construction across the prison estate.');
    expect(ask('how many new prison places are being built?', [building], subject)?.quotes[0].text).toContain('5,000');
    // People who came are recruits, not the staff there are.
    const staff = [['prison'], ['offic']];
    const joined = syntheticRecord('Prison Officers', 'To ask the Secretary of State for Justice, how many prison officers there are.', 'There have been 2,623 prison officers who joined HMPPS between 5 July 2024 and 30 September 2025.');
    expect(ask('how many prison officers are there?', [joined], staff)).toBeUndefined();
    expect(ask('how many prison officers have been recruited?', [joined], staff)?.quotes[0].text).toContain('2,623');
    const recruited = syntheticRecord('Prison Officers', joined.questionText, 'No prison officers have been recruited to these roles yet.');
    expect(ask('how many prison officers are there?', [recruited], staff)).toBeUndefined();
    const appointed = syntheticRecord('Prison Officers', joined.questionText, 'Since July 2024, 40 prison officers have been appointed to the new roles.');
    expect(ask('how many prison officers has the department appointed to the new roles since July 2024?', [appointed], staff)?.quotes[0].text).toContain('40');
  });

  it('how staff are counted ("full-time equivalent (FTE)") stands between a count and whom it counts', () => {
    const workforce = syntheticRecord(
      'Teachers: Recruitment',
      'To ask the Secretary of State for Education, how many teachers there are in state-funded schools.',
      'There are now over 468,000 full-time equivalent (FTE) teachers in state-funded schools in England.',
    );
    expect(ask('how many teachers are there in England?', [workforce], [['teacher']])?.quotes[0].text).toContain('468,000');
    const fte = syntheticRecord('Teachers: Recruitment', workforce.questionText, 'There are 51,000 FTE teaching assistants in state-funded schools.');
    expect(ask('how many teachers are there in England?', [fte], [['teacher']])).toBeUndefined();
  });

  it('words naming the kind of what is counted may stand between a count and the counted word, which ends the run', () => {
    const q = 'how many penalties did HMRC hand out for getting stamp duty wrong?';
    const subject = [['stamp'], ['duti']];
    const issued = syntheticRecord(
      'Stamp Duty Land Tax: Penalties',
      'To ask the Chancellor of the Exchequer, how many penalties HMRC issued for inaccurate stamp duty returns.',
      'In 24/25, HMRC issued 116 SDLT inaccuracy penalties.',
    );
    expect(ask(q, [issued], subject)?.quotes[0].text).toContain('116 SDLT');
    // "20,000 place prison programmes" counts programmes: "prison" only names their kind.
    const places = syntheticRecord(
      'Prison Officers: Recruitment',
      'To ask the Secretary of State for Justice, how many new prison officers have been recruited since July 2024.',
      '475 places have been delivered as part of the 20,000 place prison programmes since July 2024.',
    );
    expect(ask('how many new prison officers have been taken on?', [places], [['prison'], ['offic']])).toBeUndefined();
    // The counted word must end the run: "14,000 prison places" counts places, not prison officers;
    // a verb after it ends the run ("5,000 prison officers recruited" counts officers).
    const capacity = syntheticRecord(
      'Prison Officers: Recruitment',
      'To ask the Secretary of State for Justice, how many new prison officers have been recruited since July 2024.',
      'We are committed to delivering an additional 14,000 prison places by 2031.',
    );
    expect(ask('how many new prison officers have been taken on?', [capacity], [['prison'], ['offic']])).toBeUndefined();
    const officers = syntheticRecord('Prison Officers: Recruitment', 'To ask the Secretary of State for Justice, how many new prison officers have been recruited.', 'There were 5,000 new prison officers recruited last year.');
    expect(ask('how many new prison officers have been taken on?', [officers], [['prison'], ['offic']])?.quotes[0].text).toContain('5,000');
  });

  it('a participle after the counted word ends the run ("26 employee settlements totalling …"); "67 members of staff" counts staff', () => {
    const question = 'To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how many employee settlement agreements there were in his Department.';
    const settled = syntheticRecord('Staff', question, 'Since 2020 the FCDO has agreed 26 employee settlements totalling circa £1.921 million.');
    expect(ask('how many settlements has the FCDO agreed with staff?', [settled], [['settlement'], ['staff']])?.quotes[0].text).toContain('26 employee');
    const staff = syntheticRecord('India: Staff', 'To ask the Secretary of State for the Home Department, how many staff are based in India.', 'The Department has 67 members of staff based in India.');
    expect(ask('how many staff are based in India?', [staff], [['staff'], ['india']])?.quotes[0].text).toContain('67 members');
    // Not members of something else.
    const panel = { ...staff, id: 'panel', answerText: 'The panel has 67 members of the public and 4 observers in India.' };
    expect(ask('how many staff are based in India?', [panel], [['staff'], ['india']])).toBeUndefined();
  });

  it('"90 of whom" counts what the sentence named before it', () => {
    const q = 'how many of the Chibok schoolgirls kidnapped by Boko Haram are still missing?';
    const subject = [['chibok'], ['schoolgirl'], ['boko'], ['haram']];
    const question = 'To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what support the UK is giving Nigeria against Boko Haram.';
    const whom = syntheticRecord('Nigeria: Kidnapping', question, 'This includes the 2014 kidnapping of the Chibok schoolgirls, around 90 of whom are understood still to be missing.');
    expect(ask(q, [whom], subject)?.quotes[0].text).toContain('90 of whom');
    const other = syntheticRecord('Nigeria: Kidnapping', question, 'The Chibok schoolgirls were kidnapped from one of these schools, which 90 villagers had built.');
    expect(ask(q, [other], subject)).toBeUndefined();
  });

  it('a question word derived from one the sentence holds ("musicians" from "Music") counts as found', () => {
    const q = 'how much is going into the Music and Dance Scheme for talented young musicians and dancers this year?';
    const subject = [['music'], ['danc'], ['scheme']];
    const filler = [1, 2, 3].map((i) => syntheticRecord('Railways', `To ask the Secretary of State for Transport, about timetable ${i}.`, `Trains run on line ${i}.`));
    const scheme = syntheticRecord(
      'Music and Dance Scheme',
      'To ask the Secretary of State for Education, what funding the department provides for the scheme.',
      'The department is providing £36.5 million for the Music and Dance Scheme this academic year.',
    );
    expect(ask(q, [...filler, scheme], subject)?.quotes[0].text).toContain('£36.5 million');
  });

  it('"when was …" is not answered by a timetable ahead ("during this Parliament", "later this year")', () => {
    const q = 'When was the bill to give 16 and 17 year olds the vote introduced in Parliament?';
    const subject = [['16'], ['17'], ['vote']];
    const question = 'To ask the Minister for the Cabinet Office, when he plans to give 16 and 17 year olds the vote.';
    const promise = syntheticRecord('Voting Rights: Young People', question, 'The Government is committed to act during this Parliament to give 16- and 17-year-olds the right to vote in all elections.');
    expect(ask(q, [promise], subject)).toBeUndefined();
    const done = { ...promise, id: 'done', answerText: 'The bill to give 16- and 17-year-olds the vote was introduced in Parliament on 12 February 2026.' };
    expect(ask(q, [promise, done], subject)?.quotes[0].text).toContain('12 February 2026');
    // Asked ahead, the same timetable answers.
    expect(ask('When will 16 and 17 year olds get the vote?', [promise], subject)?.quotes[0].text).toContain('during this Parliament');
  });

  it('a subject word derived from one the sentence holds ("departmental" from "departments") is in the sentence', () => {
    const q = 'how much did cutting departmental admin budgets by 2% save?';
    const subject = [['department'], ['admin'], ['2'], ['save']];
    const question = 'To ask the Chancellor of the Exchequer, what savings have been made from reductions in administrative spending.';
    const cut = syntheticRecord('Public Expenditure', question, 'Departments were asked to reduce their admin budgets by 2%, saving £225 million across departments.');
    expect(ask(q, [cut], subject)?.quotes[0].text).toContain('£225 million');
    // Not a word that merely starts the same way (in a record the search ranks second: its best may lack one concept).
    const other = { ...cut, id: 'other', answerText: 'The depot was asked to reduce its admin budgets by 2%, saving £225 million.' };
    const unrelated = syntheticRecord('Roads', 'To ask the Secretary of State for Transport, what the depot works cost.', 'The depot works cost £35m.');
    expect(ask(q, [unrelated, other], subject)).toBeUndefined();
  });

  it('"how many people …" is not answered by a count of homes, units or places', () => {
    const q = 'how many people are homeless in England?';
    const subject = [['homeless']];
    const question = 'To ask the Secretary of State for Housing, Communities and Local Government, what estimate she has made of homelessness in England.';
    const units = syntheticRecord('Homelessness', question, 'This research estimated that in 2023 there were approximately 535,400 units of supported housing in England.');
    expect(ask(q, [units], subject)).toBeUndefined();
    const people = syntheticRecord('Homelessness', question, 'This research estimated that in 2023 there were approximately 309,000 people homeless in England.');
    expect(ask(q, [units, people], subject)?.quotes[0].text).toContain('309,000');
  });

  it('full-time equivalents count staff: they answer who works, not who claims', () => {
    const question = 'To ask the Secretary of State for Work and Pensions, how many staff make decisions on Personal Independence Payment claims.';
    const fte = syntheticRecord('Personal Independence Payment', question, 'There are 3,100 full-time equivalent (FTE) staff making decisions on Personal Independence Payment claims.');
    const subject = [['person'], ['independ'], ['payment']];
    expect(ask('how many people claim Personal Independence Payment?', [fte], subject)).toBeUndefined();
    expect(ask('how many people work on Personal Independence Payment claims?', [fte], subject)?.quotes[0].text).toContain('3,100');
    expect(ask('how many people are employed on Personal Independence Payment claims?', [fte], subject)?.quotes[0].text).toContain('3,100');
  });

  it('"how many people use …" is answered by a count of people who use it, not of others the answer names', () => {
    const question = 'To ask the Secretary of State for Health and Social Care, what steps he is taking to increase use of the NHS App.';
    const subject = [['nh'], ['app']];
    const ambassadors = syntheticRecord('NHS App', question, 'We have also recruited over 2,000 NHS App ambassadors and 1,400 libraries to help people get online.');
    expect(ask('how many people have used the NHS App?', [ambassadors], subject)).toBeUndefined();
    const users = syntheticRecord('NHS App', question, 'Over 33 million people have used the NHS App since it launched.');
    expect(ask('how many people have used the NHS App?', [ambassadors, users], subject)?.quotes[0].text).toContain('33 million');
    // Working is said by naming staff.
    const unit = syntheticRecord('NHS App', question, 'The NHS App team currently has 19 FTE staff.');
    expect(ask('how many people work on the NHS App?', [unit], subject)?.quotes[0].text).toContain('19 FTE');
  });

  it('a count of people counts the people the sentence names ("pensioners – around 9 million individuals"), not what they did', () => {
    const q = 'how many pensioners will get the winter fuel payment now?';
    const subject = [['winter'], ['fuel'], ['payment']];
    const question = 'To ask the Secretary of State for Work and Pensions, how many pensioners will receive the Winter Fuel Payment this winter.';
    const individuals = syntheticRecord(
      'Winter Fuel Payment',
      question,
      'The Government has raised the threshold for Winter Fuel Payments so that the vast majority of pensioners – around 9 million individuals – will benefit from them.',
    );
    expect(ask(q, [individuals], subject)?.quotes[0].text).toContain('9 million individuals');
    // "migrants crossed": the people counted are migrants; 138 people who died crossing are not them.
    const died = syntheticRecord(
      'Migrants: English Channel',
      'To ask the Secretary of State for the Home Department, how many migrants crossed the English Channel in small boats in 2024.',
      'A total of 138 people are known to have died since August 2019 while attempting to cross the Channel by small boat.',
    );
    expect(ask('how many migrants crossed the Channel in small boats?', [died], [['migrant'], ['channel'], ['small'], ['boat']])).toBeUndefined();
    // Nor are they small boat crossings: the sentence names "small" after its count of people, of how they died.
    expect(ask('how many small boat crossings this year?', [died], [['small'], ['boat'], ['cross']])).toBeUndefined();
  });

  it('staff asked for by one name are counted by another ("220 personnel" for aircrew and support staff); not officers or members', () => {
    const question = 'To ask the Secretary of State for Defence, how many personnel make up an air policing detachment.';
    const subject = [['air'], ['polic'], ['detach']];
    const personnel = syntheticRecord('NATO: Air Policing', question, 'A standard Air Policing detachment is made up of some 220 personnel.');
    expect(ask('roughly how many aircrew and support staff make up an air policing detachment?', [personnel], subject)?.quotes[0].text).toContain('220 personnel');
    expect(ask('how many personnel and officials make up an air policing detachment?', [personnel], subject)?.quotes[0].text).toContain('220 personnel');
    // Officers are particular people: a count of personnel does not say how many officers there are, nor a count of staff how many aircraft.
    expect(ask('how many officers make up an air policing detachment?', [personnel], subject)).toBeUndefined();
    expect(ask('how many aircraft make up an air policing detachment?', [personnel], subject)).toBeUndefined();
  });

  it('a level a thing the question names stands at counts what it holds ("the waiting list standing at 1.29 million")', () => {
    const q = 'how many households are on social housing waiting lists?';
    const question = 'To ask the Secretary of State for Housing, Communities and Local Government, how many households are on social housing waiting lists.';
    const subject = [['social'], ['hous'], ['wait'], ['list']];
    const level = syntheticRecord('Social Rented Housing: Waiting Lists', question, 'England is in an acute housing crisis, with the social housing waiting list standing at 1.29 million in March 2023.');
    expect(ask(q, [level], subject)?.quotes[0].text).toContain('1.29 million');
    // Not a level of something else: a fund standing at a count is no count of households.
    const other = syntheticRecord('Housing: Finance', question, 'The social housing fund, with the number of bids standing at 1,200, closed in March.');
    expect(ask(q, [other], subject)).toBeUndefined();
  });

  it('a count a measure moves or reaches ("will lift 550,000 children out of poverty") is not how many there are', () => {
    const question = 'To ask the Secretary of State for Work and Pensions, how many children live in relative poverty.';
    const subject = [['children'], ['poverti']];
    const lifted = syntheticRecord('Poverty: Children', question, 'We estimate that the measures in the Child Poverty Strategy will lift 550,000 children out of poverty across the UK.');
    const reached = syntheticRecord('Poverty: Children', question, 'The Holiday Activities and Food programme reached 95,000 children last summer.');
    const covered = syntheticRecord('Poverty: Children', question, 'There are now 400 support teams in place, covering over three million children in poverty.');
    const now = syntheticRecord('Poverty: Children', question, 'Child poverty has increased since 2010, with 4.5 million children now living in poverty.');
    expect(ask('how many children are in poverty?', [lifted, reached, covered])).toBeUndefined();
    expect(ask('how many children are in poverty?', [lifted, reached, now], subject)?.quotes[0].text).toContain('4.5 million');
    // A share ("16 hospitals out of 36") is no count moved out of anything.
    const share = syntheticRecord('Gaza: Hospitals', 'To ask the Foreign Secretary, how many hospitals in Gaza are functioning.', '16 hospitals out of 36 are partially functioning.');
    expect(ask('how many of the 36 hospitals in Gaza are working?', [share], [['gaza'], ['hospit']])?.quotes[0].text).toContain('16 hospitals out of 36');
    // Asked what the measure does, its count answers.
    expect(ask('how many children will be lifted out of poverty?', [lifted], subject)?.quotes[0].text).toContain('550,000');
    expect(ask('how many children did the holiday activities programme reach?', [reached], [['children'], ['holidai'], ['activ']])?.quotes[0].text).toContain('95,000');
    // Moved into a state as out of one: "supported 980 veterans into housing" is not how many are homeless.
    const housed = syntheticRecord('Veterans: Homelessness', 'To ask the Secretary of State for Defence, how many veterans are homeless.', 'The service has supported 980 veterans into housing.');
    expect(ask('how many veterans are homeless?', [housed], [['veteran'], ['homeless']])).toBeUndefined();
    expect(ask('how many veterans have been helped into housing?', [housed], [['veteran'], ['hous']])?.quotes[0].text).toContain('980');
    // Protected by a measure, or looked at by a study, as reached: "protecting more than 300,000 homes",
    // "a study … examined 50 Average Speed Camera sites".
    const protecting = syntheticRecord(
      'Flood Control',
      'To ask the Secretary of State for Environment, Food and Rural Affairs, how many homes are at risk of flooding.',
      'As well as protecting more than 300,000 homes, the programme worked with farmers.',
    );
    expect(ask('how many homes are at risk of flooding?', [protecting], [['home'], ['flood']])).toBeUndefined();
    expect(ask('how many homes has the programme protected from flooding?', [protecting], [['home'], ['flood']])?.quotes[0].text).toContain('300,000');
    const study = syntheticRecord('Speed Limits: Cameras', 'To ask the Secretary of State for Transport, how many speed cameras there are.', 'A 2016 study examined 50 average speed camera sites across Great Britain.');
    expect(ask('how many speed cameras are there?', [study], [['speed'], ['camera']])).toBeUndefined();
    // Moved from one scheme to another: what was done to them, not how many there are.
    const moved = syntheticRecord(
      'High Rise Flats: Insulation',
      'To ask the Secretary of State for Housing, how many buildings have unsafe cladding.',
      'By July 2024, we had moved 124 buildings from the Building Safety Fund to the Cladding Safety Scheme.',
    );
    expect(ask('how many buildings still have dangerous cladding?', [moved], [['build'], ['clad']])).toBeUndefined();
    expect(ask('how many buildings have been moved to the Cladding Safety Scheme?', [moved], [['build'], ['clad']])?.quotes[0].text).toContain('124');
  });

  it('"how many times …" counts what happened, however the sentence names it ("35 completed prosecutions")', () => {
    const q = 'how many times have water companies been prosecuted over sewage since 2020?';
    const subject = [['water'], ['compani'], ['sewag']];
    const prosecutions = syntheticRecord(
      'Water Companies: Prosecutions',
      'To ask the Secretary of State for Environment, Food and Rural Affairs, how many prosecutions of water companies for sewage discharges there have been since 2020.',
      'Since 27 March 2020, there have been 35 completed prosecutions against Water and Sewerage Companies.',
    );
    expect(ask(q, [prosecutions], subject)?.quotes[0].text).toContain('35 completed prosecutions');
    // Or as the times or occasions it happened, in words: "met on fourteen occasions".
    const met = syntheticRecord(
      'Flexible Working Taskforce',
      'To ask the Secretary of State for Business and Trade, how often the Flexible Working Taskforce met.',
      'The Flexible Working Taskforce met on fourteen occasions between 2018 and 2022.',
    );
    const taskforce = 'how many times did the Flexible Working Taskforce meet between 2018 and 2022?';
    expect(ask(taskforce, [met], [['flexibl'], ['taskforc']])?.quotes[0].text).toContain('fourteen occasions');
    // Not a count of something else: "fourteen members".
    const members = { ...met, id: 'members', answerText: 'The Flexible Working Taskforce had fourteen members between 2018 and 2022.' };
    expect(ask(taskforce, [members], [['flexibl'], ['taskforc']])).toBeUndefined();
  });

  it('a sum for a country abroad the question does not name is that country\'s, not the whole\'s', () => {
    const gaza = syntheticRecord(
      'Development Aid: Gaza',
      'To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how much foreign aid the UK has given to aid organisations.',
      'The UK has given grants for a total amount of £600,000 in foreign aid to aid organisations based in Gaza.',
    );
    const aid = [['foreign'], ['aid']];
    expect(ask('how much does the UK give in foreign aid?', [gaza], aid)).toBeUndefined();
    // Named, or named by its adjective, it is the country asked about.
    expect(ask('how much foreign aid does the UK give in Gaza?', [gaza], [...aid, ['gaza']])?.quotes[0].text).toContain('£600,000');
    const afghan = { ...gaza, id: 'afghan', answerText: 'The UK has given £151 million in foreign aid to Afghanistan this year.' };
    expect(ask('how much foreign aid does the UK give to Afghans?', [afghan], aid)?.quotes[0].text).toContain('£151 million');
    expect(ask('how much foreign aid does the UK give?', [afghan], aid)).toBeUndefined();
    // "America" is the United States.
    const us = { ...gaza, id: 'us', answerText: 'The UK has given £20 million in foreign aid to the United States this year.' };
    expect(ask('how much foreign aid has the UK given America?', [us], aid)?.quotes[0].text).toContain('£20 million');
    // A count for a place abroad named by its adjective ("in Israeli prisons") is that place's.
    const israeli = syntheticRecord('British Nationals Abroad: Detainees', 'To ask the Foreign Secretary, how many British nationals are detained abroad.', 'There are currently 12 British nationals detained in Israeli prisons.');
    expect(ask('how many British nationals are detained abroad?', [israeli], [['nation'], ['detain']])).toBeUndefined();
  });

  it('a figure for a constituency the question does not name answers for that place, not the country', () => {
    const q = 'how many GP surgeries have closed?';
    const slough = syntheticRecord(
      'General Practitioners: Slough',
      'To ask the Secretary of State for Health and Social Care, how many GP surgeries there are in Slough constituency.',
      'As of 5 December 2024, there are 14 general practice surgeries in the Slough constituency.',
    );
    expect(ask(q, [slough], [['gp'], ['surgeri']])).toBeUndefined();
    expect(ask('how many GP surgeries are there in Slough?', [slough], [['gp'], ['surgeri'], ['slough']])?.quotes[0].text).toContain('14 general practice');
    // So is a figure for a named local authority (not a national council such as the British Council).
    const horsham = syntheticRecord(
      'Social Rented Housing: West Sussex',
      'To ask the Secretary of State for Housing, Communities and Local Government, how many households are on the social housing waiting list in West Sussex.',
      'At 31 March 2023, Horsham District Council had 740 households on the waiting list for social housing.',
    );
    const waiting = [['household'], ['wait'], ['list']];
    expect(ask('how many households are on the waiting list for social housing?', [horsham], waiting)).toBeUndefined();
    expect(ask('how many households are on the waiting list in Horsham?', [horsham], [...waiting, ['horsham']])?.quotes[0].text).toContain('740 households');
    // And one for an NHS area, or "within" a constituency.
    const icb = syntheticRecord(
      'Dentistry: Suffolk',
      'To ask the Secretary of State for Health and Social Care, how many dentists have been recruited in Suffolk.',
      'Within the Suffolk and Northeast Essex Integrated Care Board (ICB), three dentists have been recruited.',
    );
    expect(ask('how many dentists have been recruited?', [icb], [['dentist'], ['recruit']])).toBeUndefined();
    const within = syntheticRecord('Dentistry: Suffolk', 'To ask the Secretary of State for Health and Social Care, how many dentists have been recruited.', 'Four dentists have been recruited within the Suffolk Coastal constituency.');
    expect(ask('how many dentists have been recruited?', [within], [['dentist'], ['recruit']])).toBeUndefined();
    // And one for a combined authority.
    const combined = syntheticRecord(
      'Energy: Huntingdon',
      'To ask the Secretary of State for Energy Security and Net Zero, what support is available for community energy projects.',
      'The Cambridgeshire and Peterborough Combined Authority was awarded £700,000 to deliver clean energy projects in its communities.',
    );
    expect(ask('how much support is there for community energy projects?', [combined], [['commun'], ['energi'], ['project']])).toBeUndefined();
  });

  it('a count names what it counts by an abbreviation its record defines ("381 MNS": maintained nursery schools)', () => {
    const q = 'How many state nursery schools run by councils were there in England in January 2024?';
    const mns = syntheticRecord(
      'Nurseries',
      'To ask the Secretary of State for Education, what assessment she has made of the adequacy of the provision of maintained nursery schools in England.',
      'Maintained nursery schools (MNS) are a valuable part of early years provision. There are 381 MNS as at January 2024.',
    );
    expect(ask(q, [mns], [['januari']])?.quotes[0].text).toBe('There are 381 MNS as at January 2024.');
    // Not one whose long form ends in another word: "12 ICBs" (integrated care boards) counts no schools.
    const icb = syntheticRecord(mns.heading!, mns.questionText, 'Integrated care boards (ICBs) fund nursery schools. There are 42 ICBs as at January 2024.');
    expect(ask(q, [icb], [['januari']])).toBeUndefined();
  });

  it('a number the question names itself is no count of what it asks (the 7 of "E-7")', () => {
    const q = 'How many E-7 Wedgetail early warning planes is the RAF getting?';
    const subject = [['e', '7'], ['wedgetail']];
    const flypast = syntheticRecord(
      'Airborne Warning and Control System',
      'To ask the Secretary of State for Defence, what progress has been made on the E-7 Wedgetail early warning planes.',
      "The Royal Air Force's E-7 Wedgetail successfully conducted a flypast at the Royal International Air Tattoo at RAF Fairford on Saturday 19 July 2025.",
    );
    expect(ask(q, [flypast], subject)).toBeUndefined();
    const three = syntheticRecord(flypast.heading!, flypast.questionText, 'The RAF will receive three E-7 Wedgetail early warning planes.');
    expect(ask(q, [three], subject)?.quotes[0].text).toContain('three E-7');
  });

  it("a holding answer's wording is never quoted, whatever its record's flag says", () => {
    const q = 'What is being done to improve care for people with sickle cell disease?';
    const holding = syntheticRecord(
      'Sickle Cell Diseases',
      'To ask the Secretary of State for Health and Social Care, what steps he is taking to improve care for people with sickle cell disease.',
      'The Department of Health and Social Care has indicated that it will not be possible to answer this question within the usual time period. An answer is being prepared and will be provided as soon as it is available.',
    );
    expect(holding.answerIsHolding).toBe(false);
    expect(ask(q, [holding], [['sickl'], ['cell']])).toBeUndefined();
  });

  it('numbers joined by a slash are a ratio or a rule\'s name, no count ("the 90 days in 180-day limit (90/180)")', () => {
    const q = 'How many British people have been banned from the Schengen area for overstaying the 90-day limit since Brexit?';
    const limit = syntheticRecord(
      'Visas: EU Countries',
      'To ask the Secretary of State for Transport, how many British nationals have received travel bans from the Schengen area for overstaying in the Schengen travel area in each year since the UK left the EU.',
      'The Department for Transport does not hold this information. The 90 days in 180-day limit (90/180) is a fundamental part of the EU’s conditions of entry ' +
        'for third country nationals to its territory, including for visa-free travel for short-term visits.',
    );
    const subject = [['schengen'], ['area'], ['overstai'], ['90', 'dai'], ['90day', 'dai']];
    expect(ask(q, [limit], subject)).toBeUndefined();
    const counted = syntheticRecord('Visas: EU Countries', limit.questionText, 'In 2024, 1,200 British people were refused entry to the Schengen area for overstaying the 90-day limit.');
    expect(ask(q, [counted], subject)?.quotes[0].text).toContain('1,200 British people');
  });

  it('a sentence naming a year of its own answers for that year, not for one it compares with ("compared to 2025-26")', () => {
    const q = 'How much money did the government make available to councils in England for 2025-26?';
    const subject = [['avail'], ['2025', '26'], ['202526', '26']];
    const later = syntheticRecord(
      'Fire and Rescue Services: Surrey',
      'To ask the Secretary of State for Housing, Communities and Local Government, what estimate his Department has made of the change in the funding available for councils in (a) each financial year between 2026-27 and 2028-29 and (b) 2025-26.',
      'By the end of the multi-year Settlement (2028-29), the government will have provided a 15.5% increase in Core Spending Power for local authorities in England, worth over £11.4 billion, compared to 2025-26.',
      '2026-03-02',
    );
    expect(ask(q, [later], subject)).toBeUndefined();
    const asked = syntheticRecord(
      'Local Government Finance',
      'To ask the Secretary of State for Housing, Communities and Local Government, what funding will be available to councils in 2025-26.',
      'The provisional Settlement for 2025-26 makes available £69 billion for local government, which is a 3.5% real terms increase in Core Spending Power.',
      '2025-01-07',
    );
    expect(ask(q, [later, asked], subject)?.quotes[0].text).toContain('£69 billion');
  });

  it('so is a figure for a region, nation or county, newer though it is, unless the question names it or the sentence speaks for the whole', () => {
    const q = 'how many public charging devices are there?';
    const subject = [['public'], ['charg'], ['devic']];
    const region = syntheticRecord(
      'Electric Vehicles: Charging Points',
      'To ask the Secretary of State for Transport, how many public charging devices there are in Aldridge-Brownhills constituency.',
      'As of 1st October 2025 there were 7,661 public charging devices in the West Midlands.',
      '2025-12-02',
    );
    const whole = syntheticRecord(
      'Electric Vehicles: Charging Points',
      'To ask the Secretary of State for Transport, how many public charging devices there are.',
      'As of November there were over 71,000 public charging devices in the UK.',
      '2024-11-12',
    );
    expect(ask(q, [region, whole], subject)?.quotes[0].text).toContain('71,000');
    expect(ask(q, [region], subject)).toBeUndefined();
    expect(ask('how many public charging devices are there in the West Midlands?', [region], [...subject, ['west'], ['midland']])?.quotes[0].text).toContain('7,661');
    // Or what lies outside one.
    const outside = syntheticRecord('Electric Vehicles: Charging Points', region.questionText, 'There were 52,000 public charging devices outside of London.', '2025-12-02');
    expect(ask(q, [outside], subject)).toBeUndefined();
    // A county too: "a total of 1,438 hospital beds in Somerset" is not how many beds the NHS has.
    const county = syntheticRecord('Electric Vehicles: Charging Points', region.questionText, 'There are 1,438 public charging devices in Somerset.', '2025-12-02');
    expect(ask(q, [county], subject)).toBeUndefined();
    expect(ask('how many public charging devices are there in Somerset?', [county], [...subject, ['somerset']])?.quotes[0].text).toContain('1,438');
    const both = syntheticRecord('Electric Vehicles: Charging Points', whole.questionText, 'There were 71,000 public charging devices in the UK, of which 15,000 were in London.');
    expect(ask(q, [both], subject)?.quotes[0].text).toContain('71,000');
    // The UK named in passing is not the figure's scope; a nation asked by its adjective is asked.
    const passing = syntheticRecord(
      'Electric Vehicles: Charging Points',
      whole.questionText,
      'There were 9,000 public charging devices in Scotland, highlighting Scotland as a backbone for the defence of the UK.',
    );
    expect(ask(q, [passing], subject)).toBeUndefined();
    expect(ask('how many public charging devices has the Scottish Government funded?', [passing], [...subject, ['scottish']])?.quotes[0].text).toContain('9,000');
    // Nor is the UK whose government acts ("The UK Government has announced … in Wales").
    const actor = syntheticRecord('Electric Vehicles: Charging Points', whole.questionText, 'The UK Government has funded 3,000 public charging devices in Wales.');
    expect(ask(q, [actor], subject)).toBeUndefined();
    // A region's name in a longer name is no UK region: "in North East Nigeria".
    const abroad = syntheticRecord('Electric Vehicles: Charging Points', whole.questionText, 'There are 12,000 public charging devices in North East Nigeria, we understand.');
    expect(ask(q, [abroad], subject)?.quotes[0].text).toContain('12,000');
  });

  it('so is a figure naming the asking member\'s own seat, and one pointing back to it ("Of these, …")', () => {
    const q = 'how many people claim PIP?';
    const subject = [['claim'], ['pip']];
    const aldershot = QaRecord.parse({
      ...syntheticRecord(
        'Personal Independence Payment: Aldershot',
        'To ask the Secretary of State for Work and Pensions, how many PIP claims were disallowed at initial assessment in the last year.',
        'In Aldershot in the Financial Year 2022/23, 450 people who had registered to claim PIP were disallowed after assessment. Of these, 40 claims were awarded PIP following an appeal.',
      ),
      askingMember: { name: 'Jane Example', constituency: 'Aldershot' },
    });
    expect(ask(q, [aldershot], subject)).toBeUndefined();
    expect(ask('how many people claim PIP in Aldershot?', [aldershot], [...subject, ['aldershot']])?.quotes[0].text).toContain('450 people');
    const national = syntheticRecord('Personal Independence Payment', 'To ask the Secretary of State for Work and Pensions, how many people claim PIP.', 'In January 2025, 3.7 million people were claiming PIP.');
    expect(ask(q, [aldershot, national], subject)?.quotes[0].record.id).toBe(national.id);
  });

  it('"how many people …" counts whoever the sentence counts ("personnel", "patients"), but not a span of time', () => {
    const q = 'how many people in the armed forces were seen by mental health services?';
    const seen = syntheticRecord(
      'Armed Forces: Mental Health Services',
      'To ask the Secretary of State for Defence, how many service personnel were assessed by mental health services in 2023.',
      'In 2023, 3,444 UK Armed Forces personnel had an initial assessment at a mental health service.',
    );
    expect(ask(q, [seen], [['arm'], ['forc'], ['mental']])?.quotes[0].text).toContain('3,444');
    const waited = syntheticRecord(
      'Armed Forces: Mental Health Services',
      'To ask the Secretary of State for Defence, how long armed forces personnel wait for mental health services.',
      'Armed forces personnel referred to mental health services waited 12 weeks on average.',
    );
    expect(ask(q, [waited], [['arm'], ['forc'], ['mental']])).toBeUndefined();
    // What follows "people" is what they do ("people work in …"), not more of what is counted.
    const workforce = syntheticRecord('Nuclear Power: Employment', 'To ask the Secretary of State for Energy, how many people work in the civil nuclear industry.', 'The civil nuclear industry employed 83,000 staff in 2024.');
    expect(ask('how many people work in the civil nuclear industry?', [workforce], [['civil'], ['nuclear']])?.quotes[0].text).toContain('83,000');
  });

  it('the words asking for the kind of fact ("how much money") are not asked of the sentence, unless only one word would be left', () => {
    const q = 'how much money does the Warm Home Discount give?';
    const subject = [['warm'], ['home'], ['discount']];
    // Four records ahead of it answer nothing (no sum): the fifth pays 0.12 for its rank.
    const others = [1, 2, 3, 4].map((i) => syntheticRecord('Energy: Prices', `To ask the Secretary of State for Energy, about the Warm Home Discount (${i}).`, 'The Warm Home Discount scheme is kept under review.'));
    const rebate = syntheticRecord('Warm Home Discount Scheme', 'To ask the Secretary of State for Energy, about the Warm Home Discount.', 'The Warm Home Discount is a £150 rebate off winter energy bills.');
    expect(ask(q, [...others, rebate], subject)?.quotes[0].text).toContain('£150 rebate');
    // "what support is there for carers?": a sentence that names support answers it; a newer one naming only carers does not.
    const carersQ = 'what support is there for carers?';
    const support = syntheticRecord('Carers', 'To ask the Secretary of State for Work and Pensions, what help there is for carers.', 'We support carers through Carer\'s Allowance, which was increased in April.', '2024-05-01');
    const data = syntheticRecord('Carers: Statistics', 'To ask the Secretary of State for Work and Pensions, about carers.', 'Data on carers is published annually by the Department.', '2025-05-01');
    expect(ask(carersQ, [support, data], [['carer']])?.quotes[0].record.id).toBe(support.id);
  });

  it('a payment named with a qualifier the question does not say is another ("Apprentice Minimum Wage" for the minimum wage); "National" qualifies nothing', () => {
    const question = 'To ask the Secretary of State for Business and Trade, what the minimum wage is.';
    const subject = [['minimum'], ['wage']];
    const apprentice = syntheticRecord('Minimum Wage', question, 'From April 2025 the Apprentice Minimum Wage will increase from £6.40 to £7.55 an hour.');
    const national = syntheticRecord('Minimum Wage', question, 'From April 2025 the National Minimum Wage for those aged 18 to 20 is £10.00 an hour.');
    expect(ask('how much is the minimum wage?', [apprentice], subject)).toBeUndefined();
    expect(ask('how much is the minimum wage?', [apprentice, national], subject)?.quotes[0].text).toContain('National Minimum Wage');
    expect(ask('how much is the apprentice minimum wage?', [apprentice], [['apprentic'], ['minimum'], ['wage']])?.quotes[0].text).toContain('£7.55');
  });

  it('"how much is <a payment>?" asks what one person gets: a total in millions or billions does not answer it', () => {
    const q = 'how much is the winter fuel payment?';
    const subject = [['winter'], ['fuel'], ['payment']];
    const question = 'To ask the Secretary of State for Work and Pensions, about the Winter Fuel Payment.';
    const total = syntheticRecord('Winter Fuel Payment', question, 'In 2022/23, 11.4 million households received a Winter Fuel Payment, at a total cost of £2 billion.');
    expect(ask(q, [total], subject)).toBeUndefined();
    const rate = syntheticRecord('Winter Fuel Payment', question, 'The Winter Fuel Payment is £200 for households with someone aged 66 to 79, and £300 for those with someone aged 80 or over.');
    expect(ask(q, [total, rate], subject)?.quotes[0].record.id).toBe(rate.id);
    // Asked what it costs in all, the total answers.
    expect(ask('how much does the winter fuel payment cost in total?', [total], subject)?.quotes[0].text).toContain('£2 billion');
  });

  it('"what is the minimum wage?" asks a sum: a count of who gets it is refused', () => {
    const q = 'what is the minimum wage?';
    const subject = [['minimum'], ['wage']];
    const asked = 'To ask the Secretary of State for Business and Trade, what the National Minimum Wage will be from April 2026.';
    const count = syntheticRecord('Minimum Wage', asked, 'Around 2.7 million workers are expected to receive a pay rise due to increases to the National Minimum Wage in April 2026.');
    expect(ask(q, [count], subject)).toBeUndefined();
    const rate = syntheticRecord('Minimum Wage', asked, 'From April 2026 the National Minimum Wage for workers aged 18 to 20 will be £10.85 an hour.');
    expect(ask(q, [count, rate], subject)?.quotes[0].text).toContain('£10.85');
    // Not the state pension age, nor a rate, which are no sums.
    expect(['what is the maximum fine for fly-tipping?', 'what is the average cost of a prison place?'].filter((x) => SUM_ASKED.test(x))).toHaveLength(2);
    expect(['what is the state pension age?', 'what is the fee cap?', 'what is the minimum wage rate for apprentices?', 'what is the maximum number of pupils?'].filter((x) => SUM_ASKED.test(x))).toEqual([]);
  });

  it('"how much is <a fee>?" asks what one person pays, as a payment asks what one gets', () => {
    const q = 'how much is the licence fee?';
    const subject = [['licenc'], ['fee']];
    const question = 'To ask the Secretary of State for Culture, Media and Sport, about the licence fee.';
    const income = syntheticRecord('BBC: Licence Fee', question, 'The BBC received £3.8 billion in licence fee income in 2023-24.');
    expect(ask(q, [income], subject)).toBeUndefined();
    const level = syntheticRecord('BBC: Licence Fee', question, 'The licence fee rose to £174.50 on 1 April 2025.');
    expect(ask(q, [income, level], subject)?.quotes[0].text).toContain('£174.50');
  });

  it('a decade or a Parliament is a date: "in the early 2030s", "by the end of this Parliament" answer when', () => {
    const q = 'when will the Midlands Rail Hub be finished?';
    const hub = syntheticRecord(
      'Midlands Rail Hub',
      'To ask the Secretary of State for Transport, when the Midlands Rail Hub will be completed.',
      'The Midlands Rail Hub is expected to be completed in the early 2030s, subject to the business case.',
    );
    expect(ask(q, [hub], [['midland'], ['rail'], ['hub']])?.quotes[0].text).toContain('early 2030s');
    // A decade's name with nothing to date it ("the 2030s agenda") is not when.
    const agenda = syntheticRecord('Midlands Rail Hub', 'To ask the Secretary of State for Transport, when the Midlands Rail Hub will be completed.', 'The Midlands Rail Hub is part of the 2030s agenda for rail.');
    expect(ask(q, [agenda], [['midland'], ['rail'], ['hub']])).toBeUndefined();
    // So is a Parliament: "by the end of this Parliament".
    const id = syntheticRecord('Digital Technology: Identity Cards', 'To ask the Secretary of State for Science, when the digital ID scheme will be rolled out.', 'The new digital ID scheme will be rolled out by the end of this Parliament.');
    expect(ask('when will the digital ID scheme be rolled out?', [id], [['digit'], ['id'], ['scheme']])?.quotes[0].text).toContain('this Parliament');
  });

  it('a date must date the event asked: the sentence itself names it (or the sentence it carries on does), not only its record\'s question', () => {
    const q = 'when will the ban on disposable vapes start?';
    const subject = [['disposable'], ['vape']];
    const consultation = syntheticRecord(
      'Electronic Cigarettes: Recycling',
      'To ask the Secretary of State for Environment, whether he is taking steps to ban disposable vapes.',
      'On 12 October 2023 the Government launched a consultation on smoking and youth vaping, which has now closed.',
    );
    expect(ask(q, [consultation], subject)).toBeUndefined();
    const ban = syntheticRecord('Electronic Cigarettes', 'To ask the Secretary of State for Environment, about disposable vapes.', 'The ban on the sale of disposable vapes will start on 1 June 2025.');
    expect(ask(q, [consultation, ban], subject)?.quotes[0].record.id).toBe(ban.id);
  });

  it('a count of the times something happens ("392,453 new diagnoses of STIs") counts it', () => {
    const asked = 'To ask the Secretary of State for Health and Social Care, how many sexually transmitted infections were diagnosed in 2022.';
    const stis = syntheticRecord('Sexually Transmitted Infections', asked, 'In 2022 there were 392,453 new diagnoses of STIs in sexual health services in England.');
    expect(ask('how many STIs are diagnosed in England each year?', [stis], [['sti'], ['diagnos']])?.quotes[0].text).toContain('392,453');
  });

  it('"how many people …" is not answered by a count of the services that serve them ("over 100 long COVID services")', () => {
    const asked = 'To ask the Secretary of State for Health and Social Care, how many people have long COVID.';
    const services = syntheticRecord('Long Covid', asked, 'Since 2020 the NHS has set up over 100 long COVID services across England.');
    expect(ask('how many people have long COVID?', [services], [['long'], ['covid']])).toBeUndefined();
    const people = syntheticRecord('Long Covid', asked, 'An estimated 1.9 million people in England are living with long COVID.');
    expect(ask('how many people have long COVID?', [services, people], [['long'], ['covid']])?.quotes[0].text).toContain('1.9 million');
    // Nor by what people wrote: "over 1,300 written responses, including from people with long COVID".
    const responses = syntheticRecord('Long Covid', asked, 'We received over 1,300 written responses, including from people with long COVID and their carers.');
    expect(ask('how many people have long COVID?', [responses], [['long'], ['covid']])).toBeUndefined();
  });

  it('what would have been is no fact ("Had the economy grown …, it would be £143.3 billion larger")', () => {
    const asked = 'To ask the Secretary of State for Culture, Media and Sport, what the publishing industry contributes to the economy.';
    const had = syntheticRecord('Publishing: Economic Growth', asked, 'Had the publishing industry grown at the average rate, it would be worth £14.3 billion to the economy.');
    expect(ask('how much is publishing worth to the economy?', [had], [['publish'], ['economi']])).toBeUndefined();
    const is = syntheticRecord('Publishing: Economic Growth', asked, 'The publishing industry contributes £11.6 billion to the economy.');
    expect(ask('how much is publishing worth to the economy?', [had, is], [['publish'], ['economi']])?.quotes[0].text).toContain('£11.6 billion');
    // Nor a condition alone, cut from the sentence it belongs to; a condition with its clause is a fact.
    const police = 'To ask the Secretary of State for the Home Department, how many police officers there are in Norfolk.';
    const condition = syntheticRecord('Police: Norfolk', police, 'If it maintains police officer numbers in Norfolk at the required level of 1,786 officers.');
    expect(ask('how many police officers are there in Norfolk?', [condition], [['polic'], ['offic'], ['norfolk']])).toBeUndefined();
    const clause = syntheticRecord('Police: Norfolk', police, 'If counted by headcount, there are 1,786 police officers in Norfolk.');
    expect(ask('how many police officers are there in Norfolk?', [clause], [['polic'], ['offic'], ['norfolk']])?.quotes[0].text).toContain('1,786');
  });

  it('the unit a rate is given for ("for every 2 hectares") counts nothing', () => {
    const asked = 'To ask the Secretary of State for Environment, how many hectares of farmland there are in England.';
    const rate = syntheticRecord('Agriculture: Land', asked, 'The farmland grant pays £732 per tonne for every 2 hectares of winter bird food in England.');
    expect(ask('how many hectares of farmland are there in England?', [rate], [['hectar'], ['farmland']])).toBeUndefined();
    const total = syntheticRecord('Agriculture: Land', asked, 'There are 8.7 million hectares of farmland in England.');
    expect(ask('how many hectares of farmland are there in England?', [rate, total], [['hectar'], ['farmland']])?.quotes[0].text).toContain('8.7 million');
  });

  it('"how many … are there?" is not answered by a count said only of what will be', () => {
    const asked = 'To ask the Secretary of State for Education, how many pupils there are in state schools.';
    const predicted = syntheticRecord('Schools: Admissions', asked, 'The government predicts that 35,000 pupils will move into state schools following the change.');
    expect(ask('how many pupils are there in state schools?', [predicted], [['pupil'], ['state'], ['school']])).toBeUndefined();
    expect(ask('how many pupils will move into state schools?', [predicted], [['pupil'], ['state'], ['school']])?.quotes[0].text).toContain('35,000');
    const now = syntheticRecord('Schools: Admissions', asked, 'There are currently over 9 million pupils in state schools, and 35,000 more will move into them.');
    expect(ask('how many pupils are there in state schools?', [predicted, now], [['pupil'], ['state'], ['school']])?.quotes[0].text).toContain('9 million');
  });

  it('a sum said as what someone earns answers a question about earnings, not "how much is the personal allowance?"', () => {
    const q = 'how much is the personal allowance?';
    const asked = 'To ask the Chancellor of the Exchequer, what the personal allowance is.';
    const taper = syntheticRecord('Income Tax: Personal Allowances', asked, 'Taxpayers earning between £100,000 and £125,140 face a higher marginal rate due to the tapering of the Personal Allowance.');
    expect(ask(q, [taper], [['person'], ['allow']])).toBeUndefined();
    const level = syntheticRecord('Income Tax: Personal Allowances', asked, 'A full-time employee would earn £22,222, which is above the Personal Allowance of £12,570.');
    expect(ask(q, [taper, level], [['person'], ['allow']])?.quotes[0].text).toContain('£12,570');
    const pay = syntheticRecord('Pay', 'To ask the Chancellor of the Exchequer, what nurses earn.', 'A newly qualified nurse will be earning over £29,000 a year.');
    expect(ask('how much do nurses earn?', [pay], [['nurs']])?.quotes[0].text).toContain('£29,000');
    // What someone earns is one person's pay, not a pay bill in millions.
    const bill = syntheticRecord('Pay', pay.questionText, 'The nurses pay award would have an estimated cost of approximately £350 million per year.');
    expect(ask('how much do nurses earn?', [bill], [['nurs']])).toBeUndefined();
    expect(ask('how much do nurses earn?', [bill, pay], [['nurs']])?.quotes[0].text).toContain('£29,000');
  });

  it('a limit asked ("how much is the Carer\'s Allowance earnings limit?") is one person\'s level, not a sum spent in billions', () => {
    const q = "how much is the Carer's Allowance earnings limit?";
    const subject = [['carer'], ['allow'], ['earn'], ['limit']];
    const asked = "To ask the Secretary of State for Work and Pensions, what proportion of Carer's Allowance overpayments relate to the earnings limit.";
    const spend = syntheticRecord("Carer's Allowance: Overpayments", asked, "Overpayments relating to earnings represented 1.3% of the £4.2bn expenditure on Carer's Allowance.");
    expect(ask(q, [spend], subject)).toBeUndefined();
    const level = syntheticRecord("Carer's Allowance", asked, "From April 2025 the Carer's Allowance earnings limit is £196 a week.");
    expect(ask(q, [spend, level], subject)?.quotes[0].text).toContain('£196');
  });

  it('a sum said as someone\'s income is theirs, not the payment asked ("how much is the winter fuel payment?")', () => {
    const asked = 'To ask the Secretary of State for Work and Pensions, whether a single pensioner on £218.16 per week will receive the Winter Fuel Payment.';
    const example = syntheticRecord('Winter Fuel Payment', asked, 'A single pensioner with a weekly income of £218.16 would not be entitled to the Guarantee Credit element of Pension Credit.');
    expect(ask('how much is the winter fuel payment?', [example], [['winter'], ['fuel'], ['payment']])).toBeUndefined();
    const rate = syntheticRecord('Winter Fuel Payment', asked, 'Eligible households will receive a Winter Fuel Payment of £200, or £300 where someone is aged over 80.');
    expect(ask('how much is the winter fuel payment?', [example, rate], [['winter'], ['fuel'], ['payment']])?.quotes[0].text).toContain('£200');
    // A premium per pupil is one pupil's, not the total in billions.
    const premium = 'To ask the Secretary of State for Education, what the pupil premium rates are.';
    const total = syntheticRecord('Pupil Premium', premium, 'Pupil Premium funding rates rose by 5%, taking total Pupil Premium funding to almost £2.9 billion.');
    expect(ask('how much is the pupil premium per pupil?', [total], [['pupil'], ['premium']])).toBeUndefined();
    const perPupil = syntheticRecord('Pupil Premium: Rates', premium, 'The pupil premium is £1,480 for each eligible primary pupil in 2024-25.');
    expect(ask('how much is the pupil premium per pupil?', [total, perPupil], [['pupil'], ['premium']])?.quotes[0].text).toContain('£1,480');
    // Asked what it is worth, the same.
    expect(ask('what is the winter fuel payment worth?', [example], [['winter'], ['fuel'], ['payment']])).toBeUndefined();
    expect(ask('what is the winter fuel payment worth?', [example, rate], [['winter'], ['fuel'], ['payment']])?.quotes[0].text).toContain('£200');
  });

  it('asked one payment\'s sum, a sentence giving another payment\'s (by name, or by "This" after its name) is refused', () => {
    const q = 'how much is the winter fuel payment?';
    const subject = [['winter'], ['fuel'], ['payment']];
    const asked = 'To ask the Secretary of State for Work and Pensions, what support is available to pensioners who lose the Winter Fuel Payment.';
    const other = syntheticRecord('Winter Fuel Payment', asked, 'Cold Weather Payments continue to be paid to pensioners on Pension Credit. This is a weekly payment of £25 for every seven-day period of very cold weather.');
    expect(ask(q, [other], subject)).toBeUndefined();
    const own = syntheticRecord('Winter Fuel Payment', asked, 'Winter Fuel Payments will continue to be paid to households on Pension Credit. They will continue to be worth £200, or £300 for households with someone aged over 80.');
    expect(ask(q, [other, own], subject)?.quotes.map((x) => x.text).join(' ')).toContain('£200');
    // Asked by its name's words, for a span ("… per week?"), a sentence naming the payment nowhere, nor its record, gives another sum.
    const weekly = 'how much is child benefit per week?';
    const cms = syntheticRecord(
      'Child Maintenance Service',
      'To ask the Secretary of State for Work and Pensions, how the Child Maintenance Service collects arrears.',
      'The CMS is able to deduct £8.40 a week towards maintenance from certain prescribed benefits paid to a child’s parent.',
    );
    expect(ask(weekly, [cms], [['child'], ['benefit']])).toBeUndefined();
    const rate = syntheticRecord('Child Benefit', 'To ask the Chancellor of the Exchequer, what the weekly rate of Child Benefit is.', 'The rate for the eldest or only child is £26.05 a week.');
    expect(ask(weekly, [cms, rate], [['child'], ['benefit']])?.quotes[0].text).toContain('£26.05');
  });

  it('"how much tax do football clubs pay?" is about football clubs, and asks a sum of tax', () => {
    const q = 'how much tax do football clubs pay?';
    // "do" after what is asked is inverted: "football" opens the question's subject, not a verb after it.
    expect(subjectOf(q, [['footbal'], ['club']], terms(q))).toEqual([['footbal'], ['club']]);
    const asked = 'To ask the Chancellor of the Exchequer, how much tax football clubs paid in 2023.';
    const invested = syntheticRecord('Football: Clubs', asked, 'By 2025, we will have invested over £320 million into grassroots football facilities across the UK.');
    expect(ask(q, [invested], [['footbal'], ['club']])).toBeUndefined();
    const paid = syntheticRecord('Football: Clubs', asked, 'Premier League football clubs paid £1.3 billion in tax in 2023.');
    expect(ask(q, [invested, paid], [['footbal'], ['club']])?.quotes[0].text).toContain('£1.3 billion');
  });

  it('a sum said only as a change ("increasing by £22.6 billion") answers how much more, not how much', () => {
    const asked = 'To ask the Secretary of State for Health and Social Care, what the NHS budget is.';
    const change = syntheticRecord('NHS: Finance', asked, 'The NHS budget is increasing by £22.6 billion for day-to-day spending compared to 2023/24.');
    expect(ask('how much is the NHS budget?', [change], [['nh'], ['budget']])).toBeUndefined();
    expect(ask('how much extra is going into the NHS budget?', [change], [['nh'], ['budget']])?.quotes[0].text).toContain('£22.6 billion');
    const level = syntheticRecord('NHS: Finance', asked, 'The NHS budget is £192 billion in 2024/25, increasing by £22.6 billion compared to 2023/24.');
    expect(ask('how much is the NHS budget?', [change, level], [['nh'], ['budget']])?.quotes[0].text).toContain('£192 billion');
    // Or be said as the sum's name: "extra funding of almost £1.1 billion".
    const extra = syntheticRecord('NHS: Finance', asked, 'The NHS budget is receiving extra funding of almost £1.1 billion in this financial year.');
    expect(ask('how much is the NHS budget?', [extra], [['nh'], ['budget']])).toBeUndefined();
    // A sum listed after one said so is one too.
    const listed = syntheticRecord('NHS: Finance', asked, 'The reforms will increase the NHS budget by around £1.4 billion in 2024/25 and £1.5bn in 2025/26.');
    expect(ask('how much is the NHS budget?', [listed], [['nh'], ['budget']])).toBeUndefined();
    // Or "off", or a change named after it, in pounds or pence: "£150 of costs off", "the 5p fuel duty cut".
    const off = syntheticRecord('NHS: Finance', asked, 'The Budget took £150 of costs off the NHS budget, and kept the temporary 5p NHS budget cut.');
    expect(ask('how much is the NHS budget?', [off], [['nh'], ['budget']])).toBeUndefined();
    // "more" may follow the sum: "… £20 billion more … than the previous four years".
    const more = syntheticRecord('NHS: Finance', asked, 'We will invest over £20 billion more in the NHS budget over the next four years than the previous four years.');
    expect(ask('how much is the NHS budget?', [more], [['nh'], ['budget']])).toBeUndefined();
    expect(ask('how much is the NHS budget?', [more, level], [['nh'], ['budget']])?.quotes[0].text).toContain('£192 billion');
    // Asked a figure ("what is the level of …?"), the same: a sum said as a change is not the level.
    const cap = 'To ask the Secretary of State for Energy Security and Net Zero, what the level of the energy price cap is.';
    const cut = syntheticRecord('Energy: Prices', cap, 'The Budget took £150 of costs off energy bills, lowering the energy price cap.');
    expect(ask('what is the level of the energy price cap?', [cut], [['energi'], ['price'], ['cap']])).toBeUndefined();
    const capped = syntheticRecord('Energy: Prices', cap, 'The energy price cap for a typical household is £1,720 a year.');
    expect(ask('what is the level of the energy price cap?', [cut, capped], [['energi'], ['price'], ['cap']])?.quotes[0].text).toContain('£1,720');
    // A sum said to be another's: "separate to the £1bn announced …" is no sum of the crossing's.
    const ltc = 'To ask the Secretary of State for Transport, how much has been spent on the Lower Thames Crossing.';
    const apart = syntheticRecord('Lower Thames Crossing', ltc, 'Funding for the Lower Thames Crossing is separate to the £1bn announced at Spending Review 2025 for local roads.');
    const total = syntheticRecord('Lower Thames Crossing', ltc, 'This brings the total public investment in the Lower Thames Crossing to £3.1bn, including spend to date.');
    expect(ask('how much has been spent on the Lower Thames Crossing?', [apart], [['lower'], ['thame'], ['cross']])).toBeUndefined();
    expect(ask('how much has been spent on the Lower Thames Crossing?', [apart, total], [['lower'], ['thame'], ['cross']])?.quotes[0].text).toContain('£3.1bn');
    // A share said as a change too: "reduced by 25%" is no council tax paid.
    const tax = 'To ask the Secretary of State for Housing, how much council tax households pay.';
    const discount = syntheticRecord('Council Tax', tax, 'Where there is only one liable adult resident in a property, the council tax bill is reduced by 25%.');
    expect(ask('how much council tax do people pay?', [discount], [['council'], ['tax']])).toBeUndefined();
    const bill = syntheticRecord('Council Tax', tax, 'The average Band D council tax bill is £2,171 in 2024-25, while a single adult household has its bill reduced by 25%.');
    expect(ask('how much council tax do people pay?', [discount, bill], [['council'], ['tax']])?.quotes[0].text).toContain('£2,171');
  });

  it('a date for a document to be published about the subject dates the document, unless the question asks after it', () => {
    const asked = 'To ask the Minister for the Cabinet Office, when the next general election will be held.';
    const report = syntheticRecord(
      'General Elections',
      asked,
      'The Electoral Commission will publish a report on the administration of the General Election held on 4 July later this year.',
    );
    expect(ask('when is the next general election?', [report], [['gener'], ['elect']])).toBeUndefined();
    expect(ask('when will the report on the general election be published?', [report], [['gener'], ['elect']])?.quotes[0].text).toMatch(/later this year/);
    const response = syntheticRecord('Grenfell Tower Inquiry', 'To ask the Secretary of State, when the Government will respond.', 'The Government will publish its full response to the Grenfell Tower Inquiry by March 2026.');
    expect(ask('when will the government respond to the Grenfell Tower inquiry?', [response], [['grenfel'], ['tower'], ['inquiri']])?.quotes[0].text).toMatch(/March 2026/);
    // One published already dates the document too.
    const bill = 'To ask the Secretary of State for Housing, when the Renters Rights Bill will come into force.';
    const assessment = syntheticRecord('Renters Rights Bill', bill, 'The Department published the Renters Rights Bill Impact Assessment on 22 November 2024.');
    const subject = [['renter'], ['right'], ['bill']];
    expect(ask('when will the Renters Rights Bill come into force?', [assessment], subject)).toBeUndefined();
    expect(ask('when was the Renters Rights Bill impact assessment published?', [assessment], subject)?.quotes[0].text).toMatch(/22 November 2024/);
  });

  it('the date a figure is counted at ("As of 1 July 2025, …") dates no event', () => {
    const q = 'when will the infected blood compensation be paid?';
    const subject = [['infect'], ['blood'], ['compens']];
    const asked = 'To ask the Secretary of State for the Cabinet Office, when infected blood compensation will be paid.';
    const counted = syntheticRecord('Infected Blood Compensation', asked, 'As of 1 July 2025, a total of 460 people have had their infected blood compensation paid.');
    expect(ask(q, [counted], subject)).toBeUndefined();
    const opened = syntheticRecord('Infected Blood Compensation', asked, 'The infected blood compensation scheme opened to the first claimants in October 2024.');
    expect(ask(q, [counted, opened], subject)?.quotes[0].record.id).toBe(opened.id);
  });

  it('a date\'s sentence names the subject, not only other words of the question ("new", "open")', () => {
    const asked = 'To ask the Secretary of State for Justice, when the new prisons will open.';
    const unit = syntheticRecord('Prisons: Construction', asked, 'The new healthcare unit is expected to open in mid-September 2024.');
    expect(ask('when will the new prisons open?', [unit], [['prison']])).toBeUndefined();
    const prisons = syntheticRecord('Prisons: Construction', asked, 'The two new prisons are expected to open in 2026.');
    expect(ask('when will the new prisons open?', [unit, prisons], [['prison']])?.quotes[0].record.id).toBe(prisons.id);
  });

  it('a number the question names must be in the sentence or its record\'s question, as a number ("6.7%" is not 67); "between 2026 and 2028" is a timetable', () => {
    const q = 'when will the state pension age rise to 67?';
    const subject = [['state'], ['pension'], ['ag']];
    const uprating = syntheticRecord(
      'Social Security Benefits: Uprating',
      'To ask the Secretary of State for Work and Pensions, when the state pension will rise.',
      'Subject to Parliamentary approval, working-age benefits and the State Pension will rise by 6.7% from April 2024.',
    );
    expect(ask(q, [uprating], subject)).toBeUndefined();
    const age = syntheticRecord('State Retirement Pensions', 'To ask the Secretary of State for Work and Pensions, about the state pension age.', 'The State Pension age is set to rise to 67 between 2026 and 2028.');
    expect(ask(q, [uprating, age], subject)?.quotes[0].record.id).toBe(age.id);
  });

  it('money is a sum in pounds: "2.4 million workers" does not answer how much', () => {
    const q = 'how much is the national living wage?';
    const subject = [['nation'], ['live'], ['wage']];
    const workers = syntheticRecord('Minimum Wage', 'To ask the Chancellor of the Exchequer, about the National Living Wage.', 'Around 2.4 million workers are expected to receive a pay rise due to the increase to the National Living Wage.');
    expect(ask(q, [workers], subject)).toBeUndefined();
    const rate = syntheticRecord('Minimum Wage', 'To ask the Chancellor of the Exchequer, about the National Living Wage.', 'The National Living Wage will rise to £12.21 per hour.');
    expect(ask(q, [workers, rate], subject)?.quotes[0].record.id).toBe(rate.id);
  });

  it('a season in a name ("Winter Fuel Payment") is no date; "this winter" is', () => {
    const q = 'when does the winter fuel payment get paid?';
    const subject = [['winter'], ['fuel'], ['payment']];
    const named = syntheticRecord('Winter Fuel Payment', 'To ask the Secretary of State for Work and Pensions, about the Winter Fuel Payment.', 'Winter Fuel Payments will continue to be paid to pensioner households receiving Pension Credit.');
    expect(ask(q, [named], subject)).toBeUndefined();
    const dated = syntheticRecord('Winter Fuel Payment', 'To ask the Secretary of State for Work and Pensions, about the Winter Fuel Payment.', 'Winter Fuel Payments will be paid this winter to pensioner households receiving Pension Credit.');
    expect(ask(q, [named, dated], subject)?.quotes[0].record.id).toBe(dated.id);
  });

  it('a state body\'s name ("Ministry of Defence") does not make a sentence about its words, unless the question names the body', () => {
    const q = 'how much does the UK spend on defence?';
    const ukraine = syntheticRecord(
      'Ukraine: Military Aid',
      'To ask the Secretary of State for Defence, what military support the UK will give Ukraine.',
      'The UK stands with Ukraine. The Ministry of Defence is committed to spending £3 billion a year on military support for Ukraine.',
    );
    expect(ask(q, [ukraine], [['defenc']])).toBeUndefined();
    const budget = syntheticRecord('Defence: Expenditure', 'To ask the Secretary of State for Defence, what the defence budget is.', 'The UK will spend £62 billion on defence in 2025-26.');
    expect(ask(q, [ukraine, budget], [['defenc']])?.quotes[0].record.id).toBe(budget.id);
    // Asked about the body itself, its name is the subject.
    const consultants = syntheticRecord('Ministry of Defence: Consultants', 'To ask the Secretary of State for Defence, how much the Ministry of Defence spent on consultants.', 'The Ministry of Defence spent £120 million on consultants in 2024-25.');
    expect(ask('how much has the Ministry of Defence spent on consultants?', [consultants], [['defenc'], ['consultant']])?.quotes[0].record.id).toBe(consultants.id);
  });

  it('a span the question names ("over the next ten years") must be in the sentence or its record\'s question', () => {
    const q = 'how much will be spent on flood defences over the next ten years?';
    const twoYears = syntheticRecord('Flood Control', 'To ask the Secretary of State for Environment, how much has been spent on flood defences.', 'During 2024-25 and 2025-26 the Government invested £2.65 billion in flood defences.');
    expect(ask(q, [twoYears], [['flood'], ['defenc']])).toBeUndefined();
    const decade = syntheticRecord('Flood Control: Finance', 'To ask the Secretary of State for Environment, what the 10-year flood defence budget is.', 'The Government will invest £10.5 billion in flood defences over the next decade.');
    expect(ask(q, [twoYears, decade], [['flood'], ['defenc']])?.quotes[0].text).toContain('£10.5 billion');
  });

  it('a span can be written as the year it ends, read from the year of the answer ("until 2036", said in 2026)', () => {
    const q = 'how much will the government spend on flood defences over the next ten years or so?';
    const text = 'This Government is investing at least £10.5 billion in our flood defences until 2036, the largest flood programme in history.';
    const floods = (date: string) => syntheticRecord('Flood Control', 'To ask the Secretary of State for Environment, how many flood defence schemes were completed.', text, date);
    expect(ask(q, [floods('2026-02-09')], [['flood'], ['defenc']])?.quotes[0].text).toContain('£10.5 billion');
    // said in 2030, "until 2036" is six years, not ten
    expect(ask(q, [floods('2030-02-09')], [['flood'], ['defenc']])).toBeUndefined();
    const years = syntheticRecord('Flood Control', 'To ask the Secretary of State for Environment, what the flood budget is.', 'The Government is committing £7.9 billion of capital (2026-27 to 2035-36) to flood defences.', '2025-07-09');
    expect(ask(q, [years], [['flood'], ['defenc']])?.quotes[0].text).toContain('£7.9 billion');
    // a sentence naming a span of its own answers for that span, though its record's question asked ten years
    const three = syntheticRecord(
      'Flood Control',
      'To ask the Secretary of State for Environment, how much will be spent on flood defences over the next ten years.',
      'We are investing £4.2 billion over three years to construct new flood defences.',
      '2025-07-09',
    );
    expect(ask(q, [three], [['flood'], ['defenc']])).toBeUndefined();
  });

  it('a number after a capitalised word names a thing ("Standard 1899"), unless a count comes before it ("213 Challenger 2 … Tanks")', () => {
    const q = 'how many public charging points for electric cars are there?';
    const standard = syntheticRecord(
      'Electric Vehicles: Charging Points',
      'To ask the Secretary of State for Transport, what steps are being taken to make public charging points for electric cars accessible.',
      'Publicly Available Standard 1899 was co-sponsored by the Office for Zero Emission Vehicles to make public charging points accessible.',
    );
    expect(ask(q, [standard], [['public'], ['charg'], ['point']])).toBeUndefined();
    // So do the numbers listed after it: "Key Stages 1 and 2".
    const stages = syntheticRecord('Swimming: Children', 'To ask the Secretary of State for Education, how many children can swim.', 'Swimming is a compulsory part of the PE curriculum for children at Key Stages 1 and 2.');
    expect(ask('how many children can swim?', [stages], [['children'], ['swim']])).toBeUndefined();
    const tanks = syntheticRecord('Challenger Tanks', 'To ask the Secretary of State for Defence, what the size of the Challenger 2 tank fleet is.', 'There are 213 Challenger 2 Main Battle Tanks in service.');
    expect(ask('how many Challenger 2 tanks does the Army have in service?', [tanks], [['challeng'], ['tank']])?.quotes[0].text).toContain('213');
    // A provision or a stage named by a number in words, even opening the sentence ("Phase one is complete").
    const cards = 'how many Veteran Cards have been issued?';
    const question = 'To ask the Secretary of State for Defence, how many Veteran Cards have been issued.';
    const phase = syntheticRecord('Veterans: Identity Cards', question, 'Phase one is complete, with all service leavers being issued with a Veteran Card on discharge.');
    expect(ask(cards, [phase], [['veteran'], ['card']])).toBeUndefined();
    const issued = syntheticRecord('Veterans: Identity Cards', question, 'Over 192,000 Veteran Cards have been issued to veterans.');
    expect(ask(cards, [phase, issued], [['veteran'], ['card']])?.quotes[0].text).toContain('192,000');
  });

  it('a sentence saying no assessment or data exists is no figure, nor a count of none', () => {
    const q = 'what is the average response time for an air ambulance in rural areas?';
    const none = syntheticRecord(
      'Air Ambulance Services',
      'To ask the Secretary of State for Health, what the average response time is for air ambulances in rural areas.',
      'No specific assessment has been made centrally by the Department. Air ambulance response times are not routinely published.',
    );
    expect(ask(q, [none], [['air'], ['ambul'], ['rural']])).toBeUndefined();
    // "No deportations have taken place" still answers how many
    const deportations = syntheticRecord(
      'Deportation: Rwanda',
      'To ask the Secretary of State for the Home Department, how many deportations to Rwanda have taken place.',
      'No deportations to Rwanda have taken place.',
    );
    expect(ask('how many deportations to Rwanda have taken place?', [deportations], [['deport'], ['rwanda']])?.quotes[0].record.id).toBe(deportations.id);
  });

  it('a rate asked ("how much a week") is answered by a rate, not a total', () => {
    const q = 'how much a week will kinship carers get under the new kinship allowance?';
    const total = syntheticRecord(
      'Kinship Care',
      'To ask the Secretary of State for Education, what support is available for kinship carers.',
      'The government has announced a £40 million package to trial a new Kinship Allowance for kinship carers.',
    );
    expect(ask(q, [total], [['kinship'], ['carer'], ['allow']])).toBeUndefined();
    const weekly = syntheticRecord(
      'Kinship Care',
      'To ask the Secretary of State for Education, what the rate of the kinship allowance will be.',
      'Kinship carers in the trial will receive an allowance of £230 per week for each child.',
    );
    expect(ask(q, [total, weekly], [['kinship'], ['carer'], ['allow']])?.quotes[0].record.id).toBe(weekly.id);
    // a yearly rate: a figure given for one year answers, or a rate named in the record's own question
    const relief = syntheticRecord('Cycle to Work Scheme', 'To ask the Chancellor of the Exchequer, what the cost of the Cycle to Work tax relief is.', 'In 2023-24 the estimated cost of the relief for the Cycle to Work scheme was £120m.');
    expect(ask('how much does the Cycle to Work tax relief cost each year?', [relief], [['cycl'], ['work'], ['relief']])?.quotes[0].text).toContain('£120m');
    // … or for one year named without its number ("In the last financial year …"); not for a span of them.
    const subscriptions = 'To ask the Secretary of State for Wales, for the total spend on subscriptions by her Department.';
    const lastYear = syntheticRecord('Wales Office: Subscriptions', subscriptions, 'In the last financial year, the Office spent £3,332.48 on other subscriptions.');
    const q2 = 'how much does the Wales Office spend in a year on subscriptions?';
    expect(ask(q2, [lastYear], [['wale'], ['subscript']])?.quotes[0].text).toContain('£3,332.48');
    const threeYears = syntheticRecord('Wales Office: Subscriptions', subscriptions, 'Over the last three financial years, the Office spent £9,870 on other subscriptions.');
    expect(ask(q2, [threeYears], [['wale'], ['subscript']])).toBeUndefined();
    // A year naming a document is no year the figure is for: "The 2015 National Security Strategy …
    // estimated that to build four Dreadnought submarines, the likely cost would be £41 billion".
    const dreadnought = syntheticRecord(
      'Trident',
      'To ask the Secretary of State for Defence, what the cost of Trident is.',
      'The 2015 National Security Strategy estimated that to build four Dreadnought submarines the likely cost would be £41 billion.',
    );
    expect(ask('how much does Trident cost a year?', [dreadnought], [['trident']])).toBeUndefined();
  });

  it('a sentence naming the question\'s words itself is quoted before one that leans on its record\'s question for them', () => {
    const q = 'how many ARAP eligible Afghans in Pakistan have been deported to Afghanistan?';
    const record = syntheticRecord(
      'Afghanistan: Refugees',
      'To ask the Secretary of State for Defence, how many ARAP eligible Afghans in Pakistan have been deported to Afghanistan.',
      'Currently, there are approximately 30 ARAP eligible Afghans under the care of the British High Commission in Islamabad. ' +
        '13 ARAP eligible Afghans under the care of the British High Commission have been deported to Afghanistan.',
    );
    expect(ask(q, [record], [['arap'], ['elig'], ['afghan'], ['pakistan'], ['deport']])?.quotes[0].text).toMatch(/^13 ARAP/);
  });

  it('the question\'s words side by side ("tax gap") beat the same words apart, even in a newer answer', () => {
    const q = 'how large is the tax gap?';
    const apart = syntheticRecord(
      'Landfill Tax',
      'To ask the Chancellor of the Exchequer, what the gap between the rates of landfill tax will be.',
      'The Government intends to keep the gap between the two rates of landfill tax from widening.',
      '2026-01-06',
    );
    const together = syntheticRecord('Taxation', 'To ask the Chancellor of the Exchequer, what the tax gap was in the latest year.', 'The latest estimates show the tax gap at 4.8% (£39.8bn) in 2022-23.', '2024-07-25');
    const a = ask(q, [apart, together], [['tax'], ['gap']])!;
    expect(a.quotes[0].record.id).toBe(together.id);
    // alone, the sentence with the words apart still counts: nothing holds them together
    expect(ask(q, [apart], [['tax'], ['gap']])?.quotes[0].record.id).toBe(apart.id);
  });

  it('between records with the same sentence, the one whose own question asks the same kind of fact is quoted', () => {
    const q = 'how much has been spent on the memorial?';
    const text = 'The department has spent £4,156,379 to date on the memorial programme.';
    const when = syntheticRecord('Memorials', 'To ask the Secretary of State, when officials last met the architect of the memorial and the memorial trust.', text);
    const howMuch = syntheticRecord('Memorials', 'To ask the Secretary of State, how much has been spent on the memorial.', text);
    expect(ask(q, [when, howMuch], [['memori']])!.quotes[0].record.id).toBe(howMuch.id);
  });

  it('of an answer clipped at source, whole sentences come first; the cut one, marked, only when none answers', () => {
    const q = 'what is the minimum income requirement for a family visa?';
    const clipped = {
      ...syntheticRecord(
        'Visas: Families',
        'To ask the Secretary of State for the Home Department, what the minimum income requirement for a family visa is.',
        'The minimum income requirement for a family visa is currently set at £29,000. The Home Secretary has announced a review of the family visa min...',
      ),
      answerTextClipped: true,
    };
    const a = ask(q, [clipped], [['minimum'], ['incom'], ['famili'], ['visa']])!;
    expect(a.quotes.map((x) => x.text)).toEqual(['The minimum income requirement for a family visa is currently set at £29,000.']);
    // Up to its last whole word, and marked as cut.
    const cutOnly = { ...clipped, answerText: 'The minimum income requirement for a family visa is currently set at £29,000 and is intended to ensure fami...' };
    expect(ask(q, [cutOnly], [['minimum'], ['incom'], ['famili'], ['visa']])?.quotes.map((x) => x.text)).toEqual([
      'The minimum income requirement for a family visa is currently set at £29,000 and is intended to ensure …',
    ]);
    // Too little before the cut to read as a clause (`CUT_MIN`): nothing is quoted from it.
    const short = { ...clipped, answerText: 'The family visa minimum income: £29,000 from April 2024 for...' };
    expect(ask(q, [short], [['minimum'], ['incom'], ['famili'], ['visa']])).toBeUndefined();
    // A figure at the cut may be part of one ("£29" of "£29,000"): it goes, and with it the answer.
    const figureCut = { ...clipped, answerText: 'The minimum income requirement for a family visa is currently set at £29...' };
    expect(ask(q, [figureCut], [['minimum'], ['incom'], ['famili'], ['visa']])).toBeUndefined();
  });

  it('a sentence saying the information is not held, that then turns ("but, since 2008, around 2,500 …"), can answer', () => {
    const q = 'how many of the Bevin Boys have been given a veterans badge?';
    const subject = [['bevin'], ['boi'], ['veteran'], ['badg']];
    const heading = 'World War II: Medals';
    const question = 'To ask the Secretary of State for Defence, how many people have claimed a Bevin Boys Veterans Badge.';
    const turns = syntheticRecord(heading, question, 'The Department does not hold records for how many applications have been received for Bevin Boy Veterans Badges but, since 2008, around 2,500 Badges have been awarded.');
    expect(ask(q, [turns], subject)?.quotes[0].text).toContain('2,500 Badges');
    const notHeld = syntheticRecord(heading, question, 'The Department does not hold records for how many applications have been received for 2,500 Bevin Boy Veterans Badges.');
    expect(ask(q, [notHeld], subject)).toBeUndefined();
  });

  it('what goes on being done ("continues to roll out …") or is in place answers what is being done', () => {
    const q = 'what mental health support is there for children in schools and colleges?';
    const subject = [['mental'], ['school'], ['colleg']];
    const question = 'To ask the Secretary of State for Education, what steps she is taking to improve mental health support for pupils.';
    const rolling = syntheticRecord('Pupils: Mental Health', question, 'NHS England continues to roll out the Mental Health in Schools Programme to schools and colleges across England.');
    expect(ask(q, [rolling], subject)?.quotes[0].text).toContain('continues to roll out');
    const inPlace = syntheticRecord('Pupils: Mental Health', question, 'There are now approximately 400 teams of the Mental Health in Schools Programme in place in schools and colleges.');
    expect(ask(q, [inPlace], subject)?.quotes[0].text).toContain('in place');
  });

  it('what people can get ("can be referred to …, which can provide …") is a measure; the end of a financial year is a timetable', () => {
    const q = 'what housing help is there for prisoners released early who would otherwise be homeless?';
    const subject = [['hous'], ['prison'], ['releas'], ['homeless']];
    const question = 'To ask the Secretary of State for Justice, what housing support is available to prisoners released early at risk of homelessness.';
    const referred = syntheticRecord(
      'Prisoners: Homelessness',
      question,
      'Prisoners released early and at risk of homelessness can be referred to the Community Accommodation Service, which can provide up to 12 weeks of housing.',
    );
    expect(ask(q, [referred], subject)?.quotes[0].text).toContain('Community Accommodation Service');
    const museum = syntheticRecord(
      'Museums: Northern Ireland',
      'To ask the Secretary of State for Culture, Media and Sport, when the V&A will resume online sales to Northern Ireland.',
      'The V&A is aiming to resume online sales to Northern Ireland by the end of the financial year 2026/27.',
    );
    expect(ask('when will the V&A resume online sales to Northern Ireland?', [museum], [['onlin'], ['sale'], ['northern'], ['ireland']])?.quotes[0].text).toContain('2026/27');
  });

  it('"As set out in …," opening a sentence that goes on is no deflection; one that only refers away is', () => {
    const q = 'how many extra specialty training jobs for resident doctors will be created?';
    const subject = [['specialti'], ['train'], ['resid'], ['doctor']];
    const question = 'To ask the Secretary of State for Health and Social Care, how many additional specialty training places for resident doctors will be created.';
    const goesOn = syntheticRecord(
      'Doctors: Training',
      question,
      'As set out in the 10-Year Health Plan, over the next three years we will create 4,000 additional specialty training jobs for resident doctors.',
    );
    expect(ask(q, [goesOn], subject)?.quotes[0].text).toContain('4,000 additional specialty training jobs');
    const refers = syntheticRecord('Doctors: Training', question, 'As set out in my answer to Question 4,000 on specialty training jobs for resident doctors.');
    expect(ask(q, [refers], subject)).toBeUndefined();
  });

  it('a sentence pointing to where the answer is ("Further information can be found on GOV.UK: …") answers nothing', () => {
    const q = 'how much does it cost to get a spouse visa decision faster?';
    const subject = [['spous'], ['visa'], ['decis'], ['faster']];
    const question = 'To ask the Secretary of State for the Home Department, whether applicants for a spouse visa can pay for a faster decision.';
    const pointer = syntheticRecord('Visas: Spouses', question, 'Further information on the £1,000 fee can be found on GOV.UK: Get a faster decision on your spouse visa application.');
    expect(ask(q, [pointer], subject)).toBeUndefined();
    const says = syntheticRecord('Visas: Spouses', question, 'Applicants for a spouse visa can pay £1,000 for a faster decision through the Super Priority Visa service.');
    expect(ask(q, [says], subject)?.quotes[0].text).toContain('Super Priority Visa');
  });

  it('so does one naming the data by more than one word ("The latest published data, covering … May 2025, is available here")', () => {
    const q = 'when will the Windrush compensation scheme close?';
    const subject = [['windrush'], ['compens'], ['scheme']];
    const pointer = syntheticRecord(
      'Windrush Compensation Scheme',
      'To ask the Secretary of State for the Home Department, when the Windrush Compensation Scheme will close.',
      'The latest published data, covering the period up to the end of May 2025, is available here: Windrush Compensation Scheme data: May 2025 - GOV.UK.',
    );
    expect(ask(q, [pointer], subject)).toBeUndefined();
  });

  it('so does one saying where the figures are published ("Statistics on … can be found in table T1.14 in Chapter 1 …")', () => {
    const q = 'how many people are on universal credit?';
    const subject = [['univers'], ['credit']];
    const question = 'To ask the Secretary of State for Work and Pensions, how many people are on Universal Credit.';
    const pointer = syntheticRecord(
      'Universal Credit',
      question,
      'Statistics on the Into Work Rates of Claimants on the Universal Credit Health Journey by month can be found in table T1.14 in Chapter 1 of the Evidence Pack.',
    );
    expect(ask(q, [pointer], subject)).toBeUndefined();
    const says = syntheticRecord('Universal Credit', question, 'In May 2025, 7.6 million people were on Universal Credit.');
    expect(ask(q, [pointer, says], subject)?.quotes[0].text).toContain('7.6 million people');
  });

  it('so does one saying who publishes the figures, with none of them ("The Government publishes annual statistics …")', () => {
    const q = 'what is being done about the two child limit?';
    const subject = [['two'], ['child'], ['limit']];
    const question = 'To ask the Secretary of State for Work and Pensions, whether she plans to scrap the two child limit.';
    const publishes = syntheticRecord('Social Security Benefits: Children', question, 'The Government has published annual statistics on the two child limit.');
    expect(ask(q, [publishes], subject)).toBeUndefined();
    const counted = syntheticRecord('Social Security Benefits: Children', question, 'The Government published statistics showing 1.6 million children affected by the two child limit, which the Child Poverty Strategy addresses.');
    expect(ask(q, [publishes, counted], subject)?.quotes[0].record.id).toBe(counted.id);
  });

  it('so does one saying who collects the data, or that they are collected or available, with none of them', () => {
    const q = 'what is being done about school absence?';
    const subject = [['school'], ['absenc']];
    const question = 'To ask the Secretary of State for Education, what steps she is taking to reduce school absence.';
    const collected = syntheticRecord('Pupils: Absenteeism', question, 'Detailed pupil school absence data is collected as part of the school census and published on a termly basis.');
    const collects = syntheticRecord('Pupils: Absenteeism', question, 'The department collects detailed pupil-level data on school absence.');
    expect(ask(q, [collected, collects], subject)).toBeUndefined();
    const toolkit = syntheticRecord('Pupils: Absenteeism', question, 'We have published the Attendance Toolkit Guidance to help schools address the drivers of school absence.');
    expect(ask(q, [collected, collects, toolkit], subject)?.quotes[0].record.id).toBe(toolkit.id);
  });

  it('so does one saying the figures are in a table or an attachment, with none of its own', () => {
    const q = 'what is being done to reduce reoffending?';
    const subject = [['reduc'], ['reoffend']];
    const question = 'To ask the Secretary of State for Justice, what steps she is taking to reduce reoffending.';
    const table = syntheticRecord('Reoffenders', question, 'The number of recalls to custody recorded in the ten years from 2013 to 2023 to reduce reoffending is provided in the table below.');
    expect(ask(q, [table], subject)).toBeUndefined();
    const measure = syntheticRecord('Reoffenders', question, 'We have invested £155 million a year in the Probation Service to reduce reoffending.');
    expect(ask(q, [table, measure], subject)?.quotes[0].record.id).toBe(measure.id);
  });

  it('a sentence saying midway that the data are not kept ("… and does not collect data broken down by type of business") answers nothing', () => {
    const q = 'what help do local amateur sports clubs get with their business rates?';
    const subject = [['amateur'], ['sport'], ['club'], ['busi']];
    const question = 'To ask the Secretary of State for Housing, Communities and Local Government, how many amateur sports clubs receive business rates relief.';
    const notKept = syntheticRecord(
      'Sports: Business Rates',
      question,
      'The Government provides business rates relief to amateur sports clubs and does not collect data broken down by type of business.',
    );
    expect(ask(q, [notKept], subject)).toBeUndefined();
    const relief = syntheticRecord('Sports: Business Rates', question, 'The Government provides community amateur sports clubs with 80% Mandatory Rate Relief on business rates.');
    expect(ask(q, [relief], subject)?.quotes[0].text).toContain('80% Mandatory');
  });

  it('an abbreviation the record itself defines ("… Ombudsman (PHSO)") names its long form\'s words in the record\'s later sentences', () => {
    const q = 'how many complaints are waiting at the Parliamentary and Health Service Ombudsman?';
    const record = syntheticRecord(
      'Public Administration',
      'To ask the Minister for the Cabinet Office, what recent estimate he has made of the backlog of cases.',
      'The Parliamentary and Health Service Ombudsman (PHSO) is independent of Government. The PHSO has confirmed that its unallocated queue of complaints at the end of March 2026 was 3,428.',
    );
    expect(ask(q, [record], [['parliamentari'], ['ombudsman']])?.quotes[0].text).toContain('3,428');
  });

  it('a sentence naming an abbreviation the archive defines ("NECVCU") names its long form\'s words', async () => {
    const defined = Array.from({ length: 3 }, (_, i) =>
      syntheticRecord('Fraud: Victims', `To ask the Secretary of State for the Home Department, what the budget of the National Economic Crime Victim Care Unit (NECVCU) is in region ${i}.`, 'Its budget is set each year.'),
    );
    const supported = syntheticRecord(
      'Fraud',
      'To ask the Secretary of State for the Home Department, what support is available to victims of fraud.',
      'The City of London Police runs the National Economic Crime Victim Care Unit (NECVCU). Since its inception in 2018, NECVCU has supported 440,994 victims of fraud.',
    );
    const filler = railwayFiller(40);
    const res = await syntheticEngine([...defined, supported, ...filler]).search({ query: 'how many fraud victims has the national economic crime victim care unit supported?', limit: 10 });
    expect(res.abbreviations?.necvcu).toEqual(terms('national economic crime victim care unit'));
    const q = 'how many fraud victims has the national economic crime victim care unit supported?';
    expect(directAnswer(q, res.hits, res)?.quotes[0].text).toContain('440,994');
    // A record that names it without defining it needs the archive's definitions.
    const bare = syntheticRecord('Fraud', supported.questionText, 'Since its inception in 2018, NECVCU has supported 440,994 victims of fraud.');
    const opts = { terms: res.terms, subject: res.subject };
    expect(directAnswer(q, [hit(bare)], { ...opts, abbreviations: res.abbreviations })?.quotes[0].text).toContain('440,994');
    expect(directAnswer(q, [hit(bare)], opts)).toBeUndefined();
  });

  it('a subject word the archive lacks, read as a guessed spelling ("pilates" as "pilots"), gets no quote; a slip ("comercial") does', async () => {
    const pilots = syntheticRecord(
      'Aviation: Pilots',
      'To ask the Secretary of State for Transport, how many commercial pilots and pilot instructors there are in the UK.',
      'There are currently around 22,000 commercial pilots in the UK. There are around 3,000 pilot instructors.',
    );
    const filler = railwayFiller(40);
    const engine = syntheticEngine([pilots, ...filler]);
    const guess = 'how many pilates instructors are there in the UK?';
    const guessed = await engine.search({ query: guess, limit: 10 });
    expect(guessed.hits[0]?.record.id).toBe(pilots.id); // the search still shows its reading
    expect(guessed.guessed).toEqual([term('pilots')]);
    expect(directAnswer(guess, guessed.hits, guessed)).toBeUndefined();
    const slip = 'how many pilots are there in comercial aviation in the UK?';
    const slipped = await engine.search({ query: slip, limit: 10 });
    expect(slipped.guessed).toBeUndefined();
    expect(directAnswer(slip, slipped.hits, slipped)?.quotes[0].text).toContain('22,000');
  });

  it('a subject word the archive has nowhere is reported by the search, and the best record may not lack it', async () => {
    const pilots = syntheticRecord(
      'Aviation: Pilots',
      'To ask the Secretary of State for Transport, how many commercial airline pilots there are in the UK.',
      'There are currently around 22,000 commercial airline pilots in the UK.',
    );
    const engine = syntheticEngine([pilots, ...railwayFiller(40)]);
    const known = 'how many commercial airline pilots are there in the UK?';
    const res = await engine.search({ query: known, limit: 10 });
    expect(res.unknown).toBeUndefined();
    expect(directAnswer(known, res.hits, res)?.quotes[0].text).toContain('22,000');
    // "zqxwvy" is nowhere in the archive: the record lacks one concept of three, as a best record may,
    // but a question about it is about something the archive never mentions.
    const strange = 'how many commercial zqxwvy airline pilots are there?';
    const unheard = await engine.search({ query: strange, limit: 10 });
    expect(unheard.unknown).toEqual(['zqxwvy']);
    expect(unheard.hits[0]?.record.id).toBe(pilots.id);
    expect(directAnswer(strange, unheard.hits, unheard)).toBeUndefined();
  });

  it('a state body the question names ("Home Office staff") is answered by that body, or by a record naming it', () => {
    const q = "How many Home Office staff are based in India?";
    const subject = [['staff'], ['india']];
    const trade = {
      ...syntheticRecord(
        'Department for Business and Trade: India',
        'To ask the Secretary of State for Business and Trade, how many staff from her Department are based in India.',
        'On 31 October 2023 there were 13 UK Based Staff and 90 Country Based Staff working for the Department for Business and Trade located in India.',
      ),
      answeringBody: 'Department for Business and Trade',
    };
    expect(ask(q, [trade], subject)).toBeUndefined();
    const home = {
      ...trade,
      id: 'home',
      answeringBody: 'Home Office',
      heading: 'Home Office: India',
      questionText: 'To ask the Secretary of State for the Home Department, how many staff from her Department are based in India.',
      answerText: 'There were 41 Home Office staff based in India on 31 October 2023.',
    };
    expect(ask(q, [trade, home], subject)?.quotes[0].text).toContain('41');
    // Another body's answer that names it speaks for it; a possessive is the body's name.
    const named = { ...trade, id: 'named', answerText: 'The Home Office had 41 staff based in India on 31 October 2023.' };
    expect(ask("How many of the Home Office's staff are based in India?", [named], subject)?.quotes[0].text).toContain('41');
  });

  it('a question about the questions ("has anyone asked about …?") is answered by the list, not by a quote', () => {
    const r = syntheticRecord('Vaping', 'To ask the Secretary of State for Health, what steps are being taken on vaping.', 'The Government is banning disposable vapes from June 2025 under the Single-use Vapes Regulations.');
    expect(ask('what is being done about vapes?', [r], [['vape']])?.quotes[0].record.id).toBe(r.id);
    expect(ask('has anyone asked the minister about vapes recently?', [r], [['vape']])).toBeUndefined();
  });

  it('what something changes to ("… going to rise to?") is the figure written "to" it, not another count', () => {
    const q = 'what is the state pension age going to rise to?';
    const subject = [['state'], ['pension'], ['ag']];
    const question = 'To ask the Secretary of State for Work and Pensions, what assessment he has made of changes to the State Pension age.';
    const complainants = syntheticRecord('State Retirement Pensions', question, 'The six sample complainants were impacted by State Pension age changes introduced by the Pensions Act 1995 and the Pensions Act 2011.');
    expect(ask(q, [complainants], subject)).toBeUndefined();
    const rise = syntheticRecord('State Retirement Pensions', question, 'The State Pension age will rise to 67 between 2026 and 2028.');
    expect(ask(q, [complainants, rise], subject)?.quotes[0].text).toContain('to 67');
  });

  it('what has been done is not answered by a figure still to come; a promise asked is', () => {
    const subject = [['polic'], ['offic']];
    const question = 'To ask the Secretary of State for the Home Department, how many police officers have been recruited.';
    const promised = syntheticRecord(
      'Police: Recruitment',
      question,
      'We have made £200 million available to support the first steps towards delivering 13,000 more neighbourhood police officers by the end of this parliament.',
    );
    expect(ask('how many police officers have been recruited?', [promised], subject)).toBeUndefined();
    expect(ask('how many more police officers has the government promised?', [promised], subject)?.quotes[0].text).toContain('13,000');
    const forecast = syntheticRecord('Police: Recruitment', question, 'The programme is now expected to deliver between 11,000 and 13,000 police officers.');
    const conditional = syntheticRecord('Police: Recruitment', question, 'In 2020 the previous government said the programme would achieve up to 20,000 police officers.');
    expect(ask('how many police officers have been recruited?', [forecast, conditional], subject)).toBeUndefined();
    const target = syntheticRecord('Police: Recruitment', question, 'The previous government set a target for the programme to recruit around 20,000 police officers, including at least 6,000 officers in London.');
    expect(ask('how many police officers have been recruited?', [target], subject)).toBeUndefined();
    const recruited = syntheticRecord('Police: Recruitment', question, 'Forces have recruited 3,000 additional police officers since July 2024, and will recruit more.');
    expect(ask('how many police officers have been recruited?', [promised, recruited], subject)?.quotes[0].text).toContain('3,000');
    // Asked with a participle that does not end in -ed ("have … taken"), as much as with one that does.
    const leave = [['neonat'], ['care'], ['leav']];
    const eligible = syntheticRecord(
      'Neonatal Care Leave',
      'To ask the Secretary of State for Business and Trade, how many parents have taken neonatal care leave.',
      'It is estimated that approximately 60,000 parents will be eligible for neonatal care leave each year.',
    );
    expect(ask('how many parents have actually taken neonatal care leave?', [eligible], leave)).toBeUndefined();
    expect(ask('how many parents will be able to take neonatal care leave?', [eligible], leave)?.quotes[0].text).toContain('60,000');
  });

  it('the day a bill was introduced into Parliament is not when what it does starts', () => {
    const q = 'when will the smoking ban start?';
    const subject = [['smoke'], ['ban']];
    const question = 'To ask the Secretary of State for Health and Social Care, when the smoking ban will come into force.';
    const introduced = syntheticRecord('Smoking', question, 'The Tobacco and Vapes Bill was introduced into Parliament on 5 November, and will be the biggest public health intervention since the banning of smoking in indoor public spaces.');
    expect(ask(q, [introduced], subject)).toBeUndefined();
    const starts = syntheticRecord('Smoking', question, 'The smoking ban will apply to everyone born on or after 1 January 2009 from January 2027.');
    expect(ask(q, [introduced, starts], subject)?.quotes[0].text).toContain('January 2027');
  });

  it('a count of prisoners is no count of prisons, though Porter gives both one stem', () => {
    const q = 'how many prisons are there in England and Wales?';
    const subject = [['prison']];
    const question = 'To ask the Secretary of State for Justice, how many prisons there are in England and Wales.';
    const prisoners = syntheticRecord('Prisons', question, 'A total of 100 transgender prisoners were housed in prison establishments across England and Wales on 31 March 2023.');
    expect(ask(q, [prisoners], subject)).toBeUndefined();
    const prisons = syntheticRecord('Prisons', question, 'There are 122 prisons in England and Wales.');
    expect(ask(q, [prisoners, prisons], subject)?.quotes[0].text).toContain('122 prisons');
    const population = syntheticRecord('Prisons: Population', question, 'There were 87,465 prisoners in England and Wales on 30 June 2025.');
    expect(ask(q, [population], subject)).toBeUndefined();
    expect(ask('how many prisoners are there in England and Wales?', [population], subject)?.quotes[0].text).toContain('87,465 prisoners');
  });

  it('"how many people" is not answered by a chapter\'s or a type\'s number, nor by a share', () => {
    const q = 'how many people work in the civil service?';
    const subject = [['civil'], ['servic']];
    const question = 'To ask the Minister for the Cabinet Office, how many people are employed in the civil service.';
    const chapter = syntheticRecord('Civil Servants', question, 'The Civil Service Management Code (chapter 8) specifies the regulations for the reimbursement of expenses.');
    const share = syntheticRecord('Civil Servants', question, 'The evidence informs the expectation for 60% office attendance for members of the civil service.');
    const type = syntheticRecord('Civil Servants', question, 'The civil service guidance covers staff with diabetes of type 1');
    expect(ask(q, [chapter, share, type], subject)).toBeUndefined();
    const headcount = syntheticRecord('Civil Servants', question, 'There were 513,000 people working in the civil service in March 2025.');
    expect(ask(q, [chapter, share, type, headcount], subject)?.quotes[0].text).toContain('513,000');
  });

  it('"… last year?" is not answered by a sentence naming another span of its own ("In the last six months")', () => {
    const q = 'how many trains were cancelled last year?';
    const subject = [['train'], ['cancel']];
    const question = 'To ask the Secretary of State for Transport, how many trains were cancelled.';
    const half = syntheticRecord('Railways: Cancellations', question, 'In the last six months, 44 direct trains from London Paddington to Hereford have been cancelled.');
    expect(ask(q, [half], subject)).toBeUndefined();
    // Nor by one counted since a year before the last: that is several years' count.
    const since = syntheticRecord('Railways: Cancellations', question, 'Since August 2019, 9,000 trains have been cancelled across the network.');
    expect(ask(q, [since], subject)).toBeUndefined();
    for (const year of ['Last year, 1,200 trains were cancelled across the network.', 'In the last 12 months, 1,200 trains were cancelled across the network.']) {
      expect(ask(q, [half, syntheticRecord('Railways: Cancellations', question, year)], subject)?.quotes[0].text, year).toContain('1,200');
    }
  });

  it('"how many people …" is not answered by a count of what they are in ("122 prisons"), nor by a code in a list', () => {
    const q = 'how many people are in prison?';
    const question = 'To ask the Secretary of State for Justice, how many people are in prison.';
    const prisons = syntheticRecord('Prisoners', question, 'Collating it would involve contacting 122 prisons individually, which could not be done without disproportionate cost.');
    const codes = syntheticRecord('Prisoners', question, '- 10423 - Assault on a constable in prison');
    // Nor, through "of", a count of the places: "16 of those prisons are rated good".
    const rated = syntheticRecord('Prisoners', question, 'As of the latest data, 16 of those prisons are rated good.');
    expect(ask(q, [prisons, codes, rated], [['prison']])).toBeUndefined();
    const held = syntheticRecord('Prisoners', question, 'There are 87,000 people in prison in England and Wales.');
    expect(ask(q, [prisons, codes, held], [['prison']])?.quotes[0].text).toContain('87,000');
  });

  it('a figure in what has not been assessed or is not planned is no fact ("made no assessment of reducing the bus fare cap to £2")', () => {
    const q = 'how much is the bus fare cap?';
    const question = 'To ask the Secretary of State for Transport, what assessment she has made of the bus fare cap.';
    const none = syntheticRecord('Bus Services: Fares', question, 'The Government has made no assessment of reducing the bus fare cap to £2.');
    const plans = syntheticRecord('Bus Services: Fares', question, 'The Government has no plans to cut the bus fare cap to £1.');
    expect(ask(q, [none, plans], [['bu'], ['fare'], ['cap']])).toBeUndefined();
    const cap = syntheticRecord('Bus Services: Fares', question, 'The bus fare cap is £3 for a single journey in England outside London.');
    expect(ask(q, [none, plans, cap], [['bu'], ['fare'], ['cap']])?.quotes[0].text).toContain('£3');
  });

  it('a span of time ends a count\'s run: "the next five years water companies will spend …" counts years, not companies', () => {
    const question = 'To ask the Secretary of State for Environment, how many water companies are in debt.';
    const years = syntheticRecord('Water Companies: Finance', question, 'Over the next five years water companies will spend £104 billion on investment.');
    expect(ask('how many water companies are in debt?', [years], [['water'], ['compani'], ['debt']])).toBeUndefined();
    const count = syntheticRecord('Water Companies: Finance', question, 'There are 16 water companies in England, and all of them carry debt.');
    expect(ask('how many water companies are in debt?', [years, count], [['water'], ['compani'], ['debt']])?.quotes[0].text).toContain('16 water companies');
  });

  it('a number joined to letters before it is part of a name ("ETSU-R-97", "COVID-19 vaccines"), not a count', () => {
    const q = 'how many wind turbines are there in the UK?';
    const subject = [['wind'], ['turbin']];
    const question = 'To ask the Secretary of State for Energy Security and Net Zero, how many onshore wind turbines there are.';
    const code = syntheticRecord('Wind Power', question, 'ETSU-R-97 is the primary guidance used for the assessment of noise from onshore wind turbines across the UK.');
    const code2 = syntheticRecord('Wind Power', question, 'Wind turbine sites use the guidance WT-12 turbines follow for noise.');
    expect(ask(q, [code, code2], subject)).toBeUndefined();
    const stock = syntheticRecord('Wind Power', question, 'There are over 11,000 onshore wind turbines in the UK.');
    expect(ask(q, [code, stock], subject)?.quotes[0].text).toContain('11,000');
    const vaccines = syntheticRecord('Coronavirus: Vaccination', 'To ask the Secretary of State for Health, how many vaccines were given.', 'The COVID-19 vaccines were given across the UK.');
    expect(ask('how many vaccines have been given?', [vaccines], [['vaccin']])).toBeUndefined();
  });

  it('"how many people" counts with a figure, not with "one" of anything ("at least one domain")', () => {
    const q = 'how many people are waiting for an ADHD assessment?';
    const subject = [['adhd'], ['assess']];
    const question = 'To ask the Secretary of State for Health and Social Care, how many people are waiting for an ADHD assessment.';
    const guideline = syntheticRecord('Attention Deficit Hyperactivity Disorder', question, 'The ADHD guideline states that medication should be offered after assessment if symptoms still cause a significant impairment in at least one domain.');
    expect(ask(q, [guideline], subject)).toBeUndefined();
    const waiting = syntheticRecord('Attention Deficit Hyperactivity Disorder', question, 'An estimated 196,000 were waiting for an ADHD assessment in March 2025.');
    expect(ask(q, [guideline, waiting], subject)?.quotes[0].text).toContain('196,000');
  });

  it('a consultation\'s dates, a letter\'s, a meeting\'s and an approval\'s are theirs, not when what is asked will happen', () => {
    const q = 'when will the new nuclear power station at Sizewell open?';
    const subject = [['nuclear'], ['sizewel']];
    const question = 'To ask the Secretary of State for Energy Security and Net Zero, what progress has been made on new nuclear at Sizewell.';
    const consultation = syntheticRecord('Nuclear Power: Sizewell', question, 'The Alternative Routes to Market for New Nuclear Projects consultation was published on 11th January 2024 and closed on 12th April 2024.');
    const letter = syntheticRecord('Nuclear Power: Sizewell', question, "The Secretary of State wrote to the regulator's chief executive on 10 September about new nuclear at Sizewell.");
    const meeting = syntheticRecord('Nuclear Power: Sizewell', question, 'I met the Sizewell C chief executive on 4 November to discuss new nuclear.');
    const approval = syntheticRecord('Nuclear Power: Sizewell', question, 'On 25 March 2025, the Secretary of State gave approval for the new nuclear plant at Sizewell.');
    // So is a consultation to come: "… is planning to consult on its proposals … during 2026".
    const consulting = syntheticRecord('Nuclear Power: Sizewell', question, 'EDF is planning to consult on its new nuclear proposals at Sizewell with residents during 2026.');
    expect(ask(q, [consultation, letter, meeting, approval, consulting], subject)).toBeUndefined();
    const opens = syntheticRecord('Nuclear Power: Sizewell', question, 'Sizewell C is expected to begin generating power in the mid-2030s, as new nuclear capacity.');
    expect(ask(q, [consultation, letter, meeting, approval, opens], subject)?.quotes[0].text).toContain('mid-2030s');
    // What was announced, on its own day, is dated: "announced that … will open on …".
    const announced = syntheticRecord('Nuclear Power: Sizewell', question, 'The Minister announced that the new nuclear visitor centre at Sizewell will open on 1 April 2026.');
    expect(ask(q, [announced], subject)?.quotes[0].text).toContain('1 April 2026');
    // Asked about the consultation, its dates answer.
    expect(ask('when does the consultation on new nuclear at Sizewell close?', [consultation], subject)?.quotes[0].text).toContain('12th April 2024');
    // Asked about the past as well: "when was …" is not answered by when a consultation ran.
    expect(ask('when was the new nuclear plant at Sizewell approved?', [consultation], subject)).toBeUndefined();
  });

  it('an age or an age range is whom a figure is for, no count ("young people aged 16 to 24", "until the age of 18")', () => {
    const q = 'how many people are unemployed?';
    const subject = [['unemploi']];
    const question = 'To ask the Secretary of State for Work and Pensions, what support is available for unemployed people.';
    const offer = syntheticRecord('Unemployment', question, 'The Youth Offer provides tailored support to unemployed young people aged 16 to 24 who are claiming Universal Credit.');
    expect(ask(q, [offer], subject)).toBeUndefined();
    // So is the age someone turned: "invited to claim when they turned 16; claimants who …" counts no claimants.
    const turned = syntheticRecord('Unemployment', question, 'Unemployed young people are invited to claim when they turned 16; claimants who move are reassessed.');
    expect(ask(q, [turned], subject)).toBeUndefined();
    // And an age reached: "… support unemployed care leavers until the age of 18" ends on no count.
    const until = syntheticRecord('Unemployment', question, 'Local authorities must support unemployed care leavers financially until the age of 18.');
    expect(ask(q, [until], subject)).toBeUndefined();
    const count = syntheticRecord('Unemployment', question, 'There were 1.6 million unemployed people in the three months to September 2025.');
    expect(ask(q, [offer, count], subject)?.quotes[0].text).toContain('1.6 million');
  });

  it('"will take action to" is intent, as "is taking action to" is; the Home Office is the state, not a name', () => {
    const q = 'what is the government doing about childhood obesity?';
    const subject = terms('childhood obesity').map((t) => [t]);
    const question = 'To ask the Secretary of State for Health and Social Care, what steps he is taking to tackle childhood obesity.';
    const action = syntheticRecord('Obesity: Children', question, 'We will take action to prevent and tackle the childhood obesity crisis head on.');
    expect(ask(q, [action], subject)).toBeUndefined();
    const serious = syntheticRecord('Obesity: Children', question, 'The Home Office takes childhood obesity seriously and continues to take robust action.');
    expect(ask(q, [serious], subject)).toBeUndefined();
    const ban = syntheticRecord('Obesity: Children', question, 'We are restricting the advertising of less healthy food to tackle childhood obesity from January 2026 under the Health and Care Act.');
    expect(ask(q, [action, serious, ban], subject)?.quotes[0].record.id).toBe(ban.id);
  });

  it('a number in groups ("60,000") is read whole: "over 60,000 additional people" is a count of more', () => {
    const q = "how many people claim carer's allowance?";
    const subject = terms("carer's allowance").map((t) => [t]);
    const question = "To ask the Secretary of State for Work and Pensions, how many people claim Carer's Allowance.";
    const more = syntheticRecord("Carer's Allowance", question, "Over 60,000 additional people will be able to receive Carer's Allowance by 2029/30.");
    expect(ask(q, [more], subject)).toBeUndefined();
    const claim = syntheticRecord("Carer's Allowance", question, "In February 2025, 1,012,000 people were claiming Carer's Allowance.");
    expect(ask(q, [more, claim], subject)?.quotes[0].text).toContain('1,012,000');
  });

  it('thinking about it, or a statistic provided, is no measure', () => {
    const q = 'what help is available for people with cost of living pressures?';
    const subject = terms('cost of living').map((t) => [t]);
    const question = 'To ask the Minister for the Cabinet Office, what support is available for disabled people with the cost of living.';
    const considering = syntheticRecord('Cost of Living: Disability', question, 'The Disability Unit is considering the potential impacts of the cost of living on disabled people.');
    const statistics = syntheticRecord('Cost of Living: Disability', question, 'Households Below Average Income provides estimates of the cost of living pressures on low-income households.');
    expect(ask(q, [considering, statistics], subject)).toBeUndefined();
    const payment = syntheticRecord('Cost of Living: Disability', question, 'The Government has provided a £150 Disability Cost of Living Payment to disabled people on benefits.');
    expect(ask(q, [considering, statistics, payment], subject)?.quotes[0].text).toContain('£150');
  });

  it('an irregular past form ("came into force") is its verb ("come into force")', () => {
    const q = 'when did the loan charge come into force?';
    const r = syntheticRecord(
      'Loan Charge',
      'To ask the Chancellor of the Exchequer, what recent assessment she has made of the loan charge.',
      'Although the loan charge officially came into force from 6 April 2019, the deadline for settling was extended.',
    );
    expect(ask(q, [r], [['loan'], ['charg'], terms('come'), ['forc']])?.quotes[0].text).toContain('6 April 2019');
  });

  it('a sum in pence ("20p per copy page") or in another currency ("$360 million") is money, and no count', () => {
    const q = "how much does it cost to get copies of an election candidate's expenses?";
    const question = 'To ask the Speaker\'s Committee on the Electoral Commission, what the charge is for copies of election expenses returns.';
    const pence = syntheticRecord('Elections: Expenditure', question, 'The charge to be supplied of copies of the election expenses is 20p per copy page, as set out in the regulations.');
    expect(ask(q, [pence], [['copi'], ['elect'], ['expens']])?.quotes[0].text).toContain('20p');
    const dollars = syntheticRecord('World Food Programme', 'To ask the Foreign Secretary, how much has been given to the World Food Programme.', 'So far in 2024 we have contributed over $360 million to World Food Programme operations.');
    expect(ask('how much has the UK given to the World Food Programme?', [dollars], [['world'], ['food'], ['programm']])?.quotes[0].text).toContain('$360 million');
    expect(ask('how many countries does the World Food Programme work in?', [dollars], [['world'], ['food'], ['programm']])).toBeUndefined();
  });

  it('a year asked may be said as this year, in an answer of that year', () => {
    const q = 'how many military drones did Britain send to Ukraine in 2025?';
    const subject = [['militari'], ['drone'], ['ukrain']];
    const question = 'To ask the Secretary of State for Defence, what support he has provided to Ukraine.';
    const text = 'More than 85,000 military drones have been delivered by the UK to Ukraine in just six months this year.';
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, text, '2025-12-01')], subject)?.quotes[0].text).toContain('85,000');
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, text, '2024-12-01')], subject)).toBeUndefined();
    const last = text.replace('in just six months this year', 'last year');
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, last, '2026-02-01')], subject)?.quotes[0].text).toContain('85,000');
    // "Now" is the answer's year.
    const now = text.replace('in just six months this year', 'so far, and more are now on their way');
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, now, '2025-12-01')], subject)?.quotes[0].text).toContain('85,000');
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, now, '2026-02-01')], subject)).toBeUndefined();
    // A day of a month without its year is of the answer's year, or the one before for a month still to come.
    const day = text.replace('in just six months this year', 'by 27 November');
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, day, '2025-12-01')], subject)?.quotes[0].text).toContain('85,000');
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, day, '2026-01-10')], subject)?.quotes[0].text).toContain('85,000');
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, day, '2025-11-10')], subject)).toBeUndefined();
    expect(ask(q, [syntheticRecord('Ukraine: Military Aid', question, day.replace('27 November', '27 November 2024'), '2025-12-01')], subject)).toBeUndefined();
  });

  it('a count of what has been made answers what was done, not how many there are', () => {
    const subject = [['militari'], ['drone'], ['ukrain']];
    const question = 'To ask the Secretary of State for Defence, what support he has provided to Ukraine.';
    const delivered = syntheticRecord('Ukraine: Military Aid', question, 'More than 85,000 military drones have been delivered by the UK to Ukraine.');
    expect(ask('how many military drones did Britain send to Ukraine?', [delivered], subject)?.quotes[0].text).toContain('85,000');
    expect(ask('how many military drones has Ukraine got?', [delivered], subject)).toBeUndefined();
    const planned = syntheticRecord('Ukraine: Military Aid', question, 'More than 85,000 military drones are planned for Ukraine.');
    expect(ask('how many military drones did Britain send to Ukraine?', [planned], subject)).toBeUndefined();
  });

  it('a financial year something holds from ("from 2027-28") is a timetable; the month a document was published dates the document', () => {
    const q = 'from when will pensioners on the state pension stop paying small amounts of tax?';
    const subject = [['state'], ['pension']];
    const question = 'To ask the Chancellor of the Exchequer, whether pensioners on the State Pension will pay tax through Simple Assessment.';
    const from = syntheticRecord('State Retirement Pensions: Income Tax', question, 'Pensioners whose sole income is the State Pension will not have to pay small amounts of tax via Simple Assessment from 2027-28.');
    expect(ask(q, [from], subject)?.quotes[0].text).toContain('from 2027-28');
    const during = syntheticRecord('State Retirement Pensions: Income Tax', question, 'Pensioners on the State Pension paid small amounts of tax worth £30 million in 2023-24.');
    expect(ask(q, [during], subject)).toBeUndefined();
    const loans = 'when will students get their student loans?';
    const published = syntheticRecord('Student Loans', 'To ask the Secretary of State for Education, when student loans will be paid.', 'An equality impact assessment of the student loan reforms was produced and published in February 2022.');
    expect(ask(loans, [published], [['student'], ['loan']])).toBeUndefined();
    const due = syntheticRecord('Student Loans', 'To ask the Secretary of State for Education, when student loans will be paid.', 'The student loan guidance is due to be published in September 2026.');
    expect(ask('when will the student loan guidance be published?', [due], [['student'], ['loan'], ['guidanc']])?.quotes[0].text).toContain('September 2026');
  });

  it('whose business it is ("… is a devolved matter", "… is the responsibility of …") answers nothing, unless it turns', () => {
    const q = 'what is being done about licensing animal rescue centres?';
    const subject = [['anim'], ['rescu']];
    const question = 'To ask the Secretary of State for Environment, Food and Rural Affairs, whether she plans to license animal rescue centres.';
    const devolved = syntheticRecord('Animal Welfare', question, 'Animal rescue licensing is a devolved matter and is being taken forward by each nation.');
    const responsibility = syntheticRecord('Animal Welfare', question, 'The licensing of animal rescue centres is the responsibility of the relevant Ministers, who are working on it.');
    expect(ask(q, [devolved], subject)).toBeUndefined();
    expect(ask(q, [responsibility], subject)).toBeUndefined();
    const consultation = syntheticRecord('Animal Welfare', question, 'Defra will launch a consultation on licensing animal rescue and rehoming centres under the Animal Welfare Act.');
    expect(ask(q, [devolved, consultation], subject)?.quotes[0].text).toContain('licensing animal rescue');
    const turns = syntheticRecord('Animal Welfare', question, 'Animal welfare is a devolved matter, but in England the Government will introduce licensing of animal rescue centres under the Animal Welfare Act from 2027.');
    expect(ask(q, [turns], subject)?.quotes[0].text).toContain('from 2027');
  });

  it('the words a question asks for money with ("set aside", "allocated") are not asked of the sentence', () => {
    const q = 'how much money did the 2025 Autumn Budget set aside for Grangemouth?';
    const question = 'To ask the Chancellor of the Exchequer, what support the Government is providing to Grangemouth.';
    const others = [1, 2, 3, 4].map((i) => syntheticRecord('Grangemouth', question, `The Grangemouth refinery closed in stage ${i} of the plan.`));
    const budget = syntheticRecord('Grangemouth', question, 'The £14.5 million of investment to support industrial projects in Grangemouth announced at Autumn Budget 2025 is in addition to the National Wealth Fund commitment.');
    expect(ask(q, [...others, budget], [['grangemouth']])?.quotes[0].text).toContain('£14.5 million');
  });

  it('a sentence opening on whoever opened the one before carries it on ("Defra works with X. Defra provides …")', () => {
    const q = "how much money does Defra give the Young Farmers' Clubs a year?";
    const subject = [['young'], ['farmer'], ['club']];
    const question = "To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment he has made of removing grant funding for Young Farmers' Clubs.";
    const text = "Encouraging more people into farming is vital. Defra works closely with the National Federation of Young Farmers' Clubs. Defra provides funding of up to £30,000 per year for specific activity.";
    expect(ask(q, [syntheticRecord('Rural Areas', question, text)], subject)?.quotes.map((x) => x.text).join(' ')).toContain('£30,000 per year');
    // Not on an opening word that is no one ("In …").
    const opener = "Encouraging more people into farming is vital. In 2024 Defra met the National Federation of Young Farmers' Clubs. In 2025 funding of up to £30,000 per year was given for specific activity.";
    expect(ask(q, [syntheticRecord('Rural Areas', question, opener)], subject)).toBeUndefined();
  });

  it('the price of one thing ("how much does a passport cost?") is not a sum in millions; a sum may end its sentence', () => {
    const question = 'To ask the Secretary of State for the Home Department, what the cost of a passport is.';
    // (A total said as a level: one said only as a change, "reduce expenditure by around £1.4 billion", answers how much more.)
    const total = syntheticRecord('Passports: Fees', question, 'Passport fee income will be around £1.4 billion in 2024/25.');
    expect(ask('how much does a passport cost?', [total], [['passport']])).toBeUndefined();
    expect(ask('how much does the passport office cost?', [total], [['passport']])?.quotes[0].text).toContain('£1.4 billion');
    const fee = syntheticRecord('Passports: Fees', question, 'The fee for an adult passport applied for online is £88.50.');
    expect(ask('how much does a passport cost?', [total, fee], [['passport']])?.quotes[0].text).toContain('£88.50');
  });

  it('a sentence opening on a review or a report dates that, not what the sentence before it names', () => {
    const q = 'when will the new hospital programme be finished?';
    const subject = [['hospit'], ['programm']];
    const question = 'To ask the Secretary of State for Health and Social Care, when the New Hospital Programme will be completed.';
    const review = syntheticRecord('Hospitals: Construction', question, 'We are reviewing the New Hospital Programme to put it on a sustainable footing. The review will be completed as soon as possible this autumn.');
    expect(ask(q, [review], subject)).toBeUndefined();
    expect(ask('when will the review of the new hospital programme be finished?', [review], subject)?.quotes.map((x) => x.text).join(' ')).toContain('this autumn');
    const project = syntheticRecord('Hospitals: Construction', question, 'We are building the New Hospital Programme in waves. The programme will be completed by 2030.');
    expect(ask(q, [project], subject)?.quotes.map((x) => x.text).join(' ')).toContain('by 2030');
  });

  it('a sentence pointing to a link answers nothing, though it holds a threshold\'s sum', () => {
    const q = 'how much does the government spend on advertising?';
    const question = 'To ask the Minister for the Cabinet Office, how much the Government spent on advertising in 2024.';
    const pointer = syntheticRecord(
      'Government: Advertising',
      question,
      'Spending on advertising above the £100,000 control threshold is published as standard on the transparency data page of gov.uk, found at the following link: https://www.gov.uk/transparency.',
    );
    expect(ask(q, [pointer], [['advertis']])).toBeUndefined();
    const spent = syntheticRecord('Government: Advertising', question, 'In 2024 the Government spent £120 million on advertising campaigns.');
    expect(ask(q, [pointer, spent], [['advertis']])?.quotes[0].text).toContain('£120 million');
    // "… can be found here: …", saying no more; a sentence saying something first still does.
    const buses = [['zero'], ['emiss'], ['bus']];
    const criteria = syntheticRecord('Buses: Zero-emission', 'To ask the Secretary of State for Transport, how many zero emission buses the fund will pay for.', 'The zero emission bus criteria can be found here: https://www.gov.uk/zebra-2.');
    expect(ask('how many zero emission buses is the fund paying for?', [criteria], buses)).toBeUndefined();
    const said = { ...criteria, id: 'said', answerText: 'The fund is paying for 1,300 zero emission buses, and its evaluation can be found here: https://www.gov.uk/zebra-2.' };
    expect(ask('how many zero emission buses is the fund paying for?', [said], buses)?.quotes[0].text).toContain('1,300');
  });

  it('what should be is no measure', () => {
    const q = 'what is being done to keep forced labour out of solar panels?';
    const question = 'To ask the Secretary of State for Business and Trade, what steps he is taking to keep forced labour out of solar panel supply chains.';
    const should = syntheticRecord('Solar Power: Forced Labour', question, 'No company in the UK should have forced labour in its supply chain of solar panels.');
    expect(ask(q, [should], [['forc'], ['labour'], ['solar'], ['panel']])).toBeUndefined();
    const done = syntheticRecord('Solar Power: Forced Labour', question, 'Solar Energy UK has launched the Solar Stewardship Initiative to keep forced labour out of solar panel supply chains.');
    expect(ask(q, [should, done], [['forc'], ['labour'], ['solar'], ['panel']])?.quotes[0].text).toContain('Solar Stewardship Initiative');
  });

  it('a sentence carrying on the one before finds the subject there', () => {
    const q = "when will the DVLA's new system for drivers with medical conditions be running?";
    const question = "To ask the Secretary of State for Transport, when the DVLA's new system for drivers' licence applications will be running.";
    const answer = (second: string) =>
      syntheticRecord('Driving Licences: Applications', question, `The DVLA is rolling out a new casework system for drivers with medical conditions. ${second}`);
    const subject = [['dvla'], ['medic'], ['condit']];
    expect(ask(q, [answer('This will be fully implemented by March 2026.')], subject)?.quotes.map((x) => x.text).join(' ')).toContain('March 2026');
    // Not one that does not carry it on.
    expect(ask(q, [answer('Applications will be fully digital by March 2026.')], subject)).toBeUndefined();
  });

  it("a count's sentence naming what is counted is about the subject of its record's question", () => {
    const q = 'how many days on average does it take to get a decision on a criminal injuries compensation claim?';
    const question = 'To ask the Secretary of State for Justice, how long it takes for the Criminal Injuries Compensation Authority to decide a claim.';
    const subject = [['crimin'], ['injuri'], ['compens']];
    const cica = syntheticRecord('Criminal Injuries Compensation', question, 'We have recruited more staff. In the financial year 2024-25, the average time to make a decision was 370 days.');
    expect(ask(q, [cica], subject)?.quotes[0].text).toContain('370 days');
    // Not when what is counted is just people, whoever they are.
    const people = syntheticRecord('Criminal Injuries Compensation', question, 'We have recruited more staff. In 2024-25, 40,000 people used the online service.');
    expect(ask('how many people wait for a criminal injuries compensation decision?', [people], subject)).toBeUndefined();
    // Not in an answer to another question.
    const other = syntheticRecord(
      'Courts: Staff',
      'To ask the Secretary of State for Justice, how long it takes courts to decide a case.',
      'We have recruited more staff. In the financial year 2024-25, the average time to make a decision was 370 days.',
    );
    expect(ask(q, [other], subject)).toBeUndefined();
  });

  it('"how many British people …" is answered by a count of British somebodies', () => {
    const q = 'how many British people were killed in the attack on Israel on 7 October?';
    const question = 'To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how many British nationals were killed in the attack on Israel on 7 October 2023.';
    const subject = [['attack'], ['israel'], ['7'], ['octob']];
    const killed = syntheticRecord('Israel: Terrorism', question, 'The Foreign Office is aware of 15 British nationals who were killed on 7 October, during the attack on Israel.');
    expect(ask(q, [killed], subject)?.quotes[0].text).toContain('15 British nationals');
    // Not a count of something else of that kind.
    const visits = syntheticRecord('Israel: Terrorism', question, 'Since the attack on Israel on 7 October, 15 British ministers have visited.');
    expect(ask(q, [visits], subject)).toBeUndefined();
  });

  it('what something cost in all is not what each one got', () => {
    const q = 'how much did the business rates discount for local newspapers cost the government last year?';
    const question = 'To ask the Chancellor of the Exchequer, what the cost was of the business rates discount for local newspapers.';
    const subject = [['busi'], ['rate'], ['discount'], ['newspap']];
    const each = syntheticRecord('Newspapers: Business Rates', question, 'Eligible local newspapers received a £1,500 reduction in their business rates discount bills last year.');
    expect(ask(q, [each], subject)).toBeUndefined();
    expect(ask('how much do local newspapers get from the business rates discount?', [each], subject)?.quotes[0].text).toContain('£1,500');
    const total = syntheticRecord('Newspapers: Business Rates', question, 'The business rates discount for local newspapers cost £1.2 million last year.');
    expect(ask(q, [each, total], subject)?.quotes[0].text).toContain('£1.2 million');
    // Nor by an average, which is each one's.
    const average = syntheticRecord('Newspapers: Business Rates', question, 'Last year, the average cost of the business rates discount for local newspapers was £1,450.');
    expect(ask(q, [average], subject)).toBeUndefined();
  });

  it("a state body's abbreviation says no more than its name: the OBR's forecast dates no Budget", () => {
    const q = 'when is the Budget?';
    const question = 'To ask the Chancellor of the Exchequer, whether the response to the Office for Budget Responsibility forecast will be an oral statement.';
    const obr = syntheticRecord(
      'Office for Budget Responsibility: Forecasts',
      question,
      'The Chancellor has asked the Office for Budget Responsibility (OBR) to prepare a forecast. The OBR forecast is due for publication on 3 March 2026.',
    );
    expect(ask(q, [obr], [['budget']])).toBeUndefined();
    // Asked of the body by its name, the abbreviation stands for it.
    expect(ask('when will the Office for Budget Responsibility publish its forecast?', [obr], [['forecast']])?.quotes[0].text).toContain('3 March 2026');
    const budget = syntheticRecord('Budget 2026', 'To ask the Chancellor of the Exchequer, when the next Budget will be held.', 'The Budget will be held on 26 November 2026.');
    expect(ask(q, [obr, budget], [['budget']])?.quotes[0].text).toContain('26 November');
  });

  it('what the government spends on a thing is not what it pays for each one', () => {
    const q = 'how much is the government spending on free school meals?';
    const question = 'To ask the Secretary of State for Education, how much funding her Department provides for free school meals.';
    const subject = [['free'], ['school'], ['meal']];
    const each = syntheticRecord('Free School Meals', question, 'For free school meals, schools receive £2.53 per meal per child from the government.');
    expect(ask(q, [each], subject)).toBeUndefined();
    // Asked for each one, it is the answer.
    expect(ask('how much does the government pay schools per free school meal?', [each], subject)?.quotes[0].text).toContain('£2.53');
    const total = syntheticRecord('Free School Meals: Finance', question, 'The government is spending £1.5 billion on free school meals this year.');
    expect(ask(q, [each, total], subject)?.quotes[0].text).toContain('£1.5 billion');
  });

  it('asked whether there is any help, a sentence stating the problem is not help; one saying what is done, or naming a scheme, is', () => {
    const q = 'is there any help for small businesses with late payments?';
    const question = 'To ask the Secretary of State for Business and Trade, what support is available for small businesses with late payments.';
    const subject = [['small'], ['busi'], ['late'], ['payment']];
    const problem = syntheticRecord('Small Businesses: Late Payments', question, 'Late payments are one of the biggest problems facing small businesses in the UK.');
    expect(ask(q, [problem], subject)).toBeUndefined();
    const scheme = syntheticRecord('Small Businesses: Late Payments', question, 'The Fair Payment Code will cut late payments to small businesses across the UK.');
    expect(ask(q, [scheme, problem], subject)?.quotes[0].text).toContain('Fair Payment Code');
  });

  it('asked by how much a thing is going up, a sum that is no change is no answer', () => {
    const q = 'how much are tuition fees going up?';
    const question = 'To ask the Secretary of State for Education, what plans she has for tuition fees.';
    const subject = [['tuition'], ['fee']];
    const income = syntheticRecord('Higher Education: Finance', question, 'Universities received an estimated £12.1 billion in tuition fee income from international students in 2023/24.');
    expect(ask(q, [income], subject)).toBeUndefined();
    const rise = syntheticRecord('Students: Fees', question, 'Tuition fees will rise from £9,250 to £9,535 from September 2025.');
    expect(ask(q, [income, rise], subject)?.quotes[0].text).toContain('£9,535');
  });

  it('a count of those without the thing asked counts the others, unless the question asks after them', () => {
    const question = 'To ask the Secretary of State for Transport, how many railway stations are step-free.';
    const subject = [['railwai'], ['station'], ['step'], ['free']];
    const without = syntheticRecord('Railway Stations: Access', question, 'There are currently 488 railway stations with no step-free access.');
    expect(ask('how many railway stations are step free?', [without], subject)).toBeUndefined();
    expect(ask('how many railway stations have no step-free access?', [without], subject)?.quotes[0].text).toContain('488');
    // A span of time "without" something counts time, not things.
    const months = syntheticRecord('Driving Licences: Foreign Nationals', question, 'Visitors may drive on railway station step free roads for up to 12 months without exchanging their licence.');
    expect(ask('how many months can visitors drive on step free railway station roads?', [months], subject)?.quotes[0].text).toContain('12 months');
  });

  it('asked how many there are, a count of those who joined or left is no answer, unless newcomers are asked', () => {
    const q = 'how many probation officers are there?';
    const question = 'To ask the Secretary of State for Justice, how many probation officers there are.';
    const subject = [['probat'], ['offic']];
    const joined = syntheticRecord('Probation Officers', question, 'Between 5 July 2024 and 30 September 2025, 55 qualified probation officers joined the Probation Service.');
    expect(ask(q, [joined], subject)).toBeUndefined();
    expect(ask('how many new probation officers have been recruited?', [joined], subject)?.quotes[0].text).toContain('55');
    const staff = syntheticRecord('Probation Officers', question, 'There are currently 5,400 probation officers in post in England and Wales.');
    expect(ask(q, [joined, staff], subject)?.quotes[0].text).toContain('5,400');
  });

  it('the size or value of a fund or payment asked is a sum; the cost of one thing is one price', () => {
    const question = 'To ask the Secretary of State for Work and Pensions, what funding is available through the Household Support Fund.';
    const subject = [['household'], ['support'], ['fund']];
    const months = syntheticRecord('Household Support Fund', question, 'The Household Support Fund will be extended for a further 6 months, until 31 March 2025.');
    expect(ask('what is the size of the Household Support Fund?', [months], subject)).toBeUndefined();
    const sum = syntheticRecord('Household Support Fund', question, '£500 million is being provided for the Household Support Fund this year.');
    expect(ask('what is the size of the Household Support Fund?', [months, sum], subject)?.quotes[0].text).toContain('£500 million');
    const whd = [['warm'], ['home'], ['discount']];
    const eligible = syntheticRecord('Warm Home Discount', question, 'The expansion of the Warm Home Discount means nearly 6 million households are eligible.');
    expect(ask('what is the value of the Warm Home Discount?', [eligible], whd)).toBeUndefined();
    const gp = [['gp'], ['surgeri']];
    const scheme = syntheticRecord('GP Surgeries', question, 'We are putting £292 million into a GP surgery reimbursement scheme this year.');
    expect(ask('what is the cost of a new GP surgery?', [scheme], gp)).toBeUndefined();
  });

  it('an age asked is said as an age: not a count of years or of people', () => {
    const q = "What's the mandatory retirement age for judges?";
    const question = 'To ask the Secretary of State for Justice, what the mandatory retirement age is for judges.';
    const subject = [['mandatori'], ['retir'], ['judg']];
    const removed = syntheticRecord('Retirement', question, 'Compulsory retirement ages for judges and firefighters were reviewed more than 10 years ago.');
    expect(ask(q, [removed], subject)).toBeUndefined();
    const age = syntheticRecord('Judges: Retirement', question, 'The mandatory retirement age for judges was raised to 75 in March 2022.');
    expect(ask(q, [removed, age], subject)?.quotes[0].text).toContain('75');
    // In words, too.
    const words = syntheticRecord('Judges: Retirement', question, 'Judges aged seventy-five or over must retire under the mandatory retirement rules for judges.');
    expect(ask(q, [words], subject)?.quotes[0].text).toContain('seventy-five');
  });

  it('a quantity asked of a thing made or used is said in its units, not as a price', () => {
    const q = 'how much steel does the UK produce?';
    const question = 'To ask the Secretary of State for Business and Trade, how much steel is produced in the UK.';
    const subject = [['steel']];
    const price = syntheticRecord('Iron and Steel: Energy', question, 'UK steel producers paid industrial electricity prices of £93 per MWh in 2025 (a 60% relief).');
    expect(ask(q, [price], subject)).toBeUndefined();
    const tonnes = syntheticRecord('Iron and Steel', question, 'The UK produced around 5.6 million tonnes of crude steel in 2023.');
    expect(ask(q, [price, tonnes], subject)?.quotes[0].text).toContain('5.6 million tonnes');
  });

  it('a limit or threshold asked is said as one: not any figure of the thing', () => {
    const q = 'what is the pension credit threshold?';
    const question = 'To ask the Secretary of State for Work and Pensions, what the income threshold is for Pension Credit.';
    const subject = [['pension'], ['credit']];
    const claims = syntheticRecord('Pension Credit', question, 'We have received around 38,500 Pension Credit claims in the 5 weeks up to and including 26 August.');
    const estimate = syntheticRecord('Pension Credit: Take-up', question, 'It is estimated that up to 880,000 families entitled to Pension Credit did not claim it.');
    expect(ask(q, [claims, estimate], subject)).toBeUndefined();
    const guarantee = syntheticRecord('Pension Credit: Eligibility', question, 'For a single pensioner the Pension Credit Standard Minimum Guarantee is currently set at £218.15 per week.');
    expect(ask(q, [claims, estimate, guarantee], subject)?.quotes[0].text).toContain('£218.15');
    // Said as the level at which something starts.
    const sdlt = syntheticRecord('First Time Buyers', question, 'The level at which first-time buyers start paying Stamp Duty Land Tax is currently £300,000.');
    expect(ask('what is the threshold for stamp duty for first time buyers?', [sdlt], [['stamp'], ['duti'], ['first'], ['time'], ['buyer']])?.quotes[0].text).toContain('£300,000');
  });

  it('a target asked is a figure said as the target: not a figure of the subject, nor a commitment with none', () => {
    const q = 'what is the target for new homes?';
    const question = 'To ask the Secretary of State for Housing, Communities and Local Government, what her target is for new homes.';
    const subject = [['new'], ['home']];
    const rates = syntheticRecord('Housing: Construction', question, 'New towns will be built to standards including targeting rates of 40% affordable housing among the new homes.');
    const working = syntheticRecord('Housing: New Homes', question, 'We are committed to working with councils so that new homes are built faster, with 12 new towns.');
    expect(ask(q, [rates, working], subject)).toBeUndefined();
    const target = syntheticRecord('Housing: Targets', question, "The Government's commitment to build 1.5 million new homes over the Parliament stands.");
    expect(ask(q, [rates, working, target], subject)?.quotes[0].text).toContain('1.5 million');
    // Typed "What's the …", as in a chat box, the frame is the same; the target's figure may come after what it is to do.
    const yearly = syntheticRecord('Housing: Supply', question, 'The Government has set a target to deliver, across all of England, a total of 300,000 new homes a year.');
    expect(ask("What's the target for new homes?", [rates, working, yearly], subject)?.quotes[0].text).toContain('300,000');
    expect(ask("What's the target for new homes?", [rates, working], subject)).toBeUndefined();
    // A target for something else, opening an answer on the thing asked, is not its target.
    const other = syntheticRecord('Housing: New Homes', question, 'The national target for dementia diagnosis is 66.7%.');
    expect(ask(q, [other], subject)).toBeUndefined();
  });

  it('asked when something was done, a sentence saying it is only intended dates no doing of it', () => {
    const q = "when was the Children's Wellbeing and Schools Bill introduced?";
    const question = 'To ask the Secretary of State for Education, what plans she has for a register of children not in school.';
    const subject = [['children'], ['wellb'], ['school'], ['bill']];
    const intends = syntheticRecord('Home Education', question, "It intends to introduce this register as part of the Children's Wellbeing and Schools Bill, as announced in this year's King's Speech.");
    expect(ask(q, [intends], subject)).toBeUndefined();
    const done = syntheticRecord('Home Education', question, "The Children's Wellbeing and Schools Bill was introduced to Parliament on 17 December 2024.");
    expect(ask(q, [intends, done], subject)?.quotes[0].text).toContain('17 December 2024');
  });

  it('a deadline asked is an end: a date from which something applies is not it', () => {
    const q = 'what is the deadline for the EU settlement scheme?';
    const question = 'To ask the Secretary of State for the Home Department, what the deadline is for applications to the EU Settlement Scheme.';
    const subject = [['eu'], ['settlement'], ['scheme']];
    const review = syntheticRecord('Immigration: EU Nationals', question, 'Under the EU Settlement Scheme, administrative review no longer applies to decisions made on or after 5 October 2023.');
    expect(ask(q, [review], subject)).toBeUndefined();
    const deadline = syntheticRecord('Immigration: EU Nationals', question.replace('deadline', 'closing date'), 'The deadline for applications to the EU Settlement Scheme was 30 June 2021.');
    expect(ask(q, [review, deadline], subject)?.quotes[0].text).toContain('30 June 2021');
  });

  it('asked the date of an event by its name ("the closing date"), a date of another event is not it', () => {
    const q = 'what is the closing date for the consultation on the overnight visitor levy?';
    const question = 'To ask the Secretary of State for Housing, Communities and Local Government, what meetings he has had with mayors on an overnight visitor levy.';
    const subject = [['consult'], ['overnight'], ['visitor'], ['levi']];
    const announced = syntheticRecord('Visitor Levy', question, 'Mayors made representations ahead of the announcement of the consultation on the overnight visitor levy on 25 November.');
    expect(ask(q, [announced], subject)).toBeUndefined();
    // An end said as what runs until it is the closing date.
    const runs = syntheticRecord('Visitor Levy: Consultation', question, 'The consultation on an overnight visitor levy is running until 18 February 2026.');
    expect(ask(q, [announced, runs], subject)?.quotes[0].text).toContain('18 February');
  });

  it('a rate of tax asked is a share said as the rate, not a count of taxpayers nor a share of them', () => {
    const q = 'what is the higher rate of income tax?';
    const question = 'To ask the Chancellor of the Exchequer, how many people pay income tax at the higher rate.';
    const subject = [['higher'], ['incom'], ['tax']];
    const table = syntheticRecord('Income Tax: Thresholds', question, 'Taxpayers brought into the higher rate of income tax | 1.4 | 2.2 | 2.5 (millions).');
    const payers = syntheticRecord('Income Tax: Rates', question, 'Some 99.7% of those liable paid income tax at the higher rate or above, and 88% of claimants were unaffected.');
    expect(ask(q, [table, payers], subject)).toBeUndefined();
    const rate = syntheticRecord('Income Tax: Higher Rate', question, 'The higher rate of income tax is 40%.');
    expect(ask(q, [table, payers, rate], subject)?.quotes[0].text).toContain('40%');
  });

  it('asked what something cost, the value it added to the economy is no cost', () => {
    const q = 'how much did the Commonwealth Games cost?';
    const question = 'To ask the Secretary of State for Culture, Media and Sport, what the economic benefits of the Commonwealth Games were.';
    const subject = [['commonwealth'], ['game']];
    const gva = syntheticRecord('Commonwealth Games', question, 'The Government welcomes the £1bn of Gross Value Added to the UK economy from the Commonwealth Games.');
    expect(ask(q, [gva], subject)).toBeUndefined();
    const cost = syntheticRecord('Commonwealth Games: Finance', question, 'The Commonwealth Games cost £778 million, within budget.');
    expect(ask(q, [gva, cost], subject)?.quotes[0].text).toContain('£778 million');
  });

  it('a measure still being worked out ("Work is ongoing to understand how … will be allocated") is no measure taken', () => {
    const q = 'what is being done with the defence growth deals?';
    const question = 'To ask the Secretary of State for Defence, how the Defence Growth Deal fund will be allocated.';
    const subject = [['defenc'], ['growth'], ['deal']];
    const ongoing = syntheticRecord('Defence: Growth Deals', question, 'Work is ongoing to understand how the £250 million Defence Growth Deal fund will be allocated across the five locations.');
    expect(ask(q, [ongoing], subject)).toBeUndefined();
    const announced = syntheticRecord('Defence: Regional Growth', question, 'On 8 September 2025 the Government announced five Defence Growth Deals, backed by the £250 million Defence Growth Deal fund.');
    expect(ask(q, [ongoing, announced], subject)?.quotes[0].text).toContain('announced five Defence Growth Deals');
  });

  it('a duration asked ("how long …?") is a wait or a time taken, not a date nor the span of a measure', () => {
    const q = 'how long do people wait for a driving test?';
    const question = 'To ask the Secretary of State for Transport, what the average waiting time is for a car practical driving test.';
    const subject = [['drive'], ['test']];
    const attached = syntheticRecord('Driving Tests: Waiting Lists', question, 'The attached document shows the average waiting time for a driving test, in January 2026, at all test centres.');
    const measure = syntheticRecord('Driving Tests', question, 'We will make use of MOD driving examiners for up to 12 months to help tackle driving test waiting times.');
    expect(ask(q, [attached, measure], subject)).toBeUndefined();
    const wait = syntheticRecord('Driving Tests: Standards', question, 'In January 2026 the average waiting time for a driving test was 21.7 weeks.');
    expect(ask(q, [attached, measure, wait], subject)?.quotes[0].text).toContain('21.7 weeks');
  });

  it('a rate asked by name is one the sentence names', () => {
    const q = 'what is the current inflation rate?';
    const question = 'To ask the Chancellor of the Exchequer, what the rate of inflation is.';
    const subject = [['inflat'], ['rate']];
    const escalator = syntheticRecord('Tobacco: Excise Duties', question, 'The tobacco duty escalator increases duty by 2 percent above RPI inflation at each Budget.');
    expect(ask(q, [escalator], subject)).toBeUndefined();
    // A rate of another name: the sentence names the rate asked by its words ("inflation"), not only "rates".
    const taxRates = syntheticRecord('Capital Gains Tax', question, 'An indexation allowance existed when Capital Gains Tax was charged at income tax rates, with a top rate of 40 per cent.');
    expect(ask(q, [taxRates], subject)).toBeUndefined();
    const rate = syntheticRecord('Inflation', question, 'The CPI inflation rate fell to 3.0% in the 12 months to January.');
    expect(ask(q, [escalator, rate], subject)?.quotes[0].text).toContain('3.0%');
  });

  it('an average asked is of the thing it names: a handover time is no response time', () => {
    const q = 'what is the average ambulance response time?';
    const question = 'To ask the Secretary of State for Health and Social Care, what the average ambulance response time is.';
    const subject = [['ambul'], ['respons'], ['time']];
    const handover = syntheticRecord('Ambulance Services: Standards', question, 'The national average ambulance handover time was 43 minutes and 32 seconds in December 2024.');
    expect(ask(q, [handover], subject)).toBeUndefined();
    const response = syntheticRecord('Ambulance Services: Standards', question, 'The average ambulance response time for category 2 calls was 28 minutes in January 2026.');
    expect(ask(q, [handover, response], subject)?.quotes[0].text).toContain('28 minutes');
  });

  it('an average asked is said as one, and a bill asked is a sum', () => {
    const question = 'To ask the Secretary of State for Housing, Communities and Local Government, what the average house price is in London.';
    const subject = [['hous'], ['price'], ['london']];
    const rents = syntheticRecord('Leasehold: Ground Rent', question, 'The Act will protect leases with ground rents of £250 (or £1,000 in London) from house repossession.');
    expect(ask('what is the average house price in London?', [rents], subject)).toBeUndefined();
    const average = syntheticRecord('House Prices: London', question, 'In September 2023 the average house price in London was £507,000.');
    expect(ask('what is the average house price in London?', [rents, average], subject)?.quotes[0].text).toContain('£507,000');
    const bill = 'To ask the Secretary of State for Housing, Communities and Local Government, what the average council tax bill is.';
    const cases = syntheticRecord('Council Tax: Valuation', bill, 'On average the VOA deals with around 60,000 council tax cases each year.');
    expect(ask('what is the average council tax bill?', [cases], [['council'], ['tax'], ['bill']])).toBeUndefined();
  });

  it('asked what has been spent, a cost estimated is not it', () => {
    const q = 'how much has been spent on the A303 Stonehenge tunnel?';
    const question = 'To ask the Secretary of State for Transport, what the cost of the A303 Stonehenge scheme is.';
    const subject = [['a303'], ['stoneheng'], ['tunnel']];
    const estimate = syntheticRecord('A303: Stonehenge', question, 'The A303 Stonehenge tunnel is estimated to cost £2.3 billion.');
    expect(ask(q, [estimate], subject)).toBeUndefined();
    expect(ask('how much will the A303 Stonehenge tunnel cost?', [estimate], subject)?.quotes[0].text).toContain('£2.3 billion');
    const spent = syntheticRecord('A303: Finance', question, 'Some £160 million has been spent on the A303 Stonehenge tunnel to date.');
    expect(ask(q, [estimate, spent], subject)?.quotes[0].text).toContain('£160 million');
  });

  it('how much has been paid (out) asks the total paid, not what each one is offered', () => {
    const q = 'how much Horizon compensation has been paid?';
    const question = 'To ask the Secretary of State for Business and Trade, what progress has been made on Horizon redress.';
    const subject = [['horizon'], ['compens']];
    const each = syntheticRecord('Post Office: Horizon IT System', question, 'We have begun payments of a £75,000 fixed offer for Horizon compensation claimants who want to accept it.');
    expect(ask(q, [each], subject)).toBeUndefined();
    const total = syntheticRecord('Post Office: Horizon IT System', question, 'Over £1 billion of Horizon compensation has been paid to more than 7,000 claimants.');
    expect(ask(q, [each, total], subject)?.quotes[0].text).toContain('£1 billion');
  });

  it("a subject word the sentence and its record's question leave out may be elsewhere in the same answer", () => {
    const q = 'how much is the government putting into the fund it announced in May 2025 for the fishing industry and coastal communities?';
    const question = 'To ask the Secretary of State for Environment, Food and Rural Affairs, how much of the £360m Fishing and Coastal Growth Fund has been invested since the fund was announced.';
    const subject = [['mai'], ['fish'], ['industri'], ['coastal']];
    const fund = (then: string) =>
      syntheticRecord('Fishing and Coastal Growth Fund', question, `On 19 May 2025, the £360 million Fishing and Coastal Growth Fund was announced to support the next generation of fishers. ${then}`);
    expect(ask(q, [fund('A key principle of the fund is that we will work with the industry to target investment.')], subject)?.quotes[0].text).toContain('£360 million');
    // Named nowhere in a record the search ranks second, it is not the record's subject.
    const unrelated = syntheticRecord('Harbours', 'To ask the Secretary of State for Transport, what the harbour works cost.', 'The harbour works cost £35m.');
    expect(ask(q, [unrelated, fund('A key principle of the fund is that we will work with harbours to target investment.')], subject)).toBeUndefined();
  });

  it('a rate word is asked of the sentence as a rate, not as a subject word ("yearly": "per academic year")', () => {
    const q = 'how big is the yearly training grant for podiatry students?';
    const question = 'To ask the Secretary of State for Health and Social Care, what financial support is available to allied health profession students.';
    const subject = [['yearli'], ['train'], ['grant'], ['podiatri'], ['student']];
    const grant = (s: string) => syntheticRecord('Podiatry: Students', question, s);
    expect(ask(q, [grant('Podiatry students receive a non-repayable training grant of £5,000 per academic year.')], subject)?.quotes[0].text).toContain('£5,000');
    // A total is no rate.
    expect(ask(q, [grant('Podiatry students have received £2 million in training grants in total.')], subject)).toBeUndefined();
  });

  it("a year asked may be named elsewhere in the answer when the sentence names none of its own", () => {
    const q = 'how many applications did the Trust Capacity Fund for academy trusts get in its 2024 round?';
    const question = 'To ask the Secretary of State for Education, how many trusts submitted grant applications for the Trust Capacity Fund in the most recent funding window.';
    const subject = [['academi'], ['trust']];
    const fund = (year: string) =>
      syntheticRecord(
        'Academies: Finance',
        question,
        `The most recent application window for the Trust Capacity Fund closed on 25 June ${year}. A total of 190 applications were received from 174 establishments, mainly trusts.`,
      );
    expect(ask(q, [fund('2024')], subject)?.quotes.map((x) => x.text).join(' ')).toContain('190 applications');
    expect(ask(q, [fund('2023')], subject)).toBeUndefined();
  });

  it('a sentence naming no time speaks of the year it was answered; a month alone, of the year before when still to come', () => {
    const q = 'roughly how many Syrian refugees was Jordan taking in as of 2024?';
    const question = 'To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what support the UK gives Jordan.';
    const subject = [['syrian'], ['refuge']];
    const hosting = (answered: string, s = 'Jordan is hosting an estimated 1.3 million Syrian refugees.') => syntheticRecord('Jordan: Refugees', question, s, answered);
    expect(ask(q, [hosting('2024-06-10')], subject)?.quotes[0].text).toContain('1.3 million');
    expect(ask(q, [hosting('2025-06-10')], subject)).toBeUndefined();
    // "In November" in an answer of January 2025 is November 2024; in one of December 2025, November 2025.
    const november = 'In November, Jordan was hosting an estimated 1.3 million Syrian refugees.';
    expect(ask(q, [hosting('2025-01-20', november)], subject)?.quotes[0].text).toContain('1.3 million');
    expect(ask(q, [hosting('2025-12-01', november)], subject)).toBeUndefined();
  });

  it("a financial year named is the figure's; another year beside it dates something else", () => {
    const q = 'After the autumn 2024 Budget, how much was the Welsh Government due to get from the UK government for 2025/26?';
    const question = 'To ask the Secretary of State for Wales, what funding the Welsh Government will receive from the UK Government following the Autumn Budget 2024.';
    const subject = [['welsh'], ['2025', '26'], ['202526', '26']];
    const settlement = (fy: string) => syntheticRecord('Wales: Public Finance', question, `The Welsh Government has been given a £21 billion settlement in ${fy}.`, '2025-01-10');
    expect(ask(q, [settlement('2025/26')], subject)?.quotes[0].text).toContain('£21 billion');
    expect(ask(q, [settlement('2026/27')], subject)).toBeUndefined();
  });

  it('the parts of a hyphenated compound are one subject concept: a sentence naming either is about it', () => {
    const q = 'how many veterans have claimed for asbestos-related diseases?';
    const question = 'To ask the Secretary of State for Defence, how many veterans have made claims under the War Pensions Scheme.';
    // As the search gives them: each part with the joined form.
    const [asbestos, joined, related] = terms('asbestos-related');
    const subject = [['veteran'], [asbestos!, joined!], [related!, joined!], ['diseas']];
    const claims = syntheticRecord('Veterans: Compensation', question, 'In 2024, 1,200 veterans claimed for diseases caused by asbestos.');
    expect(ask(q, [claims], subject)?.quotes[0].text).toContain('1,200 veterans');
  });

  it('a name joined by an ampersand ("A&E") is found in a sentence as the index reads it', () => {
    const r = syntheticRecord('Accident and Emergency Departments', 'To ask the Secretary of State for Health, how many attendances there were at emergency departments.', 'In 2024, 26 million people attended A&E in England.');
    expect(ask('how many people attended A&E in 2024?', [r], [['a&e']])?.quotes[0].text).toContain('26 million');
  });
});

describe('focusExcerpts: a question asking a figure or a date shows one in each passage', () => {
  const { record, engine } = chargepointsArchive();
  const passage = async (query: string) => {
    const res = await engine.search({ query, limit: 10 });
    expect(res.hits[0]?.record.id).toBe(record.id);
    return {
      searched: excerptText(res.hits[0]!.excerpt),
      shown: excerptText(focusExcerpts(query, res.hits, res.terms)[0]!.excerpt),
    };
  };

  it('"how many …" shows the passage with the count beside the same words', async () => {
    const { searched, shown } = await passage('how many electric vehicle chargepoints are there?');
    expect(searched).not.toContain('71,000');
    expect(shown).toContain('71,000');
  });

  it('asked whether anything is being done, the passage shows what is, and the sentence saying it is quoted, not one only naming the thing', async () => {
    const potholes = syntheticRecord(
      'Roads: Potholes',
      'To ask the Secretary of State for Transport, about potholes.',
      'Potholes on local roads are a nuisance for drivers, cyclists and bus passengers across the country, and they are often reported by the public to the councils that look after local roads. ' +
        'Local highway authorities are responsible for the condition of the roads they manage, and they inspect them on a schedule of their own, which varies with the traffic each road carries and with the weather of the previous winter. ' +
        'The Department has given councils £500 million this year to fill potholes on local roads.',
    );
    const e = syntheticEngine([potholes, ...railwayFiller(40)]);
    for (const query of ['is anything being done about potholes on local roads?', 'what is being done about potholes on local roads?']) {
      const res = await e.search({ query, limit: 10 });
      expect(res.hits[0]?.record.id).toBe(potholes.id);
      expect(excerptText(res.hits[0]!.excerpt), query).not.toContain('£500 million');
      expect(excerptText(focusExcerpts(query, res.hits, res.terms)[0]!.excerpt), query).toContain('£500 million');
    }
    // "Potholes on local roads are a nuisance …" holds every word asked, and nothing is done in it.
    const a = directAnswer('is anything being done about potholes on local roads?', (await e.search({ query: 'potholes local roads' })).hits, { terms: ['pothol', 'local', 'road'], subject: [['pothol']] });
    expect(a?.quotes[0].text).toMatch(/^The Department has given councils £500 million/);
  });

  it('a topic keeps the search passage, and so does a question whose passage already shows what it asks (a measure)', async () => {
    for (const query of ['electric vehicle chargepoints', 'what is being done about electric vehicle chargepoints?']) {
      const { searched, shown } = await passage(query);
      expect(shown).toBe(searched);
    }
  });
});
