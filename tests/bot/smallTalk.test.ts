// Small talk: a greeting or thanks on its own is said to the bot, not a search.
import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../src/bot/smallTalk.ts';

describe('smallTalk', () => {
  it.each(['hi', 'Hello!', 'hey there', 'Hiya 👋', 'good morning bot', 'HELLO   EVERYONE'])('%j is a greeting', (s) => expect(smallTalk(s)).toBe('greeting'));
  it.each(['thanks', 'Thank you!', 'thanks a lot', 'cheers 👍', 'many thanks', 'thx'])('%j is thanks', (s) => expect(smallTalk(s)).toBe('thanks'));
  it.each(['what can you do?', 'How do I use this?', 'commands', 'who are you', 'how does this work'])('%j asks for the help', (s) => expect(smallTalk(s)).toBe('help'));
  it.each(['county lines', 'hi vis jackets', 'what can the council do about potholes', 'commands of the armed forces', 'hello county lines', 'thanks for the help with council tax', 'Cheers Hall', 'TA reservists', ''])('%j is not small talk', (s) =>
    expect(smallTalk(s)).toBeUndefined(),
  );
});
