// Search over the whole shared corpus (58,173 real Commons records). Skipped, with a message,
// when ../shared/corpus is not beside the repo.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openArchive } from '../../src/search/open.ts';
import type { Engine } from '../../src/search/engine.ts';
import { FIELD_BOOST } from '../../src/search/signals.ts';
import { terms } from '../../src/search/text.ts';
import { CORPUS_FILE, CORPUS_MEMBERS, hasCorpus, NO_CORPUS } from './helpers.ts';

if (!hasCorpus) console.warn(NO_CORPUS);

describe.skipIf(!hasCorpus)('the shared corpus', () => {
  let engine: Engine;
  let lines: { house: string; dateTabled: string; uin: string; questionText: string; answerText: string | null; heading: string | null; answerHtml: string | null; askingMemberId: number; answeringBodyName: string }[];
  const idOf = (l: { house: string; dateTabled: string; uin: string }) => `${l.house.toLowerCase()}-${l.dateTabled}-${l.uin.toLowerCase()}`;

  beforeAll(async () => {
    engine = (await openArchive({ data: [CORPUS_FILE], members: CORPUS_MEMBERS, persist: false })).engine;
    lines = readFileSync(CORPUS_FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }, 300_000);

  it('every record with "county lines" is found, ranked above records that only have both words apart', async () => {
    const text = (l: (typeof lines)[number]) => `${l.heading ?? ''} ${l.questionText} ${l.answerHtml ?? l.answerText ?? ''}`.toLowerCase();
    const withPhrase = new Set(lines.filter((l) => /\bcounty[^a-z0-9]+lines\b/.test(text(l))).map(idOf));
    expect(withPhrase.size).toBeGreaterThan(5);
    const res = await engine.search({ query: 'county lines', limit: 100 });
    const order = res.hits.map((h) => h.record.id);
    for (const id of withPhrase) expect(order, id).toContain(id);
    const firstOther = order.findIndex((id) => !withPhrase.has(id));
    const lastPhrase = Math.max(...[...withPhrase].map((id) => order.indexOf(id)));
    if (firstOther >= 0) expect(lastPhrase, `a record without the phrase ranks at ${firstOther}`).toBeLessThan(firstOther);
    // Records holding both words apart by chance, filed and answered elsewhere (the South Fylde
    // and East Coast Main Lines, Transport), are not listed: the total is the topic's.
    const departments = new Set(res.hits.filter((h) => withPhrase.has(h.record.id)).map((h) => h.record.answeringBody));
    expect(res.hits.filter((h) => !departments.has(h.record.answeringBody)).map((h) => h.record.heading)).toEqual([]);
    expect(res.total).toBeLessThanOrEqual(withPhrase.size + 1);
  });

  it('"universities" finds universities, not Universal Credit, and "hospitality" the hospitality industry, not hospitals', async () => {
    const headings = async (q: string) => (await engine.search({ query: q, limit: 10 })).hits.map((h) => h.record.heading ?? '');
    const universities = await headings('universities');
    expect(universities.filter((h) => /universit/i.test(h)).length, universities.join('; ')).toBeGreaterThanOrEqual(8);
    expect(universities.some((h) => /universal credit/i.test(h)), universities.join('; ')).toBe(false);
    const hospitality = await headings('hospitality');
    expect(hospitality.some((h) => /^hospitals?\b/i.test(h)), hospitality.join('; ')).toBe(false);
  });

  it('"generation" finds generation, not the Attorney General; "elective" elective care, not elections; "coronation" the Coronation, not coroners', async () => {
    const headings = async (q: string) => (await engine.search({ query: q, limit: 10 })).hits.map((h) => h.record.heading ?? '');
    const generation = await headings('generation');
    expect(generation.some((h) => /attorney general/i.test(h)), generation.join('; ')).toBe(false);
    expect(generation.filter((h) => /generation/i.test(h)).length, generation.join('; ')).toBeGreaterThanOrEqual(5);
    const elective = await headings('elective');
    expect(elective.some((h) => /election/i.test(h)), elective.join('; ')).toBe(false);
    const coronation = await headings('coronation');
    expect(coronation.some((h) => /coroner/i.test(h)), coronation.join('; ')).toBe(false);
    expect(coronation[0]).toMatch(/coronation/i);
    // "arms" the arms trade, not the Armed Forces; "probate" wills, not the Probation Service.
    const arms = await headings('arms');
    expect(arms.some((h) => /armed forces/i.test(h)), arms.join('; ')).toBe(false);
    const probate = await headings('probate');
    expect(probate.some((h) => /probation/i.test(h)), probate.join('; ')).toBe(false);
  });

  it('"state pension" finds the State Pension, not every Work and Pensions question to the Secretary of State', async () => {
    const res = await engine.search({ query: 'state pension', limit: 10 });
    // Before, "State" of every addressee made the two words a bag: ten Pension Credit records led.
    for (const h of res.hits) expect(`${h.record.heading} ${h.record.questionText} ${h.record.answerText ?? ''}`, h.record.heading ?? '').toMatch(/state pension|State Retirement Pension/i);
    expect(res.total).toBeLessThan(1000);
  });

  it('"bus" finds buses, not the Boiler Upgrade Scheme the archive also abbreviates BUS', async () => {
    // The archive writes "bus" in lower case far more often than it defines BUS.
    const top = (await engine.search({ query: 'bus', limit: 10 })).hits.map((h) => h.record.heading ?? '');
    expect(top.filter((h) => /\bbus(es)?\b/i.test(h)).length, top.join('; ')).toBeGreaterThanOrEqual(8);
    expect(top.some((h) => /boiler/i.test(h)), top.join('; ')).toBe(false);
  });

  it('a financial year is a period, not the topic: "Stormont" beside it is what the question is about', async () => {
    // The archive writes "financial year" together in thousands of questions, and it had made the
    // pair this question's whole subject, so a direct answer took any 2025-26 funding sentence.
    const res = await engine.search({ query: "How big is Stormont's funding from the UK government for the 2025/26 financial year?", limit: 10 });
    expect(res.subject?.flat()).toContain('stormont');
    expect(res.subject?.flat()).not.toContain('financi');
  });

  it('a rare name typed with a capital is what a question is about, beside the archive\'s phrases ("Myanmar", not any "humanitarian aid")', async () => {
    const res = await engine.search({ query: 'How much humanitarian aid has the UK given to Myanmar?', limit: 10 });
    expect(res.subject?.flat()).toContain('myanmar');
    // And the response names it so, for the direct answer; "UK", typed too, is in thousands of records.
    expect(res.named).toEqual(['myanmar']);
    expect(res.hits.slice(0, 3).map((h) => h.record.heading)).toEqual(res.hits.slice(0, 3).map(() => expect.stringMatching(/^Myanmar:/)));
  });

  it('the whole country as a question\'s scope is no word a record must hold: "… home-schooled in England?" finds the answer that never says England', async () => {
    const res = await engine.search({ query: 'how many children are being home-schooled in England?', limit: 10 });
    expect(res.subject?.flat()).not.toContain('england');
    expect(res.hits.map((h) => h.record.id)).toContain('commons-2024-11-12-13841');
    // England is still a word of the question: what holds it scores higher, and nothing is found by it alone.
    expect(res.terms).toContain('england');
  });

  it('a word asking for a measure is no word a record must hold: "is there any help with funeral costs …?" lists the Funeral Payments answers', async () => {
    const res = await engine.search({ query: 'is there any help with funeral costs for people on benefits?', limit: 10 });
    expect(res.subject?.flat()).not.toContain('help');
    expect(res.hits[0]!.record.heading).toMatch(/^Funeral/);
    // Unless the archive writes it with a neighbour, as the name of something: Help to Buy.
    const helpToBuy = await engine.search({ query: 'when did the Help to Buy scheme close?', limit: 10 });
    expect(helpToBuy.subject?.flat()).toContain('help');
  });

  it('more of a thing, or a new one, is not what it is: "how many new homes were built …?" is about homes, not "new"', async () => {
    const res = await engine.search({ query: 'how many new homes were built in England?', limit: 10 });
    expect(res.subject?.flat()).not.toContain('new');
    expect(res.subject?.flat()).toContain('home');
    // "New Towns" are still found by their other word.
    const towns = await engine.search({ query: 'how many new towns will be built?', limit: 3 });
    expect(towns.hits[0]!.record.heading).toMatch(/^New Towns/);
  });

  it('a light verb is no word a record must hold ("how much money is the government putting into …?"), unless the archive writes it with a neighbour ("come into force")', async () => {
    const res = await engine.search({ query: 'how much money is the government putting into alternatives to testing on animals?', limit: 10 });
    expect(res.subject?.flat()).not.toContain('put');
    expect(res.subject?.flat()).toContain('anim');
    const force = await engine.search({ query: "when will the Renters' Rights Act come into force?", limit: 10 });
    expect(force.subject?.flat()).toContain('come');
  });

  it('a question\'s words outside its core count in the score: "asthma inhalers" beside the core "low income" lead', async () => {
    const q = "Is there any help with prescription costs for asthma inhalers if I'm on a low income?";
    const res = await engine.search({ query: q, limit: 10 });
    expect(res.hits[0]!.record.heading).toMatch(/^Asthma\b/);
    // They order; they do not narrow: as many records match as the core finds.
    expect(res.total).toBeGreaterThan(100);
  });

  it('the place a query ends on is where, not what: "flooding in Somerset" lists flooding, "ferry services in Scotland" ferries first', async () => {
    // No record holds both "flooding" and "Somerset": the records on Somerset alone are no answer.
    const flooding = await engine.search({ query: 'flooding in Somerset', limit: 10 });
    expect(flooding.hits.length).toBe(10);
    for (const h of flooding.hits) expect(terms(`${h.record.heading} ${h.record.questionText} ${h.record.answerText}`), h.record.heading).toContain('flood');
    // "services in Scotland" is no name of the topic's: the Employment Tribunals Service in Scotland does not lead.
    const ferries = await engine.search({ query: 'ferry services in Scotland', limit: 1 });
    expect(ferries.hits[0]!.record.heading).toMatch(/^Ferries/);
  });

  it('the quoted phrase finds exactly the records with it', async () => {
    const text = (l: (typeof lines)[number]) => `${l.heading ?? ''} ${l.questionText} ${l.answerText ?? ''} ${l.answeringBodyName}`.toLowerCase();
    const expected = lines.filter((l) => /\bcounty[^a-z0-9]+lines\b/.test(text(l))).map(idOf).sort();
    const found = (await engine.matchAll('"county lines"')).map((r) => r.id).sort();
    expect(found).toEqual(expected);
  });

  it('grouped hits are the same question from the same member on the same day', async () => {
    for (const q of ['recruitment consultants', 'official hospitality', 'power cuts', 'security passes']) {
      const res = await engine.search({ query: q, limit: 50 });
      for (const h of res.hits) {
        for (const a of h.alsoAskedOf ?? []) {
          const other = engine.get(a.id)!;
          expect(other.askingMemberId, `${q}: ${h.record.id} / ${a.id}`).toBe(h.record.askingMemberId);
          expect(other.dateTabled).toBe(h.record.dateTabled);
        }
      }
      expect(res.hits.some((h) => h.alsoAskedOf?.length), q).toBe(true);
    }
  });

  it('dept:dhsc from:2025 to:2025-03 answered: every hit passes every filter', async () => {
    const res = await engine.search({ query: 'waiting lists dept:dhsc from:2025 to:2025-03 answered', limit: 100 });
    expect(res.total).toBeGreaterThan(0);
    for (const h of res.hits) {
      expect(h.record.answeringBody).toBe('Department of Health and Social Care');
      expect(h.record.dateAnswered! >= '2025-01-01' && h.record.dateAnswered! <= '2025-03-31').toBe(true);
      expect(h.record.answerIsHolding).toBe(false);
    }
  });

  it('the scorer gives the scores MiniSearch search() gives, for the same records', () => {
    const cases: { terms: string[]; fuzzy?: string; loose?: string }[] = [
      { terms: ['counti', 'line'] },
      { terms: ['pension', 'credit', 'take'], loose: 'take' },
      // A misspelling looked up by its spelling variants (edit distance 2).
      { terms: ['hospitaltiy', 'vat'], fuzzy: 'hospitaltiy' },
      // More than 32 terms: two mask words per record.
      {
        terms: [
          ...new Set(
            terms(
              'schools pupils teachers hospitals nhs police crime housing councils tax energy gas railways trains buses roads water sewage ' +
                'farms food defence army navy prisons courts asylum visas borders pensions benefits disabled carers children care',
            ),
          ),
        ],
      },
    ];
    for (const c of cases) {
      const boost = (t: string) => (t === c.loose ? 0.15 : 1);
      const fuzzy = (t: string) => (t === c.fuzzy ? 2 : 0);
      const expected = engine.index.search(
        { combineWith: 'OR', queries: c.terms },
        { tokenize: (s) => [s], processTerm: (t) => t, fuzzy: (t) => fuzzy(t) || false, weights: { fuzzy: 0.6, prefix: 0.3 }, prefix: false, boost: FIELD_BOOST, boostTerm: boost },
      );
      const m = engine.scorer.match(c.terms.map((term) => ({ term, boost: boost(term), fuzzy: fuzzy(term) })), 0.6);
      expect(m.words, c.terms.join(' ')).toBe(Math.ceil(c.terms.length / 32));
      expect(m.size, c.terms.join(' ')).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(50);
      const got = new Map<string, number>();
      for (let i = 0; i < m.size; i++) got.set(engine.recordAt(m.docs[i])!.id, m.score[i]);
      for (const r of expected) expect(got.get(r.id as string), `${c.terms.join(' ')}: ${r.id}`).toBeCloseTo(r.score, 9);
    }
  });

  it('paging through every result shows each matching record once, and as many hits as the total says', async () => {
    const query = 'schools';
    const all = new Set((await engine.matchAll(query)).map((r) => r.id));
    expect(all.size).toBeGreaterThan(1000);
    const seen: string[] = [];
    let total = -1;
    let pages = 0;
    for (let offset = 0; ; offset += 100) {
      const res = await engine.search({ query, offset, limit: 100 });
      total = res.total;
      pages++;
      for (const h of res.hits) seen.push(h.record.id, ...(h.alsoAskedOf ?? []).map((a) => a.id));
      if (offset + 100 >= res.total) break;
    }
    expect(pages).toBeGreaterThan(10);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(all);
    // Grouping folds some records into others: the total counts questions, not records.
    expect(total).toBeLessThan(all.size);
  });

  it('a query of more than 32 distinct terms (two mask words per record) still finds the record it was copied from', async () => {
    // The longest question whose first 40 words hold over 32 distinct index terms.
    const pick = lines
      .map((l) => ({ l, ws: l.questionText.split(/\s+/).slice(0, 40) }))
      .filter(({ ws }) => new Set(terms(ws.join(' '))).size > 32)
      .sort((a, b) => b.l.questionText.length - a.l.questionText.length)[0];
    expect(pick, 'no question with 33+ distinct terms in 40 words').toBeDefined();
    // Watch the scorer: the lookup must really carry more than 32 terms (common words are pruned).
    const scorer = engine.scorer as { match: typeof engine.scorer.match };
    const match = engine.scorer.match.bind(engine.scorer);
    let widest = 0;
    scorer.match = (ts, w) => {
      widest = Math.max(widest, ts.length);
      return match(ts, w);
    };
    try {
      const res = await engine.search({ query: pick!.ws.join(' ').replace(/["()]/g, ' '), limit: 5 });
      expect(res.hits.map((h) => h.record.id)).toContain(idOf(pick!.l));
    } finally {
      delete (scorer as { match?: unknown }).match;
    }
    expect(widest).toBeGreaterThan(32);
  });
});
