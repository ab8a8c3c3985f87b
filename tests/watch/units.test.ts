// The small pieces of watching: what a `/qa watch` argument names, and which step is news.
import { describe, expect, it } from 'vitest';
import { nextEvent, stateOf } from '../../src/watch/state.ts';
import { parseWatchTarget } from '../../src/uin.ts';
import { fixtureRecords } from '../digest/helpers.ts';

describe('parseWatchTarget', () => {
  it('reads a UIN, a link (as typed or as Slack wraps it) and a record id', () => {
    expect(parseWatchTarget('4712')).toEqual({ house: 'Commons', uin: '4712' });
    expect(parseWatchTarget(' hl1234 ')).toEqual({ house: 'Lords', uin: 'HL1234' });
    expect(parseWatchTarget('UIN 4712')).toEqual({ house: 'Commons', uin: '4712' });
    const url = 'https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712';
    const named = { house: 'Commons', uin: '4712', dateTabled: '2024-09-09' };
    expect(parseWatchTarget(url)).toEqual(named);
    expect(parseWatchTarget(`<${url}>`)).toEqual(named);
    expect(parseWatchTarget(`<${url}|${url}>`)).toEqual(named);
    expect(parseWatchTarget(`${url}?tab=answer`)).toEqual(named);
    expect(parseWatchTarget('lords-2024-09-09-hl1234')).toEqual({ house: 'Lords', uin: 'HL1234', dateTabled: '2024-09-09' });
  });

  it('names nothing for words, other sites and impossible days', () => {
    for (const s of ['county lines', 'https://example.org/written-questions/detail/2024-09-09/4712', 'https://questions-statements.parliament.uk/written-questions/detail/2024-02-30/4712', '', '-5', '1.5']) {
      expect(parseWatchTarget(s), s).toBeUndefined();
    }
  });
});

describe('nextEvent', () => {
  const base = { ...fixtureRecords()[0]!, answerIsHolding: false, answerIsCorrection: false, dateAnswerCorrected: undefined, isWithdrawn: false };
  const awaiting = { ...base, answerText: undefined, dateAnswered: undefined };
  const holding = { ...base, answerIsHolding: true, answerText: 'I will reply as soon as possible.' };
  const corrected = (d: string) => ({ ...base, answerIsCorrection: true, dateAnswerCorrected: d });

  it('tells each step forward once, and never a step back', () => {
    expect(stateOf(awaiting)).toBe('awaiting');
    expect(nextEvent({ state: 'awaiting' }, awaiting)).toBeUndefined();
    expect(nextEvent({ state: 'awaiting' }, holding)?.event).toBe('holding');
    expect(nextEvent({ state: 'holding' }, holding)).toBeUndefined();
    expect(nextEvent({ state: 'holding' }, base)).toEqual({ event: 'answered', told: { state: 'answered' } });
    expect(nextEvent({ state: 'answered' }, base)).toBeUndefined();
    expect(nextEvent({ state: 'answered' }, holding)).toBeUndefined();
    expect(nextEvent({ state: 'answered' }, corrected('2024-10-01'))).toEqual({ event: 'corrected', told: { state: 'answered', corrected: '2024-10-01' } });
    expect(nextEvent({ state: 'answered', corrected: '2024-10-01' }, corrected('2024-10-01'))).toBeUndefined();
    expect(nextEvent({ state: 'answered', corrected: '2024-10-01' }, corrected('2024-11-05'))?.event).toBe('corrected');
    // Answered and corrected between two checks: told as answered, the correction remembered.
    expect(nextEvent({ state: 'awaiting' }, corrected('2024-10-01'))).toEqual({ event: 'answered', told: { state: 'answered', corrected: '2024-10-01' } });
    expect(nextEvent({ state: 'awaiting' }, { ...awaiting, isWithdrawn: true })?.event).toBe('withdrawn');
  });

  it('takes only the answer from another question of the group', () => {
    expect(nextEvent({ state: 'awaiting' }, base, true)?.event).toBe('answered');
    expect(nextEvent({ state: 'answered' }, corrected('2024-10-01'), true)).toBeUndefined();
    expect(nextEvent({ state: 'awaiting' }, { ...awaiting, isWithdrawn: true }, true)).toBeUndefined();
  });
});
