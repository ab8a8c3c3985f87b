// What a follow asks for besides new answers. `follow county lines tabled`: the word `tabled`
// last (outside quotes) opts in to newly tabled questions; the rest is the search. A follow with
// `is:overdue` is told of the questions that fell overdue.
import { parseQuery } from '../search/query.ts';

export interface FollowKinds {
  /** The query to search with (`tabled` taken off). */
  query: string;
  /** Also newly tabled questions. */
  tabled: boolean;
  /** `is:overdue`: the questions that fell overdue. */
  overdue: boolean;
}

export function followKinds(followed: string): FollowKinds {
  const m = /^(.*\S)\s+tabled$/i.exec(followed.trim());
  const query = m ? m[1]! : followed.trim();
  let overdue = false;
  try {
    overdue = parseQuery(query).filters.is.includes('overdue');
  } catch {
    // A query the parser now refuses is reported when the digest searches it.
  }
  return { query, tabled: !!m, overdue };
}
