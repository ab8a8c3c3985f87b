import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/bot/boilerplate.ts';

describe('isBoilerplate: set phrases never quoted as the answer', () => {
  it.each([
    'I refer the hon. Member to the answer I gave on 3 March 2025 to Question 34567.',
    'The information requested is not held centrally.',
    'Animal welfare is a devolved matter in the UK.',
    'The number of recalls to custody recorded in the ten years from 2013 to 2023 is provided in the table below.',
    // A live table, and a financial year, are no figures of the sentence's own.
    'The number of households on social housing registers in England each year since 2009-10 is available in live table 600 here.',
    'This information is publicly available in the “Central Government Supply Estimates 2024-25” documents.',
    // What an attachment shows: the month and day are its data's, not the answer's.
    'The attached Excel document shows the average waiting time in weeks, in January 2026, for a car practical driving test at all driving test centres.',
    'The following table shows the number of Nuclear Test Medal applications received and approved as at 4 December 2023.',
    'The table below shows the estimate of the Pension Credit caseload in Great Britain for the next five years.',
    'Total Alcohol Duty receipts data by financial year can be found in the Alcohol Bulletin publication, in column M of table 1a.',
  ])('set phrase: %s', (s) => expect(isBoilerplate(s)).toBe(true));
  it.each([
    'There are currently 147,746 full-time equivalent police officers in England and Wales.',
    'The devolved governments will receive £1.2 billion through the Barnett formula.',
    // A table flattened into the text holds its figures.
    'The below table shows the recorded flying hours for the Chinook Fleet: 2019-20 9,581; 2020-21 9,734.',
  ])('an answer: %s', (s) => expect(isBoilerplate(s)).toBe(false));
});
