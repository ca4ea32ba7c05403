/**
 * The newest rows of PostgreSQL's search index meeting a condition whose text part the GIN
 * index cannot decide alone (a phrase, a column weight): each such candidate's vector is read
 * to check it, from TOAST for the doc. PostgreSQL estimates a phrase of several pairs at a row
 * or two (it multiplies the pairs' shares), so it read and checked every candidate of the
 * whole table and sorted them, where a page needs the newest few hundred (at 100,000 articles
 * source:雷锋网 大模型 checked ~5,000 docs to keep 500).
 *
 * Here the candidates come from the index alone (SearchSql.candidates: the phrase loosened to
 * its pairs, no weights), a window of the newest rows at a time, sorted newest first without a
 * vector read; the condition itself is checked on them in that order, until enough match. A
 * window that leaves the answer short is followed by the next, older and larger one; the last
 * holds every older row. Windows are disjoint and together the whole key range, so the rows are
 * those of the single ORDER BY key DESC LIMIT n.
 */
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db";
import { reader, type SearchSql, type TermShares } from "../dialect";
import { readOffLoop } from "../listing-index/off-thread-build";

/** Rows per window, newest first; after the last, every older row. */
const WINDOWS = [5000, 20000];
/**
 * After a window that found matches, the next is sized by the share of rows they were: this
 * many times the rows that share gives the rows still wanted. Every candidate in a window is
 * read before its rows are checked in key order, so a window far larger than the answer needs
 * reads candidates for nothing (source:雷锋网 at 100,000 articles: 261 of 500 in the first
 * window, then 1,107 candidates read in the 20,000-row second to keep 239).
 */
const WINDOW_MARGIN = 1.5;
/** Windows sized that way before the rest of the table is asked at once. */
const SIZED_WINDOWS = 4;

/**
 * The key column's histogram (ANALYZE's equal-count buckets) and the row estimate, or null
 * before the first ANALYZE. Windows drawn from it cost no read of the key index (an exact
 * 20,000th-newest key read 20,000 index entries); any floor gives the same rows.
 */
async function keyHistogram(db: Db): Promise<{ bounds: number[]; rows: number } | null> {
  const row = await reader(db).get<{ b: string[] | null; n: number }>(
    `SELECT st.histogram_bounds::text::bigint[]::text[] AS b, c.reltuples AS n FROM pg_stats st JOIN pg_class c ON c.oid = '"ArticleSearch"'::regclass
     WHERE st.schemaname = current_schema() AND st.tablename = 'ArticleSearch' AND st.attname = 'key'`,
  );
  if (!row?.b || row.b.length < 2 || !(row.n > 0)) return null;
  return { bounds: row.b.map(Number), rows: row.n };
}

/** A floor about `size` rows below `ceil` by the histogram; null: the rest of the table. */
function histogramFloor(h: { bounds: number[]; rows: number }, ceil: number | null, size: number): number | null {
  const perBucket = h.rows / (h.bounds.length - 1);
  let top = h.bounds.length - 1;
  if (ceil !== null) while (top >= 0 && h.bounds[top]! >= ceil) top -= 1;
  const i = top - Math.max(1, Math.ceil(size / perBucket));
  return i >= 0 ? h.bounds[i]! : null;
}

/** The rows a window of `size` asked of histogramFloor spans (whole buckets). */
function windowRows(h: { bounds: number[]; rows: number }, size: number): number {
  const perBucket = h.rows / (h.bounds.length - 1);
  return Math.max(1, Math.ceil(size / perBucket)) * perBucket;
}

/** The key of the `size`-th newest index row below `ceil`, and whether the rows there were fewer. */
export async function windowFloor(db: Db, s: SearchSql, ceil: number | null, size: number): Promise<{ floor: number; all: boolean } | null> {
  const below = ceil === null ? Prisma.empty : Prisma.sql` WHERE ${s.keyColumn} < ${ceil}`;
  const rows = await reader(db).rows<{ k: number | null; n: number }>(
    Prisma.sql`SELECT min(k) AS k, count(*) AS n FROM (SELECT ${s.keyColumn} AS k FROM "ArticleSearch"${below} ORDER BY ${s.keyColumn} DESC LIMIT ${size}) AS newest`,
  );
  const r = rows[0];
  return r && r.k !== null ? { floor: Number(r.k), all: Number(r.n) < size } : null;
}

/**
 * The statistics' share of rows holding each term they list (ANALYZE's most common elements)
 * in each stored vector: the title's and source's columns and the doc index's expression;
 * none before the first ANALYZE. A term they do not list is rarer than any they do. It picks
 * which terms of a phrase the index is asked for, never which rows match.
 */
export async function termShares(db: Db): Promise<TermShares & { floors: Partial<Record<keyof TermShares, number>> }> {
  const rows = await reader(db).rows<{ v: string; e: string[] | null; f: number[] | null }>(
    Prisma.sql`SELECT attname AS v, most_common_elems::text::text[] AS e, most_common_elem_freqs AS f FROM pg_stats
     WHERE schemaname = current_schema() AND ((tablename = 'ArticleSearch' AND attname IN ('title', 'source')) OR (tablename = 'ArticleSearch_doc_idx' AND attname = 'search_doc'))`,
  );
  const out: TermShares & { floors: Partial<Record<keyof TermShares, number>> } = { floors: {} };
  for (const r of rows) {
    if (!r.e || !r.f) continue;
    const shares = new Map(r.e.map((term, i) => [term, r.f![i]!]));
    const kind = r.v === "search_doc" ? "doc" : (r.v as "title" | "source");
    out[kind] = (term) => shares.get(term);
    // After the elements' frequencies ANALYZE stores the least of them: a term not listed is rarer.
    const least = r.f[r.e.length];
    if (typeof least === "number") out.floors[kind] = least;
  }
  return out;
}

