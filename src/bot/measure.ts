// Measures: a sentence saying someone is doing, has done or will do something (`MEASURE`), as
// against only intending it ("we are committed to …", `isIntentOnly`) or a trend said of the
// thing itself ("knife crime is falling", `lessTrends`).
import { MONEY } from './figures.ts';
import { STATE_BODIES } from './stateBody.ts';

/** Thinking about something, not doing it: "is considering the potential impacts", "are exploring options", "is assessed every year". */
const THINKING = String.raw`(?:consider|explor|review|assess|examin|evaluat|discuss)(?:ing|ed)\b`;

/** Whether a sentence says something is only being thought about ("The County Lines Programme is assessed every year"). */
const THOUGHT_ABOUT = new RegExp(String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?${THINKING}`, 'i');
export const onlyThoughtAbout = (s: string) => THOUGHT_ABOUT.test(s);

/**
 * A measure said to be undone: "The Anti-social Behaviour Act 2003 was repealed and replaced by …"
 * is no measure being taken (asked what is being done about anti-social behaviour), unless the
 * question asks about its undoing ("when was … scrapped?").
 */
export const UNDONE = /\b(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+ly\s+)?(?:repealed|revoked|abolished|scrapped|withdrawn|discontinued)\b/i;
/** A question asking about a measure's undoing, which a sentence saying it was undone answers. */
export const UNDONE_ASKED = /\b(?:repeal|revok|abolish|scrap|withdr[ae]w|discontinu|end(?:ed|ing)?\b|replac)/i;

/** A measure: someone doing, having done or going to do something, or help that is there to be had. */
export const MEASURE = new RegExp(
  // Not what should be ("No company in the UK should have forced labour in its supply chain").
  // An adverb between does not change what is done ("the Government is *still* planning to create a
  // smokefree generation by bringing forward legislation").
  String.raw`(?<!\b(?:should|must|ought to)\s+)\b(?:will|is|are|has|have|had|was|were)\s+(?:also\s+|now\s+|already\s+|been\s+|being\s+|still\s+|\w+ly\s+)*` +
    // A hyphenated verb is one ("is co-ordinating the response").
    // Not thinking about it ("is considering the potential impacts", "are exploring options"), nor
    // "being" taken for a verb of its own ("is being reviewed").
    String.raw`(?!${THINKING}|being\b)(?:\w+(?:-\w+)*ed|\w+(?:-\w+)*ing|` +
    String.raw`invest|introduc\w*|launch\w*|set|put|provid\w*|fund\w*|deliver\w*|support\w*|work\w*|tak\w*|mak\w*|build|bring|spend|give|ensur\w*|available|` +
    // Participles without -ed: "has made a record investment", "have given", "has spent".
    String.raw`made|given|taken|spent|built|brought|paid|sent|begun|held|kept|met|led|won)\b|` +
    String.raw`\b(?:announced|launched|introduced|invested|published|committed|established|legislated|allocated|funded|appointed|` +
    // "provides estimates of …" is a statistic, not help.
    String.raw`provides(?! (?:estimates|data|statistics|figures|information|details|a breakdown)\b)|offers|funds|pays|supports|gives|covers|delivers|invests|helps|enables|introduces|prohibits|protects)\b|` +
    // What goes on being done ("NHS England continues to roll out mental health support teams"), or is there ("400 teams in place").
    String.raw`\bcontinu(?:e|es|ing) to \w+|\bin place\b|` +
    // What people can get: "can be referred to the Community Accommodation Service, which can provide up to 12 weeks …".
    String.raw`\b(?:can|may) (?:be referred|provide|receive|claim|apply|access|get|request|use)\b|\b(?:has|have) the powers? to\b`,
  'i',
);

/**
 * A name the sentence gives something: two or more capitalised words ("the Digital Inclusion
 * Innovation Fund", "Awaab's Law", "Universal Credit") or an abbreviation ("NHS", "XL Bully"), not
 * as its opening word, and not the state's own ("the Government", "Department for Transport", "UK").
 */
const NAMED = /\b(?!UK\b)[A-Z]{2,}\b|(?<=\S\s+)[A-Z][\w'’-]+(?:\s+(?:of|and|for|the|to|on|in)\s+|\s+)[A-Z][\w'’-]+/;

// The state's offices too ("the Prime Minister and the Home Secretary are personally committed to …").
const STATE_WORDS =
  /\b(?:His Majesty['’]s |Her Majesty['’]s )?(?:Government|Governments|Department|Ministry|Ministers?|Secretary of State|(?:Deputy )?Prime Minister|[A-Z][a-z]+ Secretary|Chancellor(?: of the Exchequer)?)(?:['’]s)?\b/g;
/** The sentence less the state's own names (bodies and offices): what is left is read for a name of what is done. */
const lessState = (s: string) => s.replace(STATE_BODIES, ' ').replace(STATE_WORDS, ' ');

/**
 * A statement of intent: that something matters, or is being thought about ("The Government is
 * committed to tackling modern slavery; ensuring that victims are provided with the support they
 * need", "It remains the department's priority to …", "keep support schemes under review",
 * "Employers are crucial in …", "Pharmacies play a vital role in …", "is determined to …", "is
 * taking action to …", "an ambition to …", "we want to …"), or that data is kept.
 * Ministers' answers open with these; with nothing named or counted they say what is wanted, not
 * what is done (see isConcrete).
 */
const INTENT = new RegExp(
  [
    String.raw`\b(?:committed to|determined to|priority|priorities|under review|seriously|critical period|central mission|recogni[sz]es? (?:the importance|that)|is clear that)\b`,
    String.raw`\b(?:(?:is|are) taking|will take) (?:action|steps) to\b`,
    // An ambition, a mission, a want: "an unprecedented ambition to halve violence against women
    // and girls", "at the heart of our mission to …", "we want to …", "taking decisive action".
    String.raw`\b(?:ambitions? (?:is |are )?to|mission to|we want (?:to|every|all)|taking decisive action)\b`,
    // A target set, with nothing named or counted: "We have set an ambitious but essential target: to halve knife crime over this decade".
    String.raw`\btargets?\b`,
    String.raw`\b(?:(?:is|are) (?:crucial|vital|essential|key) (?:to|in|for)|(?:important|key|vital|crucial) role)\b`,
    String.raw`^(?:data|information|figures|statistics) (?:on|about|for|of)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether a sentence names what is done: something named, a sum or a number ("launched the £9.5m
 * Digital Inclusion Innovation Fund", "This Government is committed to halving knife crime … as
 * set out in our Safer Streets Mission", "buildings under 11 metres").
 */
function isConcrete(s: string): boolean {
  // A number of its own: "SDS40" is a name's code, and names nothing done.
  // An abbreviation given in brackets names what it follows ("violence against women and girls (VAWG)"), nothing done.
  return /(?:^|[^\w])\d/.test(s) || NAMED.test(lessState(s).replace(/\([A-Za-z]{2,8}\)/g, ' '));
}

/** A statement of intent naming nothing done: no measure, and no answer to a question of no particular kind. */
export const isIntentOnly = (s: string) => INTENT.test(s) && !isConcrete(s);

/**
 * What happens to a thing, not what anyone does about it: "knife crime is falling", "Patients are
 * waiting too long …", "Biodiversity has been declining …", "Shop theft continues to increase",
 * "We are already seeing results", "This government has inherited a system with critical
 * shortages of teachers". Read out of a sentence before it is asked for a measure
 * (MEASURE would take "is falling" for a thing being done).
 */
const TREND = new RegExp(
  String.raw`\b(?:is|are|was|were|has|have|had)\s+(?:been\s+)?(?:already\s+|now\s+|also\s+|still\s+|steadily\s+|consistently\s+)*` +
    String.raw`(?:falling|fallen|rising|risen|growing|grown|declining|declined|waiting|waited|struggling|struggled|suffering|suffered|facing|faced|experiencing|experienced|seeing|seen|inheriting|inherited)\b|` +
    // Effects still felt: "the impacts of the COVID-19 pandemic … continue to be felt".
    String.raw`\bcontinu(?:e|es|ing) to (?:increase|rise|fall|grow|decline|drop|be (?:felt|seen|experienced))\b`,
  'gi',
);

/**
 * Verbs of a trend or of a thing done, in the active voice with no object: "Shoplifting has
 * increased to an unacceptable level", "The VAT gap has reduced from 13.8% …". A trend too, unless
 * what grew is what is provided: "funding for defence advocates has increased by 17%", "This is
 * increasing to £490 in 2024/25" (`PROVIDED`, or a sum). "Have reduced waiting times" keeps its
 * object, and "was increased in April" (the passive) is done by someone: both stay measures.
 */
const CHANGED = new RegExp(
  String.raw`\b(?:(?:is|are|was|were|has been|have been|had been)\s+(?:already\s+|now\s+|also\s+|steadily\s+|consistently\s+)*(?:increasing|decreasing|dropping|reducing|improving)|` +
    String.raw`(?:has|have|had)\s+(?:already\s+|now\s+|also\s+|steadily\s+|consistently\s+)*(?:increased|decreased|dropped|reduced|improved))` +
    String.raw`(?=\s+(?:by|to|from|since|over|in|for|across|among|and|but|each|every|year|significantly|sharply|further)\b|\s*[,.;:]|\s*$)`,
  'gi',
);

const PROVIDED = /\b(?:fund\w*|invest\w*|spend\w*|budgets?|grants?|allowances?)\b/i;

/** The sentence less what only happens to things (TREND, CHANGED): what is left is read for a measure. */
export function lessTrends(s: string): string {
  const t = s.replace(TREND, ' ');
  return MONEY.test(s) || PROVIDED.test(s) ? t : t.replace(CHANGED, ' ');
}

/**
 * A measure by its name: capitalised words ending in what a measure is called ("the Crisis and
 * Resilience Fund", "Awaab's Law", "the Connect to Work Programme", "Pension Credit", "Operation
 * Safeguard"), the state's own names aside ("the Ministry of Justice", "the Home Secretary"). A
 * measure quoted as the answer names it; "NHS England is working with the relevant professional
 * colleges" or "The Department is monitoring the threat" names none. The first capitalised word
 * may not open the sentence alone ("The scheme …").
 */
const MEASURE_HEADS = (
  'Scheme Fund Programme Strategy Plan Act Bill Law Regulations Order Code Service Grant Taskforce Initiative Partnership Framework Charter Review ' +
  'Guidance Standard Standards Pathway Network Hub Unit Centre Board Commission Campaign Pilot Package Duty Ban Allowance Credit Payment Relief Premium Loan Voucher Guarantee Contract Mechanism'
)
  .split(' ')
  .join('|');
const CAPITALISED = String.raw`[A-Z][\w'’-]+`;
const NAMED_MEASURES = new RegExp(
  String.raw`\bOperation ${CAPITALISED}|(?:(?<=\S\s+)${CAPITALISED}|${CAPITALISED}(?= [A-Z]))(?: (?:${CAPITALISED}|of|for|and|the|to|on|in))* (?:${MEASURE_HEADS})\b`,
  'g',
);
/**
 * Or by a title in quotation marks that calls it a measure, in lower case as often as not:
 * “Freedom from Violence and Abuse: a cross-government strategy to build a safer society for women and girls”.
 */
const QUOTED_TITLE = /[“"]([^”"]{10,200})[”"]/g;
const TITLE_HEAD = new RegExp(String.raw`\b(?:${MEASURE_HEADS})\b`, 'i');
/**
 * Or by two capitalised words or more and a head in lower case, as answers write as often: "the
 * Ukraine Permission Extension scheme (UPE)", "the Super Priority Visa (SPV) service", "the 16-17
 * Saver railcard".
 */
const NAMED_LOWER_HEAD = new RegExp(
  String.raw`(?:${CAPITALISED}|\d[\d-]*) ${CAPITALISED}(?: ${CAPITALISED})*(?: \([A-Z]{2,}\))? (?:scheme|programme|service|fund|grant|allowance|pilot|initiative|campaign|railcard|guarantee|charter)\b`,
  'g',
);
/** The measures a sentence names, by name ("the National Lung Cancer Screening Programme") or quoted title, the state's own names aside. */
export function measureNames(s: string): string[] {
  const unnamed = lessState(s);
  return [
    ...(unnamed.match(NAMED_MEASURES) ?? []),
    ...(unnamed.match(NAMED_LOWER_HEAD) ?? []),
    ...[...s.matchAll(QUOTED_TITLE)].map((m) => m[1]!).filter((t) => TITLE_HEAD.test(t)),
  ];
}
