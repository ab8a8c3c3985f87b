// Is the input a question put in words, rather than a list of keywords? Ranking and the
// bot's direct answers both ask.

const QUESTION_START = /^(what|how|when|who|whom|why|which|where|whether|has|have|had|is|are|was|were|did|does|do|can|could|will|would|should|shall|may|might|any|tell me)\b/i;

/** "how much has the government spent …?" is a question; "county lines funding" is a topic. */
export function isQuestion(input: string): boolean {
  const s = input.trim();
  if (!s.endsWith('?') && (/\b[a-z-]+:\S/i.test(s) || s.includes('"'))) return false; // query syntax, not prose
  const n = s.split(/\s+/).length;
  return (s.endsWith('?') && n >= 2) || (QUESTION_START.test(s) && n >= 3);
}

