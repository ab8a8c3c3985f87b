// A greeting or thanks on its own is said to the bot, not searched for: "hi" would list
// "Hospitality Industry" records (its heading spells HI), "thanks" the answers that thank someone.
import { GREETING } from '../search/query.ts';

const GREETING_ONLY = new RegExp(String.raw`^${GREETING}$`, 'i');
const THANKS_ONLY = /^(?:(?:many\s+)?thanks(?:\s+(?:a\s+lot|very\s+much|again))?|thank\s+you(?:\s+(?:very\s+much|again))?|thankyou|thx|cheers|great\s+thanks|perfect\s+thanks)(?:\s+(?:bot|all|everyone|team))?$/i;

/** What a message that is only small talk says ("hi!", "Thanks 👍"), or undefined for anything to search. */
export function smallTalk(input: string): 'greeting' | 'thanks' | undefined {
  // Punctuation, emoji and spacing carry nothing here.
  const s = input.replace(/[^\p{L}\s']/gu, ' ').replace(/\s+/g, ' ').trim();
  if (GREETING_ONLY.test(s)) return 'greeting';
  if (THANKS_ONLY.test(s)) return 'thanks';
  return undefined;
}
