// Posting a message exactly once, given a stable key, on platforms that may fail after storing
// (an HTTP 500, a cut connection, a timeout) and processes that may crash between posting and
// recording. Digests use it (run.ts); so can any other message owed to a channel (a watch's
// notice): the caller keeps the ledger (a row with the key, its attempts and status), this
// function keeps the order of operations that makes a post happen once:
//  1. an earlier attempt that may have reached the platform is confirmed before anything is
//     posted again (`alreadySent`, which looks for the key on the platform);
//  2. the attempt is counted, durably, before the platform is called, so a crash mid-post is
//     known to the next run;
//  3. a post that fails is confirmed at once: a platform that stored the message before failing
//     has it, and the post counts as done.
// The platform client itself must not retry a post (a retry is a second post); it may retry
// what is certainly not stored (a 429), and every call has a timeout.

export interface OncePost {
  /** Attempts already made for this key (from the caller's ledger). */
  attempts: number;
  /** Persist attempts + 1. Called before the platform is, every time. */
  countAttempt(): void;
  /** Post the message tagged with the key. Throws on failure. */
  post(): Promise<void>;
  /**
   * Whether a message with this key already reached the channel. Throws when it cannot tell
   * (the platform is unreachable): then nothing is posted. Without it, a crash between posting
   * and recording can post twice (at-least-once).
   */
  alreadySent?: () => Promise<boolean>;
}

export type OnceOutcome =
  | { status: 'sent' } // posted now (or found on the platform right after a post that failed)
  | { status: 'already-sent' } // an earlier attempt had reached the platform: do not post
  | { status: 'failed'; error: string }; // not known to be there: keep the key and try again later

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 2000);

/** Post once: see the file comment. The caller records `sent`/`already-sent` as done and keeps `failed` for a retry. */
export async function postOnce(p: OncePost): Promise<OnceOutcome> {
  if (p.attempts > 0 && p.alreadySent) {
    try {
      if (await p.alreadySent()) return { status: 'already-sent' };
    } catch (err) {
      // Cannot tell: do not risk a duplicate now; the platform is probably unreachable anyway.
      return { status: 'failed', error: `could not check whether it was already sent: ${errorText(err)}` };
    }
  }
  p.countAttempt();
  try {
    await p.post();
    return { status: 'sent' };
  } catch (err) {
    const error = errorText(err);
    if (!p.alreadySent) return { status: 'failed', error };
    try {
      if (await p.alreadySent()) return { status: 'sent' };
    } catch {
      // Unknown: the next attempt asks again before posting (attempts > 0).
    }
    return { status: 'failed', error };
  }
}
