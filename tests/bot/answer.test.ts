// Direct answers: quoted sentences from the top answers, never generated text.
import { beforeAll, describe, expect, it } from 'vitest';
import { directAnswer, isQuestion, wants } from '../../src/bot/answer.ts';
import { sentences } from '../../src/search/sentences.ts';
import { terms } from '../../src/search/text.ts';
import type { Engine } from '../../src/search/engine.ts';
import type { Hit } from '../../src/bot/reply.ts';
import { fixtureEngine, fixtureRecords, syntheticRecord } from '../search/helpers.ts';
import type { QaRecord } from '../../src/record.ts';

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

describe('wants', () => {
  it.each([
    ['how much has been spent on county lines?', 'amount'],
    ['what did the scheme cost', 'amount'],
    ['what funding is there for VRUs', 'amount'],
    ['how many arrests were made?', 'count'],
    ['what proportion of lines were closed', 'count'],
    ['number of children safeguarded', 'count'],
    ['when will the review report?', 'date'],
    ['by when will it be done', 'date'],
    ['how long will it take', 'date'],
    ['what is the government doing about county lines?', 'measure'],
    ['what steps is the department taking on flooding', 'measure'],
    ['why are gangs recruiting children', 'any'],
  ] as const)('%j wants %s', (q, w) => expect(wants(q)).toBe(w));

  it('"how much" wins over "how many" and "when" (amount is checked first)', () => {
    expect(wants('when and how much funding')).toBe('amount');
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
    // the same sentence answers a plain question
    expect(directAnswer('what is happening to the Additional Roles Reimbursement Scheme?', [hit], { terms: terms('Additional Roles Reimbursement Scheme') })?.quotes[0].text).toBe(hit.record.answerText);
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

  it('a word the archive does not know is part of the subject: nothing can answer it', () => {
    expect(directAnswer(q, [hit(newer)], { terms: opts.terms, subject: [...opts.subject, ['zqxw']] })).toBeUndefined();
  });
});
