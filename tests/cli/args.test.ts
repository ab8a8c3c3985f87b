import { describe, expect, it } from 'vitest';
import { intArg, parseArgs } from '../../app/args.ts';

describe('parseArgs', () => {
  it('keeps -word exclusions of the query language as query words', () => {
    const a = parseArgs(['--limit', '3', 'e-bikes', '-scooters', '-"e scooters"', '--json'], ['limit'], ['json']);
    expect(a.rest).toEqual(['e-bikes', '-scooters', '-"e scooters"']);
    expect(a.flags.has('json')).toBe(true);
    expect(intArg(a, 'limit', 10)).toBe(3);
  });

  it('repeats valued options, takes --name=value, and refuses unknown --options', () => {
    const a = parseArgs(['--data', 'a.jsonl', '--data=b.jsonl', 'x'], ['data'], []);
    expect(a.values.get('data')).toEqual(['a.jsonl', 'b.jsonl']);
    expect(() => parseArgs(['--jsn', 'x'], [], ['json'])).toThrow('unknown option --jsn');
    expect(() => parseArgs(['--limit'], ['limit'], [])).toThrow('--limit needs a value');
    expect(() => intArg(parseArgs(['--limit', 'ten'], ['limit'], []), 'limit', 1)).toThrow(/whole number/);
  });
});
