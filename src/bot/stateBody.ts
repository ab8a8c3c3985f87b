// The state bodies a question or a sentence names ("the Home Office", "the Department for
// Education", "HM Treasury"): whom a question is put to, or who acts, rather than what it is about;
// and whether a record can speak for the body a question names (`speaksFor`).
import type { QaRecord } from '../record.ts';

/** A state body by name: "Ministry of Defence", "Department for Work and Pensions", "Secretary of State for Health and Social Care". */
export const STATE_BODY = /\b(?:Ministry|Department|Secretary of State|Minister|Office) (?:of|for) (?:the )?[A-Z][\w']*(?:(?:,? and |, | )[A-Z][\w']*)*|\b(?:Home|Cabinet|Foreign|Northern Ireland|Scotland|Wales) Office\b|\bHM Treasury\b/;
export const STATE_BODIES = new RegExp(STATE_BODY.source, 'g');
/** Words of a body's name that tell no body from another: its title's "Secretary of State", the connectors. */
const BODY_FILLER = new Set(['of', 'for', 'the', 'and', 'hm', 'secretary', 'state', 'minister']);

const bodyWords = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w && !BODY_FILLER.has(w));

/**
 * Whether a record can speak for the state body a question names ("How many Home Office staff …"):
 * one the body answered, or one whose heading, question or sentence names it. Another department's
 * answer about "her Department" counts that department's staff.
 */
export function speaksFor(body: string, r: QaRecord, s: string): boolean {
  const named = bodyWords(body);
  const answering = new Set(bodyWords(r.answeringBody ?? ''));
  if (!r.answeringBody || named.every((w) => answering.has(w))) return true;
  const text = new Set(bodyWords(`${r.heading ?? ''} ${r.questionText} ${s}`));
  return named.every((w) => text.has(w));
}
