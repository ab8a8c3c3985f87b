// Counts: whether a sentence's number counts what "how many …" asks (`countsAsked`), and what
// the question counts (`countedTerms`, `peopleDoIn`). Numbers that count nothing (labels,
// ratios, ages, references, dates) are read out first.
import { codeParts, term, words } from '../search/text.ts';
import { ANYONE, PARTITIVE } from '../search/question.ts';
import { A_YEARS, DAY_OF_MONTH, NUMBER, NUMBER_WORD, REFERENCE, stems } from './figures.ts';

/**
 * A number after a capitalised word within a sentence names a thing, as a label: "Publicly
 * Available Standard 1899 was co-sponsored by …" counts no charging points; so do the numbers
 * listed after it ("Key Stages 1 and 2"). Not when a number comes before: "213 Challenger 2 Main
 * Battle Tanks" counts tanks.
 */
const LABEL = /(?<!\d[\d,.]*\s+)(?<=\S\s+)[A-Z][\w'’-]*\s+\d[\d.,]*\b(?:(?:,\s*|\s+(?:and|or|to)\s+)\d[\d.,]*\b)*(?!\s?%)/g;

/** Numbers joined by a slash: a ratio or a rule's name ("the 90 days in 180-day limit (90/180)", "24/7"), no count. */
const RATIO = /\b\d+(?:\.\d+)?\/\d+(?:\.\d+)?\b/g;

/** A number in a quoted name or slogan ("the campaign … ('30 by 30')", "the ‘2030 Challenge’"): no count. */
const QUOTED_NUMBER = /(?<=[\s(])[‘’'"“][^‘’'"“”.;]{0,25}?\d[^‘’'"“”.;]{0,25}?[’'"”](?=[\s),.;:]|$)/g;

/** The unit a rate is given for: "£732 per tonne for every 2 hectares", "one in every 5": no count. */
const EVERY_N = /\b(?:every|each|per)\s+\d[\d,.]*/gi;

/** A sentence less the numbers that count nothing: quoted names, rates' units ("every 2 hectares"), references ("Section 95"), labels ("Standard 1899"), days of a month, years, ratios. */
const withoutNonCounts = (s: string) =>
  s.replace(QUOTED_NUMBER, ' ').replace(EVERY_N, ' ').replace(REFERENCE, ' ').replace(DAY_OF_MONTH, ' ').replace(A_YEARS, ' ').replace(LABEL, ' ').replace(AGES, ' ').replace(RATIO, ' ').replace(PRONOUN_ONE, ' ');

/**
 * "One" standing for a thing named before ("The UK's policy … is a longstanding one", "this one"),
 * or ranking it ("this government's number one priority"), or standing for a kind ("replace … with
 * one that is controlled"), or one among others ("one of a number of factors"): no count. Not "no
 * one", which counts none ("No one has been prosecuted").
 */
const PRONOUN_ONE = new RegExp(
  String.raw`\b(?:(?:a|an|the|this|that|each|every|any|another|which)\s+(?:[a-z-]+\s+)?|number\s+)one\b(?!\s+(?:hundred|thousand|million|billion)\b)|` +
    String.raw`\b(?:with|into|for|as|to|by)\s+one\s+(?=(?:that|which|who|where)\b)|\bone\s+(?=of\s+(?:a number|many|several|the|our|its|their|his|her)\b)`,
  'gi',
);

/**
 * An age or a range of ages ("young people aged 16 to 24", "aged over 75", "when they turned 16",
 * "until the age of 18", "16- and 17-year-olds", "the under-18s", "those over 75"): whom a figure is for, no count.
 */
const AGES = new RegExp(
  String.raw`\b(?:aged?|turn(?:s|ed|ing)?|ages?\s+of)\s+(?:(?:between|over|under|from|up to)\s+)?\d+(?:\s*(?:to|-|–|and)\s*\d+)?|` +
    String.raw`\b\d+-?\s*(?:(?:and|or|to|-|–)\s*\d+-?\s*)?years?[-\s]olds?\b|\b(?:under|over)-\d+s\b|` +
    // "a free TV licence for those over 75", "the Cash ISA limit for those under 65".
    String.raw`\b(?:those|people|anyone|children|adults|pensioners|individuals|savers|you(?:'re| are)?)\s+(?:aged\s+)?(?:under|over)\s+\d{1,3}s?\b(?![,.]\d|\s?%)`,
  'gi',
);
/**
 * An age set or changed ("raise the minimum age for accessing the health element to 22", "the
 * State Pension age will rise to 67"): the figure asked when an age is asked, never how many.
 */
const AGE_SET = /\bage\b[^.;]{0,80}?\b(?:to|at|from)\s+\d{1,2}\b(?![,.]\d|\s*%)/gi;
/** An age in words: "children aged ten or over". */
const AGE_IN_WORDS = new RegExp(String.raw`\baged?\s+(?:between\s+|over\s+|under\s+|from\s+)?(?:${NUMBER_WORD})\b`, 'i');
/** Whether a sentence gives an age: set or changed ("will rise to 67"), or of whom it speaks ("aged 16 to 24", "over-65s", "aged ten or over"). */
const SAYS_AGE = [new RegExp(AGE_SET.source, 'i'), new RegExp(AGES.source, 'i'), AGE_IN_WORDS];
export const saysAge = (s: string) => SAYS_AGE.some((re) => re.test(s));

/** "No specific assessment has been made", "No data is held": that the figure is not known, not a count of none. */
const NO_FIGURE = /^no (?:\S+ )?(?:assessments?|estimates?|data|information|figures?|analysis|records?|statistics)\b/i;

export const isCount = (s: string) => NUMBER.test(withoutNonCounts(s)) || (/^(?:there (?:were|have been|has been|was) )?(?:no|none|zero)\b/i.test(s) && !NO_FIGURE.test(s));

const NUMERAL = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORD}|dozen|hundreds?|thousands?|no|none|zero)$`);

/** Words between a count and what it counts: "13,000 more", "1.2 million", "five new". */
const COUNT_FILLER = /^(?:hundreds?|thousands?|millions?|billions?|more|new|additional|extra|further|other|per|cent)$/;

/** How staff are counted, between a count and whom it counts: "full-time equivalent (FTE)", "FTE". */
const STAFF_MEASURE = /\b(?:full[- ]time[- ]equivalents?(?:\s*\(FTEs?\))?|FTEs?)(?=\s+[a-z])/gi;

/** What a sentence says its number is the number of: "the number of fully qualified GPs …". */
const NUMBER_OF = /\bnumber of ((?:[\w'’-]+ ){0,2}[\w'’-]+)/i;

/** "13,000 additional police officers": an increase, not how many there are. */
const INCREMENT = /^(?:more|additional|extra|further)$/;

/**
 * A count of what is made, added or still to come says how many were or will be made, not how many
 * there are: "c.5,000 places under construction", "aiming to deliver 14,000 places", "the delivery
 * of 1.5 million homes", "475 places have been delivered", "added nearly 28,000 places" (after the
 * count, `TO_COME`; before it, `TO_MAKE`). It answers a question about an increase, as a count of
 * more does.
 */
const TO_MAKE = /\b(?:deliver(?:ed|ing|s)?|delivery of|build(?:ing|s)?|built|creat(?:e|ed|es|ing)|construct(?:ed|ing|s)?|add(?:ed|ing|s)?)\s+(?:(?:a|an|up|to|around|about|over|some|nearly|almost|c)\.?\s+){0,2}$/i;

const TO_COME = new RegExp(
  String.raw`^(?:\s+[a-z-]+){0,2}?\s+(?:(?:(?:are|is|were|being|currently)\s+)?` +
    '(?:under construction|being built|in (?:the )?pipeline|in development|planned|to be (?:built|delivered|created))|' +
    String.raw`(?:have|has|had)\s+been\s+(?:delivered|built|created|added|opened|constructed|recruited|hired|appointed)|` +
    // People who came ("2,623 Band 3–5 prison officers who joined HMPPS …"): recruits, not the staff there are.
    String.raw`(?:who|that)\s+(?:have\s+|had\s+)?(?:joined|started|been\s+recruited|were\s+recruited|been\s+hired|were\s+hired))\b`,
  'i',
);

/**
 * A count moved out of a state or into one ("550,000 children out of poverty", "supported 980
 * veterans into housing"; not "16 hospitals out of 36", a share), or reached by a measure ("could
 * benefit 95,000 children", "covering over three million children", "protecting more than 300,000
 * homes", "moved 124 buildings from the Building Safety Fund to …"): what a measure does, as a count
 * of more is, not how many there are.
 */
const OUT_OF = /^\s+(?:out\s+of|into)\b(?!\s+(?:the\s+|a\s+total\s+of\s+)?\d)/i;
const SERVED = /\b(?:benefit|help|reach|lift|cover|protect|mov|transferr)(?:s|es|ed|ing)?\s+(?:(?:up|to|around|about|over|some|nearly|almost|an|a|estimated|c|more|than|at|least)\.?\s+){0,3}$/i;
/** A sample counted: "a 2016 study … examined 50 Average Speed Camera sites", "surveyed 1,200 adults": how many were looked at, not how many there are. */
const SAMPLED = /\b(?:examined|surveyed|sampled|analysed|analyzed|interviewed|studied|tested)\s+(?:(?:around|about|over|some|nearly|almost|a|an|c|more|than|at|least)\.?\s+){0,3}$/i;

/** A level a thing stands at, said before the count: "the social housing waiting list standing at 1.29 million". */
const LEVEL_OF = /\b((?:[\w'’-]+\s+){0,4}[\w'’-]+)\s+(?:standing|stands|stood|stand)\s+at\s+(?:(?:around|about|over|nearly|almost|some|approximately|c)\.?\s+)?$/i;

/**
 * Of those, a count of what has been made ("475 places have been delivered", "delivered 14,000
 * …"): it answers a question about what was done ("how many military drones did Britain send to
 * Ukraine?": "More than 85,000 military drones have been delivered by the UK to Ukraine …").
 */
const MADE_AFTER = /^(?:\s+[a-z-]+){0,2}?\s+(?:have|has|had)\s+been\s+(?:delivered|built|created|added|opened|constructed|recruited|hired|appointed)\b/i;

const MADE_BEFORE = /\b(?:delivered|built|created|constructed|added)\s+(?:(?:a|an|up|to|around|about|over|some|nearly|almost|c)\.?\s+){0,2}$/i;

/**
 * "How many people …" counts whoever the sentence counts: "3,444 UK Armed Forces personnel", "one
 * million patients". Not a measure of time, money or size ("12 weeks", "40%"), nor a count of
 * things people live or stay in ("approximately 535,400 units of supported housing", "300 homes").
 */
const WHOEVER = stems([...ANYONE].join(' '));

/** Whether what "how many …" counts is only people, whoever they are ("how many people …"). */
export const countsAnyone = (counted: Set<string>) => counted.size > 0 && [...counted].every((t) => WHOEVER.has(t));

/**
 * What a count of "how many people …" is not: a span, a sum, a size, the places and services
 * people are served by ("over 100 long COVID services" is no count of people with long COVID), or
 * what they wrote or met at.
 */
const UNIT = new RegExp(
  String.raw`^(?:years?|months?|weeks?|days?|hours?|minutes?|times?|per|percent|cent|pounds?|pence|miles?|kilometres?|km|tonnes?|metres?|m|bn|k|units?|pieces?|items?|` +
    String.raw`homes?|houses?|properties|places?|beds?|sites?|buildings?|services?|centres?|clinics?|hubs?|facilities|organisations?|schemes?|projects?|programmes?|` +
    // …nor what people wrote or met at: "over 1,300 written responses, including from disabled people".
    String.raw`responses?|submissions?|letters?|emails?|documents?|reports?|pages?|meetings?|events?)$`,
);

/**
 * Staff counted as full-time equivalents, and the verbs of a question about who works: an FTE
 * figure answers only those; and words naming staff, which say that the people counted work.
 */
export const FTE = /\bFTE\b|\bfull[- ]time equivalents?\b/i;

export const WORK = /^(?:work|emploi|employ|staff|serv)/;

/**
 * The names a department's or a body's people go by, one for another: asked how many staff,
 * "15 MOD personnel", "13 Senior Civil Servants" and "120 employees" count them. Not "officers"
 * or "members", which name particular people ("police officers", "members of the public").
 */
const STAFF_WORDS = 'staff|employees|headcount|personnel|workforce|workers|officials';
const STAFF_NAMES = stems(`${STAFF_WORDS.replace(/\|/g, ' ')} employee servants`);

export const STAFFED = new RegExp(String.raw`${FTE.source}|\b(?:${STAFF_WORDS}|jobs)\b`, 'i');

/** Staff asked for by one of those names, among the words "how many" counts ("how many aircrew and support staff …", "how many Ministry of Defence staff …"). */
const STAFF_ASKED = new RegExp(String.raw`\bhow many\b(?:\s+[\w'’-]+){0,5}?\s+(?:${STAFF_WORDS}|civil servants)\b`, 'i');

/** The names a question's counted noun may go by in a count, besides its own: staff's (`STAFF_NAMES`). */
export function alsoCountedIn(question: string): ReadonlySet<string> {
  return STAFF_ASKED.test(question) ? STAFF_NAMES : new Set();
}

/** How many words may name the kind of what a count counts, between it and the counted word. */
const COUNT_MODIFIERS = 2;

/** A unit of time, counted: "five years", "12 months". */
const TIME_UNIT_WORD = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$/i;

/**
 * A noun for who does something ("prisoners", "officers", "pensioners", "developers") takes the
 * stem of what they are in or do ("prisons", "offices", "pensions", "developments"): Porter's
 * stemmer drops the "-er". A count of one is no count of the other: "100 transgender prisoners"
 * does not say how many prisons there are.
 */
const AGENT = /ers?$/;

/** Words after a count that leave what it counts to the sentence's subject: "92,000 were", "13 have". */
const COUNT_VERB = /^(?:were|was|are|is|have|has|had|will|would)$/;

/**
 * Whether a count in the sentence counts what the question asks about: a numeral whose next
 * word (past "million", "more", "new" …) is one of the words it counts (`countedTerms`) or a
 * verb ("were"), or that ends the sentence. "Two proposals" counts proposals, and "1,938 in
 * September" (patients per GP) names nothing it counts: for "how many homes …" and "how many
 * GPs …" neither answers. Unless an increase is asked, a count of more ("an additional 13,000
 * police personnel", "500 more places") does not say how many there are.
 */
export function countsAsked(
  s: string,
  counted: Set<string>,
  increaseAsked = true,
  agentive = new Map<string, boolean>(),
  doneAsked = false,
  peopleDo?: string,
  abbreviations: Record<string, string[]> = {},
  given: ReadonlySet<string> = new Set(),
  about: ReadonlySet<string> = new Set(),
  alsoCounted: ReadonlySet<string> = new Set(),
): boolean {
  const anyone = countsAnyone(counted);
  // A word of the sentence that is one the question counts, in the same form (see AGENT).
  const isCounted = (word: string) => {
    const t = term(word);
    if (t === null) return false;
    // Or an abbreviation whose long form ends in it: "There are 381 MNS" (maintained nursery schools) counts schools.
    if (Object.hasOwn(abbreviations, t) && counted.has(abbreviations[t]!.at(-1)!)) return true;
    // What is counted by another of its names: staff ("220 personnel" for aircrew and support staff).
    if (alsoCounted.has(t)) return true;
    return counted.has(t) && (!agentive.has(t) || agentive.get(t) === AGENT.test(word));
  };
  // "the vast majority of pensioners – around 9 million individuals": a count of people counts the
  // people the sentence names, if they are the first of the counted words ("how many *pensioners*
  // will get …"); later ones say what they did ("migrants *crossed* …"). Not a word naming the
  // kind of another counted word after the count ("138 people … died … by *small* boat", for small
  // boat crossings).
  const [who] = counted;
  const head = [...counted].at(-1);
  const namesCounted = (ws: { word: string; start: number }[], at: number) =>
    ws.some((w, i) => term(w.word) === who && isCounted(w.word) && (w.start < at || !(i + 1 < ws.length && counted.has(term(ws[i + 1]!.word) ?? ''))));
  // "how many British people were killed …": people of a kind, counted by the kind and whatever
  // they are called, doing what the question says ("15 British nationals who were killed …").
  const kindOfPeople = counted.size > 1 && WHOEVER.has([...counted].at(-1)!) && (!peopleDo || words(s).some((w) => term(w.word) === peopleDo));
  // Money is an amount, not a count: "£20 million each" counts nothing.
  // "468,693 full-time equivalent (FTE) teachers": how the staff are counted, not what.
  const text = withoutNonCounts(s.replace(AGE_SET, ' ').replace(/[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion|thousand)\b)?|\b\d+(?:\.\d+)?p\b/gi, ' ').replace(STAFF_MEASURE, ' '));
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    if (!NUMERAL.test(ws[i]!.word)) continue;
    // "60% office attendance", "a 70 per cent …": a share, not how many (a share asked is read by SHARE).
    if (/^\s?(?:%|per ?cent\b)/i.test(text.slice(ws[i]!.end))) continue;
    // A number joined to letters before it is part of a name: "ETSU-R-97", "COVID-19 vaccines", "F-35 aircraft".
    if (/\p{L}-$/u.test(text.slice(Math.max(0, ws[i]!.start - 2), ws[i]!.start))) continue;
    // …and one set off by dashes is a code in a list: "- 10423 - Assault on a constable".
    const opened = text.slice(0, ws[i]!.start).trimEnd();
    if (/^\s*[-–]\s/.test(text.slice(ws[i]!.end)) && (opened === '' || /[-–]$/.test(opened))) continue;
    // "60,000" is two words here: the number is read at its last group ("000"), with what comes before it.
    if (i + 1 < ws.length && /^\d+$/.test(ws[i + 1]!.word) && /^[,.]$/.test(text.slice(ws[i]!.end, ws[i + 1]!.start))) continue;
    let j = i + 1;
    // "an additional 13,000 police personnel", "13,000 more officers" ("13,000" is two words here).
    let k = i;
    while (k > 0 && NUMERAL.test(ws[k - 1]!.word) && /^[,.]$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) k--;
    // A number the question names itself counts nothing it asks: the 7 of "How many E-7 Wedgetail planes …".
    if (given.has(text.slice(ws[k]!.start, ws[i]!.end).replace(/,/g, ''))) continue;
    let more = k > 0 && INCREMENT.test(ws[k - 1]!.word);
    for (; j < ws.length && COUNT_FILLER.test(ws[j]!.word); j++) if (INCREMENT.test(ws[j]!.word)) more = true;
    if (more && !increaseAsked) continue;
    // A number ending the sentence counts what the sentence says it is the number of: "The median
    // number of patients registered at a general practice … was 8,799" does not count GPs.
    if (j >= ws.length) {
      const of = NUMBER_OF.exec(text);
      if (!of || anyone || words(of[1]!).some((w) => isCounted(w.word))) return true;
      continue;
    }
    const t = term(ws[j]!.word);
    // "c.5,000 places under construction", "aiming to deliver 14,000 places": places to come, not how many there are.
    const [after, before] = [text.slice(ws[j]!.end), text.slice(0, ws[k]!.start)];
    // A level said of what the question names ("the social housing waiting list standing at 1.29
    // million", for how many households are on it): the count of what that thing holds.
    const level = LEVEL_OF.exec(before)?.[1];
    if (level && words(level).some((w) => isCounted(w.word) || about.has(term(w.word) ?? ''))) return true;
    const made = doneAsked && (MADE_AFTER.test(after) || MADE_BEFORE.test(before));
    if (!increaseAsked && !made && (TO_COME.test(after) || TO_MAKE.test(before))) continue;
    // "will lift 550,000 children out of poverty": how many a measure moves, not how many there are.
    if (!increaseAsked && (OUT_OF.test(after) || SERVED.test(before) || SAMPLED.test(before))) continue;
    // "116 SDLT inaccuracy penalties": words naming the kind of what is counted may come between,
    // in one run of words that the counted word ends ("20,000 place prison programmes" counts programmes, of places).
    const joined = (k: number) => k < ws.length && /^\s+$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start)) && term(ws[k]!.word) !== null;
    // The words after the first that the run may hold, up to COUNT_MODIFIERS of them; "and" or "or"
    // between two of them joins them and is none of them: "six new energetics and munitions
    // factories" counts factories.
    const runAfter = (from: number): number[] => {
      const out: number[] = [];
      for (let q = from + 1; out.length < COUNT_MODIFIERS && q < ws.length; q++) {
        if (/^(?:and|or)$/.test(ws[q]!.word) && /^\s+$/.test(text.slice(ws[q - 1]!.end, ws[q]!.start)) && joined(q + 1)) continue;
        if (!joined(q)) break;
        out.push(q);
      }
      return out;
    };
    // The counted word must end that run too: "14,000 prison places" does not count prison
    // officers. The run ends at its last plural noun ("officers recruited", "places available"
    // end at the counted word).
    let last = j;
    // A span of time ends its run: "Over the next five years water companies will spend …" counts years.
    const timed = TIME_UNIT_WORD.test(ws[j]!.word);
    for (const q of timed ? [] : runAfter(j)) {
      if (NUMERAL.test(ws[q]!.word) || /(?:ed|ing)$/.test(ws[q]!.word)) break;
      if (/[^s]s$/.test(ws[q]!.word)) last = q;
    }
    const endsCounted = last === j || isCounted(ws[last]!.word);
    // Unless the noun the question counts (the last of its counted words) names the kind of what the
    // run counts: "30 licence authorisations" counts licences, "150,000 adult genomes" adults, "483
    // new disabled toilet facilities" toilets, "the 20,000 place prison programmes" places; another
    // of the counted words does not ("14,000 prison places" counts no prison officers).
    const kindCounted = last > j && ws.slice(j, last).some((w) => term(w.word) === head && isCounted(w.word));
    // Whoever is counted, with a figure ("3,444 UK Armed Forces personnel", "one million"), not "at least one domain".
    // Not the thing the question is about, though: "122 prisons" counts no people in prison.
    const isAbout = (word: string) => about.has(term(word) ?? '');
    // Nor, through "of", a unit or that thing: "16 of those care homes" counts homes.
    const ofOther = () => {
      if (ws[j]!.word !== 'of') return false;
      const from = /^(?:the|those|these|its|their|them)$/.test(ws[j + 1]?.word ?? '') ? j + 2 : j + 1;
      return ws.slice(from, from + 2).some((w) => UNIT.test(w.word) || isAbout(w.word));
    };
    if (
      (isCounted(ws[j]!.word) && endsCounted) ||
      kindCounted ||
      COUNT_VERB.test(ws[j]!.word) ||
      (anyone && !UNIT.test(ws[j]!.word) && !UNIT.test(ws[last]!.word) && !isAbout(ws[last]!.word) && !ofOther() && (/\d/.test(ws[i]!.word) || j > i + 1))
    )
      return true;
    if (t !== null && WHOEVER.has(t) && namesCounted(ws, ws[k]!.start)) return true;
    if (kindOfPeople && t !== null && !WHOEVER.has(t) && isCounted(ws[j]!.word) && last > j) return true;
    // A participle after it starts a clause of its own ("26 employee settlements totalling …").
    const endsRun = (k: number) => !joined(k + 1) || /(?:ed|ing)$/.test(ws[k + 1]!.word);
    for (const k of t !== null && !timed ? runAfter(j) : []) {
      if (NUMERAL.test(ws[k - 1]!.word)) break;
      if (isCounted(ws[k]!.word) && endsRun(k)) return true;
    }
    // "the Chibok schoolgirls, around 90 of whom are … still missing": a count of what it named before.
    if (/\d/.test(ws[i]!.word) && ws[j]!.word === 'of' && /^(?:whom|which|them)$/.test(ws[j + 1]?.word ?? '') && ws.slice(0, k).some((w) => isCounted(w.word))) return true;
    // "67 members of staff": a part named, of what is counted.
    if (PARTITIVE.has(ws[j]!.word.toLowerCase()) && ws[j + 1]?.word === 'of') {
      const of = ws[j + 2]?.word === 'the' ? j + 3 : j + 2;
      if (ws[of] && isCounted(ws[of]!.word)) return true;
    }
  }
  return false;
}

