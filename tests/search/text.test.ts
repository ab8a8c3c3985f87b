// Text analysis shared by index and query: the same word always becomes the same term.
import { describe, expect, it } from 'vitest';
import { codeParts, fold, foldForMatch, words, term, terms, phraseRegex, STOP_WORDS } from '../../src/search/text.ts';
import { hedgeTerms, isQuestion, wholeScopeTerms } from '../../src/search/question.ts';
import { matchRanges } from '../../src/search/excerpt.ts';

describe('text analysis', () => {
  it('fold lower-cases and folds accents and typographic apostrophes', () => {
    expect(fold('Café’s')).toBe("cafe's");
    expect(fold('SIÂN')).toBe('sian');
  });

  it('words keep offsets into the original and apostrophe suffixes attached', () => {
    const s = 'The Department’s £3.6m plan';
    const ws = words(s);
    expect(ws.map((w) => w.word)).toEqual(['the', "department's", '3', '6m', 'plan']);
    for (const w of ws) expect(fold(s.slice(w.start, w.end))).toBe(w.word);
  });

  it('term: stop words drop out, numbers stay whole, other words are stemmed alike', () => {
    for (const w of ['the', 'what', 'has', 'asked', 'anyone']) expect(STOP_WORDS.has(w) && term(w) === null).toBe(true);
    expect(term('2024')).toBe('2024');
    expect(term('hs2')).toBe('hs2');
    expect(term('lines')).toBe(term('line'));
    expect(term('cant')).toBeNull();
    expect(term("department's")).toBe(term('department'));
  });

  it('codeParts splits letters from digits in a code, leaving out ordinals and lone letters', () => {
    expect(codeParts('hcws342')).toEqual(['hcws', '342']);
    expect(codeParts('covid19')).toEqual(['covid', '19']);
    expect(codeParts('hs2')).toEqual(['hs', '2']);
    expect(codeParts('a14')).toBeNull(); // "a" alone names nothing
    expect(codeParts('6m')).toBeNull();
    expect(codeParts('21st')).toBeNull();
    expect(codeParts('2024')).toBeNull();
    expect(codeParts('scooter')).toBeNull();
  });

  it('a code written as one word also yields its parts, before the whole, so its spellings meet', () => {
    expect(terms('HCWS342')).toEqual([term('hcws'), '342', 'hcws342']);
    for (const v of ['HCWS 342', 'HCWS-342', 'hcws342']) expect(terms(v), v).toEqual(expect.arrayContaining([term('hcws'), '342']));
    expect(terms('HCWS-342')).toContain('hcws342');
    expect(terms('the 21st of £6m')).toEqual(['21st', '6m']);
  });

  it('terms join hyphenated and slashed compounds as well as splitting them', () => {
    expect(terms('e-scooters')).toContain(term('escooters'));
    expect(terms('co-operative')).toEqual(expect.arrayContaining([term('co'), term('operative'), term('cooperative')]));
    expect(terms('county lines')).toEqual(terms('County  Lines'));
  });

  it('the same text gives the same terms at index and query time', () => {
    const s = 'To ask the Secretary of State, what steps she is taking to tackle county lines drug trafficking.';
    expect(terms(s)).toEqual(terms(s.toUpperCase()));
  });

  it('phraseRegex matches the words in order across punctuation, not inside other words', () => {
    const re = phraseRegex('County Lines');
    expect(re.test('tackle county lines gangs')).toBe(true);
    expect(re.test('tackle county-lines gangs')).toBe(true);
    expect(re.test('tackle county, lines')).toBe(true);
    expect(re.test('lines county')).toBe(false);
    expect(re.test('subcounty lines')).toBe(false);
    expect(re.test('county linesman')).toBe(false);
    expect(phraseRegex('£3.6m (funding)').test('with 3.6m funding')).toBe(true);
  });
});

describe('foldForMatch', () => {
  it('lower-cases, and strips accents only where there are some', () => {
    expect(foldForMatch('Café Société RÉSUMÉ')).toBe('cafe societe resume');
    expect(foldForMatch('County Lines')).toBe('county lines');
    for (const s of ['Zoë Billingham CBE', 'The Government’s £40m', 'naïve coöperation']) expect(foldForMatch(s).replace(/’/g, "'")).toBe(fold(s));
  });
});

