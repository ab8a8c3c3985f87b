// The base form of an irregular verb's past forms: Porter's stemmer strips suffixes, so "spent",
// "paid", "came" and "bought" never met "spend", "pay", "come" and "buy". A question asks in one
// form and an answer says the other ("when did the loan charge come into force?": "the loan
// charge officially came into force from 6 April 2019"; "how many council tenants have bought
// their homes?": answers on the Right to Buy).
//
// Left out: forms that are also everyday words of their own in this archive ("found" a charity,
// "ground", "wound", "bound", "left" wing, "lay" members, "saw", "lit", "fell", "rose", "shot",
// "met" (the Met Office), "sat" (SATs), "meant" (a mean), "spoke"), and those whose base is a
// stop word ("known", "told", "did"), which would otherwise become a term the base never is.
const FORMS =
  'arise arose arisen|awake awoke awoken|bear bore borne|beat beaten|become became|begin began begun|bend bent|' +
  'bite bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought|build built|burn burnt|' +
  'buy bought|catch caught|choose chose chosen|cling clung|come came|creep crept|deal dealt|dig dug|draw drew drawn|' +
  'drink drank drunk|drive drove driven|eat ate eaten|fall fallen|feed fed|feel felt|fight fought|flee fled|fly flew flown|' +
  'forbid forbade forbidden|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|' +
  'get got gotten|give gave given|go went gone|grow grew grown|hang hung|hear heard|hide hid hidden|hold held|keep kept|' +
  'lead led|lean leant|learn learnt|lend lent|lie lain|lose lost|make made|mislead misled|overcome overcame|' +
  'overrun overran|oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown|pay paid|prove proven|' +
  'rebuild rebuilt|rewrite rewrote rewritten|ride rode ridden|ring rang rung|rise risen|run ran|see seen|seek sought|' +
  'sell sold|send sent|shake shook shaken|shine shone|show shown|shrink shrank shrunk|sing sang sung|sink sank sunk|' +
  'sleep slept|slide slid|speak spoken|spend spent|spin spun|spring sprang sprung|stand stood|steal stole stolen|' +
  'stick stuck|sting stung|strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|' +
  'swing swung|take took taken|teach taught|tear tore torn|think thought|throw threw thrown|tread trod trodden|' +
  'undergo underwent undergone|understand understood|undertake undertook undertaken|wake woke woken|wear wore worn|' +
  'weave wove woven|weep wept|win won|withdraw withdrew withdrawn|withhold withheld|write wrote written';

const BASE = new Map<string, string>();
for (const group of FORMS.split('|')) {
  const [base, ...forms] = group.split(' ');
  for (const form of forms) BASE.set(form, base!);
}

/** The base form of a folded word that is an irregular verb's past form, or the word itself. */
export function baseForm(word: string): string {
  return BASE.get(word) ?? word;
}

/** Whether a folded word is one of the irregular past forms listed ("given", "paid", "taken"). */
export function isIrregularPast(word: string): boolean {
  return BASE.has(word);
}
