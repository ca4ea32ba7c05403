/**
 * Raw SQL on a test's store, whichever it is (tests/helpers/temp-db.ts): the writer of
 * lib/data/writer.ts for portable statements, and the search index read straight from its
 * table (FTS5 or tsvector), so a test sees only what the importer put there.
 */
import { reader, searchSql } from "@/lib/data/dialect";
import { openWriter, type Writer } from "@/lib/data/writer";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchTokens } from "@/lib/search/normalize";
import type { TempDb } from "./temp-db";

/** Runs `fn` with a writer of its own on the test's store, closed afterwards. */
export async function withWriter<T>(t: Pick<TempDb, "url">, fn: (w: Writer) => Promise<T>): Promise<T> {
  const w = openWriter(t.url);
  try {
    return await fn(w);
  } finally {
    await w.close();
  }
}

/** Ids of the articles whose indexed title has `text` as a phrase. */
export async function titleMatches(t: Pick<TempDb, "db">, text: string): Promise<number[]> {
  const r = reader(t.db);
  const s = searchSql(r.kind);
  const expr = s.syntax.column("title", s.syntax.phrase(searchTokens(text)));
  const rows = await r.rows<{ id: number }>(
    Prisma.sql`SELECT st."articleId" AS "id" FROM "ArticleSearch" JOIN "SearchIndexState" st ON st."ftsRowid" = ${s.key} WHERE ${s.match(expr)}`,
  );
  return rows.map((x) => x.id);
}

/** Empties the search index as a migration to a new tokenisation does. */
export async function emptySearchIndex(t: Pick<TempDb, "url">): Promise<void> {
  await withWriter(t, async (w) => {
    await w.run(w.kind === "sqlite" ? `INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('delete-all')` : `DELETE FROM "ArticleSearch"`);
    await w.run(`DELETE FROM "SearchIndexState"`);
  });
}
