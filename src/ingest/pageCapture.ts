// Captured text of a written-question web page (Parallel Parliament or TheyWorkForYou, saved
// as .txt/.md/.html) → one record. The pages carry site furniture (banners, feedback widgets,
// portrait alt text) that is not part of the record and is dropped here.
import { createHash } from 'node:crypto';
import { OFFICIAL_SITE, plainFlags, officialUrl, recordKey, withoutAddress, type House } from '../record.ts';
import { parseWrittenDate } from './dates.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import type { Draft, Parsed } from './types.ts';

/** Everything from these lines to the end of the page is site furniture. */
const TERMINATORS = [/^Does this answer the above question\??/i, /^Would you like to ask a question like this yourself\?/i];

/** Whole lines that are site furniture. */
const NOISE_LINES = [
  /^Alert me about (debates|written answers) like this/i,
  /^(Yes|No)\s*\d+ people think (so|not)/i,
  /\sPortrait$/, // Parallel Parliament's photo alt text: "Victoria Atkins Portrait"
  /^(Share this|Link to this|Tweet|Email me|Hansard source|Next answer|Previous answer|View Source)\b/i,
  /^Reticulating Splines\W*$/i,
];

/** TheyWorkForYou's fundraising banner, which a capture can run into other text ("Reticulating Splines…We're raising…"). */
const NOISE_INLINE = [
  /Reticulating Splines[.…]*/gi,
  /(Only a few days to go:\s*)?We[’']re raising £[\d,.]+k? to keep TheyWorkForYou running[^.]*\.?/gi,
  /Donate to our crowdfunder/gi,
  // Not /\s*-\s*…/: that retries a whole run of spaces from each space (quadratic); cleanLines collapses the spaces left.
  /-\s*View Source\b/gi,
];

const SPACE = /[\s\u00a0]+/g;

const UNSUPPORTED = 'unsupported format: not a TheyWorkForYou or Parallel Parliament written-question page';

/** TheyWorkForYou's header: "Home Office written question – answered on 25th February 2020." */
const TWFY_HEADER = /written question\s*[–—-]\s*answered on\b/i;
/** Parallel Parliament's date line: "(asked on 9th June 2021)". */
const PP_ASKED = /^\(?\s*asked on\b/i;

type Capture = { text: string; lines: string[]; sourceUrl?: string; style?: 'twfy' | 'pp' };

/** The page as text and cleaned lines, with its "Source:" line taken off and its site recognised (or not). */
function readCapture(raw: string): Capture {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let sourceUrl: string | undefined;
  const first = /^\s*(?:Source|URL)\s*:\s*(\S+)[^\n]*\n?/i.exec(text);
  if (first) {
    sourceUrl = validUrl(first[1]);
    text = text.slice(first[0].length);
  }
  if (looksLikeHtml(text)) text = htmlToText(text);
  const lines = cleanLines(text);
  return { text, lines, sourceUrl, style: siteOf(lines) };
}

/**
 * Which site's layout the lines have, by lines that only those pages have, each with a real date:
 * TheyWorkForYou's "… written question – answered on <date>" followed by a "Photo of" or "To ask"
 * line; Parallel Parliament's "(asked on <date>)" with its "Question to", "Asked by", "Answered by"
 * or "To ask" line. Text that merely mentions these words (a README, API notes) has neither.
 */
function siteOf(lines: string[]): Capture['style'] {
  const header = lines.findIndex((l) => TWFY_HEADER.test(l) && parseWrittenDate(l.replace(/^.*answered on/i, '')) !== undefined);
  if (header >= 0 && lines.some((l, i) => i > header && /^(Photo of|To ask)\b/i.test(l))) return 'twfy';
  const asked = lines.findIndex((l) => PP_ASKED.test(l) && parseWrittenDate(l) !== undefined);
  if (asked >= 0 && lines.some((l, i) => i > asked && /^(Question to|Asked by|Answered by|To ask)\b/i.test(l))) return 'pp';
  return undefined;
}

/** True when the text is a captured TheyWorkForYou or Parallel Parliament written-question page (any extension). */
export function isPageCapture(text: string): boolean {
  if (/^\s*[[{]/.test(text)) return false;
  return readCapture(text).style !== undefined;
}

export function parsePageCapture(raw: string, file: string): Parsed {
  const where = 'page';
  if (/^\s*[[{]/.test(raw)) return { ok: false, reason: UNSUPPORTED, where };
  const { text, lines, sourceUrl, style } = readCapture(raw);
  if (!style) return { ok: false, reason: UNSUPPORTED, where };
  const page = style === 'twfy' ? readTheyWorkForYou(lines) : readParallelParliament(lines);
  if (!page.questionText) return { ok: false, reason: 'page capture: no question text ("To ask …") found', where };

  const house: House = /\bHL\d+\b/.test(text) || /To ask (His|Her) Majesty[’']?s Government/i.test(text) || /^Lords\b|House of Lords written question/im.test(text)
    ? 'Lords'
    : 'Commons';
  let uin = /\bUIN:?\s*((?:HL)?\d+)\b/i.exec(text)?.[1] ?? (house === 'Lords' ? /\b(HL\d+)\b/.exec(text)?.[1] : undefined);
  let dateTabled = page.dateTabled;
  const detail = sourceUrl && /questions-statements\.parliament\.uk\/written-questions\/detail\/(\d{4}-\d{2}-\d{2})\/([A-Za-z]*\d+)/i.exec(sourceUrl);
  if (detail) {
    dateTabled = detail[1];
    uin = detail[2].toUpperCase();
  }

  const key = recordKey({ house, dateTabled, uin });
  const id =
    key ??
    `capture-${createHash('sha1')
      .update([house, dateTabled ?? '', page.dateAnswered ?? '', page.questionText].join('|'))
      .digest('hex')
      .slice(0, 12)}`;

  const draft: Draft = {
    id,
    uin,
    house,
    heading: page.heading,
    questionText: page.questionText,
    answerText: page.answerText || undefined,
    dateTabled,
    dateAnswered: page.dateAnswered,
    answeringBody: page.answeringBody,
    askingMember: page.askingMember,
    answeringMember: page.answeringMember,
    ...plainFlags(),
    url: dateTabled && uin ? officialUrl(dateTabled, uin) : searchUrl(page.heading, page.questionText, page.dateAnswered),
    sources: [{ kind: 'page-capture', file, ...(sourceUrl ? { url: sourceUrl } : {}) }],
  };
  return { ok: true, draft: stripUndefined(draft), where };
}

type Page = {
  heading?: string;
  questionText?: string;
  answerText?: string;
  dateTabled?: string;
  dateAnswered?: string;
  answeringBody?: string;
  askingMember?: { name: string; party?: string; constituency?: string };
  answeringMember?: { name: string; role?: string };
};

/** Normalised lines with furniture removed; "" marks a paragraph break. Stops at the feedback widget. */
function cleanLines(text: string): string[] {
  const out: string[] = [];
  for (let line of text.split('\n')) {
    line = line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '').replace(/\*\*|__/g, ''); // markdown captures
    for (const re of NOISE_INLINE) line = line.replace(re, '');
    line = line.replace(SPACE, ' ').trim();
    if (TERMINATORS.some((re) => re.test(line))) break;
    if (NOISE_LINES.some((re) => re.test(line))) continue;
    if (line || (out.length && out[out.length - 1] !== '')) out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** Lines [from, to) as paragraphs: consecutive lines joined by "\n", paragraphs by a blank line. */
function paragraphs(lines: string[], from: number, to: number): string {
  return lines
    .slice(Math.max(0, from), Math.max(0, to))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The nearest non-empty line before index i. */
function lineBefore(lines: string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j]) return lines[j];
  return undefined;
}

function headingFrom(line: string | undefined): string | undefined {
  if (!line || /^\*?No heading\*?$/i.test(line)) return undefined;
  return line;
}

function readTheyWorkForYou(lines: string[]): Page {
  const page: Page = {};
  const headerAt = lines.findIndex((l) => TWFY_HEADER.test(l));
  if (headerAt >= 0) {
    const header = lines[headerAt];
    page.answeringBody = /^(.*?)\s+written question/i.exec(header)?.[1] || undefined;
    page.dateAnswered = parseWrittenDate(header.replace(/^.*answered\b/i, ''));
    page.heading = headingFrom(lineBefore(lines, headerAt));
  }
  const photos = lines.map((l, i) => (/^Photo of /i.test(l) ? i : -1)).filter((i) => i > headerAt);
  const askedAt = photos.length > 1 ? photos[0] : -1;
  const answeredAt = photos.length ? photos[photos.length - 1] : -1;
  if (askedAt >= 0) {
    const { name, rest } = splitPhotoLine(lines[askedAt]);
    const comma = rest.indexOf(', ');
    // "Labour, St Helens South and Whiston"; a peer's line may be a role instead ("… Lords Spokesperson (Transport)").
    const party = comma >= 0 ? rest.slice(0, comma) : /Spokesperson|Minister|Secretary|Whip|Shadow|Chair/.test(rest) ? '' : rest;
    page.askingMember = stripUndefined({
      name,
      party: party || undefined,
      constituency: comma >= 0 ? rest.slice(comma + 2) || undefined : undefined,
    }) as Page['askingMember'];
  }
  if (answeredAt >= 0) {
    const { name, rest } = splitPhotoLine(lines[answeredAt]);
    page.answeringMember = stripUndefined({ name, role: firstRole(rest) }) as Page['answeringMember'];
  }
  const qFrom = askedAt >= 0 ? askedAt + 1 : firstToAsk(lines, headerAt + 1);
  const qTo = answeredAt > qFrom ? answeredAt : nextBlank(lines, qFrom);
  page.questionText = paragraphs(lines, qFrom, qTo) || undefined;
  if (answeredAt >= 0) page.answerText = paragraphs(lines, answeredAt + 1, lines.length) || undefined;
  return page;
}

function readParallelParliament(lines: string[]): Page {
  const page: Page = {};
  const askedAt = lines.findIndex((l) => PP_ASKED.test(l));
  if (askedAt >= 0) {
    page.dateTabled = parseWrittenDate(lines[askedAt]);
    page.heading = headingFrom(lineBefore(lines, askedAt));
  }
  const toAt = lines.findIndex((l) => /^Question to\b/i.test(l));
  if (toAt >= 0) page.answeringBody = /^Question to\s+(?:the\s+)?(.+?)\s*:?$/i.exec(lines[toAt])?.[1];
  const byAt = lines.findIndex((l) => /^Asked by\b/i.test(l));
  if (byAt >= 0) {
    const asker = askedBy(lines[byAt]);
    if (asker) page.askingMember = stripUndefined(asker) as Page['askingMember'];
  }
  const answeredByAt = lines.findIndex((l) => /^Answered by\b/i.test(l));
  const answeredOnAt = lines.findIndex((l) => /question was answered on\b/i.test(l));
  if (answeredByAt >= 0) {
    // The title shown under the name is the answerer's current one, not the role held when answering: not recorded.
    const inline = lines[answeredByAt].replace(/^Answered by:?\s*/i, '');
    const name = inline || lines.slice(answeredByAt + 1, answeredOnAt >= 0 ? answeredOnAt : undefined).find((l) => l);
    if (name) page.answeringMember = { name };
  }
  if (answeredOnAt >= 0) page.dateAnswered = parseWrittenDate(lines[answeredOnAt].replace(/^.*answered on/i, ''));

  const qFrom = Math.max(toAt, byAt, askedAt) >= 0 ? Math.max(toAt, byAt, askedAt) + 1 : firstToAsk(lines, 0);
  const qTo = answeredByAt > qFrom ? answeredByAt : answeredOnAt > qFrom ? answeredOnAt : nextBlank(lines, qFrom);
  page.questionText = paragraphs(lines, qFrom, qTo) || undefined;
  if (answeredOnAt >= 0) page.answerText = paragraphs(lines, answeredOnAt + 1, lines.length) || undefined;
  return page;
}

/**
 * "Asked by: Marie Rimmer (Labour - St Helens South and Whiston)" → name, party, constituency.
 * Cut with indexOf: the one-regex form backtracked quadratically over a long line of " - ".
 */
export function askedBy(line: string): { name: string; party?: string; constituency?: string } | undefined {
  const rest = line.replace(/^Asked by:?\s*/i, '');
  const open = rest.lastIndexOf('(');
  const inner = open > 0 && rest.endsWith(')') ? rest.slice(open + 1, -1) : '';
  if (!inner.trim() || inner.includes(')')) return rest ? { name: rest } : undefined;
  const name = rest.slice(0, open).trim();
  const dash = inner.indexOf(' - ');
  if (!name) return { name: rest };
  if (dash <= 0) return { name, party: inner.trim() };
  return { name, party: inner.slice(0, dash).trim(), constituency: inner.slice(dash + 3).trim() || undefined };
}

function firstToAsk(lines: string[], from: number): number {
  const i = lines.findIndex((l, j) => j >= from && /^To ask\b/i.test(l));
  return i >= 0 ? i : lines.length;
}

function nextBlank(lines: string[], from: number): number {
  const i = lines.findIndex((l, j) => j >= from && !l);
  return i >= 0 ? i : lines.length;
}

const MAX_NAME_WORDS = 12;

/** "Photo of Marie Rimmer Marie Rimmer Labour, St Helens…": the name is written twice (alt text, then caption). */
export function splitPhotoLine(line: string): { name: string; rest: string } {
  const words = line.replace(/^Photo of\s+/i, '').split(' ');
  // A name is a few words: looking for the repeat further along a long line would be quadratic.
  for (let k = 1; k <= MAX_NAME_WORDS && k * 2 <= words.length; k++) {
    if (words.slice(0, k).join(' ') === words.slice(k, 2 * k).join(' ')) {
      return { name: words.slice(0, k).join(' '), rest: words.slice(2 * k).join(' ') };
    }
  }
  // Titles can differ between alt text and caption ("Lord Bassam Lord Bassam of Brighton"): cut at the repeat of the first word.
  const again = words.indexOf(words[0], 1);
  if (again > 0) return { name: words.slice(0, again).join(' '), rest: words.slice(again + again).join(' ') };
  return { name: words.join(' '), rest: '' };
}

// Words that begin a new office in a list of offices; a comma followed by anything else is part of one
// office's name ("Minister of State, Home Department"; "…for Business, Energy and Industrial Strategy").
const OFFICE_START = new RegExp(
  '^(The |Minister|Parliamentary|Secretary|Under-Secretary|Lord |Lords |Chancellor|Leader|Attorney|Solicitor|Advocate|Paymaster|Chief |' +
    'Financial Secretary|Economic Secretary|Exchequer Secretary|Comptroller|Treasurer|Vice-Chamberlain|Deputy|Second Church|' +
    'Prime Minister|President|Chair|Shadow|Government Whip|Whip|Assistant|Captain|Spokesperson)',
);

/** The first office in "The Parliamentary Under-Secretary of State for the Home Department, Minister for Women". */
export function firstRole(offices: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < offices.length; i++) {
    const c = offices[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && OFFICE_START.test(offices.slice(i + 1).trimStart())) {
      offices = offices.slice(0, i);
      break;
    }
  }
  return offices.replace(/^The\s+/, '').trim() || undefined;
}

/** A search on the official site: the detail page needs dateTabled + UIN, which pages do not show. */
export function searchUrl(heading: string | undefined, questionText: string, dateAnswered?: string): string {
  // Skip "To ask the Secretary of State for …," which every question shares.
  const words = (heading ?? withoutAddress(questionText).split(/\s+/).slice(0, 8).join(' ')).replace(/[.,;:]+$/, '');
  const answered = dateAnswered ? `&AnsweredFrom=${dateAnswered}&AnsweredTo=${dateAnswered}` : '';
  return `${OFFICIAL_SITE}/written-questions?SearchTerm=${encodeURIComponent(words)}${answered}`;
}

function validUrl(s: string): string | undefined {
  try {
    return new URL(s).toString();
  } catch {
    return undefined;
  }
}

/** A copy without undefined fields (copying keeps objects fast, where `delete` would not). */
export function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}
