// HTML answers (the API's detail endpoint, the corpus's answerHtml) → readable plain text:
// paragraphs split by a blank line, <br> as a newline, lists as "- item", tables one row a line.
// A small tolerant tokenizer rather than a DOM: the input is Word-ish HTML, often malformed.

// Latin-1 named entities in code point order, U+00A0 … U+00FF.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  hellip: '…', bull: '•', euro: '€', trade: '™', dagger: '†', Dagger: '‡', permil: '‰', prime: '′', Prime: '″',
  lsaquo: '‹', rsaquo: '›', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
  ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '', zwj: '', lrm: '', rlm: '',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', le: '≤', ge: '≥', ne: '≠', minus: '−', asymp: '≈', infin: '∞',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', mu: 'μ', pi: 'π', sigma: 'σ', Delta: 'Δ', Omega: 'Ω',
};
LATIN1.split(' ').forEach((name, i) => (NAMED[name] = String.fromCharCode(0xa0 + i)));

// Numeric references in 128–159 mean Windows-1252 characters (HTML spec), e.g. &#146; is ’.
export const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fromCodePoint(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) return CP1252[cp - 0x80];
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

/** Decode named (with semicolon) and numeric character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      return fromCodePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED[body] ?? whole;
  });
}

const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Collapse runs of spaces (incl. no-break spaces) on each line, trim lines, keep at most one blank line. */
export function normalisePlainText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPACE, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer',
  'pre', 'address', 'center', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'hr', 'main', 'nav', 'aside', 'form', 'body', 'html',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'noscript', 'template']);

type Table = { head: string[][]; body: string[][]; row: string[] | null; cell: string | null; inHead: boolean };
type Block = { text: string; listItem: boolean };

class TextBuilder {
  private blocks: Block[] = [];
  private cur = '';
  private curIsListItem = false;
  private listDepth = 0;
  private liOpen = 0;
  private tables: Table[] = [];

  text(raw: string): void {
    raw = raw.replace(SPACE, ' '); // source newlines are not line breaks; only <br> is
    const t = this.tables[this.tables.length - 1];
    if (t) {
      if (t.cell !== null) t.cell += raw;
      return; // whitespace between rows and cells
    }
    this.cur += raw;
  }

  /** A paragraph break: inside a table cell or list item it only separates words. */
  blockBreak(): void {
    const t = this.tables[this.tables.length - 1];
    if (t) {
      if (t.cell !== null) t.cell += ' ';
      return;
    }
    if (this.liOpen > 0) {
      if (this.cur.trim()) this.cur += ' ';
      return;
    }
    this.flush();
  }

  lineBreak(): void {
    const t = this.tables[this.tables.length - 1];
    if (t) {
      if (t.cell !== null) t.cell += ' ';
      return;
    }
    this.cur += '\n';
  }

  listOpen(): void {
    this.flush();
    this.listDepth++;
  }
  listClose(): void {
    this.flush();
    this.listDepth = Math.max(0, this.listDepth - 1);
  }
  itemOpen(): void {
    const t = this.tables[this.tables.length - 1];
    if (t) {
      if (t.cell !== null) t.cell += ' - ';
      return;
    }
    this.flush();
    this.liOpen++;
    this.cur = `${'  '.repeat(Math.max(0, this.listDepth - 1))}- `;
    this.curIsListItem = true;
  }
  itemClose(): void {
    if (this.tables.length) return;
    this.flush();
    this.liOpen = Math.max(0, this.liOpen - 1);
  }

  tableOpen(): void {
    if (!this.tables.length) this.flush();
    this.tables.push({ head: [], body: [], row: null, cell: null, inHead: false });
  }
  section(name: string, open: boolean): void {
    const t = this.tables[this.tables.length - 1];
    if (t && name === 'thead') t.inHead = open;
  }
  rowOpen(): void {
    const t = this.tables[this.tables.length - 1];
    if (!t) return;
    this.rowClose();
    t.row = [];
  }
  rowClose(): void {
    const t = this.tables[this.tables.length - 1];
    if (!t) return;
    this.cellClose();
    if (t.row) {
      const cells = t.row.map((c) => c.replace(SPACE, ' ').trim());
      if (cells.some((c) => c)) (t.inHead ? t.head : t.body).push(cells);
    }
    t.row = null;
  }
  cellOpen(): void {
    const t = this.tables[this.tables.length - 1];
    if (!t) return;
    this.cellClose();
    if (!t.row) t.row = [];
    t.cell = '';
  }
  cellClose(): void {
    const t = this.tables[this.tables.length - 1];
    if (!t || t.cell === null) return;
    (t.row ??= []).push(t.cell);
    t.cell = null;
  }
  tableClose(): void {
    if (!this.tables.length) return;
    this.rowClose();
    const t = this.tables.pop()!;
    // Header rows first, then the body, one row a line.
    const lines = [...t.head, ...t.body].map((cells) => cells.join(' | ').trim());
    const parent = this.tables[this.tables.length - 1];
    if (parent) {
      if (parent.cell !== null) parent.cell += ` ${lines.join('; ')} `;
      return;
    }
    if (lines.length) this.blocks.push({ text: lines.join('\n'), listItem: false });
  }

