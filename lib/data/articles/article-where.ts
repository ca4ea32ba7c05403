/**
 * Shared pieces of the article filters (matched in ../listing-index/match.ts). Dates are calendar
 * days in Asia/Shanghai (the readers' and the sources' zone), `to` inclusive.
 */
import type { ArticleFilters, FilterKey } from "@/lib/validation/article-filters";

export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

export function dayAfter(day: string): Date {
  return new Date(dayStart(day).getTime() + 24 * 3600 * 1000);
}

export type WhereFilters = Pick<ArticleFilters, FilterKey>;

/** The same filters without one of them: for the counts beside each choice of that filter. */
export function without(f: Partial<WhereFilters>, key: FilterKey): Partial<WhereFilters> {
  const copy = { ...f };
  delete copy[key];
  return copy;
}
