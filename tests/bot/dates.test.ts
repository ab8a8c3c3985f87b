import { describe, expect, it } from 'vitest';
import { ANNOUNCED, DATE, RECORD_SINCE, saysYear, SNAPSHOT } from '../../src/bot/dates.ts';

const has = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.test(s);
};

describe('DATE: a date or timetable a sentence gives', () => {
  it.each([
    'The scheme will open in spring 2026.',
    'The review will report by the end of this Parliament.',
    'The ban came into force on 1 June 2025.',
    "On current plans, Bowman's Out of Service Date will be no later than 2035, and no earlier than 2031.",
  ])('a date: %s', (s) => expect(has(DATE, s)).toBe(true));
  it('the Winter Fuel Payment names no season', () => {
    expect(has(DATE, 'The Winter Fuel Payment is paid to pensioners.')).toBe(false);
  });
  it('a year compared with is no timetable: "higher than 2023"', () => {
    expect(has(DATE, 'Spending was higher than 2023.')).toBe(false);
  });
});

describe('dates that are not the one asked', () => {
  it('when something was announced', () => {
    expect(has(ANNOUNCED, 'The Secretary of State announced on 17 July 2025 that the fund would open.')).toBe(true);
    // Or responded: the day of a response dates the response, not what it responds about.
    expect(has(ANNOUNCED, 'Alongside the recommendations which the Government responded to on 21 July, the Commission examined other areas.')).toBe(true);
  });
  it('the date a figure was counted at', () => {
    expect(has(SNAPSHOT, 'As of 1 July 2025, 460 people have had their compensation paid.')).toBe(true);
  });
  it('the year a figure is the highest since', () => {
    expect(has(RECORD_SINCE, 'It provides a real-terms growth rate of 4% for the NHS, the largest since before 2010.')).toBe(true);
    expect(has(RECORD_SINCE, 'Unemployment is at its lowest level since 1975.')).toBe(true);
    expect(has(RECORD_SINCE, 'The power has been in force since 2022.')).toBe(false);
  });
});

describe('saysYear: whether a sentence speaks of a year', () => {
  it('"this year" and "now" are the answer\'s year; "last year" the one before', () => {
    expect(saysYear('Spending rose this year.', '2025-03-01', '2025')).toBe(true);
    expect(saysYear('Spending rose last year.', '2025-03-01', '2024')).toBe(true);
    expect(saysYear('Spending rose last year.', '2025-03-01', '2025')).toBe(false);
  });
  it('a school or financial year said as this one or the last is read by the month it starts in', () => {
    // Answered in September 2024: the last school year is 2023/24; in March 2024 it was 2022/23.
    expect(saysYear('Over 11,000 schools took part in the last school year.', '2024-09-11', '2023')).toBe(true);
    expect(saysYear('Over 11,000 schools took part in the last school year.', '2024-03-11', '2023')).toBe(false);
    expect(saysYear('Over 11,000 schools took part in the last school year.', '2024-03-11', '2022')).toBe(true);
    // A financial year starts in April: in May 2025 this one is 2025-26, the last 2024-25.
    expect(saysYear('Spending this financial year is £4 million.', '2025-05-01', '2025')).toBe(true);
    expect(saysYear('Spending in the last financial year was £4 million.', '2025-05-01', '2024')).toBe(true);
    expect(saysYear('Spending in the last financial year was £4 million.', '2025-02-01', '2024')).toBe(false);
  });
  it('a day of a month with no year is of the answer\'s year, or the one before for a month still to come', () => {
    expect(saysYear('On 27 November, the UK made a pledge.', '2024-12-05', '2024')).toBe(true);
    expect(saysYear('On 27 November, the UK made a pledge.', '2025-01-10', '2024')).toBe(true);
    expect(saysYear('On 27 November, the UK made a pledge.', '2025-01-10', '2025')).toBe(false);
  });
  it('a sentence naming no time is of its answer\'s year, unless the answer names another', () => {
    expect(saysYear('A total of 190 applications were received.', '2024-03-01', '2024', [])).toBe(true);
    expect(saysYear('A total of 190 applications were received.', '2024-03-01', '2024', ['2023'])).toBe(false);
  });
});
