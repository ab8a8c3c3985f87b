// The query language people type after /qa. Parsing never throws anything but QueryError,
// whose message is written for the person who typed the query.
import { QueryError } from './types.ts';
import { QUALIFIERS, londonToday, type Qualifier } from './timeliness.ts';
import { ASKED_FRAME, SAID_FRAME, SAID_OPENING, isQuestion, namesNothing } from './question.ts';
import { on } from './signals.ts';

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_WORDS = 40;

export type Alternative = { kind: 'word'; text: string } | { kind: 'phrase'; text: string };

/** Alternatives joined by OR; a plain word is a group of one. */
export interface Group {
  alternatives: Alternative[];
}

export interface Filters {
  dept: string[];
  by: string[];
  answeredBy: string[];
  /** The asking member's party when asking (party:labour, party:"lib dem", party:snp): any of them. */
  party: string[];
  house?: 'Commons' | 'Lords';
  /** Inclusive ISO dates, compared with dateAnswered (dateTabled while unanswered). */
  from?: string;
  to?: string;
  /** from:/to: compared with dateTabled instead: a period said as "tabled in March 2025". */
  dated?: 'tabled';
  answered?: boolean;
  /** is:overdue, is:late … (timeliness.ts): every one must hold. */
  is: Qualifier[];
  /** The day "overdue" is judged on (London's today when the query was read). */
  today: string;
  /** A member's name recognised among the query's words (members.ts): asked or answered by them. */
  member?: string;
  /** A question named by its UIN or its link (lookup.ts): that question alone, or each asked under that UIN. */
  uin?: { house: 'Commons' | 'Lords'; uin: string; dateTabled?: string };
}

/** Filters that keep every record, judged on London's today. */
export function noFilters(): Filters {
  return { dept: [], by: [], answeredBy: [], party: [], is: [], today: londonToday() };
}

export interface ParsedQuery {
  raw: string;
  /** What the query searches for, without its filters and exclusions: what it asks, as typed. */
  text: string;
  groups: Group[];
  exclude: Alternative[];
  filters: Filters;
  sort: 'relevance' | 'newest' | 'oldest';
  /** The words that asked for an order ("latest on …", "oldest unanswered questions"): the reason for `sort`. */
  orderAsked?: string;
  /** States said of the records in words ("overdue questions", "holding answers"): read as their is: filters. */
  statesAsked?: Qualifier[];
  /** Awaiting an answer said in words ("waiting for an answer", "not yet answered"): read as the unanswered filter (AWAITING_SAID). */
  awaitingAsked?: string;
  /** The chat opening's words asking for answers ("latest answers"), read as answered: only. */
  answersAsked?: string;
  /** Parliamentary business the archive does not hold, as typed ("oral questions", "PMQs"), and whether its words were left out of the search (OTHER_BUSINESS). */
  otherBusiness?: { said: string; dropped: boolean };
  /** A period said in words ("this year", "in 2025") and the dates it was read as (PERIOD_SAID). */
  periodAsked?: { said: string; from?: string; to?: string; done?: 'tabled' | 'answered' };
  /** The query opened on a request for records ("any new answers on …", "show me …", "tell me about …"): the list is what it asks, whatever mark ends it. */
  listAsked?: boolean;
  /** The query opened asking whose view ("what's the government's position on …"): what was said, which the answers listed are. */
  viewAsked?: boolean;
}

/** A filter as it is typed: its value in quotes when it holds a space (dept:"home office", party:snp). */
export const filterText = (key: string, value: string): string => `${key}:${value.includes(' ') ? `"${value}"` : value}`;

export const FILTER_KEYS = ['dept', 'by', 'answered-by', 'party', 'house', 'from', 'to', 'sort', 'is'] as const;

const KEY_ALIASES: Record<string, (typeof FILTER_KEYS)[number]> = {
  dept: 'dept',
  department: 'dept',
  body: 'dept',
  by: 'by',
  asker: 'by',
  'asked-by': 'by',
  'answered-by': 'answered-by',
  answeredby: 'answered-by',
  minister: 'answered-by',
  party: 'party',
  house: 'house',
  from: 'from',
  since: 'from',
  after: 'from',
  to: 'to',
  until: 'to',
  before: 'to',
  sort: 'sort',
  is: 'is',
};

/** How each filter is written, for the reply to one typed without its value. */
const FILTER_EXAMPLES: Record<(typeof FILTER_KEYS)[number], string> = {
  dept: 'dept:dwp or dept:"home office"',
  by: 'by:lowe or by:"rupert lowe"',
  'answered-by': 'answered-by:streeting',
  party: 'party:reform or party:"lib dem"',
  house: 'house:commons',
  from: 'from:2024 or from:2024-06-09',
  to: 'to:2024-06',
  sort: 'sort:newest or sort:oldest',
  is: 'is:overdue',
};

interface RawToken {
  negate: boolean;
  key?: string;
  value: string;
  quoted: boolean;
  /** An OR keyword between two items. */
  or?: boolean;
}