export interface NewestQuery {
  /** The text condition's expression (its candidates are asked of the index). */
  expr: string;
  /** The whole condition on "ArticleSearch" (the text included). */
  where: Prisma.Sql;
  /** Parts of `where` the index decides alone (a company's or person's links), asked with the candidates. */
  indexed?: Prisma.Sql[];
  /** The select list (over "ArticleSearch"). */
  select: Prisma.Sql;
  /** Bounds on the key the condition already holds (after:/before:), to start and stop the windows. */
  keyMin: number | null;
  keyMax: number | null;
  /** Matches the caller already found among this many rows just above keyMax: sizes the first window as the later ones. */
  seen?: { matched: number; rows: number };
  /**
   * The share of rows expected to meet the condition (the statistics' estimate), where nothing
   * was read yet: sizes the first window (the later ones by what the windows found).
   */
  expected?: number;
  /** Only the newest this-many rows (below keyMax) are asked; default: all, window by window. */
  within?: number;
  /** The statistics (termShares), where the caller reads them once for several statements. */
  stats?: () => Promise<TermShares>;
}

/**
 * The newest `n` rows meeting `q.where`, newest first; null when the index cannot list the
 * text's candidates (the caller then asks as before).
 */
export async function newestInWindows<T>(db: Db, s: SearchSql, q: NewestQuery, n: number): Promise<T[] | null> {
  if (s.candidates(q.expr) === null) return null;
  const candidates = s.candidates(q.expr, await (q.stats ?? (() => termShares(db)))())!;
  const out: T[] = [];
  let ceil = q.keyMax;
  const histogram = q.within === undefined ? await keyHistogram(db) : null;
  if (q.within === undefined && histogram === null) return null;
  // Rows the windows so far covered (by the histogram), for the share of them that matched.
  let covered = q.seen?.rows ?? 0;
  const seenMatched = q.seen?.matched ?? 0;
  for (let w = 0; out.length < n; w++) {
    let edge: { floor: number; all: boolean } | null = null;
    if (q.within !== undefined) {
      if (w > 0) break;
      edge = await windowFloor(db, s, ceil, q.within);
    } else {
      const matched = seenMatched + out.length;
      const guessed = w === 0 && !q.seen && q.expected !== undefined && q.expected > 0 ? Math.ceil((n * WINDOW_MARGIN) / q.expected) : undefined;
      const sized = guessed ?? (matched > 0 && covered > 0 && w <= SIZED_WINDOWS ? Math.ceil(((n - out.length) * covered * WINDOW_MARGIN) / matched) : undefined);
      const size = sized ?? WINDOWS[w];
      const floor = size === undefined ? null : histogramFloor(histogram!, ceil, size);
      if (size !== undefined) covered += windowRows(histogram!, size);
      edge = floor === null ? null : { floor, all: false };
    }
    const bounds = [
      ...(q.indexed ?? []).map((c) => Prisma.sql` AND ${c}`),
      ...(edge === null ? [] : [Prisma.sql` AND ${s.keyColumn} >= ${edge.floor}`]),
      ...(ceil === null ? [] : [Prisma.sql` AND ${s.keyColumn} < ${ceil}`]),
    ];
    // OFFSET 0 keeps the candidates a subquery: the condition's own text check is then made on
    // its rows, in key order, and not asked of the index (which would recheck every candidate).
    out.push(...(await readOffLoop<T>(db, Prisma.sql`SELECT ${q.select} FROM (
        SELECT * FROM "ArticleSearch" WHERE ${candidates}${bounds.length > 0 ? Prisma.join(bounds, "") : Prisma.empty} ORDER BY ${s.keyColumn} DESC OFFSET 0
      ) AS "ArticleSearch" WHERE ${q.where} ORDER BY ${s.key} DESC LIMIT ${n - out.length}`)));
    if (edge === null || edge.all || (q.keyMin !== null && edge.floor <= q.keyMin)) break;
    ceil = edge.floor;
  }
  return out;
}

/**
 * How many rows meet `q.where`, counted up to `cap`: in no order, so the scan stops at the cap
 * (ordered newest first, PostgreSQL read and sorted every match: company:百度 发布's title
 * matches at 100,000 articles, 1,555 rows to count 301); its candidates, where the index can
 * list them, asked by each phrase's rarest term.
 */
export async function countUpTo(db: Db, s: SearchSql, q: Omit<NewestQuery, "select" | "within">, cap: number): Promise<number> {
  const candidates = s.candidates(q.expr) === null ? null : s.candidates(q.expr, await (q.stats ?? (() => termShares(db)))());
  const bounds = [
    ...(q.indexed ?? []).map((c) => Prisma.sql` AND ${c}`),
    ...(q.keyMin === null ? [] : [Prisma.sql` AND ${s.keyColumn} >= ${q.keyMin}`]),
    ...(q.keyMax === null ? [] : [Prisma.sql` AND ${s.keyColumn} < ${q.keyMax}`]),
  ];
  // OFFSET 0, as above: the condition's own text check is made on the candidates' rows.
  const from = candidates === null
    ? Prisma.sql`"ArticleSearch"`
    : Prisma.sql`(SELECT * FROM "ArticleSearch" WHERE ${candidates}${bounds.length > 0 ? Prisma.join(bounds, "") : Prisma.empty} OFFSET 0) AS "ArticleSearch"`;
  const rows = await readOffLoop<{ n: number | string }>(db, Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${q.where} LIMIT ${cap}) AS sub`);
  return Number(rows[0]?.n ?? 0);
}
