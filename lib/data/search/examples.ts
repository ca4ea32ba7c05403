/**
 * Search examples taken from what the collection holds (the most-mentioned company, person and
 * source, a person's pinyin, the years covered), for the search box's placeholder and the
 * search help. Hard-coded examples (Kimi, source:第一财经) found nothing in a collection
 * without them, which teaches a reader that search is broken. Kept until the data changes.
 */
import type { Db } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { cachedRead } from "../cache/generation-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { readOffLoop } from "../listing-index/off-thread-build";
import { entityIndex } from "./entities";

export interface SearchExamples {
  companies: string[];
  person: string | null;
  /** The person's name as pinyin letters (likaifu), when it has one. */
  personPinyin: string | null;
  source: string | null;
  /** Years of the oldest and newest dated article. */
  firstYear: number | null;
  lastYear: number | null;
}

const NONE: SearchExamples = { companies: [], person: null, personPinyin: null, source: null, firstYear: null, lastYear: null };

export async function searchExamples(database: Db = defaultDb()): Promise<SearchExamples> {
  try {
    return await cachedRead(database, "search-examples", async () => {
      const index = await entityIndex(database);
      const byMentions = <T extends { mentions: number }>(list: T[]) => [...list].sort((a, b) => b.mentions - a.mentions);
      const companies = byMentions(index.companies).filter((c) => c.mentions > 0).slice(0, 2).map((c) => c.name);
      const person = byMentions(index.people).find((p) => p.mentions > 0 && p.pinyin !== "") ?? byMentions(index.people).find((p) => p.mentions > 0);
      // Both visit every article (the source count held the loop ~0.3 s at 100,000, seconds on
      // a loaded machine, and ran again after every change): off the loop (the worker thread).
      const [source] = await readOffLoop<{ source: string }>(
        database,
        Prisma.sql`SELECT "source" FROM "Article" WHERE "missingSince" IS NULL AND "source" IS NOT NULL AND "source" <> '' GROUP BY "source" ORDER BY count(*) DESC, "source" LIMIT 1`,
      );
      const [years] = await readOffLoop<{ first: string | null; last: string | null }>(
        database,
        Prisma.sql`SELECT min(substr("publishedLocal", 1, 4)) AS "first", max(substr("publishedLocal", 1, 4)) AS "last" FROM "Article" WHERE "missingSince" IS NULL AND "publishedLocal" IS NOT NULL`,
      );
      return {
        companies,
        person: person?.name ?? null,
        personPinyin: person && person.pinyin !== "" ? person.pinyin : null,
        source: source?.source ?? null,
        firstYear: years?.first ? Number(years.first) : null,
        lastYear: years?.last ? Number(years.last) : null,
      };
    });
  } catch {
    // No tables yet (a build before the first import): no examples rather than an error page.
    return NONE;
  }
}
