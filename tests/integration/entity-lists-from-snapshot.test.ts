/**
 * The /companies and /people lists (order, counts, latest mention, kind counts) come from the
 * listing snapshot, not from grouped reads of every mention (issue 17: the first visit of
 * /companies waited ~0.6 s for two such reads at 100,000 articles). They must answer what the
 * grouped SQL answered, on a fixture with a rejected company, a missing article and undated ones.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { companyKindCounts, rankedEntities } from "@/lib/data/entities/ranked-entities";
import { listCompanies } from "@/lib/data/companies/list-companies";
import { listPeople } from "@/lib/data/people/list-people";
import { listingSnapshot } from "@/lib/data/listing-index/listing-index";
import { readOffLoop } from "@/lib/data/listing-index/off-thread-build";
import { comparePinyin } from "@/lib/text/pinyin-order";
import { CompanyListSchema, PersonListSchema } from "@/lib/validation/entity-lists";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { fillFixture } from "./data-fixture";

vi.mock("@/lib/data/listing-index/off-thread-build", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/listing-index/off-thread-build")>();
  return { ...real, readOffLoop: vi.fn(real.readOffLoop) };
});

let t: TempDb;

beforeAll(async () => {
  t = await createTempDb("llmnews-entity-lists-snapshot-");
  await fillFixture(t.db);
});
afterAll(async () => {
  await t.cleanup();
});

/** The grouped query the lists were read with before (the reference). */
async function grouped(kind: "company" | "person", companyKind?: string) {
  const [table, mention, key] = kind === "company" ? ['"Company"', '"CompanyMention"', '"companyId"'] : ['"Person"', '"PersonMention"', '"personId"'];
  const kindFilter = companyKind ? Prisma.sql` AND e."kind" = ${companyKind}` : Prisma.empty;
  const rows = await t.db.$queryRaw<{ id: number; name: string; n: bigint | number; last: unknown; lastLocal: string | null }[]>(
    Prisma.sql`SELECT e."id", e."name", count(*) AS "n", max(a."publishedAt") AS "last", max(a."publishedLocal") AS "lastLocal" FROM ${Prisma.raw(table)} e
      JOIN ${Prisma.raw(mention)} m ON m.${Prisma.raw(key)} = e."id"
      JOIN "Article" a ON a."id" = m."articleId" AND a."missingSince" IS NULL
      WHERE e."status" <> 'rejected'${kindFilter} GROUP BY e."id"`,
  );
  return rows
    .map((r) => ({ id: Number(r.id), name: r.name, articleCount: Number(r.n), lastMentioned: r.last === null ? null : r.lastLocal }))
    .sort((x, y) => y.articleCount - x.articleCount || comparePinyin(x.name, y.name) || x.id - y.id);
}

describe("entity lists from the listing snapshot", () => {
  it("rank, count and date every visible company and person as the grouped SQL did", async () => {
    expect(await rankedEntities(t.db, "company")).toEqual(await grouped("company"));
    expect(await rankedEntities(t.db, "company", "investor")).toEqual(await grouped("company", "investor"));
    expect(await rankedEntities(t.db, "person")).toEqual(await grouped("person"));
    // The fixture has undated articles and dated ones: both kinds of latest mention are compared.
    expect((await grouped("company")).some((e) => e.lastMentioned !== null)).toBe(true);
  });

  it("count companies by kind as the grouped SQL did", async () => {
    const rows = await t.db.$queryRaw<{ kind: string; count: bigint | number }[]>`SELECT e."kind" AS "kind", count(*) AS "count" FROM "Company" e
      WHERE e."status" <> 'rejected' AND EXISTS (SELECT 1 FROM "CompanyMention" m JOIN "Article" a ON a."id" = m."articleId" AND a."missingSince" IS NULL WHERE m."companyId" = e."id")
      GROUP BY e."kind"`;
    const expected = rows.map((r) => ({ kind: r.kind, count: Number(r.count) })).sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
    expect(await companyKindCounts(t.db)).toEqual(expected);
  });

  it("read no mention table once the snapshot is built: the lists' first load is the snapshot's walk", async () => {
    await listingSnapshot(t.db);
    vi.mocked(readOffLoop).mockClear();
    await listCompanies(CompanyListSchema.parse({ kind: "company" }), t.db);
    await listPeople(PersonListSchema.parse({ sort: "recent" }), t.db);
    const statements = vi.mocked(readOffLoop).mock.calls.map(([, q]) => q.sql);
    expect(statements.filter((sql) => /Mention/.test(sql))).toEqual([]);
  });
});
