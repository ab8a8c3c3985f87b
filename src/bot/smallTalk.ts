// A greeting or thanks on its own is said to the bot, not searched for: "hi" would list
// "Hospitality Industry" records (its heading spells HI), "thanks" the answers that thank someone.
import { GREETING } from '../search/query.ts';

const GREETING_ONLY = new RegExp(String.raw`^${GREETING}$`, 'i');
const THANKS_ONLY = /^(?:(?:many\s+)?thanks(?:\s+(?:a\s+lot|very\s+much|again))?|thank\s+you(?:\s+(?:very\s+much|again))?|thankyou|thx|cheers|great\s+thanks|perfect\s+thanks)(?:\s+(?:bot|all|everyone|team))?$/i;

/** Asking what the bot is or does ("what can you do?", "how do I use this?"): the help answers it, not a search ("commands" had listed 160 records). */
const ABOUT_ME = new RegExp(
  [
    String.raw`^(?:what\s+(?:can|do|does)\s+(?:you|this(?:\s+bot)?|it)\s+do|how\s+do\s+(?:i|you|we)\s+use\s+(?:this|you|it|the\s+bot)|how\s+does\s+(?:this|it|the\s+bot)\s+work`,
    String.raw`who\s+are\s+you|what\s+are\s+you|(?:list\s+(?:of\s+)?)?commands|usage|instructions)$`,
  ].join('|'),
  'i',
);

/** What a message that is only small talk says ("hi!", "Thanks 👍", "what can you do?"), or undefined for anything to search. */
export function smallTalk(input: string): 'greeting' | 'thanks' | 'help' | undefined {
  // Punctuation, emoji and spacing carry nothing here.
  const s = input.replace(/[^\p{L}\s']/gu, ' ').replace(/\s+/g, ' ').trim();
  if (GREETING_ONLY.test(s)) return 'greeting';
  if (THANKS_ONLY.test(s)) return 'thanks';
  if (ABOUT_ME.test(s)) return 'help';
  return undefined;
}
