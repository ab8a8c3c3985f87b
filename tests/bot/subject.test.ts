import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../src/bot/subject.ts';
import { term, terms } from '../../src/search/text.ts';

describe('subjectOf: what the question is about', () => {
  it('leaves out the words that ask for the kind of fact and the verbs', () => {
    const q = 'what steps are being taken to tackle late diagnosis of blood cancers?';
    const concepts = [[term('taken')!], ['tackl'], ['late'], ['diagnosi'], ['blood'], ['cancer']];
    expect(subjectOf(q, concepts, terms(q))).toEqual([['late'], ['diagnosi'], ['blood'], ['cancer']]);
    expect(subjectOf('how many Protector drones has the UK bought?', [['protector'], ['drone'], [term('bought')!]], [])).toEqual([['protector'], ['drone']]);
    // "State" is the state pension's, not the state's: "Secretary of State" no longer makes it a word of every record.
    expect(subjectOf('how much is the state pension?', [['state'], ['pension']], [])).toEqual([['state'], ['pension']]);
  });

  it('a question asked yes or no opens on its auxiliary: the word after it is the subject, not a verb ("can *prisoners* vote")', () => {
    expect(subjectOf('can prisoners vote in elections?', [['prison'], ['vote'], ['elect']], [])).toEqual([['prison'], ['vote'], ['elect']]);
    expect(subjectOf('do landlords have to fit smoke alarms?', [['landlord'], ['smoke'], ['alarm']], [])).toEqual([['landlord'], ['smoke'], ['alarm']]);
    // Further on, a word after a modal is still a verb.
    expect(subjectOf('is there help for carers who can work?', [['carer'], ['work']], [])).toEqual([['carer']]);
  });

  it('only the words asking for the kind of fact asked are left out: "how many *supported* housing homes" is about supported housing', () => {
    const q = 'how many supported housing homes were there in England in 2023?';
    expect(subjectOf(q, [['support'], ['hous'], ['home']], [])).toEqual([['support'], ['hous'], ['home']]);
    expect(subjectOf('what support is there for supported housing residents?', [['support'], ['hous'], ['resid']], [])).toEqual([['hous'], ['resid']]);
  });

  it('an adverb of manner ("voluntarily") says how, not what about, and is left out like a verb; "family" and "elderly" are no adverbs', () => {
    const q = 'how much is the Home Office offering families to go home voluntarily under its returns pilot?';
    const concepts = [['famili'], ['voluntarili'], ['return'], ['pilot']];
    expect(subjectOf(q, concepts, [])).toEqual([['famili'], ['return'], ['pilot']]);
    expect(subjectOf('what support is there for elderly people living alone?', [['elderli'], ['live'], ['alon']], [])).toContainEqual(['elderli']);
    // So are "absolutely", "completely", "entirely": how much, not what about.
    expect(subjectOf('how many people in the UK pay for absolutely everything with cash?', [['absolut'], ['cash']], [])).toEqual([['cash']]);
    expect(subjectOf('have coal power stations been completely phased out?', [['coal'], ['complet'], ['station']], [])).toEqual([['coal'], ['station']]);
  });

  it('opened on "when", a question asks the date already: its "timetable" is a thing asked about, as "what is the timetable for …" is not', () => {
    expect(subjectOf('when will the new railway timetable start?', [['railwai'], [term('timetable')!]], [])).toEqual([['railwai'], [term('timetable')!]]);
    expect(subjectOf('what is the timetable for the rail review?', [[term('timetable')!], ['rail'], ['review']], [])).toEqual([['rail'], ['review']]);
  });

  it('"what is the number of …" asks a figure by its number: the number is no subject, and a name typed beside one noun is', () => {
    expect(subjectOf('what is the number of police officers in London?', [['number'], ['polic']], [])).toEqual([['polic'], ['london']]);
  });

  it('leaves the verbs out even when one noun is all that is left: the kind of fact asked narrows the rest', () => {
    expect(subjectOf('how many spouse visas were granted?', [['visa'], ['grant']], [])).toEqual([['visa']]);
    // After "is", "are", "were" only a participle is a verb: "children" and "green" are not, "given" is.
    expect(subjectOf('how many are children in care?', [['children'], ['care']], [])).toEqual([['children'], ['care']]);
    expect(subjectOf('how many spouse visas were given?', [['visa'], [term('given')!]], [])).toEqual([['visa']]);
    const q = 'how much does it cost to keep someone in prison for a year?';
    expect(subjectOf(q, [['keep'], ['prison']], terms(q))).toEqual([['prison']]);
  });

  it('with one noun left, a one-word name typed with a capital that the core left out joins it', () => {
    expect(subjectOf('how much has the Ministry of Defence spent on Ajax?', [['defenc']], [])).toEqual([['defenc'], ['ajax']]);
    expect(subjectOf('when will the new prison at Millsike open?', [['new'], ['prison']], [])).toEqual([['prison'], ['millsik']]);
    // Not a word of a longer name, nor the state's words.
    expect(subjectOf('how much will Access to Work give towards my taxi fares?', [['taxi']], [])).toEqual([['taxi']]);
    expect(subjectOf('how many British passports have been cancelled since 2023?', [['passport'], ['cancel']], [])).toEqual([['passport']]);
  });

  it('the word after an inverted auxiliary ("when will *pensioners* …") opens the subject; after any other it is a verb', () => {
    const q = 'from when will pensioners who live only on the state pension stop being sent small tax bills?';
    expect(subjectOf(q, [['state'], ['pension']], [])).toEqual([['state'], ['pension']]);
    expect(subjectOf('how much do schools get paid per meal for free school lunches?', [['school'], ['meal'], ['lunch']], [])).toEqual([['school'], ['meal'], ['lunch']]);
    expect(subjectOf('how many homes will councils build this year?', [['home'], ['council']], [])).toEqual([['home']]);
  });

  it('a word in "-ings" is a noun ("public buildings"), though its stem is a verb\'s', () => {
    expect(subjectOf('when did the scheme offering public buildings a free portrait close?', [['public'], ['build'], ['portrait']], [])).toEqual([['public'], ['build'], ['portrait']]);
    expect(subjectOf('how many homes will councils build?', [['home'], ['build']], [])).toEqual([['home']]);
  });

  it('how something compares ("the new *higher* betting duty") is left out like "new"', () => {
    const q = 'when will bets placed over the phone come under the new higher betting duty?';
    expect(subjectOf(q, [['higher'], ['duti']], [])).toEqual([['duti']]);
  });

  it('"extra", "additional", "new" ask for more of the fact and are left out like verbs', () => {
    expect(subjectOf('how much extra money is going into HIV opt-out testing?', [['extra'], ['hiv'], ['opt', 'optout']], [])).toEqual([['hiv'], ['opt', 'optout']]);
    expect(subjectOf('when will the ban on new petrol cars come in?', [['new'], ['petrol']], [])).toEqual([['petrol']]);
  });

  it('a change named ("the National Insurance *rise*", "the *cut*") is left out like "new": an answer says "increase" or gives the sums', () => {
    const q = 'how much has the government set aside to help public sector employers with the National Insurance rise?';
    expect(subjectOf(q, [['public'], ['sector'], ['insur'], ['rise']], [])).toEqual([['public'], ['sector'], ['insur']]);
    expect(subjectOf('how much will the fuel duty cut cost?', [['fuel'], ['duti'], ['cut']], [])).toEqual([['fuel'], ['duti']]);
  });

  it('a preposition the index keeps ("towards") relates the subject\'s words and is none of them', () => {
    const q = 'how much does the MoD pay towards boarding school fees?';
    expect(subjectOf(q, [['toward'], ['board'], ['school'], ['fee']], []).flat()).not.toContain('toward');
  });

  it('a word typed with a capital is a name, not a verb', () => {
    expect(subjectOf('when will the Connections Accelerator Service be running?', [['connect'], ['acceler'], ['run']], [])).toEqual([['connect'], ['acceler']]);
    expect(subjectOf('what is being done to Halt the decline?', [['halt'], ['declin']], [])).toEqual([['halt'], ['declin']]);
  });

  it('a period ("in the last ten years") is not a subject: a core of only that gives way to the question\'s words', () => {
    const q = 'how many snooker clubs have closed in the last ten years?';
    expect(subjectOf(q, [['last'], ['ten']], terms(q)).flat()).toEqual(expect.arrayContaining(['snooker', 'club']));
    expect(subjectOf(q, [['last'], ['ten']], terms(q)).flat()).not.toContain('ten');
  });

  it('the "per" of a rate is not a subject: "how much is child benefit per week?" is about child benefit', () => {
    const q = 'how much is child benefit per week?';
    expect(subjectOf(q, [['child'], ['benefit'], ['per']], terms(q)).flat()).toEqual(['child', 'benefit']);
  });

  it('words either side of an "or" are one concept: either will do', () => {
    const q = "what is the government doing to help people who can't afford mobile data or broadband get online?";
    const subject = subjectOf(q, [['afford'], ['mobil'], ['data'], ['broadband'], ['onlin']], terms(q));
    expect(subject).toContainEqual(['data', 'broadband']);
    expect(subject).toContainEqual(['mobil']);
  });

  it('a thin core (a name the search left out) gives way to every content word of the question', () => {
    const q = 'what support is available for investors who lost money when the Woodford fund collapsed?';
    const subject = subjectOf(q, [['avail']], terms(q)).flat();
    expect(subject).toContain('woodford');
    expect(subject).toContain('investor');
    expect(subject).not.toContain('avail');
  });
});
