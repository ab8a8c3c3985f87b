// Shared test helpers: real fixture records (20 Commons written questions from the corpus),
// an honest fake Searcher over them, temporary state databases and recording senders.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QaRecord } from '../../src/record.ts';
import type { ChannelRef } from '../../src/ports.ts';
import type { DigestReply, Excerpt, Hit, StatsReply } from '../../src/bot/reply.ts';
import { statsOf } from '../../src/search/stats.ts';
import { QueryError, type SearchRequest, type SearchResponse, type Searcher } from '../../src/search/types.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import type { DigestSender } from '../../src/digest/sender.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export function fixtureRecords(): QaRecord[] {
  const raw = JSON.parse(readFileSync(path.join(here, 'fixtures/records.json'), 'utf8')) as unknown[];
  return raw.map((r) => QaRecord.parse(r));
}

const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * A small but honest Searcher: every plain word of the query must occur (as a word prefix) in
 * the record's heading, question or answer; `dept:` matches the answering body; `sort:newest`
 * orders by dateAnswered. Anything else with a colon is rejected like a bad filter.
 */
export class FakeSearcher implements Searcher {
  readonly calls: SearchRequest[] = [];
  private readonly byId = new Map<string, QaRecord>();
  constructor(records: Iterable<QaRecord>) {
    for (const r of records) this.byId.set(r.id, r);
  }
  get size() {
    return this.byId.size;
  }
  get(id: string) {
    return this.byId.get(id);
  }
  add(r: QaRecord) {
    this.byId.set(r.id, r);
  }
  private match(query: string): { records: QaRecord[]; terms: string[] } {
    const terms: string[] = [];
    const depts: string[] = [];
    let sort: 'relevance' | 'newest' = 'relevance';
    for (const tok of query.trim().split(/\s+/).filter(Boolean)) {
      const m = /^([a-z-]+):(.+)$/i.exec(tok);
      if (!m) terms.push(...words(tok));
      else if (m[1] === 'sort' && m[2] === 'newest') sort = 'newest';
      else if (m[1] === 'dept') depts.push(m[2]!.toLowerCase());
      else throw new QueryError(`unknown filter ${m[1]}:`);
    }
    if (!terms.length && !depts.length) throw new QueryError('empty query');
    let records = [...this.byId.values()].filter((r) => {
      const text = words([r.heading ?? '', r.questionText, r.answerText ?? ''].join(' '));
      return (
        terms.every((t) => text.some((w) => w.startsWith(t))) &&
        depts.every((d) => (r.answeringBody ?? '').toLowerCase().includes(d))
      );
    });
    if (sort === 'newest') records = records.sort((a, b) => (b.dateAnswered ?? '').localeCompare(a.dateAnswered ?? ''));
    return { records, terms };
  }
  async search(req: SearchRequest): Promise<SearchResponse> {
    this.calls.push(req);
    const { records, terms } = this.match(req.query);
    const hits = records.filter((r) => !req.onlyIds || req.onlyIds.has(r.id));
    const offset = req.offset ?? 0;
    return {
      total: hits.length,
      hits: hits.slice(offset, offset + (req.limit ?? 10)).map((r): Hit => ({ record: r, score: 1, excerpt: excerptOf(r, terms) })),
      notices: [],
      terms,
    };
  }
  async matchAll(query: string): Promise<QaRecord[]> {
    return this.match(query).records;
  }
  async stats(query: string): Promise<StatsReply> {
    return statsOf(query, this.match(query).records);
  }
  async timeliness(): Promise<never> {
    throw new QueryError('no timeliness in the fake');
  }
}

function excerptOf(r: QaRecord, terms: string[]): Excerpt {
  const text = r.answerText ?? r.questionText;
  const segments: Excerpt['segments'] = [];
  const re = terms.length ? new RegExp(`\\b(${terms.join('|')})[a-z]*`, 'gi') : null;
  let last = 0;
  for (const m of re ? text.matchAll(re) : []) {
    if (m.index! > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return { field: r.answerText ? 'answer' : 'question', segments, cutStart: false, cutEnd: false };
}

export function tmpDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'qa-state-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tmpDb(): { db: Db; file: string; dir: string; cleanup: () => void } {
  const { dir, cleanup } = tmpDir();
  const file = path.join(dir, 'state.sqlite');
  const db = openDb(file);
  return {
    db,
    file,
    dir,
    cleanup: () => {
      if (db.open) db.close();
      cleanup();
    },
  };
}

export interface Sent {
  channel: ChannelRef;
  digest: DigestReply;
  deliveryId: string;
}

/** A sender that records what it was given; `fail` makes the next sends throw. */
export function recordingSender(platform: ChannelRef['platform'] = 'slack') {
  const sent: Sent[] = [];
  const state = { failNext: 0, attempts: 0 };
  const sender: DigestSender = {
    platform,
    async send(channel, digest, deliveryId) {
      state.attempts++;
      if (state.failNext > 0) {
        state.failNext--;
        throw new Error('platform said: service_unavailable');
      }
      sent.push({ channel, digest: structuredClone(digest), deliveryId });
    },
    async alreadySent(_channel, deliveryId) {
      return sent.some((s) => s.deliveryId === deliveryId);
    },
  };
  return { sender, sent, state };
}

/** Record ids in a digest, topic by topic. */
export const idsOf = (d: DigestReply) => d.topics.flatMap((t) => t.records.map((r) => r.id));
