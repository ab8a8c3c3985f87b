// The bot: what a person typed after /qa (or said to the bot) becomes a neutral Reply.
// The same function serves Slack, Discord and the console.
import type { FollowStore, BotContext, WatchStore } from '../ports.ts';
import { code, message, text, type Reply, type ResultsReply } from './reply.ts';
import { commandText, helpReply } from './help.ts';
import { smallTalk } from './smallTalk.ts';
import { timelinessReply } from './timeliness.ts';
import { ANSWER_DEPTH, answerFetch, directAnswer, focusExcerpts } from './answer.ts';
import { answeringBodyNote } from './answeringBody.ts';
import { asksWhatWasSaid, wants } from './want.ts';
import { QueryError, type Searcher } from '../search/types.ts';
import { countsAskedOf, parseQuery, MAX_QUERY_LENGTH, statsTableOf, timelinessAskedOf, whoAnswersTopic } from '../search/query.ts';
import { hasCriteria } from '../search/filters.ts';
import { londonToday } from '../search/timeliness.ts';
import { followKinds } from './follow.ts';
import { listedNoun, plural, STATS_HEADINGS } from './present.ts';
import { unwatchReply, watchHelp, watchingReply, watchReply } from './watch.ts';

export interface Bot {
  handle(input: string, ctx: BotContext, opts?: { offset?: number; limit?: number }): Promise<Reply>;
}

export interface BotDeps {
  searcher: Searcher;
  follows?: FollowStore;
  /** Watched questions (src/watch); without it `watch` says it is not available. */
  watches?: WatchStore;
  pageSize?: number;
  /** How commands are written on this platform, for help text ("/qa", "qa>"). */
  command?: string;
}

export const DEFAULT_PAGE_SIZE = 5;

/** Asking for the next page in words (the console pages on it; elsewhere the list's buttons do). */
export const NEXT_PAGE = /^(?:more|next|next\s+page|show\s+more|more\s+results|page\s+\d+)[.!?]*$/i;

/** "unfollow all", "unwatch everything". */
const EVERY = /^(?:all|everything)$/i;

/** Other words for the lists of what a channel follows and watches. */
const LIST_ALIASES: Record<string, string> = { follows: 'following', followed: 'following', watches: 'watching', watched: 'watching' };

function queryProblem(err: QueryError, query: string): Reply {
  return message('warning', err.message, ...(err.hint ? [[text(err.hint)]] : []), [text('Your query: '), code(query.slice(0, 200))]);
}

/** Nothing found; what the search said of the query comes first ("No question numbered 99999 is in the archive."). */
function noResults(query: string, cmd: string, notices: readonly string[] = []): Reply {
  return message(
    'info',
    'No answers match that.',
    ...notices.map((n) => [text(n)]),
    [text('Check the spelling, try fewer or broader words, or drop a filter.')],
    [text('Phrases need every word in order: '), code('"county lines"'), text('. Either word: '), code('knife OR knives'), text('.')],
    [text('You searched: '), code(query.slice(0, 200)), text('. See '), code(commandText(cmd, `help`)), text(' for the query syntax.')],
  );
}

/** The reply to "has anyone asked about …?" (the questions themselves) or "what has the government said about …?" (the answers), and how to see the latest first. */
function askedNote(cmd: string, query: string, listed = 'questions'): string {
  return `The ${listed} below answer that, best match first; for the latest first: ${commandText(cmd, `${query.replace(/[?\s]+$/, '')} sort:newest`)}`;
}

