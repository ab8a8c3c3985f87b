// A query as the ranking reads it: the things it asks about, each satisfied by any of its terms.

/** One thing the query asks about: any of `terms` satisfies it. */
export interface Concept {
  terms: string[];
  weight: number;
  /** Present in the index at all? Unknown words are typos until shown otherwise. */
  known: boolean;
  /** A word of a quoted phrase: highlighted only as part of the phrase. */
  inPhrase?: boolean;
  /** An OR group's terms that come only from its quoted phrases: highlighted only as part of them. */
  phraseTerms?: string[];
  /** For a plain word: the word as typed and its position among the query's words. */
  word?: string;
  pos?: number;
  /** An unknown word replaced by the archive's word one edit away (see spell.ts); `typed` is what was typed. */
  corrected?: boolean;
  typed?: string;
  /** Corrected by an edit that is no common slip (`isSlip`): "pilates" read as "pilots" is a guess. */
  guessed?: boolean;
  /** A part of a hyphenated compound as typed ("step-free"): with its joined form, one concept the user wrote as one. */
  compound?: boolean;
  /** An abbreviation's long form as the archive defines it (abbreviations.ts): all of these terms also satisfy it. */
  expansion?: string[];
  /** An abbreviation the archive's subject headings spell out (abbreviations.ts): records filed under them also satisfy it. */
  headingForm?: { terms: string[]; headings: Set<number> };
}

/**
 * A quoted phrase a record must hold; for an OR group ("county lines" OR "drug gangs", or
 * "county lines" OR gangs), any one of its `phrases`, or one of its plain words' terms (`words`).
 */
export interface PhraseGroup {
  phrases: string[];
  words: string[];
}