/** "how many times …" opening the question: what happened is counted, as the times or occasions it happened, or however the sentence names it. */
export const HOW_MANY_TIMES = /^how many times\b/i;

export const TIMES = stems('times occasions');

/**
 * What "how many …" counts: the words after it (past "more", "extra" …), up to the first
 * function word: "how many asylum seekers are in hotels?" counts asylum seekers, so "No new
 * hotels have been commissioned" does not answer it.
 */
export function countedTerms(question: string, agentive = new Map<string, boolean>()): Set<string> {
  const ws = words(question).map((w) => w.word);
  const at = ws.findIndex((w, i) => w === 'how' && ws[i + 1] === 'many');
  const out = new Set<string>();
  if (at < 0) return out;
  let i = at + 2;
  // "how many times have water companies been prosecuted": what happened is counted, however the sentence counts it.
  if (/^times?$/.test(ws[i] ?? '')) return out;
  while (i < ws.length && COUNT_FILLER.test(ws[i]!)) i++;
  // "how many cases of gonorrhoea …" counts gonorrhoea ("85,223 diagnoses of gonorrhoea"), or the
  // cases ("1600 cases relating to arrest"): the part named comes after what it is a part of.
  const part = PARTITIVE.has(ws[i] ?? '') && ws[i + 1] === 'of' ? term(ws[i]!) : null;
  if (part !== null) i += 2;
  for (; i < ws.length; i++) {
    const t = term(ws[i]!);
    if (t === null) break;
    out.add(t);
    agentive.set(t, AGENT.test(ws[i]!));
    // "how many people work in …": after "people" comes what they do, not more of what is counted.
    if (WHOEVER.has(t)) break;
    for (const p of codeParts(t) ?? []) out.add(term(p) ?? p);
  }
  if (part !== null) out.add(part);
  return out;
}

/** What the people "how many … people" counts do: "how many British people were *killed* …" (a stem), if the question says. */
export function peopleDoIn(question: string): string | undefined {
  const ws = words(question).map((w) => w.word);
  const many = ws.findIndex((w, i) => w === 'how' && ws[i + 1] === 'many');
  const at = many < 0 ? -1 : ws.findIndex((w, i) => i > many + 1 && WHOEVER.has(term(w) ?? ''));
  if (at < 0) return undefined;
  let i = at + 1;
  while (i < ws.length && PEOPLE_DO_FILLER.test(ws[i]!)) i++;
  return i < ws.length ? (term(ws[i]!) ?? undefined) : undefined;
}

const PEOPLE_DO_FILLER = /^(?:are|were|is|was|have|has|had|been|being|who|that|will|would|can|could|do|did|does|currently|now|still|actually|already|ever|so|far)$/;
