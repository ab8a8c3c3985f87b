// The query language: every operator and filter, and every kind of bad input. Bad input must
// always come back as a QueryError whose message (and hint) tells the person what to type.
import { describe, expect, it } from 'vitest';
import { londonToday } from '../../src/search/timeliness.ts';
import { parseQuery, parseDateBound, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from '../../src/search/query.ts';
import { hasCriteria } from '../../src/search/filters.ts';
import { QueryError } from '../../src/search/types.ts';

/** Parse and return the QueryError, failing the test on success or on any other exception. */
function queryError(input: string): QueryError {
  try {
    parseQuery(input);
  } catch (err) {
    expect(err).toBeInstanceOf(QueryError);
    return err as QueryError;
  }
  throw new Error(`expected a QueryError for ${JSON.stringify(input)}, but it parsed`);
}

describe('words and phrases', () => {
  it('plain words become one group each, in order', () => {
    const q = parseQuery('county lines funding');
    expect(q.groups).toEqual([
      { alternatives: [{ kind: 'word', text: 'county' }] },
      { alternatives: [{ kind: 'word', text: 'lines' }] },
      { alternatives: [{ kind: 'word', text: 'funding' }] },
    ]);
    expect(q.exclude).toEqual([]);
    expect(q.sort).toBe('relevance');
    expect(q.raw).toBe('county lines funding');
  });

  it('a chat opening ("show me", "search for", "any news on", "update on") is not searched for', () => {
    const words = (input: string) => parseQuery(input).groups.map((g) => g.alternatives.map((a) => a.text).join('|'));
    const openings = [
      'show me',
      'search for',
      'any news on',
      'update on',
      'please find me anything about',
      'Information about',
      "what's happening with",
      'whats going on with',
      "what's the government's position on",
      'what is the government’s view on',
      'what are the government’s plans for',
      'government policy on',
      "the minister's response to",
      'tell me about',
      'can you tell me more about',
      'anything new on',
      'something new about',
      'what happened to',
      "what's the status of",
      'status of',
      'progress on',
      'where are we with',
    ];
    for (const input of openings.map((o) => `${o} sewage spills`)) {
      expect(words(input), input).toEqual(['sewage', 'spills']);
    }
    expect(words('Information about sewage spills dept:defra')).toEqual(['sewage', 'spills']);
    expect(parseQuery('update on sewage spills').raw).toBe('update on sewage spills');
    // Only before "me", "for"/"up" or a preposition: a topic that starts with such a word stays.
    expect(words('search warrants')).toEqual(['search', 'warrants']);
    expect(words('news media funding')).toEqual(['news', 'media', 'funding']);
    expect(words('government procurement')).toEqual(['government', 'procurement']);
    expect(words('Progress 8 scores')).toEqual(['Progress', '8', 'scores']);
    // A greeting before the query is not searched for; "hi" only with punctuation or someone greeted.
    expect(words('hey, any news on sewage spills')).toEqual(['sewage', 'spills']);
    // Asked for what is new, the newest first, and a request for records (no note for a question of no kind).
    expect(parseQuery('anything new on sewage spills?')).toMatchObject({ sort: 'newest', listAsked: true });
    expect(parseQuery('what are the latest answers on sewage spills?')).toMatchObject({ sort: 'newest', listAsked: true });
    // Answers asked for are answered questions; questions asked for, any.
    expect(parseQuery('latest answers on sewage spills').filters.answered).toBe(true);
    expect(parseQuery('show me the answers on sewage spills')).toMatchObject({ filters: { answered: true }, answersAsked: 'answers' });
    expect(parseQuery('latest questions on sewage spills').filters.answered).toBeUndefined();
    // A period ending a request for records dates them, question mark or not.
    const thisWeek = parseQuery('any new answers on sewage spills this week?');
    expect(thisWeek.filters).toMatchObject({ from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), answered: true });
    expect(thisWeek.periodAsked?.said).toBe('this week');
    expect(parseQuery('latest on sewage spills in 2025?').filters).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(words('hi bot search for sewage spills')).toEqual(['sewage', 'spills']);
    expect(words('hi vis jackets')).toEqual(['hi', 'vis', 'jackets']);
    // So is a lead-in set off by a mark; unmarked, the words are searched.
    expect(parseQuery('quick question - how many academies are there?').text).toBe('how many academies are there?');
    expect(parseQuery('question: how many academies are there?').text).toBe('how many academies are there?');
    expect(words('right to buy')).toEqual(['right', 'to', 'buy']);
    expect(words('so called legal highs')).toEqual(['so', 'called', 'legal', 'highs']);
    // All there is: searched as typed.
    expect(words('show me')).toEqual(['show', 'me']);
  });

  it('whom the asking was put to ("asked the minister about …"), or who said it, is no search word', () => {
    const words = (input: string) => parseQuery(input).groups.map((g) => g.alternatives[0]!.text);
    expect(words('has anyone asked the minister about vapes recently')).toEqual(['has', 'anyone', 'asked', 'about', 'vapes', 'recently']);
    expect(words('have MPs asked ministers on train fares?')).not.toContain('ministers');
    // Not the topic's own words: "the minister" as what is asked about stays.
    expect(words('questions about the minister for water')).toContain('minister');
    expect(words('asked the minister to resign')).toContain('minister');
    // Nor who said it: "what has the government said about …" asks what was said.
    expect(words('what has the government said about grooming gangs?')).not.toContain('government');
    expect(words('has the minister said anything about AI regulation')).toEqual(['has', 'said', 'about', 'AI', 'regulation']);
    expect(words('what have ministers said on sewage spills?')).toEqual(['what', 'have', 'said', 'on', 'sewage', 'spills?']);
    // Said in other words ("responded", "commented", "stated"), read as said: no topic word, nor who said it.
    expect(words('has the minister responded on potholes?')).toEqual(['has', 'said', 'on', 'potholes?']);
    expect(words('what has the government stated about grooming gangs?')).toEqual(['what', 'has', 'said', 'about', 'grooming', 'gangs?']);
    expect(words('has the Home Office commented on small boats?')).not.toContain('commented');
    expect(words('what did the minister reply about potholes?')).toEqual(['what', 'did', 'said', 'about', 'potholes?']);
    // What someone answered is the list of answers asked for, not a sentence of one.
    expect(parseQuery('what has Angela Rayner answered on housing?')).toMatchObject({ listAsked: true });
    expect(parseQuery('what has Angela Rayner said on housing?').listAsked).toBeUndefined();
    // Not a verb of saying that is no question's frame.
    expect(words('consultation responded to by councils')).toContain('responded');
    expect(words('government procurement')).toContain('government');
    // In quotes, the words.
    expect(parseQuery('"asked the minister about" vapes').groups[0]!.alternatives[0]!.text).toBe('asked the minister about');
  });

  it('an opening asking for the newest ("latest on", "recent questions about") is not searched for, and puts the newest first', () => {
    for (const [input, word] of [
      ['latest on sewage spills', 'latest'],
      ["what's the latest on sewage spills", 'latest'],
      ['recent questions on sewage spills', 'recent'],
      ['the most recent answers about sewage spills', 'recent'],
      ['any new answers on sewage spills', 'new'],
      ['show me recent questions on sewage spills', 'recent'],
      ['what are the latest answers on sewage spills', 'latest'],
      ['what is the latest news on sewage spills', 'latest'],
    ]) {
      const q = parseQuery(input!);
      expect(q.groups.map((g) => g.alternatives[0]!.text), input).toEqual(['sewage', 'spills']);
      expect(q.sort, input).toBe('newest');
      expect(q.orderAsked, input).toBe(word);
    }
    // Whose the latest is may follow: the words name it.
    const treasury = parseQuery("what's the latest from the Treasury on fuel duty");
    expect([treasury.sort, treasury.listAsked, treasury.groups.map((g) => g.alternatives[0]!.text)]).toEqual(['newest', true, ['the', 'Treasury', 'on', 'fuel', 'duty']]);
    // Said of the records anywhere: the order, not a word to search for.
    for (const [input, sort, word] of [
      ['oldest unanswered questions', 'oldest', 'oldest'],
      ['HS2 most recent answers', 'newest', 'most recent'],
      ['latest written questions on sewage spills', 'newest', 'latest'],
      ['latest Home Office answers on sewage spills', 'newest', 'latest'],
    ]) {
      const q = parseQuery(input!);
      expect(q.sort, input).toBe(sort);
      expect(q.orderAsked, input).toBe(word);
      expect(q.groups.map((g) => g.alternatives[0]!.text.toLowerCase()), input).not.toContain(word);
    }
    expect(parseQuery('oldest unanswered questions').filters.answered).toBe(false);
    // A typed order wins; a topic that starts with such a word is the topic, in the best order.
    expect(parseQuery('latest on sewage spills sort:oldest').sort).toBe('oldest');
    for (const input of ['new towns', 'recent assessment of sewage', 'news on sewage spills', 'oldest people', 'latest figures', 'latest figures on waiting list questions']) expect(parseQuery(input).sort, input).toBe('relevance');
  });

  it('a state said of the records ("overdue questions", "late answers", "holding answers") is its is: filter, not a word', () => {
    for (const [input, state] of [
      ['overdue questions to the Home Office', 'overdue'],
      ['late answers dept:dwp', 'late'],
      ['holding answers on HS2', 'holding'],
      ['corrected written answers', 'corrected'],
      // Said after the questions, ending the query.
      ['which questions about HS2 are overdue?', 'overdue'],
      ['HS2 questions that are still overdue', 'overdue'],
    ] as const) {
      const q = parseQuery(input);
      expect(q.filters.is, input).toEqual([state]);
      expect(q.groups.map((g) => g.alternatives[0]!.text.toLowerCase()), input).not.toContain(state);
    }
    // In quotes, the words (what the notice offers).
    expect(parseQuery('"overdue questions" backlog').filters.is).toEqual([]);
    expect(parseQuery('"overdue" questions').filters.is).toEqual([]);
    expect(parseQuery('"latest answers" HS2').sort).toBe('relevance');
    expect(parseQuery('small boats "in 2025"').filters.from).toBeUndefined();
    // Said of anything else, the word is the topic's.
    for (const input of ['late payment', 'holding company', 'overdue tax', 'is the train late', 'why are repairs overdue?']) expect(parseQuery(input).filters.is, input).toEqual([]);
  });

  it('awaiting an answer said in words ("waiting for an answer", "not yet answered") is the unanswered filter, not words', () => {
    for (const [input, said, words] of [
      ['what questions are waiting for an answer on SEND?', 'waiting for an answer', ['what', 'questions', 'are', 'on', 'SEND?']],
      ['HS2 questions not yet answered', 'not yet answered', ['HS2', 'questions']],
      ['sewage questions still awaiting a reply', 'still awaiting a reply', ['sewage', 'questions']],
      ['questions without an answer about potholes', 'without an answer', ['questions', 'about', 'potholes']],
    ] as const) {
      const q = parseQuery(input);
      expect([q.filters.answered, q.awaitingAsked], input).toEqual([false, said]);
      expect(q.groups.map((g) => g.alternatives[0]!.text), input).toEqual(words);
    }
    // In quotes, the words; said of anything else, the topic's.
    expect(parseQuery('"waiting for an answer" letters').filters.answered).toBeUndefined();
    for (const input of ['waiting lists', 'waiting times for an operation', 'answered questions on HS2', 'patients waiting for a reply from the hospital', 'letters not yet answered']) {
      expect(parseQuery(input).awaitingAsked, input).toBeUndefined();
    }
  });

  it('a period said in words after a topic ("this year", "in 2025", "since 2024") is read as the dates, not searched for', () => {
    const year = Number(londonToday().slice(0, 4));
    const cases: [string, string, string | undefined][] = [
      ['small boats this year', `${year}-01-01`, undefined],
      ['small boats last year', `${year - 1}-01-01`, `${year - 1}-12-31`],
      ['small boats in 2024', '2024-01-01', '2024-12-31'],
      ['small boats during 2024 unanswered', '2024-01-01', '2024-12-31'],
      ['small boats since 2024', '2024-01-01', undefined],
    ];
    for (const [input, from, to] of cases) {
      const q = parseQuery(input);
      expect(q.groups.map((g) => g.alternatives[0]!.text), input).toEqual(['small', 'boats']);
      expect([q.filters.from, q.filters.to], input).toEqual([from, to]);
    }
    // A question asks about the year; a year to come, a year inside a name, or dates typed as filters stay as typed.
    for (const input of ['how many small boats crossed in 2024?', `small boats in ${year + 1}`, 'Budget 2024 measures', 'small boats in 2024 from:2023']) {
      expect(parseQuery(input).periodAsked, input).toBeUndefined();
    }
    expect(parseQuery('small boats in 2024 from:2023').filters).toMatchObject({ from: '2023-01-01' });
  });

  it('a span back from today ("in the last six months", "the past year") and the general election ("since the election") are periods too', () => {
    const today = londonToday();
    const back = (set: (d: Date) => void) => {
      const d = new Date(`${today}T00:00:00Z`);
      set(d);
      return d.toISOString().slice(0, 10);
    };
    const cases: [string, string | undefined, string | undefined][] = [
      ['sewage in the last 6 months', back((d) => d.setUTCMonth(d.getUTCMonth() - 6)), undefined],
      ['sewage over the past two years', back((d) => d.setUTCFullYear(d.getUTCFullYear() - 2)), undefined],
      ['sewage the past year', back((d) => d.setUTCFullYear(d.getUTCFullYear() - 1)), undefined],
      ['sewage in the last three weeks', back((d) => d.setUTCDate(d.getUTCDate() - 21)), undefined],
      ['sewage since the election', '2024-07-04', undefined],
      ['sewage since the general election', '2024-07-04', undefined],
      ['sewage since the 2019 election', '2019-12-12', undefined],
      ['sewage before the election', undefined, '2024-07-03'],
    ];
    for (const [input, from, to] of cases) {
      const q = parseQuery(input);
      expect(q.groups.map((g) => g.alternatives[0]!.text), input).toEqual(['sewage']);
      expect([q.filters.from, q.filters.to], input).toEqual([from, to]);
      expect(q.periodAsked?.said, input).toBe(input.replace(/^sewage /, ''));
    }
    // "last year" is still the calendar year; a year with no general election is no period.
    expect(parseQuery('sewage last year').filters.to).toBe(`${Number(today.slice(0, 4)) - 1}-12-31`);
    expect(parseQuery('sewage since the 2021 election').periodAsked).toBeUndefined();
  });

  it('a month, "this month", "last month", and a period said with its deed anywhere ("questions tabled in March 2025 about flooding")', () => {
    const today = londonToday();
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    const last = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
    const lastEnd = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
    const cases: [string, string[], string, string | undefined, string | undefined, boolean | undefined][] = [
      ['flooding in March 2025', ['flooding'], '2025-03-01', '2025-03-31', undefined, undefined],
      ['flooding in feb 2024', ['flooding'], '2024-02-01', '2024-02-29', undefined, undefined],
      ['flooding since Sept 2024', ['flooding'], '2024-09-01', undefined, undefined, undefined],
      ['flooding last month', ['flooding'], `${last}-01`, lastEnd, undefined, undefined],
      ['flooding this month', ['flooding'], `${today.slice(0, 7)}-01`, undefined, undefined, undefined],
      ['questions tabled in March 2025 about flooding', ['questions', 'about', 'flooding'], '2025-03-01', '2025-03-31', 'tabled', undefined],
      ['questions asked during 2024 on flooding', ['questions', 'on', 'flooding'], '2024-01-01', '2024-12-31', 'tabled', undefined],
      ['flooding answered since June 2025', ['flooding'], '2025-06-01', undefined, undefined, true],
      // The records, or their deed, named before; the topic after.
      ['questions asked by Lib Dems in 2026 about care homes', ['questions', 'asked', 'by', 'Lib', 'Dems', 'about', 'care', 'homes'], '2026-01-01', '2026-12-31', 'tabled', undefined],
      ['answers in 2025 on potholes', ['answers', 'on', 'potholes'], '2025-01-01', '2025-12-31', undefined, undefined],
    ];
    for (const [input, words, from, to, dated, answered] of cases) {
      const q = parseQuery(input);
      expect(q.groups.map((g) => g.alternatives[0]!.text), input).toEqual(words);
      expect([q.filters.from, q.filters.to, q.filters.dated, q.filters.answered], input).toEqual([from, to, dated, answered]);
    }
    // A question asks about its period, unless the period dates the asking.
    expect(parseQuery('what did Reform MPs ask in July 2025?').filters).toMatchObject({ from: '2025-07-01', to: '2025-07-31', dated: 'tabled' });
    // A week runs Monday to Sunday.
    const monday = new Date(Date.parse(`${today}T00:00:00Z`) - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) * 864e5);
    const iso = (d: number) => new Date(d).toISOString().slice(0, 10);
    expect(parseQuery('questions tabled this week about flooding').filters).toMatchObject({ from: iso(monday.getTime()), dated: 'tabled' });
    expect(parseQuery('flooding last week').filters).toMatchObject({ from: iso(monday.getTime() - 7 * 864e5), to: iso(monday.getTime() - 864e5) });
    // A day: today, or yesterday (London's day).
    expect(parseQuery('questions answered by the Home Office today').filters).toMatchObject({ from: today, to: today });
    expect(parseQuery('questions tabled yesterday about potholes').filters).toMatchObject({ from: iso(Date.parse(`${today}T00:00:00Z`) - 864e5), dated: 'tabled' });
    expect(parseQuery('how many potholes were filled today?').periodAsked).toBeUndefined();
    // Ending a question asking whether anyone asked, it dates the asking: the questions tabled then.
    expect(parseQuery('has anyone asked about Gaza this month?').filters).toMatchObject({ from: `${today.slice(0, 7)}-01`, dated: 'tabled' });
    expect(parseQuery('who asked about HS2 last week?').periodAsked).toMatchObject({ said: 'last week', done: 'tabled' });
    expect(parseQuery('how many homes were built this week?').periodAsked).toBeUndefined();
    // Ending a question asking what was said, it dates the saying: the answers of that period.
    const said = parseQuery('what did the Home Office say about small boats in March 2025?');
    expect(said.filters).toMatchObject({ from: '2025-03-01', to: '2025-03-31', answered: true });
    expect(said.periodAsked).toMatchObject({ said: 'in March 2025', done: 'answered' });
    expect(parseQuery('what has the government said about potholes this year?').filters).toMatchObject({ from: `${today.slice(0, 4)}-01-01`, answered: true });
    // Said in other words, the same: and a question about the questions dates their asking.
    expect(parseQuery('has the minister responded on potholes in March 2025?').filters).toMatchObject({ from: '2025-03-01', to: '2025-03-31', answered: true });
    // A month without its year is the latest of that name: this year's, or last year's while it is still to come.
    const month = Number(today.slice(5, 7));
    const latest = (m: number) => `${Number(today.slice(0, 4)) - (m > month ? 1 : 0)}-${String(m).padStart(2, '0')}`;
    expect(parseQuery('asylum hotels since January').filters).toMatchObject({ from: `${latest(1)}-01` });
    expect(parseQuery('potholes in December').filters).toMatchObject({ from: `${latest(12)}-01`, to: `${latest(12)}-31` });
    expect(parseQuery('what has the Home Office said about asylum hotels since January?').filters).toMatchObject({ from: `${latest(1)}-01`, answered: true });
    expect(parseQuery('how many questions on potholes in 2025?').filters).toMatchObject({ from: '2025-01-01', to: '2025-12-31', dated: 'tabled' });
    expect(parseQuery('are there any questions on SEND this week?').periodAsked).toMatchObject({ said: 'this week', done: 'tabled' });
    // Not one inside the words of what was said about, nor one in a question asking anything else.
    expect(parseQuery('what did the minister say about floods in 2024 on the Somerset levels?').periodAsked).toBeUndefined();
    expect(parseQuery('how many small boats crossed in 2024?').periodAsked).toBeUndefined();
    // Without its deed a period inside the words is the topic's ("changes in 2025 budget"); in quotes, the words.
    for (const input of [
      'changes in 2025 budget',
      'flooding "tabled in March 2025"',
      'flooding in May',
      'have fuel duties been raised since 2024?',
      'how many were answered in 2024?',
      'floods in 2024 on the Somerset levels',
      'questions about floods in 2024 on the Somerset levels',
    ]) {
      expect(parseQuery(input).periodAsked, input).toBeUndefined();
    }
  });

  it('"exact phrase" is one phrase alternative, trimmed inside the quotes', () => {
    const q = parseQuery('"  county lines " funding');
    expect(q.groups[0]).toEqual({ alternatives: [{ kind: 'phrase', text: 'county lines' }] });
    expect(q.groups[1]).toEqual({ alternatives: [{ kind: 'word', text: 'funding' }] });
  });

  it('typographic quotes work like straight ones', () => {
    expect(parseQuery('“county lines”').groups).toEqual([{ alternatives: [{ kind: 'phrase', text: 'county lines' }] }]);
  });

  it('an empty "" is ignored rather than searched for', () => {
    const q = parseQuery('"" knife');
    expect(q.groups).toEqual([{ alternatives: [{ kind: 'word', text: 'knife' }] }]);
  });

  it('-word and -"phrase" exclude, and are not search groups', () => {
    const q = parseQuery('knife -crime -"county lines"');
    expect(q.groups).toEqual([{ alternatives: [{ kind: 'word', text: 'knife' }] }]);
    expect(q.exclude).toEqual([
      { kind: 'word', text: 'crime' },
      { kind: 'phrase', text: 'county lines' },
    ]);
  });

  it('a dash inside a word or on its own is not a negation', () => {
    const q = parseQuery('e-scooters - knife');
    expect(q.exclude).toEqual([]);
    expect(q.groups.map((g) => g.alternatives[0].text)).toEqual(['e-scooters', 'knife']);
  });

  it('OR joins its neighbours into one group of alternatives', () => {
    const q = parseQuery('knife OR knives crime');
    expect(q.groups).toEqual([
      { alternatives: [{ kind: 'word', text: 'knife' }, { kind: 'word', text: 'knives' }] },
      { alternatives: [{ kind: 'word', text: 'crime' }] },
    ]);
  });

  it('OR chains and mixes phrases and words', () => {
    const q = parseQuery('"county lines" OR "drug gangs" OR trafficking');
    expect(q.groups).toHaveLength(1);
    expect(q.groups[0].alternatives).toEqual([
      { kind: 'phrase', text: 'county lines' },
      { kind: 'phrase', text: 'drug gangs' },
      { kind: 'word', text: 'trafficking' },
    ]);
  });

  it('lower-case "or" is an ordinary word', () => {
    expect(parseQuery('knife or knives').groups).toHaveLength(3);
  });

  it('oral questions, statements, motions and debates, which the archive does not hold, are said so and are no topic words', () => {
    const words = (input: string) => parseQuery(input).groups.map((g) => g.alternatives[0]!.text);
    for (const [input, said] of [
      ['oral questions on sewage', 'oral questions'],
      ['written statements on sewage', 'written statements'],
      ['Hansard debates about sewage', 'Hansard debates'],
      ['early day motions on sewage', 'early day motions'],
      ["PMQs sewage", 'PMQs'],
    ]) {
      const q = parseQuery(input!);
      expect(q.otherBusiness, input).toEqual({ said, dropped: true });
      expect(words(input!).filter((w) => !['on', 'about'].includes(w)), input).toEqual(['sewage']);
    }
    // Typed alone, they are the words searched for; quoted, words with no notice.
    expect(parseQuery('early day motions')).toMatchObject({ otherBusiness: { said: 'early day motions', dropped: false } });
    expect(words('early day motions')).toEqual(['early', 'day', 'motions']);
    expect(parseQuery('"oral questions" sewage').otherBusiness).toBeUndefined();
    // "oral" alone is a word ("oral health").
    expect(parseQuery('oral health').otherBusiness).toBeUndefined();
  });

  it('NOT in capitals leaves out what follows, as "-" does; AND is dropped; both are words in lower case', () => {
    for (const [typed, minus] of [
      ['county lines NOT railway', 'county lines -railway'],
      ['county lines NOT "main line"', 'county lines -"main line"'],
      ['county AND lines', 'county lines'],
    ]) {
      const q = parseQuery(typed!);
      const m = parseQuery(minus!);
      expect([q.groups, q.exclude], typed).toEqual([m.groups, m.exclude]);
    }
    expect(parseQuery('not in education').groups).toHaveLength(3);
    // In a query typed all in capitals they are words.
    expect(parseQuery('POTHOLES NOT FIXED').exclude).toEqual([]);
    const e = queryError('county lines NOT');
    expect([e.message, e.hint]).toEqual(['NOT needs a word after it.', 'For example: county lines NOT railway (or county lines -railway).']);
  });

  it('http: and https: in a pasted link are not filters', () => {
    const q = parseQuery('https://example.org/x');
    expect(q.groups).toHaveLength(1);
    expect(q.groups[0].alternatives[0]).toEqual({ kind: 'word', text: 'https://example.org/x' });
  });
});

