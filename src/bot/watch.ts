// `/qa watch`, `/qa watching`, `/qa unwatch`: the replies, as neutral messages every platform
// renders (the notices sent later are src/watch/notice.ts).
import type { Watched } from '../ports.ts';
import { answerOpening, formatDate, plural, recordTitle, watchStatus } from './present.ts';
import { commandText } from './help.ts';
import { bold, code, link, message, text, type MessageReply, type Paragraph } from './reply.ts';

const TOLD = 'a holding answer, an answer or a correction';

function questionLine(w: Watched, today: string): Paragraph {
  const r = w.record;
  const label = `UIN ${w.uin}`;
  const head = r ? link(label, r.url) : bold(label);
  return [head, text(r ? ` ${recordTitle(r)}` : ''), text(` — ${watchStatus(w, today)}`)];
}

export function watchHelp(cmd: string): Paragraph {
  return [
    text('Give its UIN or its page on questions-statements.parliament.uk: '),
    code(commandText(cmd, 'watch 4712')),
    text(', '),
    code(commandText(cmd, 'watch HL1234')),
    text(' or '),
    code(commandText(cmd, 'watch https://questions-statements.parliament.uk/written-questions/detail/2024-09-09/4712')),
    text('.'),
  ];
}

export function watchReply(res: { watched: Watched; already: boolean } | undefined, cmd: string, today: string): MessageReply {
  if (!res) return message('warning', 'That does not name a written question.', watchHelp(cmd));
  const w = res.watched;
  const r = w.record;
  const tabled = w.dateTabled ? [[text(`Tabled ${formatDate(w.dateTabled)} (UINs restart each session: to watch another question with this number, give its link).`)]] : [];
  if (res.already) return message('info', `This channel already watches UIN ${w.uin}.`, questionLine(w, today));
  if (!r) {
    return message(
      'info',
      `Watching UIN ${w.uin}.`,
      [text(`The archive does not hold this question yet. When the ingest brings it, this channel is told of ${TOLD}, as soon as it arrives.`)],
      [code(commandText(cmd, 'watching')), text(' lists the questions this channel watches.')],
    );
  }
  const answer = r.answerText ? r : w.groupAnswer;
  const quote: Paragraph[] = answer?.answerText ? [[text(`“${answerOpening(answer)}”`)]] : [];
  const title = r.isWithdrawn
    ? `UIN ${w.uin} was withdrawn.`
    : answer && !answer.answerIsHolding
      ? `UIN ${w.uin} is already answered.`
      : answer
        ? `UIN ${w.uin} has a holding answer.`
        : `Watching UIN ${w.uin}.`;
  const next = r.isWithdrawn
    ? 'Watching it anyway.'
    : answer && !answer.answerIsHolding
      ? 'Watching it: a correction will be told here.'
      : answer
        ? 'Watching it: the answer, and any correction, will be told here as soon as the archive holds it.'
        : `This channel is told here of ${TOLD}, as soon as the archive holds it.`;
  return message('info', title, questionLine(w, today), ...quote, ...tabled, [text(`${next} `), code(commandText(cmd, 'watching')), text(' lists them.')]);
}

export function watchingReply(list: Watched[], cmd: string, today: string): MessageReply {
  if (!list.length) return message('info', 'This channel watches no questions yet.', [text('Watch one to be told here when it is answered. '), ...watchHelp(cmd)]);
  return message(
    'info',
    `This channel watches ${plural(list.length, 'question')}`,
    ...list.map((w): Paragraph => [text(`${w.n}. `), ...questionLine(w, today)]),
    [text('Stop one with '), code(commandText(cmd, 'unwatch <number>')), text('.')],
  );
}

export function unwatchReply(removed: Watched | undefined, cmd: string): MessageReply {
  if (!removed) return message('warning', 'This channel does not watch that.', [code(commandText(cmd, 'watching')), text(' lists the questions and their numbers.')]);
  return message('info', `No longer watching UIN ${removed.uin}.`, [text('Nothing more will be told here about it.')]);
}
