// One spelling for words the archive and its readers spell two ways, or say two ways. The archive
// is written in British English, but not consistently ("software licenses", "licensing" beside
// "licence"); readers type American spellings ("defense", "pediatric", "organization") and everyday
// words its formal prose never uses ("kids", "jabs"). Applied to each word before it is stemmed, at
// index and query time alike (text.ts `term`), so the variants meet.

/** American spellings whose British form differs by more than a rule, and everyday words: the word as typed → as the archive writes it. */
const WORDS = new Map<string, string>(Object.entries({
  // Not "meter" (a smart meter is no metre) nor "gray" (Sue Gray is not the grey belt).
  center: 'centre',
  centers: 'centres',
  theater: 'theatre',
  theaters: 'theatres',
  liter: 'litre',
  liters: 'litres',
  fiber: 'fibre',
  catalog: 'catalogue',
  catalogs: 'catalogues',
  program: 'programme',
  programs: 'programmes',
  aluminum: 'aluminium',
  mold: 'mould',
  fulfill: 'fulfil',
  enroll: 'enrol',
  // Everyday words the archive's formal prose never uses (in 0–5 of 58,173 records): the word it does.
  kid: 'child',
  kids: 'children',
  mum: 'mother',
  mums: 'mothers',
  dad: 'father',
  dads: 'fathers',
  jab: 'vaccination',
  jabs: 'vaccinations',
  telly: 'television',
  booze: 'alcohol',
}));

/** -or words Britain writes -our ("labor", "behavior"), listed: "doctor" and "motor" are not among them. */
const OUR = ['color', 'honor', 'labor', 'behavior', 'favor', 'neighbor', 'harbor', 'humor', 'rumor', 'vapor', 'flavor', 'odor', 'armor', 'endeavor', 'savior', 'valor', 'vigor', 'parlor', 'tumor'];
const OUR_FORMS = new RegExp(`^(${OUR.join('|')})(s|ed|ing|ite|ites|able|ably|al|ally|hood|hoods|ful)?$`);

/** Medical words Britain writes with "ae" or "oe" ("paediatric", "oesophageal"): the American stem → the British. */
const MEDICAL: [RegExp, string][] = [
  [/^pediatr/, 'paediatr'],
  [/^orthoped/, 'orthopaed'],
  [/^gynec/, 'gynaec'],
  [/^anesth/, 'anaesth'],
  [/^hemo(?=phil|rrh|globin|dialys|lys)/, 'haemo'],
  [/^hemat/, 'haemat'],
  [/^leukem/, 'leukaem'],
  [/^anem/, 'anaem'],
  [/^esophag/, 'oesophag'],
  [/^estrogen/, 'oestrogen'],
  [/^fetus/, 'foetus'],
  [/^diarrhea/, 'diarrhoea'],
  [/^cesarean/, 'caesarean'],
];
const MEDICAL_ANY = new RegExp(MEDICAL.map(([us]) => us.source).join('|'));

/**
 * The British spelling of a folded word, or the word itself. "-ize" words take "-ise"
 * ("organization" → "organisation"; not "size", "seize" or "prize", whose "ize" is the word's own),
 * "-yze" take "-yse".
 */
export function britishSpelling(w: string): string {
  // Most words match nothing here: cheap tests first, as every word of the archive passes by.
  const listed = WORDS.get(w);
  if (listed) return listed;
  const our = OUR_FORMS.exec(w);
  if (our) return `${our[1]!.slice(0, -2)}our${our[2] ?? ''}`;
  if (MEDICAL_ANY.test(w)) for (const [us, uk] of MEDICAL) if (us.test(w)) return w.replace(us, uk);
  if (w.includes('iz') || w.includes('yz')) {
    if (/^\w{3,}iz(?:e|es|ed|ing|ation|ations|er|ers)$/.test(w) && !/^(?:capsiz|downsiz|oversiz|supersiz|outsiz)/.test(w)) return w.replace(/iz(?=e|ing|ation|er)/, 'is');
    if (/^\w{3,}yz(?:e|es|ed|ing|er|ers)$/.test(w)) return w.replace(/yz/, 'ys');
  }
  return w;
}

/**
 * Stems Britain spells two ways itself: the noun with a c, the verb with an s ("licence",
 * "licensed"; "practice", "practising"), and readers the American way ("defense", "offense").
 */
const STEMS = new Map(Object.entries({ licens: 'licenc', practis: 'practic', defens: 'defenc', offens: 'offenc', pretens: 'pretenc' }));

/** One stem for the two spellings of a stem (see STEMS). */
export const britishStem = (stem: string): string => STEMS.get(stem) ?? stem;
