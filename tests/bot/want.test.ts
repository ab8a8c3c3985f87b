import { describe, expect, it } from 'vitest';
import { asksWhatWasSaid, wants } from '../../src/bot/want.ts';

describe('wants', () => {
  it.each([
    ['how much has been spent on county lines?', 'amount'],
    ["what does a typical MP's member of staff earn?", 'amount'],
    ['what are nurses paid?', 'amount'],
    ['what is the state pension worth?', 'amount'],
    ['when will nurses be paid?', 'date'],
    ['what did the scheme cost', 'amount'],
    ['what funding is there for VRUs', 'amount'],
    ['how many arrests were made?', 'count'],
    ['what is the average response time for an air ambulance?', 'figure'],
    ['what is the state pension age going to rise to?', 'figure'],
    ['What is the most a charity lottery can sell in tickets in a year?', 'figure'],
    ['how long do people wait for a driving test?', 'figure'],
    ['what is the current inflation rate?', 'figure'],
    ['What is the biggest fine someone can get for refusing to hand over documents?', 'figure'],
    // Not the most of a kind: no figure.
    ["What's the most popular picnic spot in England?", 'any'],
    ['what proportion of lines were closed', 'count'],
    ['number of children safeguarded', 'count'],
    ['when will the review report?', 'date'],
    ['by when will it be done', 'date'],
    ['What is the closing date for the consultation on the visitor levy?', 'date'],
    ['what is the timetable for the new hospital programme?', 'date'],
    ['until when will the £3 cap on bus fares keep running?', 'date'],
    ['since when has the scheme been closed?', 'date'],
    ['how long will it take', 'date'],
    ['what is the government doing about county lines?', 'measure'],
    ['what steps is the department taking on flooding', 'measure'],
    ['where can a small business go for help to start exporting?', 'measure'],
    ['why are gangs recruiting children', 'any'],
    ['has anyone asked the minister about vapes recently', 'asked'],
    ['have any MPs raised county lines?', 'asked'],
    ['who asked about county lines?', 'asked'],
    ['how many questions have been asked about potholes?', 'asked'],
    ['have there been any questions on HS2?', 'asked'],
    ['has the government asked councils to cut potholes?', 'any'],
    ['what has Rupert Lowe asked about immigration?', 'asked'],
    ['has Rupert Lowe asked about immigration?', 'asked'],
    ['what did Reform MPs ask in July 2025?', 'asked'],
    ['what has Rupert Lowe asked?', 'asked'],
    ['what did the minister ask councils to do?', 'any'],
    ['what questions are there on SEND?', 'asked'],
    ['which questions about HS2 are overdue?', 'asked'],
    // Raised as in "went up", or with someone: no question about the questions.
    ['has the pension age been raised?', 'any'],
    ['have tuition fees been raised this year?', 'any'],
    ['has the minister raised this with the US?', 'any'],
    ['has anyone raised potholes this week?', 'asked'],
    ['have any questions been asked about potholes?', 'asked'],
    ['has the closure of the hospital been raised in Parliament?', 'asked'],
    ['what has Rupert Lowe asked this year?', 'asked'],
  ] as const)('%j wants %s', (q, w) => expect(wants(q)).toBe(w));

  it.each([
    ['what support is available for investors who lost money?', 'measure'],
    ['what financial support do farmers get for TB testing?', 'measure'],
    ['where can people get free help with a benefit claim?', 'measure'],
    // Whether anything is being done asks yes or no, as "is there …?" does: no kind of fact.
    ['is the government doing anything to bring down the cost of school uniforms?', 'any'],
    ['is anything being done about potholes?', 'any'],
    ['what is the government doing to bring down the cost of school uniforms?', 'measure'],
    ['has the government assessed swab tests for heart conditions?', 'assess'],
    ['has the government estimated how many households the cap will catch?', 'assess'],
    ['has the government commissioned research into long covid?', 'assess'],
    // Research paid for is the money's object, not an assessment asked about.
    ['is the government funding research into recycling electric car batteries?', 'amount'],
    ['how large is the tax gap?', 'figure'],
    ['what is the limit for PFAS in drinking water?', 'figure'],
    // A head noun after three words of its name, and a population, are figures asked.
    ['what is the student loan interest rate?', 'figure'],
    ['what is the population of prisons now?', 'figure'],
    ['what is the target for new homes?', 'figure'],
    ['what is the fine for not having a TV licence?', 'figure'],
    ['what is the fee for a British citizenship application?', 'figure'],
    ["What's the mandatory retirement age for judges?", 'figure'],
    ['when did the funding start?', 'date'],
    // A contraction typed in a chat box reads as the words it stands for.
    ["What's the maximum fine for trespassing on the railway?", 'figure'],
    ['whats being done about potholes?', 'measure'],
    // "How much" of a thing measured in a unit that is not money asks a figure in it.
    ['roughly how much ancient woodland is left in England, in hectares?', 'figure'],
    // A quantity of a thing made, bought or used, unless money is asked.
    ['how much steel does the UK produce?', 'figure'],
    ['how much social value does sport generate each year?', 'amount'],
    ['how much will the charge per mile be for electric cars?', 'amount'],
    // A leading phrase of time or place comes before the opening that decides.
    ['In autumn 2024, what share of Wales Office staff were turning up at its headquarters?', 'count'],
    ['After the autumn 2024 Budget, when will the new rates start?', 'date'],
  ] as const)('the opening decides: %j wants %s', (q, w) => expect(wants(q)).toBe(w));

  it('failing an opening, words anywhere decide, "how much" before "how many" and "when"', () => {
    expect(wants('and when and how much funding')).toBe('amount');
    expect(wants('tell me the number of arrests')).toBe('count');
  });
});

describe('asksWhatWasSaid', () => {
  it.each([
    ['what has the government said about knife crime?', true],
    ['did the minister say anything on potholes?', true],
    ['has the government responded on the two child limit?', true],
    ['has the minister commented on the Thames Water fine?', true],
    ['what has the government done about knife crime?', false],
    ['has the government responded to the consultation?', false],
  ] as const)('%j: %s', (q, said) => expect(asksWhatWasSaid(q)).toBe(said));
});