/** Split into tokens: words, "phrases", -negations, key:value and key:"quoted value". */
function lex(input: string): RawToken[] {
  const out: RawToken[] = [];
  // "NOT" in capitals leaves out what follows, as "-" does; "AND" says what every search does already.
  // Not in a query typed all in capitals ("WHY IS THE GOVERNMENT NOT FIXING POTHOLES"), where they are words.
  const shouted = !/\p{Ll}/u.test(input);
  let notNext = false;
  const push = (t: RawToken) => {
    out.push(notNext && !t.key ? { ...t, negate: true } : t);
    notNext = false;
  };
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negate = false;
    if (c === '-' && i + 1 < n && !/\s/.test(input[i + 1])) {
      negate = true;
      i++;
    }
    // key:value (the key is letters and dashes, immediately followed by a colon and a value)
    const keyMatch = /^([A-Za-z][A-Za-z-]*):(?=\S)/.exec(input.slice(i));
    let key: string | undefined;
    if (keyMatch && !/^https?$/i.test(keyMatch[1])) {
      key = keyMatch[1].toLowerCase();
      i += keyMatch[0].length;
    }
    // A filter with nothing after its colon ("county lines dept:", "dept: dwp") was read as the
    // word "dept", or as nothing: say how it is written instead.
    const bare = !key && /^([A-Za-z][A-Za-z-]*):(?=\s|$)/.exec(input.slice(i));
    const bareKey = bare && (FILTER_KEYS as readonly string[]).includes(bare[1]!.toLowerCase()) ? (bare[1]!.toLowerCase() as (typeof FILTER_KEYS)[number]) : undefined;
    if (bareKey) throw new QueryError(`The filter ${bareKey}: has no value.`, `Write it right after the colon, with no space: ${FILTER_EXAMPLES[bareKey]}.`);
    if (input[i] === '"' || input[i] === '“' || input[i] === '”') {
      const close = input.slice(i + 1).search(/["“”]/);
      if (close < 0) {
        throw new QueryError(
          'A quotation mark is not closed.',
          'Close the phrase with a second ", for example "county lines".',
        );
      }
      const value = input.slice(i + 1, i + 1 + close).trim();
      i += close + 2;
      if (!value) {
        if (key) throw new QueryError(`The filter ${key}: has an empty value.`, `For example ${key}:"home office".`);
        continue; // "" is nothing to search for
      }
      push({ negate, key, value, quoted: true });
      continue;
    }
    let j = i;
    while (j < n && !/\s/.test(input[j])) j++;
    const value = input.slice(i, j);
    i = j;
    if (!key && !negate && value === 'OR') {
      out.push({ negate: false, value, quoted: false, or: true });
      continue;
    }
    if (!key && !negate && (value === 'NOT' || value === 'AND') && !shouted) {
      if (value === 'NOT') notNext = true;
      continue;
    }
    push({ negate, key, value, quoted: false });
  }
  if (notNext) throw new QueryError('NOT needs a word after it.', 'For example: county lines NOT railway (or county lines -railway).');
  return out;
}

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** from:/to: accept 2021, 2021-06 and 2021-06-09; `end` picks the last day of the period. */
export function parseDateBound(value: string, end: boolean, key: string): string {
  const m = DATE.exec(value.trim());
  if (!m) {
    throw new QueryError(`"${value}" is not a date ${key}: understands.`, `Use ${key}:2021, ${key}:2021-06 or ${key}:2021-06-09.`);
  }
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (month < 1 || month > 12) throw new QueryError(`${value}: there is no month ${month}.`, `Use ${key}:2021-06.`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : end ? lastDay : 1;
  if (day < 1 || day > lastDay) throw new QueryError(`${value}: there is no such day.`, `Use ${key}:${year}-${String(month).padStart(2, '0')}-01.`);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

function unknownFilter(key: string): QueryError {
  const names = Object.keys(KEY_ALIASES);
  const best = names.map((n) => [n, levenshtein(key, n)] as const).sort((a, b) => a[1] - b[1])[0];
  const guess = best && best[1] <= 2 ? `Did you mean ${KEY_ALIASES[best[0]]}:? ` : '';
  return new QueryError(
    `"${key}:" is not a filter I know.`,
    `${guess}Filters: dept:, by:, answered-by:, party:, house:, from:, to:, sort:newest, is:overdue (late, holding, corrected), and the words answered / unanswered. To search for the text itself, put it in quotes: "${key}:…".`,
  );
}

/** Greetings other than "hi", which may also start a topic ("hi vis jackets"). */
const GREETING_WORD = String.raw`(?:hello|hey|hiya|good\s+(?:morning|afternoon|evening))`;
/** Whom a greeting may name: "hi bot", "hello everyone". */
const GREETED = String.raw`(?:there|bot|all|everyone|team)`;
/** Greeting words a chat message may open with ("hey, any news on …", "hi bot"): also the whole of a greeting (src/bot/smallTalk.ts). */
export const GREETING = String.raw`(?:hi|${GREETING_WORD})(?:\s+${GREETED})?`;
/** A greeting before the query: "hi" only with punctuation or someone greeted after it, as "hi vis jackets" is a topic; or a lead-in set off by a mark. */
const GREETING_OPENING = new RegExp(
  String.raw`^(?:${GREETING}\s*[,!.:;]+|${GREETING_WORD}(?:\s+${GREETED})?|hi\s+${GREETED}|` +
    // …or a lead-in set off by a mark: "quick question - how many …?", "question: …", "one more thing, …".
    String.raw`(?:(?:a\s+)?quick\s+(?:question|one|q)|(?:a\s+)?question|one\s+more(?:\s+(?:thing|question))?|btw|by\s+the\s+way|ok(?:ay)?|right|so)\s*(?:[,:;]|\s[-–—])+)\s+`,
  'i',
);

/** Words of a chat opening asking for the newest records: "the latest on …", "recent questions about …", "new answers on …". */
const NEWEST = 'latest|recent|newest|new';
const NEWEST_WORD = new RegExp(`\\b(${NEWEST})\\b`, 'i');

/**
 * How people open a request in a chat, not what they ask about: "show me …", "search for …",
 * "any news on …", "anything about …", "update on …", "what's happening with …". Taken off the
 * front of a query: as search words they would ask every record to say "update" or "anything"
 * ("update on sewage spills" found 3 records, "sewage spills" 96); and whose view is asked ("what's
 * the government's position on assisted dying?" found 716 records holding "position" or
 * "government" beside the topic's words, "assisted dying" 4). Only before "me", "for"/"up", or a
 * preposition, so "search warrants", "news media" and "government procurement" stay as typed.
 */
const CHAT_FRAME = new RegExp(
  String.raw`^(?:(?:please|pls|can you|could you|would you)\s+)?` +
    String.raw`(?:(?:show|find|get|give|fetch|list|send|bring)\s+me(?:\s+(?:any|some|the))?` +
    String.raw`(?:\s+(?:(?:${NEWEST})\s+)?(?:news|updates?|info|information|anything|something|everything|stuff|answers|questions|latest))?(?:\s+(?:on|about|regarding|concerning|re|for|from|by|with))?` +
    String.raw`|(?:search|look)\s+(?:for|up)` +
    String.raw`|(?:tell|teach|brief)\s+me\s+(?:(?:more|something|anything)\s+)?(?:about|on|regarding)` +
    String.raw`|what(?:'s|’s|s|\s+is)\s+(?:happening|going\s+on|new|the\s+latest|the\s+news|the\s+story)\s+(?:with|on|about|to|in|regarding|re|from)` +
    // "what happened to the Rwanda scheme?", "the status of …", "progress on …", "where are we with …".
    String.raw`|what\s+(?:has\s+|have\s+)?(?:happened|become)\s+(?:to|with|of)` +
    String.raw`|(?:what(?:'s|’s|s|\s+is)\s+)?(?:the\s+)?(?:current\s+|latest\s+)?(?:status|progress)\s+(?:of|on|with)` +
    String.raw`|where\s+(?:are\s+we|do\s+we\s+stand|does\s+\S+\s+stand|do\s+things\s+stand|is\s+it|things\s+stand)\s+(?:on|with)` +
    // "what's the government's position on …", "government view on …": whose view, not the topic.
    String.raw`|(?:what(?:'s|’s|s|\s+is|\s+are)\s+)?(?:the\s+)?(?:government|minister|department)(?:['’]s)?\s+(?:position|stance|views?|line|thinking|policy|plans?|approach|response)\s+(?:on|about|regarding|concerning|re|for|to|towards)` +
    // "what are the latest answers on potholes?", "what's the latest on SEND?": asked for, as "latest answers on …" is.
    String.raw`|(?:what(?:'s|’s|s|\s+is|\s+are)\s+)?(?:(?:any|the|some)\s+)?(?:most\s+)?` +
    String.raw`(?:(?:anything|something)\s+(?:${NEWEST})|news|updates?|info|information|anything|something|everything|stuff|latest|(?:${NEWEST})\s+(?:questions|answers|news|updates?))` +
    String.raw`\s+(?:on|about|regarding|concerning|re|for|from|by|with))\s+`,
  'i',
);

/**
 * "asked the minister about …", "ask the government about …": the asking verb, without whom it was
 * put to; "what has the government said about …": without who said it (the one answering, whose
 * answers these are).
 */
const ASKED_OF = /\b(asked|ask|asking)\s+(?:the\s+)?(?:ministers?|government|department|secretary\s+of\s+state)(?=\s+(?:about|on|regarding|concerning|whether|if|what|how|why|when)\b)/gi;
const SAID_BY = /\b(has|have|did)\s+(?:the\s+)?(?:ministers?|government|department)\s+(?=(?:said|say|says)\b)/gi;
/** "said anything about …": what, not anything in particular. */
const SAID_ANYTHING = /\b(said|say|says)\s+(?:anything|something)\s+(?=(?:about|on|regarding|concerning)\b)/gi;

/**
 * A question asking what was said, with its verb of saying as "said" ("has the minister responded
 * on potholes?", "what has the government stated about …"): "said" is a stop word, and so no topic
 * word, and `SAID_BY` then takes off who said it. As typed, "responded" and "minister" were searched
 * beside "potholes", and "Prime Minister: Correspondence" came first.
 */
function saidAsSaid(text: string): string {
  const m = SAID_FRAME.exec(text);
  if (!m) return text;
  const at = m.index + m[0].lastIndexOf(m.groups!.saying!);
  return `${text.slice(0, at)}said${text.slice(at + m.groups!.saying!.length)}`;
}

/** Whether the character at `at` stands inside a quoted phrase of `text` (an unclosed quote runs to the end). */
function inQuotes(text: string, at: number): boolean {
  return [...text.matchAll(/"[^"]*"?/g)].some((m) => at > m.index! && at < m.index! + m[0].length);
}

/** `text` with each match of `re` outside quotes cut to its first group, the verb (and the space after it, if the match took one). */
function cutToVerb(text: string, re: RegExp): string {
  return text.replace(re, (whole: string, verb: string, at: number) => (inQuotes(text, at) ? whole : /\s$/.test(whole) ? `${verb} ` : verb));
}

/**
 * A question asking who answers on a topic: "who is the minister for water?", "which department
 * is responsible for potholes?", "who answers questions on prisons?", "who answered questions on
 * sewage?", "which department answers most on water?", "who's the housing minister?". The topic
 * is searched; the bot says which department answers the best records, and who answered the latest. Not "who is responsible for …" alone, which asks whoever is (councils,
 * a regulator: a sentence of an answer says), nor the Prime Minister or a shadow minister.
 */
const WHO_ANSWERS = [
  String.raw`^who(?:'s|’s|s|\s+is|\s+are)\s+(?:the\s+)?(?:current\s+)?(?:government\s+)?(?:minister|ministers|secretary\s+of\s+state)\s+(?:responsible\s+for|in\s+charge\s+of|for|on)\s+(?<after>.+)$`,
  String.raw`^which\s+(?:government\s+)?(?:department|ministry|minister)\s+(?:is\s+)?(?:responsible\s+for|in\s+charge\s+of|` +
    String.raw`(?:answers|answered|has\s+answered)(?:\s+(?:the\s+)?most)?(?:\s+questions)?\s+(?:on|about)|deals\s+with|handles|covers|looks\s+after|oversees)\s+(?<after>.+)$`,
  String.raw`^who\s+(?:answers|answered|has\s+answered|replies\s+to|replied\s+to)\s+(?:the\s+)?(?:most\s+)?(?:written\s+|parliamentary\s+)?(?:questions|pqs)\s+(?:on|about)\s+(?<after>.+)$`,
  String.raw`^who(?:'s|’s|s|\s+is)\s+(?:the\s+)?(?:current\s+)?(?<before>(?!.*\b(?:prime|shadow)\b)\S+(?:\s+\S+){0,2})\s+(?:minister|secretary)\s*[?!.]*$`,
].map((p) => new RegExp(p, 'iu'));

/**
 * A question asking who asks most on a topic: "who asks the most questions about water?", "which
 * MPs have asked most about puppy farming?", "which party raises most questions on the NHS?". The
 * topic's counts answer it (who asked most, and by party: `stats`), not its best answers.
 */
const WHO_ASKS = String.raw`^(?:who|which\s+(?:mps?|members?|part(?:y|ies)))\s+(?:has\s+|have\s+)?`;
const ON = '(?:about|on|regarding|concerning|over)';
const QUESTIONS = String.raw`(?:written\s+|parliamentary\s+)?questions`;
const MOST_ASKED = new RegExp(
  [
    String.raw`${WHO_ASKS}(?:asks?|asked|raises?|raised|tables?|tabled)\s+(?:the\s+)?most\s+(?:${QUESTIONS}\s+)?${ON}\s+(?<topic>.+)$`,
    // "who has asked about Gaza the most?", "which MPs raised potholes most?": the topic before "most".
    String.raw`${WHO_ASKS}(?:(?:asks?|asked|tables?|tabled)\s+(?:${QUESTIONS}\s+)?${ON}|raises?|raised)\s+(?<topic2>.+?)\s+(?:the\s+)?most(?:\s+often)?\s*[?!.]*$`,
    // "top MPs on immigration", "the most active members on water".
    String.raw`^(?:the\s+)?(?:top|most\s+active)\s+(?:mps|members|askers)\s+${ON}\s+(?<topic3>.+)$`,
  ].join('|'),
  'iu',
);

/** "how many MPs have asked about Gaza?": the askers, whom the topic's stats count and list. */
const ASKERS_COUNTED = new RegExp(
  String.raw`^how\s+many\s+(?:mps|members|members\s+of\s+parliament|people)\s+(?:have\s+|has\s+)?(?:asked|raised|tabled|put\s+down)\s+(?:${QUESTIONS}\s+)?(?:${ON}\s+)?(?<topic>.+)$`,
  'iu',
);

/** A period said after a question's frame ("… this year", "… in the last month", "… since 2025"). */
const PERIOD_AFTER =
  String.raw`(?:(?:in|during|over)\s+(?:the\s+)?(?:last|past|this)\b|(?:in|during)\s+(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)\b|` +
  String.raw`since\b|(?:this|last)\s+(?:year|month|week)\b|so\s+far\b)[^?!.]*`;

/**
 * "how many times has sewage been raised?", "how often is HS2 asked about?": how many questions,
 * which the topic's counts say; a period after it ("… raised this year?", "… in the last month?")
 * stays with the topic, where the counts read it as dates.
 */
const TIMES_ASKED = new RegExp(
  String.raw`^how\s+(?:many\s+times|often)\s+(?:has|have|is|are|was|were)\s+(?<topic>.+?)\s+(?:been\s+)?(?:raised|asked\s+about|mentioned|brought\s+up)(?:\s+in\s+(?:parliament|the\s+commons|the\s+house))?(?<period>\s+${PERIOD_AFTER})?\s*[?!.]*$`,
  'iu',
);

/**
 * "how many questions has the Home Office answered this year?", "how many questions has Rupert
 * Lowe asked about immigration?": the questions of who is named, which their counts say, read as
 * the words for them ("questions answered by the Home Office this year").
 */
const QUESTIONS_OF = new RegExp(
  String.raw`^how\s+many\s+(?:written\s+|parliamentary\s+)?questions\s+(?:has|have|did)\s+(?<who>.+?)\s+(?<verb>answered|answer|asked|ask|tabled|table)` +
    String.raw`(?:\s+(?:about|on)\s+(?<about>.+?))?(?<period>\s+${PERIOD_AFTER})?\s*[?!.]*$`,
  'iu',
);

/**
 * "which MP asks the most questions?", "who has tabled the most written questions?", "who is the
 * most active MP?" (in an archive of written questions, the one asking most): no topic, so the
 * whole archive's counts (`stats` alone) answer it.
 */
const MOST_ASKED_OF_ALL = new RegExp(
  [
    String.raw`^(?:who|which\s+(?:mps?|members?|part(?:y|ies)))\s+(?:has\s+|have\s+)?(?:asks?|asked|tables?|tabled|puts?\s+down)\s+(?:the\s+)?most\s+(?:written\s+|parliamentary\s+)?(?:questions|pqs)\s*[?!.]*$`,
    String.raw`^(?:who|which\s+(?:mp|member))\s+is\s+the\s+most\s+active(?:\s+(?:mp|member))?\s*[?!.]*$`,
    // "most active MPs", "the top askers".
    String.raw`^(?:who\s+are\s+)?(?:the\s+)?(?:top|most\s+active)\s+(?:mps|members|askers)\s*[?!.]*$`,
  ].join('|'),
  'iu',
);

/**
 * The topic of a question the topic's counts answer (`stats`): who asks most on it (`MOST_ASKED`),
 * how many ask about it (`ASKERS_COUNTED`), or how often it is raised (`TIMES_ASKED`); '' for who asks most of all (`MOST_ASKED_OF_ALL`);
 * undefined for any other.
 */
export function countsAskedOf(input: string): { topic: string; asks: 'most' | 'times' | 'askers' } | undefined {
  const text = ungreeted(input);
  if (MOST_ASKED_OF_ALL.test(text)) return { topic: '', asks: 'most' };
  // "so far" says only that the count runs to now.
  const periodOf = (groups: Record<string, string | undefined> | undefined) => groups?.period?.replace(/^\s*so\s+far\b/i, '').trim();
  for (const [re, asks] of [
    [MOST_ASKED, 'most'],
    [ASKERS_COUNTED, 'askers'],
    [TIMES_ASKED, 'times'],
  ] as const) {
    const groups = re.exec(text)?.groups;
    const topic = topicOf(groups?.topic ?? groups?.topic2 ?? groups?.topic3);
    const period = periodOf(groups);
    if (topic) return { topic: period ? `${topic} ${period}` : topic, asks };
  }
  const of = QUESTIONS_OF.exec(text)?.groups;
  const who = topicOf(of?.who);
  if (of && who) {
    const about = topicOf(of.about);
    const words = [/^answer/i.test(of.verb!) ? `questions answered by ${who}` : `questions from ${who}`, about && `on ${about}`, periodOf(of)];
    return { topic: words.filter(Boolean).join(' '), asks: 'times' };
  }
  return undefined;
}

/** "… by party", "… broken down by department", "… per year", ending a stats topic; each group named for its table in StatsReply. */
const STATS_TABLE_ASKED =
  /\s+(?:(?:broken\s+down|split)\s+)?(?:by|per|for\s+each)\s+(?:(?<byAnsweringBody>departments?|depts?|ministr(?:y|ies))|(?<byYear>years?)|(?<byParty>(?:political\s+)?part(?:y|ies))|(?<topAskers>askers?|members?|mps?))\s*[?!.]*$/iu;
const STATS_TABLES = ['byAnsweringBody', 'byYear', 'byParty', 'topAskers'] as const;

/**
 * The table a stats topic ends by asking for ("stats sewage by party"), and the topic without it.
 * Every stats reply counts by department, year, party and asker, so the words only say which
 * table to read; searched, they would count the records holding "party" too.
 */
export function statsTableOf(topic: string): { topic: string; table: (typeof STATS_TABLES)[number] } | undefined {
  const padded = ` ${topic.trim()}`;
  const m = STATS_TABLE_ASKED.exec(padded);
  const table = m?.groups && STATS_TABLES.find((t) => m.groups![t]);
  return table ? { topic: padded.slice(0, m!.index).trim(), table } : undefined;
}

/** A question as its frames are read: trimmed, past a greeting ("hi, who is the minister for water?"). */
const ungreeted = (input: string) => input.trim().replace(GREETING_OPENING, '');

/** The topic a frame's group took, less the mark ending the question; undefined when it holds no word. */
function topicOf(taken: string | undefined): string | undefined {
  const topic = taken?.replace(/[?!.]+$/, '').trim();
  return topic && /[\p{L}\p{N}]/u.test(topic) ? topic : undefined;
}

/**
 * A question asking how promptly questions are answered: "is the Home Office answering questions
 * on time?", "how late is DWP at answering?", "which department is worst at answering on time?",
 * "does the Treasury answer questions on time?", "how many questions has the Department of Health
 * not answered on time?", "how many questions did DWP answer late?". The timeliness table answers
 * it (`stats timeliness`: answered on time, late, and overdue), for the department named, if one is.
 */
const ON_TIME = String.raw`(?:on\s+time|in\s+time|late|promptly|quickly)`;
const TIMELINESS_ASKED = [
  String.raw`^(?:does|do)\s+(?<who>.+?)\s+answer\s+(?:(?:written\s+|parliamentary\s+)?(?:questions|pqs)\s+)?${ON_TIME}\b`,
  String.raw`^how\s+many\s+(?:written\s+|parliamentary\s+)?(?:questions|pqs)\s+(?:has|have|did|does|do)\s+(?<who>.+?)\s+(?:not\s+answer(?:ed)?\s+(?:on\s+time|in\s+time)|answer(?:ed)?\s+late|failed\s+to\s+answer\s+(?:on\s+time|in\s+time))\b`,
  String.raw`^(?:is|are)\s+(?<who>.+?)\s+answering\s+(?:(?:written\s+|parliamentary\s+)?(?:questions|pqs)\s+)?${ON_TIME}\b`,
  String.raw`^how\s+(?:late|quickly|promptly|fast|slow)\s+(?:is|are|does|do)\s+(?<who>.+?)\s+(?:at\s+)?answer(?:ing|s)?\b`,
  String.raw`^(?:which|what)\s+(?:government\s+)?(?:departments?|ministr(?:y|ies))\s+(?:is|are)\s+(?:the\s+)?(?:worst|slowest|latest|best|quickest|fastest)\s+at\s+answering\b`,
  // "which department has the worst record on answering questions?", "… the best record for answering PQs on time".
  String.raw`^(?:which|what)\s+(?:government\s+)?(?:departments?|ministr(?:y|ies))\s+(?:has|have)\s+(?:the\s+)?(?:worst|best|poorest)\s+record\s+(?:on|for|of|at|in)\s+answering\b`,
].map((p) => new RegExp(p, 'iu'));
/** Who answers for the government as a whole: no one department. */
const EVERY_DEPARTMENT = /^(?:the\s+)?(?:government|ministers|departments|ministries|whitehall)$/i;

/** The timeliness table's filters for a question asking how promptly questions are answered (`TIMELINESS_ASKED`): the department named, or every one (''); undefined for any other question. */
export function timelinessAskedOf(input: string): string | undefined {
  const text = ungreeted(input);
  for (const re of TIMELINESS_ASKED) {
    const m = re.exec(text);
    if (!m) continue;
    const who = m.groups?.who?.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
    return who && !EVERY_DEPARTMENT.test(who) ? `dept:"${who.replace(/"/g, '')}"` : '';
  }
  return undefined;
}

/** The topic of a question asking who answers on it (`WHO_ANSWERS`), or undefined. */
export function whoAnswersTopic(input: string): string | undefined {
  const text = ungreeted(input);
  for (const re of WHO_ANSWERS) {
    const g = re.exec(text)?.groups;
    const topic = topicOf(g?.after ?? g?.before);
    if (topic) return topic;
  }
  return undefined;
}

/**
 * "what has Angela Rayner answered on housing?", "what did the Home Office answer about visas?": the
 * answers given are the list asked for, not one sentence of them ("answered" is then the answered:
 * filter too). A reply asked for is what was said (`SAID_OPENING`).
 */
const ANSWERED_LIST = /^what\s+(?:has|have|did)\s+(?:\S+\s+){1,5}(?:answered|answer)(?:\s+(?:about|on|regarding|concerning|to)\b|\s*\??$)/i;

/**
 * The query without a greeting and a chat opening (CHAT_FRAME), unless that is all there is; and
 * the opening's word asking for the newest records, if it says one ("latest on …", "recent
 * questions about …"): the list is then put newest first, as asked.
 */
function withoutChatFrame(raw: string): { text: string; newest?: string; listAsked?: boolean; viewAsked?: boolean; answersAsked?: string } {
  const who = whoAnswersTopic(raw);
  if (who) return { text: who };
  const greeted = ungreeted(raw);
  const frame = CHAT_FRAME.exec(greeted);
  // "latest answers from DWP", "show me questions by Rupert Lowe": the records' word and who put or
  // answered them stay, as in "answers from DWP", read there as the department or the member's side.
  const whose = frame && RECORDS_WHOSE.exec(frame[0]);
  const rest = frame ? (whose ? whose[0] : '') + greeted.slice(frame[0].length) : greeted;
  if (!/[\p{L}\p{N}]/u.test(rest)) return { text: raw };
  const newest = frame && NEWEST_WORD.exec(frame[0])?.[1];
  // Asking for records ("any new answers on potholes this week?"), not whose view ("what's the government's position on …?", which asks what was said).
  const viewAsked = !!frame && VIEW_FRAME.test(frame[0]);
  // Answers asked for by that word ("latest answers on …", "show me the answers on …"), not questions: answered ones.
  const answers = frame && !viewAsked ? ANSWERS_ASKED.exec(frame[0])?.[0].replace(/\s+/g, ' ') : undefined;
  return {
    text: rest,
    ...(newest ? { newest: newest.toLowerCase() } : {}),
    ...(frame ? (viewAsked ? { viewAsked } : { listAsked: true }) : {}),
    ...(answers ? { answersAsked: answers } : {}),
  };
}
/** The end of a chat opening naming whose records: "… answers from ", "… questions by ". */
const RECORDS_WHOSE = /\b(?:answers|questions|replies)\s+(?:from|by|to)\s+$/i;
/** What is left of "latest answers" once the order is read: the answers alone, the filters aside. */
const ANSWERS_WORD = /(?:written\s+)?(?:answers|replies)\b[?!.]*/i;
const ANSWERS_ALONE = new RegExp(String.raw`^\s*${ANSWERS_WORD.source}\s*$`, 'i');
/** A filter as typed ("dept:dwp", "by:\"rupert lowe\""). */
const FILTER_TOKEN = new RegExp(String.raw`(?:^|\s)-?(?:${FILTER_KEYS.join('|')}):(?:"[^"]*"?|\S*)`, 'gi');
/** Asked what is new, and nothing more: "what's new?", "anything new?", "any news?". */
const NEWS_ALONE = /^(?:what(?:'s|’s|s|\s+is)\s+(?:new|the\s+latest)|(?:is\s+there\s+)?anything\s+new|any\s+news)\s*[?!.]*$/i;
const ANSWERS_ASKED = new RegExp(String.raw`\b(?:(?:${NEWEST})\s+)?(?:answers|replies)\b`, 'i');

/** A chat opening asking whose view, not for records: "what's the government's position on …", "government plans for …". */
const VIEW_FRAME = /\b(?:position|stance|views?|line|thinking|policy|plans?|approach|response)\s+\S+\s*$/i;

/**
 * An order said of the records themselves, anywhere in the query: "the oldest unanswered
 * questions", "latest answers on HS2", "most recent questions about …". The order word is no
 * search word ("oldest" found the two records that hold it); the words naming the records are read
 * as such (engine.ts), and "unanswered" as its filter.
 */
const ORDER_OF_RECORDS = new RegExp(
  String.raw`\b((?:[Ll]atest|[Nn]ewest|[Mm]ost\s+recent|[Rr]ecent|[Oo]ldest|[Ee]arliest))\s+` +
    // A name typed with capitals may stand between: "latest Home Office answers on asylum".
    String.raw`(?=(?:[A-Z][\p{L}&'’-]*\s+){0,3}(?:(?:[Aa]nswered|[Uu]nanswered)\s+)?(?:[Ww]ritten\s+)?(?:[Qq]uestions?|[Aa]nswers?|[Rr]epl(?:y|ies)|PQs?|pqs?|WQs?|wqs?)\b)`,
  'u',
);

/**
 * Awaiting an answer, said in words of the questions: "questions waiting for an answer on SEND",
 * "sewage questions still awaiting a reply", "HS2 questions not yet answered". The unanswered
 * filter, as the word "unanswered" is, not words to search for ("waiting", "answer" and "reply"
 * had been searched, and answers listed first).
 */
const AWAITING_SAID =
  /\b(?:(?:still|currently)\s+)?(?:(?:waiting|awaiting)\s+(?:for\s+)?(?:an?\s+|their\s+|its\s+)?(?:answers?|replies|reply)|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?answered|with(?:out|\s+no)\s+(?:an?\s+)?(?:answers?|reply))\b/gi;
/** Only said of the questions, named before it: "patients waiting for a reply from the hospital" is a topic. */
const QUESTIONS_NAMED = /\b(?:questions?|pqs?|wqs?)\b/i;

/**
 * Parliamentary business other than written questions, which the archive does not hold: oral
 * questions and Prime Minister's Questions, written statements, early day motions, debates and
 * Hansard, select committee reports. "oral questions on sewage" had required "oral" (506 records,
 * none of them all the words).
 */
const OTHER_BUSINESS = new RegExp(
  [
    String.raw`\b(?:oral\s+(?:questions?|pqs?|answers?)|pmqs|prime\s+minister['’]?s\s+questions|written\s+(?:ministerial\s+)?statements?|early\s+day\s+motions?|edms?`,
    String.raw`(?:commons\s+|westminster\s+hall\s+|hansard\s+)?debates?|hansard|select\s+committee\s+(?:reports?|inquir(?:y|ies)|evidence))\b`,
  ].join('|'),
  'gi',
);

/**
 * A state said of the records themselves: "overdue questions to the Home Office", "late answers
 * dept:dwp", "holding answers on HS2", "corrected answers". The is: filter, as "answered" and
 * "unanswered" are, not a word to search for ("late answers dept:dwp" found the 5 records holding
 * "late", "overdue questions …" 6,339 records of every department).
 */
const STATE_OF_RECORDS = /\b(overdue|late|holding|corrected)\s+(?=(?:written\s+)?(?:questions?|answers?|replies)\b)/gi;
/** The same said after the questions, ending the query: "which questions about HS2 are overdue?", "HS2 questions that are still overdue". */
const STATE_AFTER = /\s+(?:that\s+|which\s+)?(?:are|is|were|was)\s+(?:still\s+|now\s+)?(overdue|late)(?=\s*[?!.]*$)/gi;

/**
 * A period said in words at the end of a topic: "small boats this year", "asylum hotels in 2025",
 * "knife crime since 2024", "flooding in March 2025", "… last year", "… last month". Read as the
 * date filters (from:/to:, the period's records: answered, or tabled while awaiting an answer, in
 * it), not as words: "small boats in 2025" found records holding "2025" and the boats, most of the
 * topic missing. Said with what was done then ("questions tabled in March 2025 about flooding",
 * "answered since 2024"), the period may stand anywhere, and dates that act: tabled then, or
 * answered then. Not in a question put in words ("how many small boats crossed in 2024?" asks
 * about 2024, answered later) unless it dates the asking ("what did Reform MPs ask in July
 * 2025?"), nor a period to come.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * A month named in full, without its year: the latest of that name (this year's, or last year's
 * when it is still to come). Not "May", a name and a word too ("flooding in May", "Theresa May").
 */
const MONTH_NAMED = '(?:january|february|march|april|june|july|august|september|october|november|december)';
/** Counts said in words before a span ("the last six months"). */
const COUNT_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/**
 * The days of the House of Commons' general elections: "since the election" is the latest before
 * today ("the last election" too), "before the election" the days before it.
 */
const GENERAL_ELECTIONS = ['2010-05-06', '2015-05-07', '2017-06-08', '2019-12-12', '2024-07-04'];
const PERIOD_SAID = new RegExp(
  String.raw`\s+(?:(?<done>tabled|asked|ask|answered)\s+)?(?:(?<prep>in|during|since|from)\s+(?:(?<month>${MONTH})\s+)?(?<year>(?:19|20)\d\d)` +
    String.raw`|(?<prep2>in|during|since|from|last)\s+(?<month2>${MONTH_NAMED})` +
    // A span back from today: "in the last six months", "over the past 2 years", "the past year", "past month".
    String.raw`|(?:(?:in|over|during|for|within)\s+)?(?:the\s+(?:last|past)|past)\s+(?:(?<count>\d{1,3}|${COUNT_WORDS.join('|')})\s+)?(?<spanUnit>day|week|month|year)s?` +
    String.raw`|(?<rel>this|last)\s+(?<unit>year|month|week)|(?<day>today|yesterday)` +
    String.raw`|(?<elect>since|before)\s+the\s+(?:last\s+|(?:20\d\d\s+))?(?:general\s+)?election)(?=[\s?!.,;]|$)`,
  'gi',
);
/** What may follow a period said without its deed: the end, or filters. */
const AFTER_PERIOD = /^(?:\s*$|\s+(?:[a-z-]+:\S+|answered|unanswered)(?:\s|$))/i;
/** Or the topic, when the records or their deed were named before ("questions asked by Lib Dems in 2026 about care homes"). */
const TOPIC_AFTER = /^\s+(?:about|on|regarding|concerning|into|over)\s+\S/i;
const TOPIC_WORD = /\b(?:about|on|regarding|concerning|into|over|for)\b/i;
const RECORDS_BEFORE = /\b(?:questions?|answers?|replies|pqs?|wqs?|(?<deed>asked|tabled|answered))\b/gi;

/** The last day of a month given as YYYY-MM. */
const monthEnd = (ym: string) => new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)).toISOString().slice(0, 10);

function periodSaid(
  text: string,
  today: string,
  quoted: (at: number) => boolean,
  listed = false,
): { at: number; length: number; said: string; from?: string; to?: string; done?: 'tabled' | 'answered' } | undefined {
  // A question put in words asks about its period, unless the period dates the asking ("what did
  // Reform MPs ask in July 2025?") or, ending a question asking what was said, the saying ("what
  // did the Home Office say about small boats in March 2025?": its answers of that month). A
  // request for the records (`listed`: "any new answers on potholes this week?") is no such question.
  const question = !listed && isQuestion(text);
  const saying = question && SAID_OPENING.test(text);
  // Likewise, ending a question asking whether anyone asked, the asking ("has anyone asked about Gaza this month?").
  const asking = question && ASKED_FRAME.test(text);
  let deedBefore: string | undefined;
  const m = [...text.matchAll(PERIOD_SAID)].find((x) => {
    const done = x.groups!.done?.toLowerCase();
    if (quoted(x.index! + 1)) return false;
    if ((saying || asking) && !done && /^[\s?!.]*$/.test(text.slice(x.index! + x[0].length))) {
      deedBefore = saying ? 'answered' : 'tabled';
      return true;
    }
    if (question) return !!done && done !== 'answered';
    if (done) return true;
    const after = text.slice(x.index! + x[0].length);
    if (AFTER_PERIOD.test(after) || (listed && /^[\s?!.]*$/.test(after))) return true;
    const named = [...text.slice(0, x.index!).matchAll(RECORDS_BEFORE)];
    if (!named.length || !TOPIC_AFTER.test(after)) return false;
    // The period belongs to the records' phrase: no topic begun between ("questions about floods in
    // 2024 on the Somerset Levels" asks about 2024's floods).
    const last = named.at(-1)!;
    if (TOPIC_WORD.test(text.slice(last.index! + last[0].length, x.index!))) return false;
    deedBefore = named.map((r) => r.groups!.deed?.toLowerCase()).filter(Boolean).at(-1);
    return true;
  });
  // Dates typed as filters are the dates asked.
  if (!m || /(?:^|\s)(?:from|since|after|to|until|before):\S/i.test(text)) return undefined;
  const g = m.groups!;
  const thisOne = g.rel?.toLowerCase() === 'this';
  const said = m[0].trim().replace(/\s+/g, ' ');
  const done = (g.done ?? deedBefore)?.toLowerCase();
  const dated = done === 'answered' ? { done: 'answered' as const } : done ? { done: 'tabled' as const } : {};
  // Days counted from today's midnight (London's day, as `today` is).
  const midnight = Date.parse(`${today}T00:00:00Z`);
  const daysBefore = (n: number) => new Date(midnight - n * 864e5).toISOString().slice(0, 10);
  // Since the last general election, or before it (a year typed with it names that one).
  if (g.elect) {
    const year = /\b(20\d\d)\b/.exec(said)?.[1];
    const day = year ? GENERAL_ELECTIONS.find((d) => d.startsWith(year)) : GENERAL_ELECTIONS.filter((d) => d <= today).at(-1);
    if (!day) return undefined;
    const since = g.elect.toLowerCase() === 'since';
    const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 864e5).toISOString().slice(0, 10);
    return { at: m.index!, length: m[0].length, said, ...(since ? { from: day } : { to: dayBefore }), ...dated };
  }
  // A span back from today: "the last six months" from the same day six months ago, "the past year" a year.
  if (g.spanUnit) {
    const n = g.count ? (/^\d+$/.test(g.count) ? Number(g.count) : Math.max(1, COUNT_WORDS.indexOf(g.count.toLowerCase()))) : 1;
    if (n === 0) return undefined;
    const unit = g.spanUnit.toLowerCase();
    const t = new Date(midnight);
    if (unit === 'day') t.setUTCDate(t.getUTCDate() - n);
    else if (unit === 'week') t.setUTCDate(t.getUTCDate() - 7 * n);
    else if (unit === 'month') t.setUTCMonth(t.getUTCMonth() - n);
    else t.setUTCFullYear(t.getUTCFullYear() - n);
    return { at: m.index!, length: m[0].length, said, from: t.toISOString().slice(0, 10), ...dated };
  }
  // A day: "questions answered today", "tabled yesterday".
  if (g.day) {
    const day = daysBefore(g.day.toLowerCase() === 'today' ? 0 : 1);
    return { at: m.index!, length: m[0].length, said, from: day, to: day, ...dated };
  }
  // A week runs Monday to Sunday: "this week" from its Monday, "last week" the seven days before.
  if (g.unit?.toLowerCase() === 'week') {
    const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
    const week = thisOne ? { from: daysBefore(sinceMonday) } : { from: daysBefore(sinceMonday + 7), to: daysBefore(sinceMonday + 1) };
    return { at: m.index!, length: m[0].length, said, ...week, ...dated };
  }
  const lastMonth = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
  if (g.month2) {
    // "in March", "since January": this year's, or last year's when it is still to come ("last March": before this month).
    const month = MONTHS.indexOf(g.month2.slice(0, 3).toLowerCase()) + 1;
    const now = Number(today.slice(5, 7));
    const year = Number(today.slice(0, 4)) - (month > now || (month === now && g.prep2!.toLowerCase() === 'last') ? 1 : 0);
    const start = `${year}-${String(month).padStart(2, '0')}`;
    const open = /^(?:since|from)$/i.test(g.prep2!);
    return { at: m.index!, length: m[0].length, said, from: `${start}-01`, ...(open ? {} : { to: monthEnd(start) }), ...dated };
  }
  const start = g.year
    ? g.month
      ? `${g.year}-${String(MONTHS.indexOf(g.month.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}`
      : g.year
    : g.unit!.toLowerCase() === 'month'
      ? thisOne ? today.slice(0, 7) : lastMonth
      : String(Number(today.slice(0, 4)) - (thisOne ? 0 : 1));
  const from = start.length === 4 ? `${start}-01-01` : `${start}-01`;
  if (from > today) return undefined;
  const open = /^(?:since|from)$/i.test(g.prep ?? '') || thisOne;
  const to = open ? undefined : start.length === 4 ? `${start}-12-31` : monthEnd(start);
  return { at: m.index!, length: m[0].length, said, from, ...(to ? { to } : {}), ...dated };
}

export function parseQuery(input: string): ParsedQuery {
  const raw = input.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (raw.length > MAX_QUERY_LENGTH) {
    throw new QueryError(
      `That query is ${raw.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`,
      'Keep the few words that name the topic, for example county lines funding.',
    );
  }
  const q: ParsedQuery = { raw, text: '', groups: [], exclude: [], filters: noFilters(), sort: 'relevance' };
  const said: string[] = [];
  const framed = withoutChatFrame(raw);
  // Whom the asking was put to ("has anyone asked the minister about vapes?") is no topic.
  let text = framed.text;
  if (on('asked-of')) {
    text = saidAsSaid(text);
    for (const re of [ASKED_OF, SAID_BY, SAID_ANYTHING]) text = cutToVerb(text, re);
  }
  // Words read as an order, a state or a period are words again in quotes: what the notices offer.
  const quoted = (at: number) => inQuotes(text, at);
  const orderMatch = framed.newest ? undefined : ORDER_OF_RECORDS.exec(text);
  const ordered = orderMatch && !quoted(orderMatch.index) ? orderMatch : undefined;
  if (ordered) text = text.slice(0, ordered.index) + text.slice(ordered.index + ordered[0].length);
  const order = framed.newest ?? ordered?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  // "latest answers" alone, or "what's new?": every answered question, newest first; searched,
  // "answers" found the five thousand records holding the word.
  const allNew = (ordered && !framed.answersAsked && ANSWERS_ALONE.test(text.replace(FILTER_TOKEN, ' '))) || NEWS_ALONE.test(ungreeted(raw));
  if (allNew) {
    q.filters.answered = true;
    q.answersAsked = ordered ? `${ordered[1]} ${ANSWERS_WORD.exec(text)![0]}`.replace(/\s+/g, ' ') : raw.replace(/[?!.]+$/, '');
    text = ordered ? text.replace(ANSWERS_WORD, ' ') : '';
  }
  if (framed.listAsked || ANSWERED_LIST.test(ungreeted(raw))) q.listAsked = true;
  if (framed.answersAsked) {
    q.filters.answered = true;
    q.answersAsked = framed.answersAsked;
  }
  if (framed.viewAsked) q.viewAsked = true;
  if (order) {
    q.sort = /^(?:oldest|earliest)$/.test(order) ? 'oldest' : 'newest';
    q.orderAsked = order;
  } else if (allNew) q.sort = 'newest';
  const stated = [
    ...[...text.matchAll(STATE_OF_RECORDS)],
    ...[...text.matchAll(STATE_AFTER)].filter((m) => QUESTIONS_NAMED.test(text.slice(0, m.index!))),
  ].filter((m) => !quoted(m.index!)).sort((a, b) => a.index! - b.index!);
  if (stated.length) {
    const states = [...new Set(stated.map((m) => m[1]!.toLowerCase() as Qualifier))];
    for (const m of stated.reverse()) text = text.slice(0, m.index!) + text.slice(m.index! + m[0].length);
    q.filters.is.push(...states.filter((x) => !q.filters.is.includes(x)));
    q.statesAsked = states;
  }
  // Oral questions, statements, motions or debates asked for: the archive holds written questions
  // only. Their words are no topic, unless nothing else is typed ("PMQs" alone finds the written
  // questions mentioning them).
  const other = [...text.matchAll(OTHER_BUSINESS)].find((m) => !quoted(m.index!));
  if (other) {
    const rest = text.slice(0, other.index!) + text.slice(other.index! + other[0].length);
    const dropped = rest.split(/\s+/).some((w) => w && !/:/.test(w) && !namesNothing(w.replace(/[?!.,;]+$/, '')));
    if (dropped) text = rest;
    q.otherBusiness = { said: other[0].replace(/\s+/g, ' '), dropped };
  }
  const awaiting = [...text.matchAll(AWAITING_SAID)].find((m) => !quoted(m.index!) && QUESTIONS_NAMED.test(text.slice(0, m.index!)));
  if (awaiting) {
    text = text.slice(0, awaiting.index!) + text.slice(awaiting.index! + awaiting[0].length);
    q.filters.answered = false;
    q.awaitingAsked = awaiting[0].replace(/\s+/g, ' ');
  }
  const period = periodSaid(text, q.filters.today, quoted, !!framed.listAsked);
  if (period) {
    text = text.slice(0, period.at) + text.slice(period.at + period.length);
    if (period.from) q.filters.from = period.from;
    if (period.to) q.filters.to = period.to;
    if (period.done === 'tabled') q.filters.dated = 'tabled';
    if (period.done === 'answered') q.filters.answered = true;
    q.periodAsked = { said: period.said, from: period.from, to: period.to, done: period.done };
  }
  const tokens = lex(text);
  let pendingOr = false;
  let words = 0;
  for (const tok of tokens) {
    if (tok.or) {
      said.push('OR');
      if (q.groups.length === 0) throw new QueryError('OR needs something on each side.', 'For example: "county lines" OR "drug gangs".');
      pendingOr = true;
      continue;
    }
    if (tok.key) {
      const key = KEY_ALIASES[tok.key];
      if (!key) throw unknownFilter(tok.key);
      if (tok.negate) throw new QueryError(`Filters cannot be negated (-${tok.key}:).`, 'Use from:/to: to narrow dates, or -word to exclude a word.');
      applyFilter(q, key, tok.value);
      continue;
    }
    const lower = tok.value.toLowerCase();
    if (!tok.quoted && !tok.negate && (lower === 'answered' || lower === 'unanswered')) {
      q.filters.answered = lower === 'answered';
      continue;
    }
    const alt: Alternative = tok.quoted ? { kind: 'phrase', text: tok.value } : { kind: 'word', text: tok.value };
    if (!/[\p{L}\p{N}]/u.test(alt.text)) continue; // lone punctuation: nothing to search for
    words += alt.text.split(/\s+/).length;
    if (tok.negate) {
      q.exclude.push(alt);
      continue;
    }
    said.push(tok.quoted ? `"${tok.value}"` : tok.value);
    if (pendingOr) {
      q.groups[q.groups.length - 1].alternatives.push(alt);
      pendingOr = false;
    } else {
      q.groups.push({ alternatives: [alt] });
    }
  }
  if (pendingOr) throw new QueryError('OR needs something on each side.', 'For example: "county lines" OR "drug gangs".');
  if (words > MAX_QUERY_WORDS) {
    throw new QueryError(`That query has ${words} words; the limit is ${MAX_QUERY_WORDS}.`, 'Keep the words that name the topic.');
  }
  q.text = said.join(' ');
  if (q.filters.from && q.filters.to && q.filters.from > q.filters.to) {
    throw new QueryError(`from:${q.filters.from} is after to:${q.filters.to}.`, 'Swap the two dates.');
  }
  return q;
}

function applyFilter(q: ParsedQuery, key: (typeof FILTER_KEYS)[number], value: string): void {
  switch (key) {
    case 'dept':
      // dept:"the Home Office", as people write it.
      q.filters.dept.push(value.replace(/^the\s+(?=\S)/i, ''));
      return;
    case 'by':
      q.filters.by.push(value);
      return;
    case 'answered-by':
      q.filters.answeredBy.push(value);
      return;
    case 'party':
      q.filters.party.push(value);
      return;
    case 'house': {
      const v = value.toLowerCase();
      if (v !== 'commons' && v !== 'lords') throw new QueryError(`house:${value} is not a house.`, 'Use house:commons or house:lords.');
      q.filters.house = v === 'commons' ? 'Commons' : 'Lords';
      return;
    }
    case 'from':
      q.filters.from = parseDateBound(value, false, 'from');
      return;
    case 'to':
      q.filters.to = parseDateBound(value, true, 'to');
      return;
    case 'is': {
      const v = value.toLowerCase() as Qualifier;
      if (!QUALIFIERS.includes(v)) throw new QueryError(`is:${value} is not something a question can be.`, `Use ${QUALIFIERS.map((x) => `is:${x}`).join(', ')}.`);
      if (v === 'answered' || v === 'unanswered') q.filters.answered = v === 'answered';
      else if (!q.filters.is.includes(v)) q.filters.is.push(v);
      return;
    }
    case 'sort': {
      const v = value.toLowerCase();
      if (v === 'newest' || v === 'latest' || v === 'date') q.sort = 'newest';
      else if (v === 'oldest') q.sort = 'oldest';
      else if (v === 'relevance' || v === 'best') q.sort = 'relevance';
      else throw new QueryError(`sort:${value} is not a sort order.`, 'Use sort:newest, sort:oldest or sort:relevance (the default).');
      return;
    }
  }
}
