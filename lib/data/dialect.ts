/**
 * The one place the data layer's two stores differ (issue 18): which connection a hot read
 * runs on, how its placeholders are written, and the few SQL fragments each store spells its
 * own way. Queries are written once, with `?` placeholders and double-quoted identifiers; on
 * SQLite they run on the direct better-sqlite3 connection (read-connection.ts) as cached
 * prepared statements, synchronously as before; on PostgreSQL on the `pg` pool (pg-pool.ts),
 * with `?` rewritten to `$n` once per statement text and rows shaped as SQLite returns them.
 * Callers `await` either (a finished value costs one microtask).
 */
import type { Statement } from "better-sqlite3";
import type { Db } from "@/lib/db";
import { urlOf } from "@/lib/db";
import { Prisma as PrismaSql, type Prisma } from "@/lib/generated/prisma/client";
import { FTS5_SYNTAX } from "@/lib/search/match-expression";
import type { QuerySyntax } from "@/lib/search/query-syntax";
import { TSQUERY_SYNTAX, conjuncts, disjuncts, indexDecides, longestPhrase, negates, relaxed, relaxedRarest, sourceOnly, termsOf, titleOnly } from "@/lib/search/tsquery";
import { storeKind, type StoreKind } from "@/lib/store-kind";
import { perConnection } from "./per-connection";
import { pgPool } from "./pg-pool";
import { readConnection } from "./read-connection";
import { processShared } from "./process-shared";

type MaybePromise<T> = T | Promise<T>;

export interface Reader {
  kind: StoreKind;
  /** Every row of `sql` (`?` placeholders) with `params`. */
  all<T>(sql: string, ...params: unknown[]): MaybePromise<T[]>;
  /** The first row, or undefined. */
  get<T>(sql: string, ...params: unknown[]): MaybePromise<T | undefined>;
  /** Rows of a query built with Prisma.sql (values stay bound parameters). */
  rows<T>(query: Prisma.Sql): MaybePromise<T[]>;
}

/** SQLite: statements prepared once per connection and statement text, as the modules kept them before. */
const statementCache = perConnection("dialect.statements", () => new Map<string, Statement>());

function sqliteReader(database: Db): Reader {
  const conn = readConnection(database);
  const cache = statementCache(conn);
  const prepared = (sql: string): Statement => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = conn.prepare(sql)));
    return s;
  };
  return {
    kind: "sqlite",
    all: <T>(sql: string, ...params: unknown[]) => prepared(sql).all(...params) as T[],
    get: <T>(sql: string, ...params: unknown[]) => prepared(sql).get(...params) as T | undefined,
    rows: <T>(q: Prisma.Sql) => prepared(q.sql).all(...q.values) as T[],
  };
}

const numbered = processShared("dialect.numbered", () => new Map<string, string>());

/** `?` → `$1, $2, …` (the statements hold no `?` inside literals). */
export function numberPlaceholders(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (numbered.size < 5_000) numbered.set(sql, out);
  }
  return out;
}

function postgresReader(database: Db): Reader {
  const pool = pgPool(urlOf(database));
  const all = async <T>(sql: string, params: unknown[]): Promise<T[]> => (await pool.query({ text: sql, values: params })).rows as T[];
  return {
    kind: "postgres",
    all: <T>(sql: string, ...params: unknown[]) => all<T>(numberPlaceholders(sql), params),
    get: async <T>(sql: string, ...params: unknown[]) => (await all<T>(numberPlaceholders(sql), params))[0],
    rows: <T>(q: Prisma.Sql) => all<T>(q.text, q.values),
  };
}

const readers = processShared("dialect.readers", () => new WeakMap<Db, Reader>());

/** The hot-read path of a client's store. */
export function reader(database: Db): Reader {
  let r = readers.get(database);
  if (!r) {
    r = storeKind(urlOf(database)) === "postgres" ? postgresReader(database) : sqliteReader(database);
    readers.set(database, r);
  }
  return r;
}

export function dialectOf(database: Db): StoreKind {
  return reader(database).kind;
}

/**
 * `INDEXED BY "name"` where SQLite's planner needs telling (see the migrations that add the
 * indexes); PostgreSQL chooses from its statistics and has no such clause.
 */
