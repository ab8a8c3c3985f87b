// An answer that only refers to another ("I refer the hon. Member to the answer … to Question
// 5784") is shown, and read for a direct answer, as the answer it refers to.
import { describe, expect, it } from 'vitest';
import { QaRecord } from '../../src/record.ts';
import { referralIn } from '../../src/search/referral.ts';
import { excerptText } from '../../src/bot/reply.ts';
import { directAnswer } from '../../src/bot/answer.ts';
import { railwayFiller, syntheticEngine, syntheticRecord } from './helpers.ts';

describe('referralIn', () => {
  it('reads the question referred to, its House and the day, a day without its year of the answer\'s year or the one before', () => {
    expect(referralIn('I refer the Rt Hon Member to the Answer I gave on 4 December to Question UIN 16274.', '2024-12-10')).toEqual({
      sentence: 'I refer the Rt Hon Member to the Answer I gave on 4 December to Question UIN 16274.',
      uin: '16274',
      house: 'Commons',
      dateAnswered: '2024-12-04',
    });
    expect(referralIn('I refer back to my previous answer to UIN 5635 on 14th December.', '2024-01-10')?.dateAnswered).toBe('2023-12-14');
    expect(referralIn('I refer the hon. Member to the answer of 16 February 2022, Official Report, PQ 120718.', '2023-12-12')).toMatchObject({ uin: '120718', dateAnswered: '2022-02-16' });
    expect(referralIn('Please see the previous response to Question 108459 which answers this question.')).toMatchObject({ uin: '108459', house: 'Commons' });
    const lords = 'I refer the Rt Hon Member to the answer provided on 22 December 2025 in response to Question HL12714. Any updates will be provided in the usual way in due course.';
    expect(referralIn(lords, '2026-01-05')).toMatchObject({ uin: 'HL12714', house: 'Lords' });
  });

  it('is no referral when the answer names no question, or goes on with content of its own', () => {
    expect(referralIn('I refer the Hon Member to the statement I made on 5 January.', '2026-01-10')).toBeUndefined();
    expect(
      referralIn(
        'I refer the hon Member to the answer given to Question UIN 7203 on 20 September 2024. This Government takes the threat of extremism very seriously ' +
          'and we will continue to work with partners to tackle extremism in all its forms, at home and abroad.',
        '2024-10-01',
      ),
    ).toBeUndefined();
    expect(referralIn('The Department refers all such cases to Question Time.', '2024-10-01')).toBeUndefined();
  });
});

describe('a referral on the real page', () => {
  const dated = (r: QaRecord, uin: string, dateAnswered: string, answeringBody = 'Ministry of Defence') =>
    QaRecord.parse({ ...r, uin, dateAnswered, answeringBody, id: `commons-${r.dateTabled}-${uin}` });
  const target = dated(
    syntheticRecord(
      'Army: Procurement',
      'To ask the Secretary of State for Defence, what plans there are for Army vehicle procurement.',
      'The Army Capability Investment Plan sets out £41 billion of vehicle procurement over the next ten years.',
      '2023-12-07',
    ),
    '5784',
    '2023-12-12',
  );
  // The same number in another department's earlier session: not the one referred to.
  const namesake = dated(
    syntheticRecord('Household Support Fund', 'To ask the Secretary of State for Work and Pensions, about the fund.', 'The Army vehicle procurement plan is not a matter for this Department.', '2023-01-05'),
    '5784',
    '2023-01-10',
    'Department for Work and Pensions',
  );
  const referral = dated(
    syntheticRecord('Army: Vehicles', 'To ask the Secretary of State for Defence, how much will be spent on Army vehicle procurement.', 'I refer the right hon. Member to the answer I gave her on 12 December 2023, to Question 5784.', '2024-01-08'),
    '9001',
    '2024-01-11',
  );

  it('shows the referring sentence, then the passage of the answer referred to, and reads that answer for a direct answer', async () => {
    const e = syntheticEngine([referral, target, namesake, ...railwayFiller(10)]);
    const res = await e.search({ query: 'army vehicle procurement', limit: 10 });
    const hit = res.hits.find((h) => h.record.id === referral.id)!;
    expect(hit.referredTo?.id).toBe(target.id);
    expect(excerptText(hit.excerpt)).toMatch(/^I refer the right hon\. Member .* Question 5784\. → .*£41 billion/);
    const q = 'how much will be spent on army vehicle procurement?';
    const a = directAnswer(q, [hit], { terms: res.terms, subject: [['armi'], ['vehicl'], ['procur']] });
    expect(a?.quotes[0].record.id).toBe(target.id);
    expect(a?.quotes[0].text).toContain('£41 billion');
  });

  it('without the day, only the same department\'s earlier answer is the one referred to; none found, the hit is as it was', async () => {
    const undated = QaRecord.parse({ ...referral, answerText: 'I refer the right hon. Member to the answer I gave to Question 5784.' });
    const e = syntheticEngine([undated, target, namesake, ...railwayFiller(10)]);
    const hit = (await e.search({ query: 'army vehicle procurement', limit: 10 })).hits.find((h) => h.record.id === undated.id)!;
    expect(hit.referredTo?.id).toBe(target.id);
    const alone = syntheticEngine([undated, namesake, ...railwayFiller(10)]);
    const lone = (await alone.search({ query: 'army vehicle procurement', limit: 10 })).hits.find((h) => h.record.id === undated.id)!;
    expect(lone.referredTo).toBeUndefined();
    expect(excerptText(lone.excerpt)).not.toContain('→');
  });
});
