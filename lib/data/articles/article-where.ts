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

/** The filters that decide which articles match; one company or person may be given as a bare slug. */
export type WhereFilters = Omit<Pick<ArticleFilters, FilterKey | "match">, "company" | "person"> & {
  company?: string | readonly string[];
  person?: string | readonly string[];
};

/** A company or person filter as a list of slugs. */
export function slugList(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === "string" ? [v] : v;
}

/** The same filters without one of them: for the counts beside each choice of that filter. */
export function without(f: Partial<WhereFilters>, key: FilterKey | "match"): Partial<WhereFilters> {
  const copy = { ...f };
  delete copy[key];
  return copy;
}
