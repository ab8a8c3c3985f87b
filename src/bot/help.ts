// `/qa help`: the query language with examples, as a neutral reply every adapter renders.
import { bold, code, message, text, type MessageReply } from './reply.ts';

/** How a command is typed on a platform: "/qa help", "/qa query:help", or "help" in the console. */
export function commandText(command: string, rest: string): string {
  if (!command) return rest;
  return command.endsWith(':') ? command + rest : `${command} ${rest}`;
}

export function helpReply(command = '/qa'): MessageReply {
  return message(
    'info',
    'Searching the written questions archive',
    [
      text('Type a topic or a question: '),
      code(commandText(command, `county lines`)),
      text(' or '),
      code(commandText(command, `how much has the government spent on county lines?`)),
      text('. A question asking how much, how many, when or what is being done gets a quoted answer first when the archive has one.'),
    ],
    [bold('Words and phrases  '), code('"county lines"'), text(' exact phrase · '), code('-word'), text(', '), code('-"a phrase"'), text(' or '), code('NOT word'), text(' leave out · '), code('knife OR knives'), text(' either')],
    [
      bold('Filters  '),
      code('dept:"home office"'), text(' or '), code('dept:dwp'), text(' department · '),
      code('by:rimmer'), text(' asked by · '),
      code('answered-by:atkins'), text(' answered by · '),
      code('Rupert Lowe'), text(' or '), code('Streeting'), text(' a member\'s questions and answers ('), code('asked by Rupert Lowe'), text(' only those asked) · '),
      code('party:reform'), text(' or '), code('party:"lib dem"'), text(' asked by a party\'s members · '),
      code('UIN 12715'), text(' or a question\'s link: that question · '),
      code('house:commons'), text(' · '),
      code('from:2024'), text(' '), code('to:2024-06'), text(' '), code('from:2024-06-09'), text(' dates (or '),
      code('in 2025'), text(', '), code('in March 2025'), text(', '), code('last month'), text(', '), code('today'), text(' after the topic; '), code('tabled in 2025'), text(' by the date tabled) · '),
      code('answered'), text(' / '), code('unanswered'),
    ],
    [bold('State  '), code('is:overdue'), text(' unanswered past its due date · '), code('is:late'), text(' answered after it · '), code('is:holding'), text(' · '), code('is:corrected'), text(' (alone, they list the questions, newest first)')],
    [bold('Order  '), code('sort:newest'), text(' or '), code('sort:oldest'), text(' (best match first by default; '), code('latest on county lines'), text(' newest first)')],
    [
      bold('More  '),
      code(commandText(command, `stats county lines`)), text(' counts by department, year, party and asker ('), code(commandText(command, 'stats')), text(' alone: the whole archive) · '),
      code(commandText(command, `stats timeliness from:2025`)), text(' who answers on time · '),
      code(commandText(command, `follow county lines`)), text(' daily digest of new answers in this channel · '),
      code(commandText(command, `following`)), text(' · '),
      code(commandText(command, `unfollow 1`)), text(' (or all)'),
    ],
    [
      bold('Digests  '),
      code(commandText(command, `follow county lines tabled`)), text(' new answers and newly tabled questions · '),
      code(commandText(command, `follow is:overdue dept:"home office"`)), text(' each day, the questions that fell overdue · holding answers and corrections are marked as such'),
    ],
    [
      bold('Watch a question  '),
      code(commandText(command, `watch 4712`)),
      text(' (a UIN, its questions-statements.parliament.uk link, or a result’s Watch button): this channel is told as soon as it gets a holding answer, an answer or a correction · '),
      code(commandText(command, `watching`)), text(' where each stands · '),
      code(commandText(command, `unwatch 1`)), text(' (or all)'),
    ],
    [text('Example: '), code(commandText(command, `"county lines" dept:"home office" from:2024 sort:newest`))],
    [text('Or in words: '), code(commandText(command, `overdue questions to the Home Office`)), text(' · '), code(commandText(command, `what has the MP for Strangford asked about hospices?`))],
  );
}
