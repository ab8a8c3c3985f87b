// Abbreviations spelt out by the archive's subject headings (abbreviations.ts: spells, headingLongForm).
import { describe, expect, it } from 'vitest';
import { headingLongForm, spells } from '../../src/search/abbreviations.ts';
import { syntheticRecord as record, syntheticEngine as engineOf } from './helpers.ts';

describe('spells', () => {
  it('reads an abbreviation as the starts of successive words, small words optional', () => {
    expect(spells('fe', ['further', 'education'])).toBe(true);
    expect(spells('spad', ['special', 'advisers'])).toBe(true);
    expect(spells('neet', ['not', 'in', 'education', 'employment', 'or', 'training'])).toBe(true);
    expect(spells('fe', ['further', 'education', 'colleges'])).toBe(false); // every word counts
    expect(spells('f', ['further', 'education'])).toBe(false);
  });
});

describe('headingLongForm', () => {
  it('takes the heading part filed on most records, when it is most of those the word spells', () => {
    const parts = new Map([['Further Education', 78], ['Finance', 500], ['Food Exports', 4]]);
    expect(headingLongForm('FE', parts)).toBe('Further Education');
    expect(headingLongForm('FE', new Map([['Further Education', 5], ['Food Exports', 5]]))).toBeUndefined();
    expect(headingLongForm('FE', new Map([['Further Education', 2]]))).toBeUndefined();
  });
});

describe('a word typed as an abbreviation', () => {
  it('finds the records filed under the heading that spells it out', async () => {
    const filed = Array.from({ length: 4 }, (_, i) => record('Special Advisers: Pay', `To ask the Minister for the Cabinet Office, what the salary of special adviser ${i} is.`, 'Salaries are published.'));
    const other = record('Spas', 'To ask the Secretary of State for Health, about spa towns.', 'Spas are local.');
    const filler = Array.from({ length: 10 }, (_, i) => record('Railways', `To ask the Secretary of State for Transport, about timetable ${i}.`, `Trains run ${i}.`));
    const e = engineOf([...filed, other, ...filler]);
    const ids = e.rankedIds('spads', 10);
    expect(ids.slice(0, 4).sort()).toEqual(filed.map((r) => r.id).sort());
  });

  it('that the archive files records under itself ("NHS: Pay") is not another heading\'s initials ("National Highways")', async () => {
    const nhs = Array.from({ length: 4 }, (_, i) => record('NHS: Pay', `To ask the Secretary of State for Health, about NHS pay band ${i}.`, 'NHS pay is reviewed.'));
    const highways = Array.from({ length: 6 }, (_, i) => record('National Highways: Finance', `To ask the Secretary of State for Transport, about road budget ${i}.`, 'Budgets are set.'));
    const filler = Array.from({ length: 10 }, (_, i) => record('Railways', `To ask the Secretary of State for Transport, about timetable ${i}.`, `Trains run ${i}.`));
    const e = engineOf([...nhs, ...highways, ...filler]);
    expect(e.rankedIds('NHS', 20).sort()).toEqual(nhs.map((r) => r.id).sort());
  });
});