describe('the whole country as a question\'s scope (wholeScopeTerms)', () => {
  it('finds "England", "UK", "the United Kingdom" and "nationwide", not "British", "English" or "Britain", nor "united" alone', () => {
    expect(wholeScopeTerms('how many children are being home-schooled in England?')).toEqual(new Set([term('england')]));
    expect(wholeScopeTerms('how many pilots are there in the United Kingdom, nationwide?')).toEqual(new Set([term('united'), term('kingdom'), term('nationwide')]));
    expect(wholeScopeTerms('how many drones did Britain send to protect British and English waters?').size).toBe(0);
    expect(wholeScopeTerms('what has the United Nations said?').size).toBe(0);
  });
});

describe('hedgeTerms: words that only pace or hedge a question', () => {
  it('finds "roughly", "actually" and "so far", and leaves "far" in "far right" alone', () => {
    expect(hedgeTerms('roughly how many jets has the UK actually bought so far?')).toEqual(new Set([term('roughly'), term('actually'), 'far']));
    expect(hedgeTerms('what is being done about far right extremism?')).toEqual(new Set());
    // "supposed to", "officially", "formally" pace a question as "actually" does.
    expect(hedgeTerms('how many homes are supposed to get heat pumps under the plan?')).toEqual(new Set([term('supposed')]));
    expect(hedgeTerms('when was the inquiry officially set up?')).toEqual(new Set([term('officially')]));
    // "according to" says whose figure is asked; "according" elsewhere is a word asked.
    expect(hedgeTerms('according to the WHO, how many hospitals in Gaza are working?')).toEqual(new Set([term('according')]));
    expect(hedgeTerms('are pensions paid according?')).toEqual(new Set());
    // "so-called" and "so called" introduce a name, as quotes would; "called" alone is a word asked.
    expect(hedgeTerms('what are so-called forever chemicals?')).toEqual(new Set(terms('so-called')));
    expect(hedgeTerms('what are so called forever chemicals?')).toEqual(new Set([term('called')]));
    expect(hedgeTerms('how many calls were called back?')).toEqual(new Set());
  });
});

describe('a noun in "-ity" keeps its suffix', () => {
  it('"university" is not "universal", "community" not "communication", "hospitality" not "hospital"', () => {
    for (const [a, b] of [['university', 'universal'], ['community', 'communication'], ['hospitality', 'hospital'], ['authority', 'author'], ['majority', 'major']]) {
      expect(term(a), `${a} / ${b}`).not.toBe(term(b));
    }
    expect(term('universities')).toBe(term('university'));
    expect(term('communities')).toBe(term('community'));
  });

  it('"-ivity", "-bility" and "-icity" are still their adjective: "activity" is "active", "disability" "disabled"', () => {
    expect(term('activity')).toBe(term('active'));
    expect(term('disability')).toBe(term('disabled'));
    expect(term('electricity')).toBe(term('electric'));
  });
});

describe('words Porter joins to another word\'s stem keep their own (distinct.ts)', () => {
  it('"generation" is not "general", "elective" not "election", "coronation" not "coroner", "executive" not "execution"', () => {
    const pairs = [
      ['generation', 'general'],
      ['generous', 'general'],
      ['importance', 'imports'],
      ['elective', 'elections'],
      ['coronation', 'coroners'],
      ['executive', 'execution'],
      ['international', 'internal'],
      ['experiments', 'experience'],
      ['severe', 'several'],
      ['severance', 'several'],
      ['positive', 'position'],
      ['initiative', 'initial'],
      ['conversations', 'conversion'],
      ['communal', 'communication'],
      ['customs', 'customers'],
      ['arms', 'armed'],
      ['united', 'units'],
      ['organic', 'organs'],
      ['mobility', 'mobile'],
      ['productivity', 'production'],
      ['production', 'products'],
      ['publications', 'public'],
      ['governance', 'government'],
      ['secondment', 'second'],
      ['disposable', 'disposal'],
      ['boarding', 'boards'],
      ['dependants', 'dependencies'],
      ['dependencies', 'depend'],
      ['securities', 'security'],
      ['probate', 'probation'],
      ['termination', 'terminal'],
      ['invasive', 'invasion'],
      ['extremism', 'extreme'],
      ['diversion', 'diverse'],
      ['physics', 'physical'],
      ['responsible', 'response'],
      ['publicity', 'public'],
      ['consultants', 'consultation'],
      ['examiners', 'examination'],
      ['infections', 'infected'],
      ['associations', 'associates'],
      ['organisations', 'organised'],
    ];
    for (const [a, b] of pairs) expect(term(a!), `${a} / ${b}`).not.toBe(term(b!));
  });

  it('each family is still one term: "generate", "generated", "generation"; "experiment", "experimental"', () => {
    for (const family of [['generate', 'generated', 'generating', 'generation', 'generations', 'generator'], ['experiment', 'experiments', 'experimental'], ['severe', 'severely'], ['international', 'internationally'], ['executive', 'executives']]) {
      expect(new Set(family.map(term)), family.join(', ')).toHaveProperty('size', 1);
    }
    // The other word of each pair is as it was.
    expect(term('general')).toBe(term('generally'));
    expect(term('coroner')).toBe(term('coroners'));
  });
});