describe('filters', () => {
  it('dept: keeps the value as typed, quoted or not, and repeats widen the choice', () => {
    expect(parseQuery('dept:"home office"').filters.dept).toEqual(['home office']);
    expect(parseQuery('dept:homeoffice').filters.dept).toEqual(['homeoffice']);
    expect(parseQuery('dept:dwp dept:hmrc').filters.dept).toEqual(['dwp', 'hmrc']);
    expect(parseQuery('department:dfe').filters.dept).toEqual(['dfe']);
    expect(parseQuery('body:dfe').filters.dept).toEqual(['dfe']);
  });

  it('filter names are case-insensitive', () => {
    expect(parseQuery('DEPT:DWP').filters.dept).toEqual(['DWP']);
    expect(parseQuery('House:Lords').filters.house).toBe('Lords');
  });

  it('by: and its aliases fill `by`', () => {
    for (const k of ['by', 'asker', 'asked-by']) expect(parseQuery(`${k}:rimmer`).filters.by).toEqual(['rimmer']);
    expect(parseQuery('by:"marie rimmer"').filters.by).toEqual(['marie rimmer']);
  });

  it('answered-by: and its aliases fill `answeredBy`', () => {
    for (const k of ['answered-by', 'answeredby', 'minister']) expect(parseQuery(`${k}:atkins`).filters.answeredBy).toEqual(['atkins']);
  });

  it('house:commons and house:lords, in any case', () => {
    expect(parseQuery('house:commons').filters.house).toBe('Commons');
    expect(parseQuery('house:LORDS').filters.house).toBe('Lords');
  });

  it('house: anything else is a QueryError naming the two houses', () => {
    const e = queryError('house:scotland');
    expect(e.message).toContain('scotland');
    expect(e.hint).toMatch(/house:commons/);
    expect(e.hint).toMatch(/house:lords/);
  });

  it('a filter with nothing after its colon is a QueryError saying how it is written, not the word "dept" or nothing', () => {
    for (const [input, key] of [
      ['county lines dept:', 'dept'],
      ['dept: dwp county lines', 'dept'],
      ['county lines house:', 'house'],
      ['county lines from: 2024', 'from'],
      ['by:', 'by'],
    ]) {
      const e = queryError(input!);
      expect(e.message, input).toBe(`The filter ${key}: has no value.`);
      expect(e.hint, input).toMatch(new RegExp(`^Write it right after the colon, with no space: ${key}:\\S`));
    }
    // Prose with a colon is words: "Note:" is no filter.
    expect(parseQuery('Note: sewage').groups.length).toBe(2);
  });

  it('from:/to: take a year, a month or a day, from the start / to the end of it', () => {
    expect(parseQuery('from:2021').filters.from).toBe('2021-01-01');
    expect(parseQuery('to:2021').filters.to).toBe('2021-12-31');
    expect(parseQuery('from:2021-06').filters.from).toBe('2021-06-01');
    expect(parseQuery('to:2021-06').filters.to).toBe('2021-06-30');
    expect(parseQuery('from:2021-06-09').filters.from).toBe('2021-06-09');
    expect(parseQuery('to:2021-06-09').filters.to).toBe('2021-06-09');
    expect(parseQuery('from:2021-6-9').filters.from).toBe('2021-06-09');
  });

  it('to: a February ends on the 29th in a leap year and the 28th otherwise', () => {
    expect(parseQuery('to:2024-02').filters.to).toBe('2024-02-29');
    expect(parseQuery('to:2023-02').filters.to).toBe('2023-02-28');
    expect(parseQuery('to:2100-02').filters.to).toBe('2100-02-28');
  });

  it('since:/after:/until:/before: are aliases of from:/to:', () => {
    expect(parseQuery('since:2022').filters.from).toBe('2022-01-01');
    expect(parseQuery('after:2022').filters.from).toBe('2022-01-01');
    expect(parseQuery('until:2022').filters.to).toBe('2022-12-31');
    expect(parseQuery('before:2022').filters.to).toBe('2022-12-31');
  });

  it.each([
    ['from:yesterday', 'yesterday'],
    ['from:21-06-09', '21-06-09'],
    ['to:2021/06/09', '2021/06/09'],
    ['from:2021-13', 'month 13'],
    ['from:2021-00', 'month 0'],
    ['to:2021-02-30', 'no such day'],
    ['from:2021-06-31', 'no such day'],
    ['from:2021-06-00', 'no such day'],
  ])('bad date %s is a QueryError (%s) with an example of a good one', (input, says) => {
    const e = queryError(input);
    expect(e.message).toContain(says);
    expect(e.hint).toMatch(/(from|to):\d{4}/);
  });

  it('from after to is a QueryError that says so', () => {
    const e = queryError('from:2022 to:2021');
    expect(e.message).toContain('from:2022-01-01');
    expect(e.message).toContain('to:2021-12-31');
    expect(e.hint).toMatch(/swap/i);
  });

  it('from and to on the same day is fine', () => {
    const q = parseQuery('from:2021-06-09 to:2021-06-09');
    expect(q.filters.from).toBe(q.filters.to);
  });

  it('answered / unanswered are filters, not words', () => {
    const a = parseQuery('answered knife');
    expect(a.filters.answered).toBe(true);
    expect(a.groups).toHaveLength(1);
    const u = parseQuery('unanswered knife');
    expect(u.filters.answered).toBe(false);
    // quoted or negated they are words again
    expect(parseQuery('"answered"').filters.answered).toBeUndefined();
    expect(parseQuery('knife -answered').exclude).toEqual([{ kind: 'word', text: 'answered' }]);
  });

  it('sort:newest (and latest/date), sort:oldest, sort:relevance (and best)', () => {
    expect(parseQuery('knife sort:newest').sort).toBe('newest');
    expect(parseQuery('knife sort:latest').sort).toBe('newest');
    expect(parseQuery('knife sort:date').sort).toBe('newest');
    expect(parseQuery('knife sort:oldest').sort).toBe('oldest');
    expect(parseQuery('knife sort:newest sort:relevance').sort).toBe('relevance');
    expect(parseQuery('knife sort:best').sort).toBe('relevance');
  });

  it('sort: anything else is a QueryError listing the orders', () => {
    const e = queryError('knife sort:random');
    expect(e.message).toContain('random');
    expect(e.hint).toContain('sort:newest');
  });

  it('a filter with an empty quoted value is a QueryError with an example', () => {
    const e = queryError('dept:""');
    expect(e.message).toContain('dept:');
    expect(e.hint).toContain('dept:');
  });

  it('filters cannot be negated', () => {
    const e = queryError('knife -dept:dwp');
    expect(e.message).toContain('-dept:');
  });

  it('everything at once', () => {
    const q = parseQuery('"county lines" funding -london dept:"home office" by:rimmer answered-by:atkins party:"lib dem" house:commons from:2019 to:2021-06 answered sort:newest');
    expect(q.groups.map((g) => g.alternatives)).toEqual([[{ kind: 'phrase', text: 'county lines' }], [{ kind: 'word', text: 'funding' }]]);
    expect(q.exclude).toEqual([{ kind: 'word', text: 'london' }]);
    expect(q.filters).toEqual({ dept: ['home office'], by: ['rimmer'], answeredBy: ['atkins'], party: ['lib dem'], house: 'Commons', from: '2019-01-01', to: '2021-06-30', answered: true, is: [], today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(q.sort).toBe('newest');
  });
});

describe('unknown filters', () => {
  it('a near miss suggests the filter meant', () => {
    const e = queryError('knife dpt:dwp');
    expect(e.message).toContain('dpt:');
    expect(e.hint).toContain('Did you mean dept:?');
  });

  it('the suggestion names the canonical filter, not the alias that was closest', () => {
    // "minster" is one letter from the alias "minister", which means answered-by:
    expect(queryError('minster:atkins').hint).toContain('Did you mean answered-by:?');
    expect(queryError('hose:lords').hint).toContain('Did you mean house:?');
  });

  it('a far miss gets no guess, but the list of filters and how to search the text itself', () => {
    const e = queryError('colour:red');
    expect(e.hint).not.toContain('Did you mean');
    expect(e.hint).toContain('dept:');
    expect(e.hint).toContain('"colour:');
  });

  it('a quoted key:value is searched as text', () => {
    const q = parseQuery('"colour:red"');
    expect(q.groups[0].alternatives[0]).toEqual({ kind: 'phrase', text: 'colour:red' });
  });
});

describe('bad input is always a QueryError with a helpful message', () => {
  it('an unclosed quote', () => {
    const e = queryError('"county lines');
    expect(e.message).toMatch(/quotation mark/i);
    expect(e.hint).toContain('"county lines"');
    queryError('knife dept:"home office');
  });

  it('OR at the start or the end, or with nothing before it', () => {
    for (const input of ['OR knife', 'knife OR', 'OR', 'dept:dwp OR knife', 'knife OR -crime']) {
      const e = queryError(input);
      expect(e.message).toContain('OR');
      expect(e.hint).toContain('OR');
    }
  });

  it('an over-long query names the limit', () => {
    const e = queryError('knife '.repeat(100));
    expect(e.message).toContain(String(MAX_QUERY_LENGTH));
    expect(e.hint).toBeTruthy();
  });

  it('a query of exactly the limit is accepted', () => {
    const q = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(parseQuery(q).raw).toHaveLength(MAX_QUERY_LENGTH);
    queryError(q + 'a');
  });

  it('too many words names the word limit', () => {
    const input = Array.from({ length: MAX_QUERY_WORDS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(input.length).toBeLessThan(MAX_QUERY_LENGTH);
    const e = queryError(input);
    expect(e.message).toContain(String(MAX_QUERY_WORDS));
    expect(() => parseQuery(Array.from({ length: MAX_QUERY_WORDS }, (_, i) => `w${i}`).join(' '))).not.toThrow();
  });

  it('control characters are spaces, never part of a word', () => {
    const q = parseQuery('county\u0000lines\u0007\u001b[2J');
    expect(q.groups.map((g) => g.alternatives[0].text)).toEqual(['county', 'lines', '[2J']);
    for (const g of q.groups) expect(g.alternatives[0].text).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('a query of only control characters or punctuation has no criteria (the engine then refuses it)', () => {
    for (const input of ['\u0000\u0001\u007f', '?!...', '-- , ; !!', '""', '   ']) {
      const q = parseQuery(input);
      expect(q.groups).toEqual([]);
      expect(hasCriteria(q)).toBe(false);
    }
  });

  it('hasCriteria is true for a word or any filter alone', () => {
    for (const input of ['knife', 'dept:dwp', 'by:x', 'answered-by:x', 'house:lords', 'from:2020', 'to:2020', 'answered', 'unanswered']) {
      expect(hasCriteria(parseQuery(input)), input).toBe(true);
    }
    expect(hasCriteria(parseQuery('sort:newest'))).toBe(false);
  });

  it('never throws anything but QueryError on awkward input', () => {
    const awkward = [
      '"', '""""', '“', '-', '--', '-"', '-""', ':', 'dept:', 'dept: dwp', ':dwp', 'a:b:c', 'from:', 'to:""', 'OR OR', 'knife OR OR knives',
      '(county lines)', '[knife]', '\\', '$^.*+?()[]{}|', '😀 emoji', 'Ω≈ç√', '\u202e reversed', 'x'.repeat(600), '-OR', '"a" OR', 'sort:',
      'house:', 'dept:"a', '\t\n\r', 'from:99999', 'to:0000-02',
    ];
    for (const input of awkward) {
      try {
        parseQuery(input);
      } catch (err) {
        expect(err, JSON.stringify(input)).toBeInstanceOf(QueryError);
        expect((err as QueryError).message.length, JSON.stringify(input)).toBeGreaterThan(10);
      }
    }
  });
});

describe('parseDateBound', () => {
  it('uses the key in its messages', () => {
    try {
      parseDateBound('soon', false, 'since');
      throw new Error('no error');
    } catch (err) {
      expect(err).toBeInstanceOf(QueryError);
      expect((err as QueryError).message).toContain('since:');
      expect((err as QueryError).hint).toContain('since:2021');
    }
  });
});
