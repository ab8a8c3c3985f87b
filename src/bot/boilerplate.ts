// Sentences that say nothing of the question: the department's set phrases ("I refer the hon.
// Member to …", "The information is not held centrally"), holding answers, and pointers to a
// table rather than a figure. Never quoted as the answer.
import { A_YEARS, DAY_OF_MONTH, REFERENCE } from './figures.ts';

/** Sentences that answer nothing: deflections and boilerplate. */
const BOILERPLATE = new RegExp(
  '^(?:i refer|i would refer|please see|see the answer|the information (?:requested )?is not|it has not (?:proved|been) possible|' +
    'this is a matter for|the department does not hold|we do not hold|i will write|i have written|a copy|the answer to|further to)|' +
    // Whose business it is, wherever said: "Animal welfare is a devolved matter in the UK", "… is
    // the responsibility of the relevant nations' Ministers" (not "the devolved governments").
    String.raw`\b(?:is|are) (?:a )?devolved(?: matters?)?\b(?! (?:government|administration|nation)s?\b)|\b(?:is|are) (?:the )?(?:responsibility|a matter) (?:of|for)\b|` +
    // Or to a link, wherever it says so: "Spending above the £100,000 control threshold is
    // published as standard on the transparency data page of gov.uk, found at the following link: …".
    String.raw`\b(?:found|available|accessed|viewed|published) (?:at|via|on) (?:the following link|https?:)|` +
    // Or "here", in a sentence saying no more ("The published criteria can be found here: https://…";
    // not "A full evaluation of the £100m Security Investment Programme … was published on 5
    // September 2024 and can be found here: …").
    String.raw`^(?:[\w’'-]+ ){1,6}(?:can be |is |are )?(?:found|available|accessed|viewed) here\b|` +
    // "As set out in my answer of 5 May." refers away; "As set out in the 10-Year Health Plan, we will create 1,000 …" goes on to say.
    '^as set out in [^,]*$|' +
    // "Further information can be found on GOV.UK: …", "More details are available at …", "Data on
    // detected irregular arrivals is published in table Irr_D01": a pointer to the answer, not one.
    '^(?:the |this |these |such )?(?:(?:latest|official|published|national|most recent) )*(?:(?:further|more|additional) )?(?:information|details|guidance|statistics|data|figures)\\b' +
    '.*?\\b(?:can be found|(?:is|are) (?:\\w+ly )?(?:available|published)|can be (?:accessed|viewed))\\b|' +
    // "The department publishes statistics on EHC plans at local authority level", "The department
    // collects detailed pupil-level data on attendance": who publishes or keeps what, with no figure of it.
    "^(?!.*\\d)(?:the |this |our |my )?(?:[\\w’'-]+ ){0,4}(?:(?:regularly |routinely )?(?:publishes|published|collects|collected|gathers|holds))\\s+(?:[\\w-]+ ){0,3}(?:statistics|data|figures|information)\\b|" +
    // "Detailed pupil absence data is collected as part of the school census …", "All absence data
    // … is available via the National Statistics releases": where data are kept, with none of them
    // (339 sentences of the active kind in the corpus, 431 of this one).
    "^(?!.*\\d)(?:[\\w’'-]+ ){1,5}(?:data|statistics|figures|information)\\b[^.;]*?\\b(?:is|are)\\s+(?:(?:also|not|regularly|routinely|currently|then)\\s+)?" +
    '(?:collected|published|available|held|recorded|gathered|compiled|reported)\\b',
  'i',
);

/**
 * A sentence saying the figures are not kept, wherever it says so: "The Department only collects
 * aggregate data on the rateable values and reliefs and does not collect data broken down by type
 * of business" tells whether data exist, not whether sports clubs get relief.
 */
const NOT_HELD = new RegExp(
  [
    String.raw`\b(?:data|information|figures|records|statistics)\b[^;:]*?\b(?:is|are) not (?:\w+ )?(?:held|collected|recorded|available|published)\b`,
    String.raw`\b(?:do|does|did) not (?:\w+ )?(?:hold|collect|record|keep|publish)\b(?: \w+){0,3} (?:data|information|figures|records|statistics)\b`,
  ].join('|'),
  'i',
);

/**
 * A turn after such an opening: "The Department does not hold records for how many applications
 * have been received for Bevin Boy Veterans Badges but, since 2008, around 2,500 Badges have been
 * awarded." What follows the turn may be the fact (8 sentences of the corpus's 1,413 openings turn).
 */
const TURN = /(?:[,;]\s*|\s)(?:but|however)\b/i;

/**
 * A holding answer's wording, whatever its record's flag says (one record of the corpus's 241 so
 * worded is not flagged as holding): "… it will not be possible to answer this question within the
 * usual time period. An answer is being prepared and will be provided as soon as it is available."
 */
const HOLDING = /\bnot be possible to answer this question within the usual time\b|\ban answer is being prepared\b/i;

/** A sentence that refers elsewhere or says the information is not held, and gives nothing after a turn. */
export const isBoilerplate = (s: string) => HOLDING.test(s) || ((BOILERPLATE.test(s) || NOT_HELD.test(s) || pointsToTable(s)) && !TURN.test(s));

/**
 * "The number of recalls to custody recorded in the ten years from 2013 to 2023 is provided in the
 * table below", "The information requested can be found in the attached document": where the
 * figures are, not a figure (246 such sentences in the corpus). One holding figures of its own
 * (a table flattened into the text after "The following table shows …:") is left to the rules for
 * figures.
 */
const TABLE = new RegExp(
  String.raw`\b(?:is|are|can be|has been|have been)\s+(?:provided|set out|shown|given|included|detailed|presented|found|listed|contained|available)\s+` +
    String.raw`(?:in|within)\s+(?:the\s+)?(?:attached\s+|following\s+|accompanying\s+|live\s+|published\s+)?(?:tables?|annex|spreadsheet|document)\b|` +
    // "… receipts data by financial year can be found in the Alcohol Bulletin publication, in column M of table 1a".
    String.raw`\b(?:can be|is|are)\s+(?:found|available|published)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:publications?|bulletins?|releases?|statistics)\b|` +
    String.raw`\bin the tables? (?:below|attached)\b|^(?:the )?(?:attached|following|accompanying) table\b|` +
    // "The attached Excel document shows the average waiting time in weeks, in January 2026, for …":
    // what an attachment shows, its date the data's, not a date or figure of the answer's own.
    String.raw`^(?:the )?(?:(?:attached|accompanying|enclosed|below|following) (?:[\w-]+ ){0,2}(?:tables?|document|spreadsheet|file|annex|dataset|chart)|(?:tables?|chart|annex) (?:below|attached|above))\s+` +
    String.raw`(?:shows?|sets? out|provides?|gives?|contains?|details?|lists?|includes?|breaks? down)\b`,
  'i',
);

// A day of a month ("as at 4 December 2023") dates the table's data: no figure of its own.
const pointsToTable = (s: string) => TABLE.test(s) && !/\d/.test(s.replace(REFERENCE, ' ').replace(DAY_OF_MONTH, ' ').replace(A_YEARS, ' '));