describe('an irregular verb\'s past forms are its base form (irregular.ts)', () => {
  it('"spent" is "spend", "paid" "pay", "came" "come", "bought" "buy", "taken" "take"', () => {
    for (const [past, base] of [['spent', 'spending'], ['paid', 'pay'], ['came', 'come'], ['bought', 'buys'], ['taken', 'take'], ['withdrawn', 'withdraw']]) {
      expect(term(past), `${past} / ${base}`).toBe(term(base));
    }
  });

  it('not forms that are words of their own here: "found" a charity, "ground", "left" wing, the "Met"', () => {
    for (const [form, verb] of [['found', 'find'], ['ground', 'grind'], ['left', 'leave'], ['met', 'meet']]) {
      expect(term(form), `${form} / ${verb}`).not.toBe(term(verb));
    }
  });

  it('nor those whose base is a stop word: "known" stays a term of its own', () => {
    expect(term('know')).toBeNull();
    expect(term('known')).not.toBeNull();
  });
});

describe('negative contractions', () => {
  it('are function words, as "not" is: "can\'t" is no term (it was "cant", which "cannot" never matched)', () => {
    expect(term("can't")).toBeNull();
    expect(term('don’t'.replace('’', "'"))).toBeNull();
    expect(terms("people who can't afford broadband")).toEqual(terms('people who afford broadband'));
    expect(term('cant')).toBeNull();
    expect(term("department's")).toBe(term('department'));
  });
});

describe('question-word contractions typed without the apostrophe', () => {
  it('are function words, as "what\'s" is: "whats happening with HS2" asks about HS2', () => {
    for (const w of ['whats', 'hows', 'wheres', 'thats', 'theres']) expect(term(w), w).toBeNull();
    expect(terms('whats being done about potholes')).toEqual(terms("what's being done about potholes"));
    expect(isQuestion('whats being done about potholes')).toBe(true);
  });
});

describe('a name joined by an ampersand ("A&E", "R&D")', () => {
  it('is one term, keeping the ampersand: not a stop word and a letter, nor another word', () => {
    expect(terms('A&E waiting times')).toEqual(['a&e', term('waiting'), term('times')]);
    expect(terms('R&D tax credits')[0]).toBe('r&d');
    expect(terms('M&S')).not.toEqual(terms('Ms'));
    // Longer words either side are two words, as before.
    expect(terms('Research&Development')).toEqual([term('research'), term('development')]);
  });
});

describe('"Secretary of State" is a title', () => {
  it('its "State" is no term, so "state" is the state of "state pension", and it is not highlighted', () => {
    const q = 'To ask the Secretary of State for Work and Pensions, when the state pension will rise.';
    expect(terms(q).filter((t) => t === 'state')).toHaveLength(1);
    expect(terms('Secretaries of State')).toEqual(['secretari']);
    expect(terms('To ask the Minister of State, Foreign Office')).toEqual(['minist', 'foreign', 'offic']);
    expect(terms('the state of the roads')).toContain('state');
    const marked = matchRanges(q, { terms: new Set(terms('state pension')), phrases: [] }).map((r) => q.slice(r.start, r.end));
    expect(marked).toEqual(['Pensions', 'state', 'pension']);
  });
});

describe('a pronoun with its verb', () => {
  it('is a function word, as "I" and "am" are: "if I\'m on a low income" names no "im"', () => {
    for (const w of ["i'm", "i've", "you're", "they'll", "i'd", "we've"]) expect(term(w), w).toBeNull();
    expect(terms("help with prescription costs if I'm on a low income")).toEqual(terms('help with prescription costs if on a low income'));
    expect(terms('If I’ve moved')).toEqual(terms('If moved'));
  });

  it('only as typed with the apostrophe: "ill" and "id" are words', () => {
    expect(term('ill')).not.toBeNull();
    expect(term('id')).not.toBeNull();
  });
});
