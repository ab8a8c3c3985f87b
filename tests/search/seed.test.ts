// Issue 3, "done when": searching the bundled data for `county lines` returns seed 000
// ("Drugs: Organised Crime") first, with its source link and an excerpt highlighting the phrase.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openArchive } from '../../src/search/open.ts';
import type { Engine } from '../../src/search/engine.ts';
import { excerptText } from '../../src/bot/reply.ts';
import { OFFICIAL_SITE } from '../../src/record.ts';
import { DATA_DIR, SEED_000, SEED_001 } from './helpers.ts';

let engine: Engine;
beforeAll(async () => {
  // The bundled data/, opened in memory: nothing is written to the repo's index/.
  engine = (await openArchive({ data: [DATA_DIR], persist: false })).engine;
});

/** The record read from a given seed file. */
function seedRecord(file: string) {
  const r = [...engine.all()].find((x) => x.sources.some((s) => path.basename(s.file) === file));
  if (!r) throw new Error(`no record from ${file}`);
  return r;
}

describe('county lines on the bundled data', () => {
  it('the bundled data is the two seed captures', () => {
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
  });
});
