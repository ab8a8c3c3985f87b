// Sentence splitting: parliamentary answers are full of full stops that end nothing.
import { describe, expect, it } from 'vitest';
import { sentences, splitSentences } from '../../src/search/sentences.ts';
import { fixtureRecords } from './helpers.ts';

describe('splitSentences', () => {
  it.each([
    ['Rt Hon.', 'I thank the Rt Hon. Member for his question. The answer follows.', ['I thank the Rt Hon. Member for his question.', 'The answer follows.']],
    ['hon.', 'The hon. Member for Enfield asked. Answer.', ['The hon. Member for Enfield asked.', 'Answer.']],
    ['£3.6m', 'The NCLCC was established with £3.6m of funding. It has closed 780 lines.', ['The NCLCC was established with £3.6m of funding.', 'It has closed 780 lines.']],
    ['£2.9 million', 'Funding of £2.9 million was seized. That is all.', ['Funding of £2.9 million was seized.', 'That is all.']],
    ['No. 10', 'Officials met at No. 10 Downing Street. A note was published.', ['Officials met at No. 10 Downing Street.', 'A note was published.']],
    ['e.g.', 'Some areas, e.g. London, receive more. Others receive less.', ['Some areas, e.g. London, receive more.', 'Others receive less.']],
    ['i.e.', 'Two regions, i.e. The North and Wales, are covered. Nothing else.', ['Two regions, i.e. The North and Wales, are covered.', 'Nothing else.']],
    ['para.', 'See para. 4 of the report. Thanks.', ['See para. 4 of the report.', 'Thanks.']],
    ['Sept.', 'This was in Sept. 2023 and more. New sentence.', ['This was in Sept. 2023 and more.', 'New sentence.']],
    ['an initial', 'Mr. Smith replied. J. Smith agreed.', ['Mr. Smith replied.', 'J. Smith agreed.']],
    ['gov.uk', 'The website gov.uk has the details. Read it.', ['The website gov.uk has the details.', 'Read it.']],
    ['decimals', 'Cost was 3.5 per cent. Next.', ['Cost was 3.5 per cent.', 'Next.']],
    ['? and !', 'Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
    ['£ after a stop', 'In 2023 we spent £1.2bn. £300m more followed.', ['In 2023 we spent £1.2bn.', '£300m more followed.']],
    ['a closing bracket', 'Money (see annex.) Next one.', ['Money (see annex.)', 'Next one.']],
    ['a stop glued to the next sentence', 'The data requested is not held.As of November, there are 136 centres.', ['The data requested is not held.', 'As of November, there are 136 centres.']],
    ['a year glued to the next sentence', 'There were 658 more GPs than in July 2024.The Government will recruit more. It cost £3.Then', ['There were 658 more GPs than in July 2024.', 'The Government will recruit more.', 'It cost £3.Then']],
    [
      'a sum glued to the next sentence',
      'Women have different needs, relating to violence and abuse.£9.2 million funding is available. It cost £3.£4 was asked.',
      ['Women have different needs, relating to violence and abuse.', '£9.2 million funding is available.', 'It cost £3.£4 was asked.'],
    ],
    ['a bracket glued to the next sentence', 'It runs the redress scheme (HCRS).Since March 2023, £2.9 million has been spent.', ['It runs the redress scheme (HCRS).', 'Since March 2023, £2.9 million has been spent.']],
    ['"c." for circa before a figure', 'The estimate was c. £1.5 billion, and c. 29,000 staff. Work went on to 2024 in annex c. The next.', ['The estimate was c. £1.5 billion, and c. 29,000 staff.', 'Work went on to 2024 in annex c.', 'The next.']],
    ['gov.uk.The', 'Details are on gov.uk.The list follows. See www.gov.uk/Guidance.', ['Details are on gov.uk.', 'The list follows.', 'See www.gov.uk/Guidance.']],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('a full stop before a lower-case word does not end a sentence', () => {
    expect(sentences('approx. three quarters of forces. Then more.')).toEqual(['approx. three quarters of forces.', 'Then more.']);
    expect(sentences('it ended. and then it went on. Next.')).toEqual(['it ended. and then it went on.', 'Next.']);
  });

  it('a paragraph break always ends a sentence, even without a stop', () => {
    expect(sentences('First paragraph without stop\n\nSecond paragraph.')).toEqual(['First paragraph without stop', 'Second paragraph.']);
  });

  it('a line break ends a line of a list, stop or no stop; not a table\'s short cells, nor a line ending on a comma', () => {
    const list = "We are prioritising investment that supports farming and nature's recovery\nWe are investing more than £2.7 billion a year in farming.";
    expect(sentences(list)).toEqual(["We are prioritising investment that supports farming and nature's recovery", 'We are investing more than £2.7 billion a year in farming.']);
    const table = 'Figures on the registered voters are in the table below.\n Northern Ireland\n Great Britain\n 2024\n 1,363,961\n 46,859,848';
    expect(sentences(table)).toHaveLength(2);
    const wrapped = 'The scheme supports farmers, land managers and foresters,\nWho apply through the Rural Payments service.';
    expect(sentences(wrapped)).toHaveLength(1);
  });

  it('spans point into the original text, trimmed, in order and without overlap', () => {
    const text = '  First one.  Second one?\n\nThird (with a bracket).  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one?', 'Third (with a bracket).']);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });

  it('empty and blank text have no sentences', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n\n ')).toEqual([]);
  });

  it('on every fixture answer, the sentences hold every word of the text, in order', async () => {
    const records = await fixtureRecords();
    let n = 0;
    for (const r of records) {
      for (const text of [r.questionText, r.answerText].filter((t): t is string => !!t)) {
        const spans = splitSentences(text);
        n += spans.length;
        // Nothing but whitespace lies between or around the spans.
        let at = 0;
        for (const s of spans) {
          expect(text.slice(at, s.start).trim(), r.id).toBe('');
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        expect(text.slice(at).trim(), r.id).toBe('');
      }
    }
    expect(n).toBeGreaterThan(records.length);
  });

  it('no sentence of a real answer ends on a known abbreviation', async () => {
    const records = await fixtureRecords();
    for (const r of records) {
      for (const s of sentences(r.answerText ?? '')) {
        expect(s, r.id).not.toMatch(/\b(?:Rt Hon|hon|No|e\.g|i\.e|para|Mr|Mrs|Dr)\.$/);
      }
    }
  });
});
