/**
 * Reads the admin review decisions from the database: confirmed and rejected Company/Person
 * rows and the merged names in EntityMerge. Rows are checked with zod at this edge.
 */
import { z } from "zod";
import type { ReviewDecisions } from "../../ingest/entities/review-gazetteer";
import { fragments, type Queries } from "../writer";
import { parseStringList } from "../articles/json-columns";

const Kind = z.enum(["company", "person"]);
const EntityRow = z.object({
  kind: Kind,
  slug: z.string(),
  name: z.string().min(1),
  orgKind: z.string().nullable(),
  aliases: z.string(),
  status: z.enum(["confirmed", "rejected"]),
});
const MergeRow = z.object({ kind: Kind, alias: z.string().min(1), targetSlug: z.string().min(1) });

/** Pinyin spellings (likaifu, li kai fu) are stored for search; they are not how text names anyone. */
const SEARCH_ONLY = /^[a-z]+( [a-z]+)*$/;

function textAliases(json: string): string[] {
  return parseStringList(json).filter((a) => a.length > 0 && !SEARCH_ONLY.test(a));
}

/** Byte order on both stores, so the decisions' fingerprint (review-decisions.ts) survives db:copy. */
export async function loadDecisions(q: Queries): Promise<ReviewDecisions> {
  const f = fragments(q.kind);
  const rows = z.array(EntityRow).parse(
    await q.all(
      `SELECT * FROM (
         SELECT 'company' AS "kind", "slug", "name", "kind" AS "orgKind", "aliases", "status" FROM "Company" WHERE "status" IN ('confirmed', 'rejected')
         UNION ALL
         SELECT 'person' AS "kind", "slug", "name", NULL AS "orgKind", "aliases", "status" FROM "Person" WHERE "status" IN ('confirmed', 'rejected')
       ) d ORDER BY "kind", ${f.binary(`"slug"`)}`,
    ),
  );
  const merges = z.array(MergeRow).parse(await q.all(`SELECT "kind", "alias", "targetSlug" FROM "EntityMerge" ORDER BY "kind", ${f.binary(`"alias"`)}`));
  return {
    confirmed: rows.filter((r) => r.status === "confirmed").map((r) => ({ kind: r.kind, slug: r.slug, name: r.name, orgKind: r.orgKind, aliases: textAliases(r.aliases) })),
    rejected: rows.filter((r) => r.status === "rejected").map((r) => ({ kind: r.kind, name: r.name })),
    merges,
  };
}
