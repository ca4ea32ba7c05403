/**
 * Turns the URL's article filters into a Prisma where clause. Dates are calendar days in
 * Asia/Shanghai (the readers' and the sources' zone), `to` inclusive.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleFilters, FilterKey } from "@/lib/validation/article-filters";

export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

export function dayAfter(day: string): Date {
  return new Date(dayStart(day).getTime() + 24 * 3600 * 1000);
}

export type WhereFilters = Pick<ArticleFilters, FilterKey>;

/** Every listed article is present in the last import (missing ones keep their page, leave the lists). */
export function articleWhere(f: Partial<WhereFilters>): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [{ missingSince: null }];
  if (f.company) and.push({ companyMentions: { some: { company: { slug: f.company } } } });
  if (f.person) and.push({ personMentions: { some: { person: { slug: f.person } } } });
  if (f.source) and.push({ source: f.source });
  if (f.script) and.push({ script: f.script });
  if (f.from) and.push({ publishedAt: { gte: dayStart(f.from) } });
  if (f.to) and.push({ publishedAt: { lt: dayAfter(f.to) } });
  return { AND: and };
}

/** The same filters without one of them: for the counts beside each choice of that filter. */
export function without(f: Partial<WhereFilters>, key: FilterKey): Partial<WhereFilters> {
  const copy = { ...f };
  delete copy[key];
  return copy;
}
