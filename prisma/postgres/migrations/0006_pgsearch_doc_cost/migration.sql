-- A doc check priced above an index probe (issue 18). PostgreSQL checks a row's conditions in
-- order of their price: at COST 1000 a doc check (2.5) came before a mention probe (an index
-- lookup priced ~4.4 at random_page_cost 4), so company:百度 发布 read and decompressed the doc
-- of each of the 2,889 newest articles it walked at 100,000 articles, where the probe first
-- leaves the ~1,040 linked to the company. Measured in one psql session, same plan otherwise:
-- 25 → 15 ms. A doc check costs ~8 µs (TOAST chunks and a decompression), a probe ~1–2 µs.
ALTER FUNCTION "search_doc"(tsvector) COST 2500;
