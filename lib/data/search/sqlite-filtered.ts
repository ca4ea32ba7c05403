/**
 * Searches with filters and no words of their own on SQLite (a word that names an entity,
 * company:, person:, dates, exclusions), read from the index's state table, one small row per
 * article. Title matches first was one ORDER BY over every row the filters kept: at 100,000
 * articles 百度 probed the mention index for each of the 100,000 rows and sorted 48,000 of them
 * (~400 ms on a loaded 2-core machine) to show 21.
 *
 * Here the newest WINDOW rows are asked first, each set of matching keys bounded to them (FTS5
 * reads a term's matches in that key range only), links probed per row: every row newer than
 * the window's oldest is in it, so its newest title matches, its newest other rows and a capped
 * count taken from it are the whole table's whenever the window holds enough of them. What it
 * cannot answer (a rarely named entity, a deep page) is asked of the whole table, links then as
 * sets of ids, which few matches keep small. The answers are those of the single ORDER BY.
 */
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db";
import { readOffLoop } from "../listing-index/off-thread-build";
import { cachedRead } from "../cache/generation-cache";

/**
 * How a filter's SQL is written for the query it goes in: `narrow`, a condition on the index's
 * key column added to every set of matching keys (the query only asks rows it satisfies);
 * `linkSets`, links as sets of article ids instead of per-row probes; `rows`, the most index
 * rows the query reads (a window): links many times more numerous than that are probed per
 * row, one index lookup each, where their set was built whole (linkSets).
 */
export interface FilterShape {
  narrow?: Prisma.Sql;
  linkSets?: boolean;
  rows?: number;
}

export interface FilteredQuery {
  /** The conditions on "SearchIndexState" s, written in the given shape. */
  where(shape: FilterShape): Prisma.Sql;
  /** Whether s is a title match, when title matches lead; null: newest first only. */
  title: ((narrow?: Prisma.Sql) => Prisma.Sql) | null;
  keyMin: number | null;
  keyMax: number | null;
}

/**
 * How many links cost as much to read as a set as one row's probe: a probe descends the
 * (articleId, entity) index, a set reads its entries in order. At 100,000 articles, the
 * 1,000-row window's statement of each bench search (SQL replayed alternately, median of 15):
 * probes won from ~9,000 links up (字节跳动's 17,500: 4.5 → 2.5 ms; person:杨植麟's 12,084:
 * 7.0 → 2.7 ms) and lost below ~7,000 (京东's 2,101: 2.4 → 3.5 ms).
 */
const PROBE_PER_LINK = 8;

/**
 * Whether a filter's links are read as a set of article ids (else probed per row): as the shape
 * says, else a set unless they are dense (a large share of the articles), or so many that
 * probing the rows the query reads (FilterShape.rows) costs less.
 */
export function linkSets(f: { dense: boolean; links: number }, shape: FilterShape): boolean {
  return shape.linkSets ?? (!f.dense && !(shape.rows !== undefined && f.links > shape.rows * PROBE_PER_LINK));
}

/**
 * Rows in the window. At 100,000 articles a word in about half of them (百度, its aliases and
 * links) fills the capped count (201) and a page of title matches from ~1,000 rows.
 */
const WINDOW = 1000;

const KEY = Prisma.sql`s."ftsRowid"`;

/**
 * A recency key as a bound value FTS5 can seek to: an integer (a bound JS number is a REAL, and
 * FTS5 ignores a rowid bound that is not an integer). BIGINT: PostgreSQL's key column's type.
 */
export const keyValue = (key: number): Prisma.Sql => Prisma.sql`CAST(${key} AS BIGINT)`;

interface Row {
  k: number;
  id: number;
  t: number;
}

/**
 * The page (`limit` ids from `offset`) and the count of matches capped at `cap`, title matches
 * first when the query has a title condition, each part newest first.
 */
export async function filteredInWindow(db: Db, q: FilteredQuery, limit: number, offset: number, cap: number): Promise<{ ids: number[]; total: number }> {
  const need = offset + limit;
  const below = q.keyMax === null ? Prisma.empty : Prisma.sql` WHERE ${KEY} < ${q.keyMax}`;
  // The same for every search until the data changes: kept as the searches' results are (a
  // statement fewer per first search of a name, ~0.1–0.4 ms of the worker's CPU).
  const [edge] = await cachedRead(db, `window-edge:${q.keyMax ?? ""}`, () => readOffLoop<{ floor: number | null; n: number }>(
    db,
    Prisma.sql`SELECT min(k) AS floor, count(*) AS n FROM (SELECT ${KEY} AS k FROM "SearchIndexState" s${below} ORDER BY ${KEY} DESC LIMIT ${WINDOW}) AS newest`,
  ));
  if (!edge || edge.floor === null) return { ids: [], total: 0 };
  // The window holds every row the filters can keep: fewer rows than it below the before: bound,
  // or an after: bound inside it.
  const all = edge.n < WINDOW || (q.keyMin !== null && q.keyMin >= edge.floor);
  // FTS5 seeks to a rowid bound only when the bound is an INTEGER value; a JS number is bound as
  // a REAL, which it ignores: it then read every match of the whole table and SQLite dropped the
  // older ones (百度 at 100,000 articles: ~3 ms per set, ~0.25 ms with the cast).
  const narrow = Prisma.sql` AND rowid >= ${keyValue(edge.floor)}`;
  const titled = (n?: Prisma.Sql) => (q.title ? Prisma.sql`(${q.title(n)})` : Prisma.raw("0"));
  const rows = await readOffLoop<Row>(
    db,
    Prisma.sql`SELECT ${KEY} AS k, s."articleId" AS id, ${titled(narrow)} AS t FROM "SearchIndexState" s
      WHERE ${KEY} >= ${edge.floor} AND ${q.where({ narrow, rows: WINDOW })} ORDER BY ${KEY} DESC`,
  );
  const whole = q.where({ linkSets: true });
  const walk = async (extra: Prisma.Sql, n: number) =>
    readOffLoop<Row>(db, Prisma.sql`SELECT ${KEY} AS k, s."articleId" AS id, 0 AS t FROM "SearchIndexState" s WHERE ${whole}${extra} ORDER BY ${KEY} DESC LIMIT ${n}`);
  const enough = (got: Row[], n: number) => all || got.length >= n;

  let top: Row[];
  if (!q.title) top = enough(rows, need) ? rows : await walk(Prisma.empty, need);
  else {
    const inWindow = rows.filter((r) => Number(r.t) !== 0);
    const titles = enough(inWindow, need) ? inWindow : await walk(Prisma.sql` AND ${titled()}`, need);
    top = titles.slice(0, need);
    if (top.length < need) {
      // Every title match is in `top`: the rest of the page is the newest other rows.
      const more = need - top.length;
      const others = rows.filter((r) => Number(r.t) === 0);
      top = [...top, ...(enough(others, more) ? others : await walk(Prisma.sql` AND NOT ${titled()}`, more))];
    }
  }
  const total = enough(rows, cap)
    ? Math.min(rows.length, cap)
    : ((await readOffLoop<{ n: number }>(db, Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "SearchIndexState" s WHERE ${whole} LIMIT ${cap}) AS sub`))[0]?.n ?? 0);
  return { ids: top.slice(offset, need).map((r) => Number(r.id)), total };
}