export function indexedBy(kind: StoreKind, index: string): string {
  return kind === "sqlite" ? `INDEXED BY "${index}"` : "";
}

/**
 * The search index's SQL in each store: SQLite's FTS5 table (rowid = recency key, MATCH, bm25)
 * or PostgreSQL's tsvector table ("key" = recency key, @@, ts_rank); see migration
 * 0002_pg_runtime and lib/search/tsquery.ts. `syntax` spells the match expressions.
 */
export interface SearchSql {
  syntax: QuerySyntax;
  /** The recency key of the index row in the outer query. */
  key: Prisma.Sql;
  /** The same column in a subquery over the index. */
  keyColumn: Prisma.Sql;
  /** Rows of the index matching an expression (bound as a parameter). */
  match(expr: string): Prisma.Sql;
  /**
   * match(), where a walk checks each row in turn: the title's own vector first where that may
   * settle it (PostgreSQL), so a row whose title matches is not read from TOAST.
   */
  matchTitleFirst(expr: string): Prisma.Sql;
  /** ORDER BY terms: most relevant first (title matches weigh most), near-equal scores together. */
  relevance(expr: string): Prisma.Sql;
  /**
   * Whether the index row with recency key `key` matches `expr` (`narrow`: an extra condition on
   * the index's key column that lets the index stop early). Both stores build the set of
   * matching keys once.
   */
  inIndex(key: Prisma.Sql, expr: string, narrow?: Prisma.Sql): Prisma.Sql;
  /**
   * Relevance ranks every match of a query whose phrases are each in at most this many
   * articles; above it, the newest matches are ranked title first (search.ts).
   */
  rankedMatchesMax: number;
  /**
   * Whether match() is a plain condition on the index row (PostgreSQL: a tsvector operator), so
   * a query can check its own row in place, in a select list or under OR. FTS5's MATCH only
   * filters the table it scans, so its checks are sets of keys (inIndex).
   */
  matchInRow: boolean;
  /**
   * The share of indexed articles above which an entity's linked articles make a newest-first
   * walk, checking each row, stop soon: the entity's text (where matchInRow) and links are then
   * checked per row instead of as sets of every matching key or linked id. Null: the store
   * always uses sets.
   */
  denseShare: number | null;
  /**
   * Whether the index alone decides `expr` cheaply enough to be asked as a set over a range of
   * recent rows (search.ts, rankedInRows): no phrase, no column weight, no negation. False:
   * the store has no such sets.
   */
  indexDecides(expr: string): boolean;
  /**
   * Rows of the index that may match `expr`, decided by the index alone (no row's text read),
   * or null where the store cannot say so (FTS5; a negation). `shares`: ANALYZE's share of
   * rows holding each term it lists, per stored vector; given them, a phrase is asked by its
   * rarest terms.
   */
  candidates(expr: string, shares?: TermShares): Prisma.Sql | null;
  /**
   * Whether the index row in the outer query is linked to one of these companies or people,
   * from the row itself, or null where the store probes the mention tables instead (search.ts).
   */
  linked: ((kind: "company" | "person", ids: number[]) => Prisma.Sql) | null;
}

/** ANALYZE's share of rows holding each term it lists, per stored vector (newest-in-windows.ts). */
export type TermShares = Partial<Record<"title" | "source" | "doc", (term: string) => number | undefined>>;

const FTS5_SEARCH: SearchSql = {
  syntax: FTS5_SYNTAX,
  key: PrismaSql.sql`"ArticleSearch".rowid`,
  keyColumn: PrismaSql.raw("rowid"),
  match: (expr) => PrismaSql.sql`"ArticleSearch" MATCH ${expr}`,
  matchTitleFirst: (expr) => FTS5_SEARCH.match(expr),
  // Title matches count most, then source and byline, then body.
  relevance: () => PrismaSql.raw(`round(bm25("ArticleSearch", 8.0, 1.0, 3.0, 3.0), 1)`),
  inIndex: (key, expr, narrow = PrismaSql.empty) => PrismaSql.sql`${key} IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${expr}${narrow})`,
  // bm25 needs each phrase's document frequency over the whole table, which for a phrase in
  // most articles (大模型 in an LLM news corpus) means reading its entire posting list — tens
  // of milliseconds at 100,000 articles.
  rankedMatchesMax: 2000,
  matchInRow: false,
  // FTS5 checks no text per row: this picks how links are checked. Measured at 100,000 articles
  // (loaded 2-core machine): a probe 2–4 µs a row, an id set 0.25–0.5 µs an id; a walk newest
  // first to the 500-match window probes ~500 / share rows, so sets win below about a fifth
  // (company:澜舟科技 模型, 292 links: 716 ms of probes), probes above it (百度's 36,528 links
  // make a 9–19 ms set).
  denseShare: 0.2,
  indexDecides: () => false,
  candidates: () => null,
  linked: null,
};

