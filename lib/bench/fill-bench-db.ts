/**
 * Fills a migrated SQLite file with synthetic articles, companies, people and mentions for the
 * web benchmark, straight through better-sqlite3 in large transactions, and builds the search
 * index with the same column builder the importer's hook uses.
 */
import { searchColumns } from "../data/search/index-article";
import { recencyKey } from "../search/recency-key";
import { prismaDate, type Sqlite } from "../data/sqlite";
import { BENCH_COMPANIES, BENCH_PEOPLE, syntheticArticles } from "./synthetic-articles";

const BATCH = 5000;

/**
 * The folder the filled articles are recorded under: absolute and no real folder, so an import
 * of another folder (bench:web's import phase) neither adopts them as its own legacy rows
 * (source-dir.ts) nor marks them missing when they are not among its files. With the default
 * "" the first import took all 100,000 over and hid them, and a second run on the kept file
 * served 3,000 articles.
 */
export const FILLED_SOURCE_DIR = "/nonexistent/bench-fill";

export interface FillResult {
  articles: number;
  companies: number;
  people: number;
  seconds: number;
}

export function fillBenchDb(conn: Sqlite, opts: { count: number; paragraphs: string[]; seed?: number; onProgress?: (done: number) => void }): FillResult {
  const t0 = performance.now();
  const now = prismaDate(new Date());
  const insCompany = conn.prepare(`INSERT INTO "Company" ("slug", "name", "kind", "aliases", "products", "createdAt", "updatedAt") VALUES (?, ?, 'company', ?, '[]', ?, ?)`);
  const insPerson = conn.prepare(`INSERT INTO "Person" ("slug", "name", "aliases", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`);
  const companyIds: number[] = [];
  const personIds: number[] = [];
  conn.transaction(() => {
    for (const c of BENCH_COMPANIES) companyIds.push(Number(insCompany.run(c.slug, c.name, JSON.stringify(c.aliases), now, now).lastInsertRowid));
    for (const p of BENCH_PEOPLE) personIds.push(Number(insPerson.run(p.slug, p.name, JSON.stringify(p.aliases), now, now).lastInsertRowid));
  })();

  const insArticle = conn.prepare(
    `INSERT INTO "Article" ("path", "title", "titleSimplified", "body", "bodySimplified", "summary", "publishedAt", "publishedLocal",
       "source", "authors", "views", "script", "encoding", "encodingReason", "rawText", "contentHash", "nearDupKey", "cleaning", "createdAt", "updatedAt", "sourceDir")
     VALUES (@path, @title, @title, @body, @body, @summary, @publishedAt, @publishedLocal, @source, @authors, @views, 'simplified', 'utf-8',
       'synthetic', @body, @hash, '0000000000000000', '{"removed":[],"repairs":[],"notes":[],"dateEvidence":null,"encodingReason":"synthetic"}', @now, @now, '${FILLED_SOURCE_DIR}')`,
  );
  const insCm = conn.prepare(`INSERT INTO "CompanyMention" ("articleId", "companyId", "count", "salience", "about", "snippet", "forms") VALUES (?, ?, ?, ?, ?, ?, '[]')`);
  const insPm = conn.prepare(`INSERT INTO "PersonMention" ("articleId", "personId", "count", "salience", "about", "snippet", "forms") VALUES (?, ?, ?, ?, ?, ?, '[]')`);
  const insFts = conn.prepare(`INSERT INTO "ArticleSearch" (rowid, "title", "body", "source", "byline") VALUES (?, ?, ?, ?, ?)`);
  const insState = conn.prepare(`INSERT INTO "SearchIndexState" ("articleId", "ftsRowid", "articleUpdatedAt") VALUES (?, ?, ?)`);

  let done = 0;
  let batch: ReturnType<typeof syntheticArticles> extends Generator<infer T> ? T[] : never = [];
  const flush = conn.transaction(() => {
    for (const a of batch) {
      const id = Number(
        insArticle.run({
          path: a.path, title: a.title, body: a.body, summary: a.summary, publishedAt: prismaDate(a.publishedAt), publishedLocal: a.publishedLocal,
          source: a.source, authors: JSON.stringify(a.authors), views: a.views, hash: a.path, now,
        }).lastInsertRowid,
      );
      a.companies.forEach((k, n) => insCm.run(id, companyIds[k]!, n === 0 ? 3 : 1, n === 0 ? 0.9 : 0.3, n === 0 ? 1 : 0, a.lead));
      a.people.forEach((k, n) => insPm.run(id, personIds[k]!, 1, n === 0 ? 0.8 : 0.3, n === 0 ? 1 : 0, a.lead));
      const cols = searchColumns({
        titleSimplified: a.title, bodySimplified: a.body, restoredTitle: null, restoredBody: null, summary: a.summary, source: a.source,
        originalPublisher: null, authors: JSON.stringify(a.authors), reporters: "[]", editors: "[]",
      });
      const key = recencyKey(id, a.publishedAt);
      insFts.run(key, ...cols);
      insState.run(id, key, now);
    }
  });
  for (const a of syntheticArticles(opts)) {
    batch.push(a);
    if (batch.length === BATCH) {
      flush();
      done += batch.length;
      batch = [];
      opts.onProgress?.(done);
    }
  }
  if (batch.length > 0) {
    flush();
    done += batch.length;
  }
  // Stories: every eighth article is another outlet's report of the story three articles earlier
  // (a chain may join more), so grouped lists have stories of two or more to group.
  conn.exec(`INSERT INTO "ArticleStory" ("articleId", "storyId", "signature", "bodyChars") SELECT "id", "id", NULL, length("body") FROM "Article";
    UPDATE "ArticleStory" SET "storyId" = (SELECT s2."storyId" FROM "ArticleStory" s2 WHERE s2."articleId" = "ArticleStory"."articleId" - 3)
      WHERE "articleId" % 8 = 0 AND "articleId" > 3;`);
  // Merge the FTS segments written batch by batch, as a long-running index would be after
  // automerge; and give the planner statistics.
  conn.exec(`INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('optimize'); ANALYZE;`);
  return { articles: done, companies: companyIds.length, people: personIds.length, seconds: (performance.now() - t0) / 1000 };
}
