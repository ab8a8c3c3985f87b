// Where a figure is for: a constituency, a local authority, a region, nation or county, or the
// whole country. A direct answer to a question about the country is not a part's figure.
import { words } from '../search/text.ts';

/** "in the Slough constituency", "in Bath and North East Somerset constituency": a place the figure is for. */
const CONSTITUENCY = /\b(?:in|within) (?:the |my |your |his |her )?((?:[A-Z][\w'-]*,? (?:and )?){1,6})constituenc(?:y|ies)\b/;
/**
 * "Horsham District Council had 740 households on the waiting list", "Within the Suffolk and
 * Northeast Essex Integrated Care Board (ICB), three dentists have been recruited", "the
 * Cambridgeshire and Peterborough Combined Authority was awarded £700,000": a local authority, a
 * combined one, or an NHS area the figure is for (not a national council, "the British Council").
 */
const LOCAL_AUTHORITY = /\b((?:[A-Z][\w'-]*,? (?:and |upon |on |of )?){1,5})(?:(?:District|Borough|City|County|Metropolitan Borough|Unitary) Council|Integrated Care Board|ICB|(?:Mayoral )?Combined Authority|Strategic Authority)\b/;
/** England's counties, by the names answers give them figures under. */
const COUNTIES = [
  'Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Devon|Dorset|County Durham|Essex|Gloucestershire|Hampshire',
  'Herefordshire|Hertfordshire|Isle of Wight|Kent|Lancashire|Leicestershire|Lincolnshire|Merseyside|Greater Manchester|Norfolk|Northamptonshire|Northumberland',
  'Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|Staffordshire|Suffolk|Surrey|(?:East |West )?Sussex|Tyne and Wear|Warwickshire|Wiltshire',
  'Worcestershire|(?:North|South|West) Yorkshire|East Riding of Yorkshire',
].join('|');
/**
 * A region, nation or county of the UK the figure is for: "As of 1st October 2025 there were 7,661
 * public charging devices in the West Midlands", for how many there are; "a total of 1,438 hospital
 * beds in Somerset", for how many beds the NHS has; or for what lies outside one ("Civil Servants
 * based outside of London was 409,820"). Not when the sentence also speaks for the whole
 * (`speaksNationally`): "71,000 in the UK, of which 15,000 in London".
 */
const REGION = new RegExp(
  String.raw`\b(?:in|across|for|outside(?: of)?) (?:the )?(North East|North West|Yorkshire and the Humber|Yorkshire|East Midlands|West Midlands|East of England|London|South East|South West|Scotland|Wales|Northern Ireland|${COUNTIES})\b(?!\s+[A-Z])`,
);
/**
 * A sentence speaking for the whole: naming the UK (England, Great Britain, the country), nationally
 * or nationwide. Not the UK as what something is of ("… £2.1 billion with industry in Scotland …,
 * highlighting Scotland as a backbone for defence of the UK" gives Scotland's figure, not the
 * country's defence spending).
 */
export const THE_WHOLE = String.raw`(?:UK|United Kingdom|England|Great Britain|Britain|GB|country)`;
const NATIONAL_WORD = new RegExp(String.raw`\b(?:${THE_WHOLE}|national(?:ly)?|nationwide)\b`);
const OF_THE_WHOLE = new RegExp(String.raw`\bof (?:the )?${THE_WHOLE}\b`, 'g');
/** Nor the UK as whose government acts ("The UK Government has announced at least £445 million for rail enhancements in Wales"). */
const ITS_GOVERNMENT = /\b(?:UK|United Kingdom|British) (?:Government|government|Ministers?|Parliament)\b/g;
export const speaksNationally = (s: string) => NATIONAL_WORD.test(s.replace(OF_THE_WHOLE, ' ').replace(ITS_GOVERNMENT, ' '));

/** A nation named by its adjective ("the Scottish Government", "Welsh councils") is that nation asked about. */
const NATION_OF: Record<string, string> = { scottish: 'scotland', welsh: 'wales', irish: 'ireland', english: 'england' };
/**
 * Whether the sentence gives its figure for a constituency, a local authority or a region the
 * question does not name: "there are 14 general practice surgeries in the Slough constituency" answers for
 * Slough, not "how many GP surgeries have closed?"; "Horsham District Council had 740 households
 * on the waiting list" for Horsham, not "how many people are waiting for a council house?".
 * Members ask for their own seat; a reader asking for the country is answered by the country's
 * figure or by none. So a sentence naming the asking member's seat
 * (`seat`: its name and the pattern finding it) answers for that seat too: "In Aldershot in the
 * Financial Year 2022/23, 450 people who had registered to claim PIP were disallowed …", asked by
 * Aldershot's member.
 */
export function elsewhere(s: string, question: string, seat?: { name: string; named: RegExp }): boolean {
  const region = speaksNationally(s) ? undefined : REGION.exec(s)?.[1];
  const place = CONSTITUENCY.exec(s)?.[1] ?? LOCAL_AUTHORITY.exec(s)?.[1] ?? region ?? (seat?.named.test(s) ? seat.name : undefined);
  if (!place) return false;
  const asked = new Set(words(question).flatMap((w) => [w.word, NATION_OF[w.word] ?? w.word]));
  return !words(place).some((w) => w.word !== 'and' && asked.has(w.word));
}

/**
 * Countries and territories abroad, as answers name them (the Falklands, Gibraltar and the other
 * British overseas territories among them: a figure for one is not the UK's).
 */
const ABROAD_PLACES = [
  'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bolivia',
  'Bosnia and Herzegovina|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Costa Rica|Croatia|Cuba|Cyprus',
  'Czech Republic|Czechia|Democratic Republic of (?:the )?Congo|DRC|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Fiji',
  'Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy',
  'Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia',
  'Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|New Zealand|Nicaragua',
  'Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania',
  'Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|Somaliland|South Africa|South Korea|South Sudan|Spain|Sri Lanka',
  'Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine',
  'United Arab Emirates|UAE|United States|USA|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe',
  'Gaza|West Bank|(?:the )?Occupied Palestinian Territories|Hong Kong|Xinjiang|Tibet|Kashmir|Darfur|Tigray|Nagorno-Karabakh|Crimea',
  'Falkland Islands|Falklands|Gibraltar|Montserrat|Anguilla|Bermuda|Cayman Islands|British Virgin Islands|Turks and Caicos Islands|St Helena|Pitcairn',
  'Chagos Islands|Diego Garcia|British Indian Ocean Territory|Ascension Island|Tristan da Cunha',
].join('|');
/** A place's other name, as a question may type it: "America" is the United States. */
const OTHER_NAMES: Record<string, string[]> = { america: ['usa', 'united states'], american: ['usa', 'united states'], us: ['usa'], burma: ['myanmar'], palestinian: ['gaza', 'west bank'] };
/**
 * "£600,000 … to aid organisations based in Gaza": a figure for a place abroad; so is one "in Israeli
 * prisons", by an adjective formed on the place's name ("Israeli", "Syrian", "Iranian").
 */
const ABROAD = new RegExp(String.raw`\b(?:in|to|for|across|within|into) (?:the )?(${ABROAD_PLACES})(?:i|n|an|ian)?\b`);

/**
 * Whether the sentence gives its figure for a country or territory abroad that the question does
 * not name (nor by its adjective: "Afghan", "Syrian", "Israeli" share the name's first letters):
 * "how much does the UK give in foreign aid?" is not answered by £600,000 in grants to aid
 * organisations in Gaza, nor "how many troops are deployed overseas?" by those in Estonia.
 */
export function abroad(s: string, question: string): boolean {
  const place = ABROAD.exec(s)?.[1];
  if (!place) return false;
  const asked = words(question).flatMap((w) => [w.word, ...(OTHER_NAMES[w.word] ?? [])]);
  const sharesStem = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n >= 4 || (n === Math.min(a.length, b.length) && n >= 3);
  };
  return !words(place).some((p) => p.word !== 'and' && p.word !== 'the' && p.word !== 'of' && asked.some((q) => sharesStem(p.word, q)));
}

/** The devolved nations, by name or adjective ("in Wales", "the Scottish Government", "Northern Irish farmers"). */
const DEVOLVED = /\b(scotland|scottish|wales|welsh|northern ireland|northern irish)\b/gi;
const nationsIn = (text: string) => [...text.matchAll(DEVOLVED)].map((m) => m[1]!.toLowerCase().split(' ').map((w) => NATION_OF[w] ?? w).join(' '));
/** The devolved nations a question asks about: its answer is theirs, which a UK-wide or England-only one may not be. */
export const nationsAsked = (question: string): ReadonlySet<string> => new Set(nationsIn(question));
/** Whether a text names a nation, by name or adjective. */
export const namesNation = (text: string, nation: string): boolean => nationsIn(text).includes(nation);
