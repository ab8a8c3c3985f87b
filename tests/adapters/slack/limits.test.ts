// Boundary tests: the corpus's longest records (by heading, question, answer, department and
// member label) rendered in every mode, alone and as a full page, with whole-text excerpts.
import { describe, expect, it } from 'vitest';
import { renderDigest, renderReply } from '../../../adapters/slack/render.ts';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.ts';
import { expectNoPingsOrForeignLinks, expectWithinLimits } from './check.ts';
import { hasCorpus, longestRecords, NO_CORPUS_MESSAGE, resultsReply } from './corpus.ts';

if (!hasCorpus) console.warn(NO_CORPUS_MESSAGE);

describe.skipIf(!hasCorpus)('longest records in the corpus', () => {
  const longest = hasCorpus ? longestRecords(3) : [];

  it('are long enough to test the limits', () => {
    const maxAnswer = Math.max(...longest.map((l) => l.record.answerText?.length ?? 0));
    const maxQuestion = Math.max(...longest.map((l) => l.record.questionText.length));
    // The longest answers and questions exceed a section's 3,000 characters: the renderer must cut them.
    expect(maxAnswer).toBeGreaterThan(SLACK_LIMITS.sectionText);
    expect(maxQuestion).toBeGreaterThan(1000);
  });

  it.each(['ephemeral', 'public', 'shared'] as const)('each renders within every limit (%s), cut with an ellipsis', (mode) => {
    for (const { by, record } of longest) {
      // Whole text as the excerpt: far over 3,000 characters for the longest answers.
      const m = renderReply(resultsReply('the government department', [record], { total: 500, limit: 1 }, true), { mode, sharedBy: 'U0USER001' });
      expectWithinLimits(m);
      expectNoPingsOrForeignLinks(m, { allowedMention: 'U0USER001' });
      const excerpt = (m.blocks[3] as any).text.text as string;
      if ((record.answerText ?? record.questionText).length > SLACK_LIMITS.sectionText) {
        expect(excerpt.endsWith('…'), `${by}: ${record.id} cut with an ellipsis`).toBe(true);
        // Cut at a word boundary: the character before the ellipsis ends a word.
        expect(excerpt.slice(-2, -1), `${by}: ${record.id}`).toMatch(/[^\s]/);
      }
    }
  });

  it('all of them on one page, plus a long direct answer and notices, stay within 50 blocks', () => {
    const records = longest.map((l) => l.record);
    const reply = resultsReply('the government department', records, { total: 5000, limit: records.length, notices: ['x'.repeat(5000)] }, true);
    reply.answer = { quotes: records.slice(0, 5).map((r) => ({ text: r.answerText ?? r.questionText, record: r })) };
    const m = renderReply(reply);
    expectWithinLimits(m);
    expectNoPingsOrForeignLinks(m);
  });

  it('a digest of the longest records stays within limits', () => {
    const records = longest.map((l) => l.record);
    const topics = Array.from({ length: 30 }, (_, i) => ({
      query: `topic ${i} ${'long words '.repeat(20)}`,
      total: 40,
      records,
      lines: records.map((r) => r.answerText ?? r.questionText),
      since: '2025-01-01',
    }));
    const m = renderDigest({ kind: 'digest', from: '2025-01-01T00:00:00Z', to: '2025-01-02T00:00:00Z', topics });
    expectWithinLimits(m);
    expectNoPingsOrForeignLinks(m);
  });
});
