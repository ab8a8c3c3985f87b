// A fake UK Parliament Written Questions API on 127.0.0.1, serving real records in the API's own
// shapes: the list endpoint with its filters (answeredWhen*, tabledWhen*, correctedWhen*, house,
// includeWithdrawn), paging (skip/take, totalResults) and clipping (questionText cut at 255,
// answerText cut at 255 + "..." with the HTML taken out, paragraphs run together), and the
// detail endpoint with the whole text and the answer as HTML. A fault plan makes chosen requests
// fail: 429 with Retry-After, 500/503, a slow response, or a connection cut mid-body.
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

export type WqValue = Record<string, any> & { id: number };

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'delay'; ms: number }
  | { kind: 'reset' };

export interface RequestLog {
  n: number;
  path: string;
  query: Record<string, string>;
  status: number | 'reset';
  fault?: Fault['kind'];
}

export interface MemberInfo {
  name: string;
  party?: string;
  memberFrom?: string;
}

const LIST = '/api/writtenquestions/questions';
const CLIP = 255;

/** The list endpoint's plain text: tags removed (paragraphs run together); entities stay as they are, as the real API leaves them. */
export function listPlainText(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** A value as the list endpoint shows it. */
export function clipForList(v: WqValue): WqValue {
  const out: WqValue = { ...v, attachments: [] };
  if (typeof v.questionText === 'string' && v.questionText.length > CLIP) out.questionText = v.questionText.slice(0, CLIP);
  if (typeof v.answerText === 'string') {
    const plain = listPlainText(v.answerText);
    out.answerText = plain.length > CLIP ? plain.slice(0, CLIP) + '...' : plain;
  }
  return out;
}

const day = (s: unknown) => (typeof s === 'string' ? s.slice(0, 10) : undefined);
const within = (d: string | undefined, from?: string, to?: string) =>
  (!from && !to) || (!!d && (!from || d >= from) && (!to || d <= to));

/** A list response on its way out, for `tamperList` to change. */
export interface ListPage {
  totalResults: number;
  results: { value: WqValue; links: unknown }[];
}

/** Ways a list endpoint goes wrong (for `tamperList`): each takes the query and the true page. */
export const misbehave = {
  /** totalResults says `n` (or a function of the truth). */
  total: (n: number | ((real: number) => number)) => (_q: Record<string, string>, page: ListPage): ListPage => ({ ...page, totalResults: typeof n === 'number' ? n : n(page.totalResults) }),
  /** skip is ignored: every page is the first. */
  ignoreSkip: (api: FakeWqApi) => (q: Record<string, string>, page: ListPage): ListPage => ({ ...page, results: api.listPage({ ...q, skip: '0' }).results }),
  /** Pages never end: past the real ones, new made-up questions (ids from 90,000,000) fill every page, and totalResults keeps ahead. */
  endless: () => (q: Record<string, string>, page: ListPage): ListPage => {
    const skip = Number(q.skip ?? 0);
    const take = Number(q.take ?? 20);
    const results = [...page.results];
    for (let i = results.length; i < take; i++) {
      const id = 90_000_000 + skip + i;
      results.push({ value: { id, uin: String(id), house: 'Commons', dateTabled: `${q.tabledWhenFrom ?? '2024-09-01'}T00:00:00`, questionText: `Made-up question ${id}`, answerText: null } as WqValue, links: [] });
    }
    return { totalResults: skip + 2 * take, results };
  },
  /** Every page padded with `bytes` of junk (in a field the client never reads). */
  huge: (bytes: number) => (_q: Record<string, string>, page: ListPage): ListPage => ({ ...page, results: page.results.map((r, i) => (i === 0 ? { ...r, links: [{ rel: 'pad', href: 'x'.repeat(bytes) }] } : r)) }),
};

export class FakeWqApi {
  readonly questions = new Map<number, WqValue>();
  readonly requests: RequestLog[] = [];
  /** Faults by request number (1-based, counting every request). */
  readonly faults = new Map<number, Fault>();
  /** Or decided per request (checked after `faults`). */
  faultFor?: (n: number, path: string, query: Record<string, string>) => Fault | undefined;
  members = new Map<number, MemberInfo>();
  /** Changes a list response before it is sent (see `misbehave`). */
  tamperList?: (query: Record<string, string>, page: ListPage) => ListPage;
  /** Above this many requests in any second, answer 429 with Retry-After (as a rate-limited API would). */
  rateLimit?: { perSecond: number; retryAfter: string };
  /** Requests answered 429 by the rate limit. */
  limited = 0;
  /** Keep no request log (a long benchmark). */
  quiet = false;
  private recent: number[] = [];
  private filtered = new Map<string, WqValue[]>();
  private server?: Server;
  private count = 0;
  private sockets = new Set<import('node:net').Socket>();
  url = '';

  constructor(questions: Iterable<WqValue> = []) {
    for (const q of questions) this.put(q);
  }

  put(q: WqValue): void {
    this.questions.set(q.id, structuredClone(q));
    this.filtered.clear();
  }

  update(id: number, patch: Partial<WqValue>): void {
    const q = this.questions.get(id);
    if (!q) throw new Error(`fake API: no question ${id}`);
    this.questions.set(id, { ...q, ...patch });
    this.filtered.clear();
  }

  /** Make every request from now on fail with this fault (the API "stays down"), or clear it. */
  down(f: Fault | undefined): void {
    this.faultFor = f ? () => f : undefined;
  }

  get requestCount(): number {
    return this.count;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** What the list endpoint matches for these query parameters (before paging), in the fake's order. */
  filter(query: Record<string, string>): WqValue[] {
    // Pages of one listing ask the same question again and again: answer it once.
    const { skip: _s, take: _t, ...rest } = query;
    const key = JSON.stringify(Object.entries(rest).sort());
    let hit = this.filtered.get(key);
    if (!hit) {
      if (this.filtered.size > 64) this.filtered.clear();
      hit = this.scan(query);
      this.filtered.set(key, hit);
    }
    return hit;
  }

  private scan(query: Record<string, string>): WqValue[] {
    const house = query.house && query.house !== 'Bicameral' ? query.house : undefined;
    const withdrawn = query.includeWithdrawn === 'true';
    return [...this.questions.values()]
      .filter(
        (q) =>
          (!house || q.house === house) &&
          (withdrawn || !q.isWithdrawn) &&
          within(day(q.dateAnswered), query.answeredWhenFrom, query.answeredWhenTo) &&
          within(day(q.dateTabled), query.tabledWhenFrom, query.tabledWhenTo) &&
          within(day(q.dateAnswerCorrected), query.correctedWhenFrom, query.correctedWhenTo),
      )
      .sort((a, b) => String(b.dateTabled).localeCompare(String(a.dateTabled)) || b.id - a.id);
  }

  private expand(v: WqValue, expand: boolean): WqValue {
    if (!expand) return v;
    const m = (id: unknown) => {
      const info = typeof id === 'number' ? this.members.get(id) : undefined;
      return info ? { id, listAs: info.name, name: info.name, party: info.party ?? null, partyAbbreviation: null, partyColour: null, memberFrom: info.memberFrom ?? null, thumbnailUrl: null } : null;
    };
    return { ...v, askingMember: m(v.askingMemberId), answeringMember: m(v.answeringMemberId) };
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const n = ++this.count;
    const u = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(u.searchParams);
    const fault = this.faults.get(n) ?? this.faultFor?.(n, u.pathname, query);
    const log: RequestLog = { n, path: u.pathname, query, status: 200, fault: fault?.kind };
    if (!this.quiet) this.requests.push(log);
    if (this.rateLimit && !fault) {
      const now = Date.now();
      this.recent.push(now);
      while (this.recent[0]! <= now - 1000) this.recent.shift();
      if (this.recent.length > this.rateLimit.perSecond) {
        this.limited++;
        log.status = 429;
        res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': this.rateLimit.retryAfter });
        res.end('rate limited');
        return;
      }
    }

    const respond = () => {
      const { status, body } = this.route(u.pathname, query);
      log.status = status;
      const text = JSON.stringify(body);
      if (fault?.kind === 'reset') {
        // Headers and half the body, then the connection drops.
        log.status = 'reset';
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.write(text.slice(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
        return;
      }
      if (res.destroyed || req.socket.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(text);
    };

    if (fault?.kind === 'status') {
      log.status = fault.status;
      res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {}) });
      res.end(fault.body ?? `fake fault ${fault.status}`);
      return;
    }
    if (fault?.kind === 'delay') {
      // A kept-alive socket carries many delayed requests: each one's listener goes when it is answered.
      const onClose = () => clearTimeout(t);
      const t = setTimeout(() => {
        req.socket.off('close', onClose);
        respond();
      }, fault.ms);
      req.socket.once('close', onClose);
      return;
    }
    respond();
  }

  /** The true list response for a query (skip/take applied). */
  listPage(query: Record<string, string>): ListPage {
    const skip = Number(query.skip ?? 0);
    const take = Number(query.take ?? 20);
    const all = this.filter(query);
    return {
      totalResults: all.length,
      results: all.slice(skip, skip + take).map((v) => ({ value: clipForList(this.expand(v, query.expandMember === 'true')), links: [{ rel: 'self', href: `/Questions/${v.id}`, method: 'GET' }] })),
    };
  }

  private route(pathname: string, query: Record<string, string>): { status: number; body: unknown } {
    const p = pathname.replace(/\/+$/, '');
    const expand = query.expandMember === 'true';
    if (p.toLowerCase() === LIST) {
      const skip = Number(query.skip ?? 0);
      const take = Number(query.take ?? 20);
      if (!Number.isInteger(skip) || !Number.isInteger(take) || skip < 0 || take < 0) return { status: 400, body: { error: 'bad skip/take' } };
      const page = this.listPage(query);
      return { status: 200, body: this.tamperList ? this.tamperList(query, page) : page };
    }
    const m = /^\/api\/writtenquestions\/questions\/(\d+)$/i.exec(p);
    if (m) {
      const q = this.questions.get(Number(m[1]));
      if (!q) return { status: 404, body: { status: 404, title: 'Not Found' } };
      return { status: 200, body: { value: this.expand(structuredClone(q), expand), links: [{ rel: 'self', href: `/Questions/${q.id}`, method: 'GET' }] } };
    }
    return { status: 404, body: { status: 404, title: 'Not Found' } };
  }
}

// ---- real records ---------------------------------------------------------------------------

/**
 * Real questions in the detail endpoint's shape: the September 2024 list sample, with the whole
 * question and the answer as HTML from the corpus. Only records whose full text the corpus
 * knows are kept (an answered record still clipped there has no true detail to serve).
 */
export async function realQuestions(corpusDir: string): Promise<WqValue[]> {
  const list = JSON.parse(readFileSync(path.join(corpusDir, 'api-samples/list-results-2024-09.json'), 'utf8')) as { value: WqValue }[];
  const wanted = new Map(list.map((i) => [i.value.id, i.value]));
  const out: WqValue[] = [];
  const rl = createInterface({ input: createReadStream(path.join(corpusDir, 'commons-written-questions-2023-2026.jsonl'), 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    const idm = /^\{"id": ?(\d+)/.exec(line);
    if (!idm || !wanted.has(Number(idm[1]))) continue;
    const c = JSON.parse(line) as Record<string, any>;
    const v = wanted.get(c.id)!;
    if (c.questionTextClipped) continue;
    let answer: string | null = null;
    if (v.answerText) {
      if (typeof c.answerHtml === 'string' && c.answerHtml.trim()) answer = c.answerHtml;
      else if (!c.answerTextClipped && c.answerText) answer = String(c.answerText).split(/\n\s*\n/).map((p) => `<p>${p}</p>`).join(''); // list text keeps its entities
      else continue;
    }
    out.push({ ...v, questionText: c.questionText, answerText: answer, attachments: [] });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** Members API ids → name, party, constituency, from the corpus's members lookup (for expandMember=true). */
export function realMembers(corpusDir: string): Map<number, MemberInfo> {
  const doc = JSON.parse(readFileSync(path.join(corpusDir, 'members/members_lookup_derived.json'), 'utf8')) as { members: { id: number; name: string; party?: string; constituency?: string }[] };
  return new Map(doc.members.map((m) => [m.id, { name: m.name, party: m.party, memberFrom: m.constituency }]));
}

/**
 * Every record of a corpus JSON Lines file (the API's value fields) in the detail endpoint's
 * shape, for the benchmark: the answer as HTML where the corpus has it. A text the corpus itself
 * holds only clipped is served as the whole text, marked " […]", so its detail counts as whole.
 */
export async function corpusQuestions(file: string): Promise<WqValue[]> {
  const out: WqValue[] = [];
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const { questionTextClipped, answerTextClipped, answerHtml, textSource: _t, url: _u, sourceFile: _f, ...c } = JSON.parse(line) as Record<string, any>;
    const at = (d: unknown) => (typeof d === 'string' && d ? `${d.slice(0, 10)}T00:00:00` : null);
    let answer: string | null = null;
    if (typeof answerHtml === 'string' && answerHtml.trim()) answer = answerHtml;
    else if (typeof c.answerText === 'string' && c.answerText) {
      const text = answerTextClipped ? `${c.answerText.replace(/\.\.\.$/, '')} […]` : c.answerText;
      answer = text.split(/\n\s*\n/).map((p: string) => `<p>${p}</p>`).join('');
    }
    out.push({
      ...c,
      id: c.id,
      dateTabled: at(c.dateTabled),
      dateForAnswer: at(c.dateForAnswer),
      dateAnswered: at(c.dateAnswered),
      dateAnswerCorrected: at(c.dateAnswerCorrected),
      dateHoldingAnswer: at(c.dateHoldingAnswer),
      questionText: questionTextClipped ? `${c.questionText} […]` : c.questionText,
      answerText: answer,
      attachments: [],
    } as WqValue);
  }
  return out;
}
