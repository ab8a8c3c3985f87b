import { describe, expect, it } from 'vitest';
import { isIntentOnly, lessTrends, MEASURE, measureNames, onlyThoughtAbout } from '../../src/bot/measure.ts';

describe('MEASURE: something done, being done or to be done', () => {
  it.each([
    'The Government has launched the £9.5m Digital Inclusion Innovation Fund.',
    'We are investing £1 billion in the Local Transport Fund.',
    'The Department will introduce a licensing scheme for non-surgical cosmetic procedures.',
    // A hyphenated verb is a verb: "co-ordinating", "re-opened".
    'A cross-Government taskforce is co-ordinating the response to the risk synthetic opioids pose.',
    // What a scheme does for people, or what they can do under it, or a power to act.
    'The Adoption and Special Guardianship Support Fund helps adoptive families access therapy.',
    "The Environment Agency's Report an environmental problem service enables the public to report pollution.",
    'The Welfare of Animals (Transport) (Amendment) Regulations 2025 introduces new requirements for catching hens.',
    'Customers who wish to have a quicker decision can use the Super Priority Visa service.',
    'Courts have the power to prohibit the cross-examination of domestic abuse survivors by their abusers.',
  ])('a measure: %s', (s) => expect(MEASURE.test(lessTrends(s))).toBe(true));
  it.each([
    // What should be, or what is only being thought about, is no measure.
    'No company in the UK should have forced labour in its supply chain.',
    'The Department is considering the potential impacts of the proposal.',
    'The scheme is being reviewed.',
    // Effects still felt are a trend, not a thing done.
    'Demand on mental health services has risen as the impacts of the pandemic continue to be felt.',
  ])('no measure: %s', (s) => expect(MEASURE.test(lessTrends(s))).toBe(false));
  it('reads a trend said of the thing itself out of the sentence ("knife crime is falling")', () => {
    expect(MEASURE.test('Knife crime is falling across the country.')).toBe(true);
    expect(MEASURE.test(lessTrends('Knife crime is falling across the country.'))).toBe(false);
  });
});

describe('isIntentOnly: warm words naming nothing done', () => {
  it('a commitment naming nothing is intent only', () => {
    expect(isIntentOnly('We are committed to tackling this issue.')).toBe(true);
  });
  it('a commitment naming what is done, a sum or a number, is not', () => {
    expect(isIntentOnly('This Government is committed to halving knife crime, as set out in our Safer Streets Mission.')).toBe(false);
    expect(isIntentOnly('We are committed to recruiting 6,500 new teachers.')).toBe(false);
  });
});

describe('measureNames: the measure quoted as the answer is named', () => {
  it.each([
    'The Home Office launched the Insurance Fraud Charter with major insurers.',
    'The government are committed to introducing Awaab’s Law to the social rented sector.',
    'We support carers through Carer’s Allowance.',
    'Operation Safeguard is a planned contingency measure.',
    'The Connect to Work Programme supports people with health conditions into work.',
    // A title in quotation marks calling it a measure, in lower case.
    '“Freedom from Violence and Abuse: a cross-government strategy to build a safer society for women and girls”, was published on 18 December 2025.',
    // Capitalised words and a head in lower case, as answers often write them.
    'The Ukraine Permission Extension scheme (UPE) would be extended for an additional 24 months.',
    'In 2019 we introduced the 16-17 Saver railcard, extending this to 16- and 17-year-olds.',
  ])('named: %s', (s) => expect(measureNames(s)).not.toEqual([]));
  it.each([
    'NHS England is working with the relevant professional colleges and regulators.',
    'The Department is monitoring the threat that synthetic opioids pose.',
    'The scheme supports people with health conditions into work.',
    // The state's own names name no measure.
    'The Ministry of Justice is working with the Home Secretary on this.',
    // A quotation that calls nothing a measure.
    'The Minister said it was “a difficult time for everyone in the sector” last week.',
  ])('names none: %s', (s) => expect(measureNames(s)).toEqual([]));
});

describe('onlyThoughtAbout: something looked at, not done', () => {
  it.each(['The County Lines Programme is assessed every year.', 'The Department is currently considering the options.', 'The scheme will be reviewed in 2026.'])(
    'thought about: %s',
    (s) => expect(onlyThoughtAbout(s)).toBe(true),
  );
  it.each(['The County Lines Programme supports victims of exploitation.', 'An assessment of the scheme was published in May.'])('not only thought about: %s', (s) =>
    expect(onlyThoughtAbout(s)).toBe(false),
  );
});
