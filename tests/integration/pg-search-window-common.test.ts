/**
 * PostgreSQL search (issue 18): a word under one source: whose window of matches holds more than
 * rankedMatchesMax rows is known to be common from that window alone (search.ts,
 * windowShowsCommon): every match holds both the source's phrase and the word's, so no count of
 * the word's matches is sent. A corpus where one source wrote every article makes the window
 * full at a few hundred articles (PostgreSQL's index is built from the articles by the copy).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchEverything } from "@/lib/data/search/search";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";
import { fillAndCopy, withStatementsSent } from "../helpers/pg-search-corpus";

const COUNT = 900;
const Q = "source:雷锋网 大模型";
const COUNT_STATEMENT = /SELECT count\(\*\) AS n FROM \(SELECT 1 FROM "ArticleSearch" WHERE/;

let lite: TempDb;
let post: TempPg;

describe.runIf(PG_ENABLED)("a full window under one source: (PostgreSQL)", () => {
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-window-common-"), createTempPg("search_window_common_")]);
    await fillAndCopy(lite, post, { count: COUNT, seed: 7, reshape: (conn) => conn.prepare(`UPDATE "Article" SET "source" = '雷锋网'`).run() });
  }, 240_000);

  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  it("sends no count of the word's matches", async () => {
    const { result: onPg, sent } = await withStatementsSent(post.url, () =>
      searchEverything({ q: Q, sort: "relevance", page: 1, pageSize: 20 }, { db: post.db, url: post.url }),
    );
    // The window really held more than rankedMatchesMax (300) matches.
    expect(onPg.articles.ranking).toBe("title-then-recent");
    expect(onPg.articles.items.length).toBe(20);
    expect(sent.some((t) => /"ArticleSearch"/.test(t))).toBe(true);
    expect(sent.filter((t) => COUNT_STATEMENT.test(t))).toEqual([]);
  }, 60_000);
});