  flush(): void {
    const text = this.cur
      .split('\n')
      .map((l, i) => (i === 0 && this.curIsListItem ? l.replace(/^(\s*- )(.*)$/, (_, p: string, r: string) => p + r.replace(SPACE, ' ').trim()) : l.replace(SPACE, ' ').trim()))
      .filter((l, i, all) => l || (i > 0 && i < all.length - 1))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n');
    const empty = this.curIsListItem ? !text.replace(/^\s*-\s*/, '').trim() : !text.trim();
    if (!empty) this.blocks.push({ text: this.curIsListItem ? text : text.trim(), listItem: this.curIsListItem });
    this.cur = '';
    this.curIsListItem = false;
  }

  finish(): string {
    while (this.tables.length) this.tableClose();
    this.flush();
    let out = '';
    this.blocks.forEach((b, i) => {
      if (i > 0) out += b.listItem && this.blocks[i - 1].listItem ? '\n' : '\n\n';
      out += b.text;
    });
    return out;
  }
}

function handleTag(b: TextBuilder, name: string, closing: boolean, selfClosing: boolean): void {
  if (name === 'br') return b.lineBreak();
  if (BLOCK.has(name)) return b.blockBreak();
  switch (name) {
    case 'ul':
    case 'ol':
      return closing ? b.listClose() : b.listOpen();
    case 'li':
      return closing ? b.itemClose() : selfClosing ? undefined : b.itemOpen();
    case 'table':
      return closing ? b.tableClose() : b.tableOpen();
    case 'thead':
    case 'tbody':
    case 'tfoot':
      return b.section(name, !closing);
    case 'tr':
      return closing ? b.rowClose() : b.rowOpen();
    case 'td':
    case 'th':
    case 'caption':
      return closing ? b.cellClose() : b.cellOpen();
  }
  // Inline tags (a, strong, em, span, sup, …) add nothing.
}

/** Convert an HTML fragment to plain text. Never throws; unknown markup degrades to its text. */
export function htmlToText(html: string): string {
  const b = new TextBuilder();
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      b.text(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) b.text(decodeEntities(html.slice(i, lt)));
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (!next || !/[A-Za-z/!?]/.test(next)) {
      b.text('<'); // a bare "<" in text, e.g. "< 5%"
      i = lt + 1;
      continue;
    }
    const end = findTagEnd(html, lt + 1);
    if (end < 0) {
      b.text(decodeEntities(html.slice(lt))); // unterminated tag: keep its text rather than lose it
      break;
    }
    const inner = html.slice(lt + 1, end);
    i = end + 1;
    const m = /^(\/?)\s*([A-Za-z][A-Za-z0-9:-]*)/.exec(inner);
    if (!m) continue; // <!DOCTYPE>, <?xml?>
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (!closing && SKIP_CONTENT.has(name)) {
      // Search on from here only (lower-casing the whole page per <script> made a page of scripts quadratic).
      const closeTag = new RegExp(`</${name}`, 'ig');
      closeTag.lastIndex = i;
      const close = closeTag.exec(html)?.index ?? -1;
      i = close < 0 ? n : Math.max(i, html.indexOf('>', close) + 1 || n);
      continue;
    }
    handleTag(b, name, closing, inner.endsWith('/'));
  }
  return b.finish();
}

function findTagEnd(s: string, from: number): number {
  let quote = '';
  for (let j = from; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Only an attribute value opens a quote (after "="); a stray apostrophe must not swallow the page.
      if (/=\s*$/.test(s.slice(Math.max(from, j - 3), j))) quote = c;
    } else if (c === '>') return j;
    else if (c === '<') return -1;
  }
  return -1;
}

/** True when a string carries HTML markup worth converting. */
export function looksLikeHtml(s: string): boolean {
  // [^<>]: a tag ends before the next "<", so each attempt stops there ([^>] rescanned to the end from every "<p").
  return /<\/?(p|br|div|table|tr|td|li|ul|ol|strong|em|a|span|h[1-6])\b[^<>]*>/i.test(s);
}