export function createBot(deps: BotDeps): Bot {
  const pageSize = deps.pageSize ?? DEFAULT_PAGE_SIZE;
  const cmd = deps.command ?? '/qa';

  async function search(query: string, offset: number, limit: number): Promise<Reply> {
    // A question's first page leads with a quoted answer, when there is one, read from more than
    // the page: the records past it are fetched for the answer alone.
    const reads = answerFetch(query, offset, limit);
    // "who is the minister for water?": the topic is searched, and the answering department named.
    const whoTopic = offset === 0 ? whoAnswersTopic(query) : undefined;
    const res = await deps.searcher.search({ query, offset, limit: whoTopic ? Math.max(reads.limit, ANSWER_DEPTH) : reads.limit });
    const hits = focusExcerpts(query, res.hits.slice(0, limit), res.terms);
    if (res.total === 0) return noResults(query, cmd, res.notices);
    if (offset >= res.total) {
      const n = res.total;
      const noun = listedNoun(res.awaiting);
      return message('warning', `There ${n === 1 ? `is 1 ${noun}` : `are ${n} ${noun}s`} for that; nothing from number ${offset + 1} on.`, [text('Ask for an earlier page, or the first: '), code(commandText(cmd, query.slice(0, 200))), text('.')]);
    }
    const reply: ResultsReply = { kind: 'results', query, total: res.total, ...(res.awaiting ? { awaiting: res.awaiting } : {}), offset, limit, hits, notices: res.notices };
    if (whoTopic) reply.noAnswerNote = answeringBodyNote(whoTopic, res.hits.slice(0, ANSWER_DEPTH));
    else if (reads.asks) {
      const answer = directAnswer(reads.question, res.hits, res);
      const want = wants(reads.question);
      if (answer) reply.answer = answer;
      else if (want === 'asked') reply.noAnswerNote = askedNote(cmd, query);
      else if (want === 'any' && (asksWhatWasSaid(reads.question) || reads.viewAsked)) reply.noAnswerNote = askedNote(cmd, query, 'answers');
      else if (want === 'any')
        reply.noAnswerNote =
          'A sentence is quoted as the answer to a question asking a figure, a date or what is being done; asked whether something is, ' +
          'one naming a scheme or the like for it, or the best answer saying it in your words. None does here; these are the closest answers.';
      else reply.noAnswerNote = 'No single sentence in the top answers answers that directly; here are the closest answers.';
    }
    return reply;
  }

  async function handle(input: string, ctx: BotContext, opts: { offset?: number; limit?: number } = {}): Promise<Reply> {
    const raw = input.trim();
    if (raw.length > MAX_QUERY_LENGTH * 2) {
      return message('warning', `That is ${raw.length} characters long; a query can be at most ${MAX_QUERY_LENGTH}.`, [text('Keep the few words that name the topic, for example '), code('county lines funding'), text('.')]);
    }
    const [word = ''] = raw.split(/\s+/);
    const rest = raw.slice(word.length).trim();
    // "follows" or "watches" alone asks for the list, as "following" and "watching" do: searched, they are no topic.
    const verb = rest ? word.toLowerCase() : (LIST_ALIASES[word.toLowerCase()] ?? word.toLowerCase());
    try {
      if (raw === '' || verb === 'help' || verb === '?') return helpReply(cmd);
      const talk = smallTalk(raw);
      if (talk === 'help') return helpReply(cmd);
      // "more", "next page": the bot keeps no last search to page on in a channel; the list's buttons do.
      if (NEXT_PAGE.test(raw)) {
        return message('info', 'More of a list comes with the Next ▶ button under it.', [
          text('Or narrow it: add a word, a filter such as '),
          code('from:2025'),
          text(' or '),
          code('dept:dwp'),
          text(', or '),
          code('sort:newest'),
          text('.'),
        ]);
      }
      if (talk === 'greeting') {
        const ask = code(commandText(cmd, 'how much has been spent on county lines?'));
        return message('info', 'Hello.', [text('Name a topic, such as '), code(commandText(cmd, 'county lines')), text(', or ask a question, such as '), ask, text('. '), code(commandText(cmd, 'help')), text(' lists the rest.')]);
      }
      if (talk === 'thanks') return message('info', 'You’re welcome.', [code(commandText(cmd, 'help')), text(' lists what else I can do.')]);
      if (verb === 'stats' && /^timeliness\b/i.test(rest)) {
        return timelinessReply(await deps.searcher.timeliness(rest.replace(/^timeliness\s*/i, '')));
      }
      if (verb === 'stats') {
        // "stats" alone: the whole archive's counts. "stats sewage by party": sewage's, the party table named.
        const asked = statsTableOf(rest);
        const topic = asked?.topic ?? rest;
        const stats = await deps.searcher.stats(topic);
        if (stats.total === 0) return noResults(topic, cmd, stats.notices);
        if (!asked) return stats;
        const read = `Read as ${commandText(cmd, `stats${topic ? ` ${topic}` : ''}`)}: its counts come by department, year, party and asker alike; these are “${STATS_HEADINGS[asked.table]}”.`;
        return { ...stats, notices: [read, ...(stats.notices ?? [])] };
      }
      // "is the Home Office answering questions on time?": the timeliness table answers it, saying which command gives it.
      const timely = timelinessAskedOf(raw);
      if (timely !== undefined) {
        const command = `stats timeliness${timely ? ` ${timely}` : ''}`;
        const table = timelinessReply(await deps.searcher.timeliness(timely));
        return { ...table, paragraphs: [[text('Read as '), code(commandText(cmd, command)), text('.')], ...table.paragraphs] };
      }
      // "who asks the most questions about water?", "how many times has sewage been raised?": the
      // topic's counts answer it, saying which command gives them.
      const counted = countsAskedOf(raw);
      if (counted) {
        const stats = await deps.searcher.stats(counted.topic);
        if (stats.total === 0) return noResults(counted.topic, cmd, stats.notices);
        const said =
          counted.asks === 'askers'
            ? `${plural(stats.askers ?? 0, 'member')} asked them; those who asked most are the last table`
            : counted.asks === 'most'
              ? 'the members who asked most are the last table, their parties the one before'
              : 'every question on it, by department, year, party and asker';
        return { ...stats, notices: [`Read as ${commandText(cmd, `stats${counted.topic ? ` ${counted.topic}` : ''}`)}: ${said}.`, ...(stats.notices ?? [])] };
      }
      if (verb === 'follow' || verb === 'unfollow' || verb === 'following') {
        const store = deps.follows;
        if (!store) return message('warning', 'Following topics is not available here.', [text('Digests need the state database; start the bot with STATE_DB set.')]);
        if (verb === 'following') {
          return { kind: 'following', follows: store.list(ctx).map((f, i) => ({ n: i + 1, query: f.query, createdAt: f.createdAt })) };
        }
        if (!rest) {
          return message('warning', `${verb} needs a topic.`, [text('For example '), code(commandText(cmd, `${verb} ${verb === 'follow' ? 'county lines' : '1'}`)), text('.')]);
        }
        if (verb === 'follow') {
          const kinds = followKinds(rest);
          const parsed = parseQuery(kinds.query);
          if (!hasCriteria(parsed)) throw new QueryError('There is nothing to follow in that query.', 'Name a topic, for example county lines.');
          // A digest brings what is new, dated from now on: a period already over would bring nothing, ever.
          const ended = parsed.filters.to;
          if (ended && ended < parsed.filters.today) {
            throw new QueryError(`Following that would bring nothing: its period ended on ${ended}, and a digest brings only what is new.`, 'Leave the end date (to:, or a period such as "in 2024") out.');
          }
          // Refused now, with what to do, rather than accepted and failing at every digest: a query the
          // search refuses (a department the archive has no name for), or a channel the digest cannot reach.
          await deps.searcher.search({ query: kinds.query, limit: 1 });
          const reach = await ctx.reach?.();
          if (reach && !reach.ok) return message('warning', reach.why, [text(reach.fix)]);
          const res = store.follow(ctx, rest);
          if ('already' in res) return message('info', 'This channel already follows that.', [text('Topic: '), code(res.already.query)]);
          // What the digest will bring: answers (holding answers and corrections marked), and what the follow opts in to.
          const what = [kinds.overdue ? 'Questions that fall overdue' : 'New answers', ...(kinds.tabled ? ['newly tabled questions'] : [])].join(' and ');
          return message('info', 'Following.', [text(`${what} matching `), code(kinds.query), text(' will appear in this channel’s daily digest, starting from now. '), code(commandText(cmd, `following`)), text(' lists the topics.')]);
        }
        // "unfollow all": every follow of the channel (unless one follows the word "all" itself).
        const follows = store.list(ctx);
        if (EVERY.test(rest) && !follows.some((f) => EVERY.test(f.query))) {
          if (!follows.length) return message('info', 'This channel follows nothing.', [code(commandText(cmd, 'follow county lines')), text(' starts a daily digest.')]);
          for (const _ of follows) store.unfollow(ctx, '1');
          return message('info', `Unfollowed all ${follows.length}.`, [text('No more digests for '), ...follows.flatMap((f, i) => [...(i ? [text(', ')] : []), code(f.query)]), text('.')]);
        }
        const removed = store.unfollow(ctx, rest);
        if (!removed) return message('warning', 'This channel does not follow that.', [code(commandText(cmd, `following`)), text(' lists the topics and their numbers.')]);
        return message('info', 'Unfollowed.', [text('No more digests for '), code(removed.query), text('.')]);
      }
      if (verb === 'watch' || verb === 'unwatch' || verb === 'watching') {
        const store = deps.watches;
        if (!store) return message('warning', 'Watching questions is not available here.', [text('Watches need the state database and the archive; start the bot with STATE_DB set.')]);
        if (verb === 'watching') return watchingReply(store.list(ctx), cmd, londonToday());
        if (!rest) return message('warning', `${verb} needs a question.`, verb === 'watch' ? watchHelp(cmd) : [text('For example '), code(commandText(cmd, 'unwatch 1')), text('; '), code(commandText(cmd, 'watching')), text(' lists the numbers.')]);
        if (verb === 'watch') {
          if (!store.names(rest)) return watchReply(undefined, cmd, londonToday());
          // As a follow: refused now, with what to do, where its notices could not arrive.
          const reach = await ctx.reach?.();
          if (reach && !reach.ok) return message('warning', reach.why, [text(reach.fix)]);
          return watchReply(store.watch(ctx, rest), cmd, londonToday());
        }
        // "unwatch all": every question the channel watches.
        if (EVERY.test(rest)) {
          const watched = store.list(ctx);
          if (!watched.length) return message('info', 'This channel watches no question.', watchHelp(cmd));
          for (const _ of watched) store.unwatch(ctx, '1');
          return message('info', `No longer watching all ${watched.length}.`, [text(`Nothing more will be told here about UIN ${watched.map((w) => w.uin).join(', ')}.`)]);
        }
        return unwatchReply(store.unwatch(ctx, rest), cmd);
      }
      return await search(raw, Math.max(0, opts.offset ?? 0), opts.limit ?? pageSize);
    } catch (err) {
      if (err instanceof QueryError) return queryProblem(err, raw);
      throw err;
    }
  }

  return { handle };
}
