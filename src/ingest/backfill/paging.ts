// Paging through one window, checked. The API is trusted to page by skip/take and to say how
// many questions match (totalResults); every way it could fail to, seen or feared, is caught
// here and named, so the window is reported and listed again later instead of looped on (an API
// that ignores skip), cut short (a totalResults that understates) or grown without end.
import type { Period } from './windows.ts';
import { within } from './windows.ts';

export interface PageItem {
  id: number;
  dateTabled?: string;
}

export interface PageVerdict {
  /** Items not listed before in this window (duplicates from shifting pages are not counted twice). */
  fresh: number;
  /** The listing cannot be trusted: the window is reported and not marked done. */
  problem?: string;
}

export interface PagingLimits {
  take: number;
  /** Most questions one window may hold; above this the API is not believed (and paging would not end). */
  hardCap: number;
}

export class PageChecker {
  private readonly seen = new Set<number>();
  private previous = '';
  /** The last totalResults the API gave. */
  total?: number;

  constructor(
    readonly period: Period,
    readonly limits: PagingLimits,
  ) {}

  /** Check the page listed at `skip` (items are the page's results, already shown to be objects with ids). */
  page(skip: number, totalResults: number, items: PageItem[]): PageVerdict {
    const { take, hardCap } = this.limits;
    this.total = totalResults;
    const ids = items.map((i) => i.id);
    let fresh = 0;
    for (const id of ids) {
      if (!this.seen.has(id)) {
        this.seen.add(id);
        fresh++;
      }
    }
    const key = ids.join(',');
    const repeats = items.length > 0 && key === this.previous;
    this.previous = key;
    if (items.length > take) return { fresh, problem: `the API sent ${items.length} questions for a page of ${take} (at skip ${skip})` };
    if (repeats) return { fresh, problem: `the page at skip ${skip} repeats the page before it: the API is ignoring skip` };
    if (items.length > 0 && fresh === 0) return { fresh, problem: `every question on the page at skip ${skip} was listed earlier in this window: the API is ignoring skip, or paging in a loop` };
    if (totalResults > hardCap) return { fresh, problem: `totalResults says ${totalResults} questions, more than one window may hold (${hardCap}); not believed` };
    if (skip + items.length > totalResults) {
      return { fresh, problem: `the API listed ${skip + items.length} or more questions, but its totalResults says ${totalResults} (it understates: questions past it would be dropped)` };
    }
    if (skip > hardCap) return { fresh, problem: `paging went past ${hardCap} questions without ending` };
    const outside = items.filter((i) => !within(i.dateTabled, this.period));
    if (outside.length) {
      const e = outside[0]!;
      return {
        fresh,
        problem:
          `${outside.length} question(s) on the page at skip ${skip} were not tabled in ${this.period.since} … ${this.period.until} ` +
          `(e.g. API id ${e.id}, tabled ${e.dateTabled ?? 'unknown'}): the API ignored the date filter`,
      };
    }
    return { fresh };
  }

  /** At the end of the window: did what was listed add up to what the API said? `listed` counts resumed pages too. */
  end(listed: number): string | undefined {
    if (this.total !== undefined && listed !== this.total) {
      return `totalResults says ${this.total} questions, but paging listed ${listed}${listed < this.total ? ' (pages ended early, or repeated questions displaced others)' : ''}`;
    }
    return undefined;
  }
}
