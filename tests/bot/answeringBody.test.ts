// "Who is the minister for water?": the department answering most of the best answers on the
// topic, and who answered its latest, read from the records (answeringBody, answeringMember).
import { describe, expect, it } from 'vitest';
import { QaRecord } from '../../src/record.ts';
import { createBot } from '../../src/bot/bot.ts';
import { answeringBodyNote } from '../../src/bot/answeringBody.ts';
import type { ResultsReply } from '../../src/bot/reply.ts';
import { whoAnswersTopic } from '../../src/search/query.ts';
import { syntheticEngine, syntheticRecord } from '../search/helpers.ts';

const answered = (heading: string, body: string, name: string, role: string, date: string, q = `To ask the Secretary of State, about ${heading.toLowerCase()}.`) =>
  QaRecord.parse({ ...syntheticRecord(heading, q, `${heading} is kept under review.`, date), answeringBody: body, answeringMember: { name, role } });

describe('who answers on a topic', () => {
  it('reads the topic out of the question; not the Prime Minister, a shadow, or "who is responsible for …" alone', () => {
    for (const [q, topic] of [
      ['who is the minister for water?', 'water'],
      ["who's the minister responsible for bus services", 'bus services'],
      ['which department is responsible for potholes?', 'potholes'],
      ['which government department deals with passports', 'passports'],
      ['who answers questions on prisons?', 'prisons'],
      ['who answered questions on sewage?', 'sewage'],
      ['which department answers most on water?', 'water'],
      ['which department has answered the most questions about potholes?', 'potholes'],
      ['who is the housing minister?', 'housing'],
      ['hi, who is the minister for water', 'water'],
    ] as const) {
      expect(whoAnswersTopic(q), q).toBe(topic);
    }
    for (const q of ['who is the prime minister?', 'who is the shadow health secretary?', 'who is responsible for potholes?', 'who organises school transport?', 'minister for water', 'who asks the most questions about water?']) {
      expect(whoAnswersTopic(q), q).toBeUndefined();
    }
  });

  const water = [
    answered('Water Charges', 'Department for Environment, Food and Rural Affairs', 'Emma Hardy', 'Minister for Water and Flooding', '2025-07-01'),
    answered('Water Supply', 'Department for Environment, Food and Rural Affairs', 'Rebecca Pow', 'Parliamentary Under-Secretary of State', '2023-12-01'),
    answered('Water: Scotland', 'Scotland Office', 'Ian Murray', 'Secretary of State for Scotland', '2025-09-01'),
  ];

  it('names the department with most of the best answers, and who answered its latest, in what role', () => {
    const hits = water.map((record) => ({ record, score: 1, excerpt: { segments: [] } }));
    expect(answeringBodyNote('water', hits as never)).toBe(
      'Questions on “water” are answered by the Department for Environment, Food and Rural Affairs (2 of the best 3 answers); ' +
        'the latest of them, on 1 Jul 2025, by Emma Hardy (Minister for Water and Flooding). That is who answered then, not necessarily who holds the post today.',
    );
    const { answerText: _, dateAnswered: __, ...asked } = syntheticRecord('Water', 'To ask the Secretary of State, about water.', 'x', '2025-07-01');
    const awaiting = QaRecord.parse(asked);
    expect(answeringBodyNote('water', [{ record: awaiting, score: 1, excerpt: { segments: [] } }] as never)).toContain('None of the best questions on “water” has been answered yet');
  });

  it('through the bot: the topic is searched without the question\'s frame, and the note leads the reply', async () => {
    const bot = createBot({ searcher: syntheticEngine([...water, answered('Ministers: Pay', 'Cabinet Office', 'Georgia Gould', 'Parliamentary Secretary', '2025-01-01')]), command: '/qa' });
    const r = (await bot.handle('who is the minister for water?', { platform: 'cli', channel: { platform: 'cli', id: 'c' }, user: 'u' } as never)) as ResultsReply;
    expect(r.kind).toBe('results');
    expect(r.hits.map((h) => h.record.heading)).not.toContain('Ministers: Pay');
    expect(r.answer).toBeUndefined();
    expect(r.noAnswerNote).toMatch(/^Questions on “water” are answered by the Department for Environment, Food and Rural Affairs \(2 of the best 3 answers\)/);
  });
});
