// Issue 3, "done when": searching the seed captures for `county lines` returns seed 000
// ("Drugs: Organised Crime") first, with its source link and an excerpt highlighting the phrase.
// The bundled data/ was those two pages; it now holds a sample of the corpus beside them, and
// searching it finds both seeds and the sample's own county lines answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openArchive } from '../../src/search/open.ts';
import type { Engine } from '../../src/search/engine.ts';
import { excerptText } from '../../src/bot/reply.ts';
import { OFFICIAL_SITE } from '../../src/record.ts';
import { DATA_DIR, SEED_000, SEED_001 } from './helpers.ts';

let engine: Engine;
let seeds: string;
beforeAll(async () => {
  // The two seed pages from the bundled data/, opened in memory: nothing is written to the repo's index/.
  seeds = mkdtempSync(path.join(tmpdir(), 'qa-seeds-'));
  for (const f of [SEED_000, SEED_001]) copyFileSync(path.join(DATA_DIR, f), path.join(seeds, f));
  engine = (await openArchive({ data: [seeds], persist: false })).engine;
});
afterAll(() => rmSync(seeds, { recursive: true, force: true }));

/** The record read from a given seed file. */
function seedRecord(file: string) {
  const r = [...engine.all()].map((x) => engine.get(x.id)!).find((x) => x.sources.some((s) => path.basename(s.file) === file));
  if (!r) throw new Error(`no record from ${file}`);
  return r;
}

describe('county lines on the seed captures', () => {
  it('the seeds are two records', () => {
    expect(engine.size).toBe(2);
    // the seed's heading is the first line of the capture
    const firstLine = readFileSync(path.join(DATA_DIR, SEED_000), 'utf8').split('\n')[0].trim();
    expect(firstLine).toBe('Drugs: Organised Crime');
    expect(seedRecord(SEED_000).heading).toBe(firstLine);
  });

  it('returns seed 000 "Drugs: Organised Crime" first, then seed 001', async () => {
    const res = await engine.search({ query: 'county lines' });
    expect(res.total).toBe(2);
    expect(res.hits[0].record.id).toBe(seedRecord(SEED_000).id);
    expect(res.hits[0].record.heading).toBe('Drugs: Organised Crime');
    expect(res.hits[1].record.id).toBe(seedRecord(SEED_001).id);
  });

  it('the first hit carries its source link on the official site', async () => {
    const hit = (await engine.search({ query: 'county lines' })).hits[0];
    const url = new URL(hit.record.url);
    expect(url.origin).toBe(OFFICIAL_SITE);
    // the capture gives no UIN: the link is a search for this question, on the day it was answered
    const capture = readFileSync(path.join(DATA_DIR, SEED_000), 'utf8');
    expect(capture).toContain('answered on 18th June 2021');
    expect(hit.record.dateAnswered).toBe('2021-06-18');
    expect(hit.record.url).toContain('2021-06-18');
  });

  it('the excerpt highlights county lines, from the answer', async () => {
    const hit = (await engine.search({ query: 'county lines' })).hits[0];
    expect(hit.excerpt.field).toBe('answer');
    const text = excerptText(hit.excerpt, '[', ']');
    expect(text).toMatch(/\[county\] \[lines\]/i);
    expect(hit.record.answerText!.replace(/\s*\n+\s*/g, ' ')).toContain(excerptText(hit.excerpt).replace(/^…|…$/g, ''));
  });

  it('quoted, "county lines" is highlighted as one phrase and a lone "lines" is not marked', async () => {
    const res = await engine.search({ query: '"county lines"' });
    expect(res.hits[0].record.id).toBe(seedRecord(SEED_000).id);
    const marks = res.hits[0].excerpt.segments.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === 'county lines')).toBe(true);
    // So in an OR group: the other phrase's words, not found together, are not marked alone.
    const either = await engine.search({ query: '"county lines" OR "drug gangs"' });
    const eitherMarks = either.hits[0]!.excerpt.segments.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(eitherMarks.length).toBeGreaterThan(0);
    expect(eitherMarks.every((m) => m === 'county lines'), eitherMarks.join(' | ')).toBe(true);
  });
});

describe('county lines on the bundled data (the seeds and the sample of the corpus)', () => {
  it('finds the two seeds and the sample\'s Home Office answer on county lines first', async () => {
    const bundled = (await openArchive({ data: [DATA_DIR], persist: false })).engine;
    expect(bundled.size).toBeGreaterThan(10_000);
    const res = await bundled.search({ query: 'county lines', limit: 3 });
    const top = res.hits.map((h) => h.record);
    const fromSample = 'commons-2024-11-05-12715';
    expect(top.map((r) => r.id).sort()).toEqual([seedRecordIn(bundled, SEED_000).id, seedRecordIn(bundled, SEED_001).id, fromSample].sort());
    const sample = top.find((r) => r.id === fromSample)!;
    expect(sample).toMatchObject({ heading: 'Sexual Offences: Women', answeringBody: 'Home Office', dateAnswered: '2024-11-14' });
    expect(sample.answerText).toMatch(/County Lines is the most violent model of drug supply/);
    // Few records hold both words, so the words are relaxed; but a record holding "county" or
    // "line" alone ("by county", "in line with") holds nothing of the name: not counted, not listed.
    const all = await bundled.search({ query: 'county lines', limit: 100 });
    expect(all.hits.map((h) => h.record.id).sort()).toEqual(top.map((r) => r.id).sort());
    expect(all.total).toBe(3);
    expect(all.notices.join(' ')).not.toContain('Few answers contain all of your words');
  });
});

function seedRecordIn(e: Engine, file: string) {
  const r = [...e.all()].map((x) => e.get(x.id)!).find((x) => x.sources.some((s) => path.basename(s.file) === file));
  if (!r) throw new Error(`no record from ${file}`);
  return r;
}
