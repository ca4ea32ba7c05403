-- The index rows in the heap in recency-key order (issue 18). Every search walks or bitmaps the
-- newest rows: the newest 500 matches of a word, a window of the newest 5,000 keys, the rows
-- linked to an entity newest first. With the rows in the order they were indexed (article id
-- order after db:copy, file order after an import) those neighbours in key order sat on as many
-- heap pages as rows, and their docs on as many TOAST pages; in key order they share pages.
-- Measured at 100,000 articles (a db:copy of the synthetic bench corpus, the same statements
-- on a copy before and after CLUSTER, scripts/compare-search-statements.ts, 7 interleaved rounds,
-- load average 17-20 on 2 cores, median PG exec ms): 模型 -百度 22.0 -> 13.9, person:李开复 融资
-- 10.2 -> 4.0, source:雷锋网 大模型 13.6 -> 7.9, company:澜舟科技 模型 20.2 -> 10.7, likaifu
-- 6.7 -> 1.3, no kind slower.
--
-- CLUSTER rewrites the table once (and its indexes): 5.5 min at 100,000 articles on that loaded
-- machine, holding the table's lock meanwhile. Later rows keep the order as they come: the indexer
-- writes each batch, and a whole backlog (db:copy, a first sync), oldest first
-- (lib/data/search/pg-index.ts), and new articles are mostly the newest. After a bulk import of
-- old articles, `CLUSTER "ArticleSearch"` restores it (the table remembers the index).
CLUSTER "ArticleSearch" USING "ArticleSearch_pkey";
ANALYZE "ArticleSearch";
