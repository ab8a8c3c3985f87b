// Help: every example it shows must be a query the parser accepts, and it must name every filter.
import { describe, expect, it } from 'vitest';
import { helpReply } from '../../src/bot/help.ts';
import { parseQuery, FILTER_KEYS } from '../../src/search/query.ts';

const codes = (cmd: string) => helpReply(cmd).paragraphs.flat().filter((p) => p.t === 'code').map((p) => p.text);

describe('helpReply', () => {
  it('is an info message with a title', () => {
    const h = helpReply();
    expect(h.kind).toBe('message');
    expect(h.tone).toBe('info');
    expect(h.title.length).toBeGreaterThan(5);
  });

  it('writes commands the way the platform does', () => {
    expect(codes('qa>').filter((c) => c.startsWith('qa> '))).not.toHaveLength(0);
    expect(codes('/qa').some((c) => c.startsWith('qa> '))).toBe(false);
    expect(codes('/qa').filter((c) => c.startsWith('/qa '))).not.toHaveLength(0);
  });

  it('names every filter and operator', () => {
    const all = codes('/qa').join(' ');
    for (const k of FILTER_KEYS) expect(all, k).toContain(`${k}:`);
    for (const op of ['"county lines"', '-word', 'OR', 'answered', 'unanswered', 'sort:newest', 'stats', 'follow', 'tabled', 'is:overdue dept:', 'watch 4712', 'watching', 'unwatch 1', 'Rupert Lowe', 'Streeting']) expect(all, op).toContain(op);
  });

  it('every example query parses', () => {
    for (const c of codes('/qa')) {
      const q = c.replace(/^\/qa\s+/, '').replace(/^(stats|follow|unfollow|watch|unwatch)\s+/, '');
      if (q === '-word' || q === '-"a phrase"' || q === 'following' || /^\d+$/.test(q.replace(/^unfollow\s+/, ''))) continue;
      expect(() => parseQuery(q), c).not.toThrow();
    }
  });
});
