/**
 * The article filters as one SQL condition over `Article a`, for the aggregate reads (totals and
 * facet counts) that Prisma's relation filters make slow at scale: a company or person filter
 * becomes a membership test against their mentions, read from the (entity, article) index,
 * instead of a correlated EXISTS evaluated for every article in the table.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { readConnection } from "../read-connection";
import { prismaDate } from "../sqlite";
import { dayAfter, dayStart, type WhereFilters } from "./article-where";

export interface EntityIds {
  company: number | null;
  person: number | null;
}

/** Ids of the filtered company and person; a slug that names nothing gives -1 (matches nothing). */
export async function filterEntityIds(f: Partial<WhereFilters>, database: Db): Promise<EntityIds> {
  const conn = readConnection(database);
  const id = (table: "Company" | "Person", slug: string | undefined) =>
    slug ? (conn.prepare<[string], { id: number }>(`SELECT "id" FROM "${table}" WHERE "slug" = ?`).get(slug)?.id ?? -1) : null;
  return { company: id("Company", f.company), person: id("Person", f.person) };
}

export function filterSql(f: Partial<WhereFilters>, ids: EntityIds): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`a."missingSince" IS NULL`];
  // The unary + keeps SQLite from turning the IN list into one rowid lookup per id (a page read
  // per article); it checks membership while walking a covering index instead.
  if (f.company && ids.company !== null) and.push(Prisma.sql`+a."id" IN (SELECT "articleId" FROM "CompanyMention" WHERE "companyId" = ${ids.company})`);
  if (f.person && ids.person !== null) and.push(Prisma.sql`+a."id" IN (SELECT "articleId" FROM "PersonMention" WHERE "personId" = ${ids.person})`);
  if (f.source) and.push(Prisma.sql`a."source" = ${f.source}`);
  if (f.script) and.push(Prisma.sql`a."script" = ${f.script}`);
  // DateTime columns hold Prisma's text form, which sorts as time does.
  if (f.from) and.push(Prisma.sql`a."publishedAt" >= ${prismaDate(dayStart(f.from))}`);
  if (f.to) and.push(Prisma.sql`a."publishedAt" < ${prismaDate(dayAfter(f.to))}`);
  return Prisma.join(and, " AND ");
}
