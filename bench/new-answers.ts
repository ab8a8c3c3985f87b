// N new answers for a fake Written Questions API (bench/living.ts): real questions from the
// corpus in the detail shape, given new ids, UINs and this week's dates, so an ingest finds every
// one of them new. One word, the marker, is added to each question, so a search can tell when
// they have all become searchable.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { FakeWqApi, realMembers, type WqValue } from '../tests/fakes/wqApi.ts';
import { CORPUS } from './lib.ts';

export const MARKER = 'zqxbenchmarker';

export async function startNewAnswersApi(n: number, answered = '2026-11-30'): Promise<{ api: FakeWqApi; since: string; until: string; marker: string }> {
  const qs: WqValue[] = [];
  const rl = createInterface({ input: createReadStream(CORPUS, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (qs.length >= n) break;
    const c = JSON.parse(line) as Record<string, any>;
    if (!c.answerText || c.questionTextClipped || c.answerTextClipped) continue;
    const k = qs.length;
    qs.push({
      ...c,
      id: 90_000_000 + k,
      uin: `B${k}`,
      dateTabled: `2026-11-2${k % 8}T00:00:00`,
      dateAnswered: `${answered}T00:00:00`,
      questionText: `${c.questionText} ${MARKER}`,
      answerText: typeof c.answerHtml === 'string' && c.answerHtml.trim() ? c.answerHtml : `<p>${c.answerText}</p>`,
      attachments: [],
    });
  }
  rl.close();
  const api = new FakeWqApi(qs);
  api.members = realMembers(path.dirname(CORPUS));
  await api.start();
  return { api, since: '2026-11-20', until: answered, marker: MARKER };
}