/**
 * The vector that decides `expr`: a title-only expression is checked on the small "title"
 * vector, kept in the row, a source-only one on "source" (0010_pgsearch_source_vector);
 * anything else on "doc" (read from TOAST and decompressed when a phrase or weight is
 * rechecked), through search_doc(), which tells the planner that cost and
 * is what the GIN index is on (migration 0005_pgsearch_title_vector).
 */
const vectorFor = (expr: string, table: string) =>
  PrismaSql.raw(titleOnly(expr) ? `${table}."title"` : sourceOnly(expr) ? `${table}."source"` : `"search_doc"(${table}."doc")`);

/** Which stored vector an expression is checked on (vectorFor). */
const vectorKind = (expr: string): keyof TermShares => (titleOnly(expr) ? "title" : sourceOnly(expr) ? "source" : "doc");
const unlistedAll = () => undefined;
/** A term in more than this share of the articles does not narrow a source filter's candidates. */
const COMMON_TERM = 0.5;

/** relaxedRarest on the statistics of the vector `expr` is checked on (relaxed without them). */
function rarest(expr: string, shares: TermShares | undefined): string | null {
  if (!shares) return relaxed(expr);
  const kind = vectorKind(expr);
  // On the doc, two unlisted terms of a phrase: a candidate's check there reads its doc from
  // TOAST, and one term in up to a few percent of the articles may leave many candidates for
  // a rare phrase; on a title or source, checked in the row, one.
  return relaxedRarest(expr, shares[kind] ?? unlistedAll, kind === "doc" ? 2 : 1);
}

