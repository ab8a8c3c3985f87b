import { describe, expect, it } from 'vitest';
import { countedTerms, countsAsked, isCount, peopleDoIn } from '../../src/bot/counts.ts';
import { term } from '../../src/search/text.ts';

const stemmed = (...ws: string[]) => new Set(ws.map((w) => term(w)!));

describe('isCount: a number that counts something', () => {
  it.each([
    'There are currently 147,746 full-time equivalent police officers in England and Wales.',
    'Sixteen Protector RG Mk1 air vehicles have been purchased.',
    'No one has been prosecuted under the offence.',
    // A count of people of an age still counts.
    'Around 1.5 million 16- and 17-year-olds will be able to vote.',
  ])('counts: %s', (s) => expect(isCount(s)).toBe(true));
  it.each([
    // Dates, years, references, ages and rates' units count nothing.
    'The scheme opened on 27 November 2024.',
    'I refer the hon. Member to the answer given to Question 3170.',
    'The offer is open to young people aged 16 to 24.',
    'Enabling 16- and 17-year-olds to vote in all UK elections will foster participation.',
    'The under-18s and 18-year-olds are covered by the guarantee.',
    'The Government announced a reduction in the Cash ISA limit for those under 65, to encourage retail investment.',
    // A number in a quoted name or slogan.
    "The campaign to grow the Cadet Forces (’30 by 30’) is backed by extra funding.",
    // "One" standing for a kind, or one among others.
    'We will replace the failed system with one that is controlled, selective and fair.',
    'Immigration is one of a number of factors that impacts on housing demand.',
    'No data is held centrally on this.',
    // A list of references is one too.
    'Part 2 and 3 approved driving instructor tests are not booked the same way as other tests.',
  ])('counts nothing: %s', (s) => expect(isCount(s)).toBe(false));
});

describe('countedTerms: what "how many …" counts', () => {
  it('reads the words after "how many", past "more" and "extra", to the first function word', () => {
    expect(countedTerms('how many asylum seekers are in hotels?')).toEqual(stemmed('asylum', 'seekers'));
    expect(countedTerms('how many extra police officers have been recruited?')).toEqual(stemmed('police', 'officers'));
  });
  it('counts nothing named when the question asks how many times, or asks no count', () => {
    expect(countedTerms('how many times have water companies been prosecuted?').size).toBe(0);
    expect(countedTerms('how much has been spent on HS2?').size).toBe(0);
  });
  it('stops at "people": what follows is what they do (peopleDoIn)', () => {
    expect(countedTerms('how many people work in car manufacturing?')).toEqual(stemmed('people'));
    expect(peopleDoIn('how many British people were killed in Gaza?')).toBe(term('killed'));
    expect(peopleDoIn('how many nurses are there?')).toBeUndefined();
  });
  it('"how many cases of …" counts what the cases are of, and the cases', () => {
    const q = 'how many cases of gonorrhoea were diagnosed in 2023?';
    expect(countedTerms(q)).toEqual(stemmed('gonorrhoea', 'cases'));
    expect(countsAsked('In 2023, there were 85,223 diagnoses of gonorrhoea in sexual health services.', countedTerms(q))).toBe(true);
    expect(countsAsked('Consular staff are providing assistance in over 1600 cases relating to arrest.', countedTerms('how many cases of British people arrested abroad is the FCDO helping with?'))).toBe(true);
    // Not a count of something else: 40 clinics count no gonorrhoea.
    expect(countsAsked('In 2023, 40 clinics reported diagnoses of gonorrhoea.', countedTerms(q))).toBe(false);
  });
});

describe('countsAsked: the count counts what the question counts', () => {
  const counts = (q: string, s: string) => countsAsked(s, countedTerms(q));
  it('the counted noun naming the kind of what the count counts is counted too', () => {
    expect(counts('how many bluefin tuna fishing licences are on offer?', 'Defra is making up to 30 licence authorisations available.')).toBe(true);
    expect(counts('how many adults will have their DNA sequenced?', 'The study will sequence 150,000 adult genomes.')).toBe(true);
    expect(counts('how many Changing Places toilets has the government funded?', 'We have supported the installation of 483 new disabled toilet facilities.')).toBe(true);
  });
  it('a word before the counted noun does not: what the run ends on is counted', () => {
    expect(counts('how many police officers are there?', 'There are 500 police stations.')).toBe(false);
    expect(counts('how many prison officers are there?', 'There are 14,000 prison places.')).toBe(false);
  });
  it('"and" or "or" joining the words between a count and its noun joins them: "six new energetics and munitions factories" counts factories', () => {
    const q = 'how many munitions factories is the UK building?';
    expect(counts(q, 'The Review committed to build at least six new energetics and munitions factories in the UK.')).toBe(true);
    expect(counts(q, 'The Review committed to build at least six new energetics or munitions factories in the UK.')).toBe(true);
    // Not what the run ends on when that is something else: six energetics and munitions workers count no factories.
    expect(counts(q, 'The Review committed to train at least six new energetics and munitions workers in the UK.')).toBe(false);
  });
  it('an age set or raised to counts nobody ("… raise the minimum age … to 22")', () => {
    const q = 'how many people are on universal credit?';
    expect(counts(q, 'The Government invited views on the proposal to raise the minimum age for accessing the Universal Credit health element to 22.')).toBe(false);
    expect(counts(q, 'There are 7.9 million people on Universal Credit, and the minimum age stays at 18.')).toBe(true);
  });
});
