import { describe, expect, it } from 'vitest';
import type { QaRecord } from '../../src/record.ts';
import { speaksFor, STATE_BODY } from '../../src/bot/stateBody.ts';

const record = (answeringBody: string, questionText = 'To ask the Secretary of State, how many staff work in the department.'): QaRecord =>
  ({ url: 'u', heading: 'Civil Servants', questionText, answerText: 'x', answeringBody }) as unknown as QaRecord;

describe('state bodies', () => {
  it('names a body in its usual forms', () => {
    for (const s of ['the Ministry of Defence', 'the Department for Work and Pensions', 'the Home Office', 'HM Treasury']) expect(STATE_BODY.test(s)).toBe(true);
    expect(STATE_BODY.test('the Office for Students')).toBe(true);
    expect(STATE_BODY.test('the defence of the realm')).toBe(false);
  });
  it('a record speaks for the body that answered it, or one its text names', () => {
    expect(speaksFor('Home Office', record('Home Office'), 'There are 40,000 staff.')).toBe(true);
    expect(speaksFor('Home Office', record('Cabinet Office'), 'There are 40,000 staff.')).toBe(false);
    expect(speaksFor('Home Office', record('Cabinet Office'), 'The Home Office employs 40,000 staff.')).toBe(true);
  });
});