const TSQUERY_SEARCH: SearchSql = {
  syntax: TSQUERY_SYNTAX,
  key: PrismaSql.sql`"ArticleSearch"."key"`,
  keyColumn: PrismaSql.raw(`"key"`),
  match: (expr) => PrismaSql.sql`${vectorFor(expr, `"ArticleSearch"`)} @@ ${expr}::tsquery`,
  // The title vector is the doc's weight-A positions: with no negation, a title that matches
  // means the doc does (a phrase's positions are the doc's), so the doc is read only when the
  // title does not (company:澜舟科技 模型 at 100,000 articles: 292 rows, 1,724 buffers → 722).
  matchTitleFirst: (expr) => titleOnly(expr) || sourceOnly(expr) || negates(expr)
    ? TSQUERY_SEARCH.match(expr)
    : PrismaSql.sql`("ArticleSearch"."title" @@ ${expr}::tsquery OR ${TSQUERY_SEARCH.match(expr)})`,
  // The same column weights as bm25's above, as ts_rank's {D body, C byline, B source, A title}.
  relevance: (expr) => PrismaSql.sql`round(ts_rank('{0.125, 0.375, 0.375, 1.0}', "ArticleSearch"."doc", ${expr}::tsquery)::numeric, 2) DESC`,
  // A set, as FTS5 builds it: the GIN index yields the candidates, and only those are rechecked,
  // where probing each outer row by key checked every row a query walked (all of them, for an
  // order by title match or an entity's name).
  // An OR of plain terms and phrases (an entity's names) is asked as two sets, so the plain
  // terms' matches, which the index alone decides, are not rechecked with the phrases'.
  inIndex: (key, expr, narrow = PrismaSql.empty) => {
    const parts = disjuncts(expr);
    const plain = parts.filter(indexDecides);
    const sets = plain.length === 0 || plain.length === parts.length ? [expr] : [plain.join(" | "), parts.filter((p) => !indexDecides(p)).join(" | ")];
    const inSet = (e: string) => PrismaSql.sql`${key} IN (SELECT x."key" FROM "ArticleSearch" x WHERE ${vectorFor(e, "x")} @@ ${e}::tsquery${narrow})`;
    return sets.length === 1 ? inSet(sets[0]!) : PrismaSql.sql`(${PrismaSql.join(sets.map(inSet), " OR ")})`;
  },
  // ts_rank reads each match's whole "doc" from TOAST, where bm25 reads posting lists: on the
  // bench corpus (5,000 articles), ranking 华's 1,339 matches took 35–48 ms, its newest 500
  // title first 2–11 ms (psql, same session). Below this many matches ranking costs about as
  // much as the window.
  rankedMatchesMax: 300,
  matchInRow: true,
  // Measured at 100,000 articles: a row's doc check costs ~8 µs, so 201 matches (the capped
  // count) at this share walk ~2,000 rows, where the set of 百度/baidu was 46,362 keys (160 ms).
  denseShare: 0.05,
  // A negation reads the excluded term's posting list too: for 模型 -百度 (模型 in most articles)
  // the set over the newest 4,000 rows took 80 ms where the walk took 14 (min of 5, psql).
  indexDecides: (expr) => indexDecides(expr) && !negates(expr),
  // A phrase or column weight loosened (tsquery.ts relaxed), on the vector `expr` is checked on:
  // the title's own GIN index for a title-only expression, the doc's otherwise.
  // A title-only expression of short phrases is left to the planner: its check is on the small
  // title vector in the row, and its estimate holds, so its walk newest first stops early.
  // Given the terms' shares, each phrase is asked by its rarest term (tsquery.ts relaxedRarest).
  // A source: filter with words: the filter's candidates from the source's own index (a
  // phrase's two terms there are as common as the phrase, and PostgreSQL, multiplying their
  // shares, estimated a handful of rows, so it read every candidate before the key range).
  candidates: (expr, shares) => {
    const parts = conjuncts(expr);
    const onSource = parts.filter(sourceOnly);
    if (shares && onSource.length > 0 && onSource.length < parts.length) {
      const rest = parts.filter((p) => !sourceOnly(p)).join(" & ");
      const [source, words] = [rarest(onSource.join(" & "), shares), rarest(rest, shares)];
      // Words each in most articles narrow nothing, and PostgreSQL then checks them on each
      // candidate's doc (read again by the condition itself): asked by the source alone.
      const share = shares[vectorKind(rest)];
      const common = share !== undefined && termsOf(rest).every((t) => (share(t) ?? 0) > COMMON_TERM);
      if (source !== null && words !== null) {
        return common
          ? PrismaSql.sql`"ArticleSearch"."source" @@ ${source}::tsquery`
          : PrismaSql.sql`"ArticleSearch"."source" @@ ${source}::tsquery AND ${vectorFor(rest, `"ArticleSearch"`)} @@ ${words}::tsquery`;
      }
    }
    const wide = rarest(expr, shares);
    if (wide === null || (titleOnly(expr) && longestPhrase(expr) < 3)) return null;
    return PrismaSql.sql`${vectorFor(expr, `"ArticleSearch"`)} @@ ${wide}::tsquery`;
  },
  // The row's links (migration 0007_pgsearch_links), a GIN index of their own: a company filter
  // is a bitmap ANDed with the text's, where a probe of the mention table read the heap row of
  // every text match first (company:百度 发布 at 100,000 articles: 2,425 rows to keep 870).
  linked: (kind, ids) => {
    const lexemes = ids.map((id) => {
      if (!Number.isSafeInteger(id)) throw new Error(`not an entity id: ${id}`);
      return `'${kind === "company" ? "c" : "p"}${id}'`;
    });
    return PrismaSql.sql`("ArticleSearch"."links" @@ ${lexemes.join(" | ")}::tsquery)`;
  },
};

export function searchSql(kind: StoreKind): SearchSql {
  return kind === "postgres" ? TSQUERY_SEARCH : FTS5_SEARCH;
}
