// What a channel is told when a watched question moves on: a neutral message (title, who
// answered and when, the answer's opening, the link) that each platform lays out as it lays out
// any other message.
import type { QaRecord } from '../record.ts';
import { officialUrl } from '../record.ts';
import { answerOpening, formatDate, recordTitle, recordView } from '../bot/present.ts';
import { link, message, text, type MessageReply, type Paragraph } from '../bot/reply.ts';
import type { WatchEvent } from './state.ts';

const HEAD: Record<WatchEvent, string> = {
  holding: 'Holding answer',
  answered: 'Answered',
  corrected: 'Answer corrected',
  withdrawn: 'Withdrawn',
};

/**
 * The notice for `event` on the watched question `record` (house + UIN + day tabled). `answer` is
 * the record that carries the answer: the question itself, or another of its group answered with it.
 */
export function watchNotice(event: WatchEvent, watched: { uin: string; dateTabled?: string }, record: QaRecord | undefined, answer: QaRecord): MessageReply {
  const own = record ?? answer;
  const v = recordView(answer);
  const paras: Paragraph[] = [];
  const who: string[] = [];
  if (v.department) who.push(v.department);
  if (event === 'withdrawn') who.push('withdrawn by the member');
  else if (event === 'corrected') who.push(`corrected${answer.dateAnswerCorrected ? ` on ${formatDate(answer.dateAnswerCorrected)}` : ''}${v.answeredBy ? ` by ${v.answeredBy}` : ''}`);
  else {
    const day = event === 'holding' ? (answer.dateHoldingAnswer ?? answer.dateAnswered) : answer.dateAnswered;
    who.push(`${event === 'holding' ? 'holding answer' : 'answered'}${v.answeredBy ? ` by ${v.answeredBy}` : ''}${day ? ` on ${formatDate(day)}` : ''}`);
  }
  if (event === 'answered' && answer.answerIsCorrection) who.push(`since corrected${answer.dateAnswerCorrected ? ` (${formatDate(answer.dateAnswerCorrected)})` : ''}`);
  paras.push([text(who.join(' · '))]);
  if (answer !== own && answer.uin) paras.push([text(`Answered together with UIN ${answer.uin}: the questions were grouped.`)]);
  if (event !== 'withdrawn' && answer.answerText) paras.push([text(`“${answerOpening(answer)}”`)]);
  const url = own.url || (watched.dateTabled ? officialUrl(watched.dateTabled, watched.uin) : answer.url);
  paras.push([link('Read it on questions-statements.parliament.uk', url)]);
  if (answer !== own) paras.push([link(`UIN ${answer.uin ?? ''}, answered with it`.trim(), answer.url)]);
  return message('info', `${HEAD[event]}: UIN ${watched.uin}, ${recordTitle(own)}`, ...paras);
}
