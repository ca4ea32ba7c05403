/**
 * The write side of the data layer's two stores (issue 18), the twin of dialect.ts's reader:
 * the importer, the entity save and the shared state write through it. Statements are written
 * once, with `?` or `@name` placeholders and double-quoted identifiers; the few fragments the
 * stores spell differently come from `fragments` here. On SQLite they run on a better-sqlite3
 * connection as cached prepared statements (see sqlite.ts for why not Prisma); on PostgreSQL on
 * the `pg` pool as named prepared statements, rows shaped as SQLite returns them (pg-pool.ts).
 *
 * `transaction(fn)` runs `fn` all-or-nothing: on SQLite BEGIN … COMMIT on the connection, on
 * PostgreSQL on one pooled client; an exception rolls back. Statements inside must go through
 * the `tx` it is given. On SQLite a process writes one statement or transaction at a time per
 * file (callers queue); `exclusive` transactions also run one at a time across processes
 * (SQLite BEGIN IMMEDIATE; PostgreSQL a transaction-scoped advisory lock).
 */
import path from "node:path";
import type { Statement } from "better-sqlite3";
import pg from "pg";
import { urlOf, type Db } from "../db";
import { storeKind, type StoreKind } from "../store-kind";
import { numberPlaceholders } from "./dialect";
import { pgPool, TYPES } from "./pg-pool";
import { readConnection } from "./read-connection";
import { openSqlite, type Sqlite } from "./sqlite";
import { processShared } from "./process-shared";

/** Positional values for `?`, or an object for `@name` placeholders. */
export type Params = readonly unknown[] | Readonly<Record<string, unknown>>;

/** Statements on a connection or inside a transaction. */
export interface Queries {
  kind: StoreKind;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, params?: Params): Promise<number>;
  /** Runs an INSERT into a table with an integer "id"; the new row's id. */
  insert(sql: string, params?: Params): Promise<number>;
  all<T>(sql: string, params?: Params): Promise<T[]>;
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  /**
   * Inserts one row that nothing in the transaction reads back: `head` is `INSERT INTO "T" (…)`,
   * `tail` what follows VALUES (an ON CONFLICT clause). Inside a PostgreSQL transaction the rows
   * are held and written before COMMIT, one multi-row statement per head and tail, so a batch of
   * files costs a round trip per table rather than per row; elsewhere the row is written now.
   */
  append(head: string, row: readonly unknown[], tail?: string): Promise<void>;
  /**
   * The next `n` ids of `table`'s integer "id", taken now and in order, so a batch's new rows can
   * be written with their ids in one statement rather than inserted a round trip each (and so
   * what refers to them can be worked out first); null where an id exists only once its row is
   * inserted (SQLite, where a statement costs no round trip).
   */
  reserveIds(table: string, n: number): Promise<number[] | null>;
}

export interface Writer extends Queries {
  url: string;
  transaction<T>(fn: (tx: Queries) => Promise<T>, options?: { exclusive?: boolean }): Promise<T>;
  /** Refreshes the planner's statistics after a bulk write (SQLite `PRAGMA optimize`; PostgreSQL's autovacuum does it). */
  optimize(): Promise<void>;
  /** SQLite's connection, for the SQLite-only paths (the FTS5 index); null on PostgreSQL. */
  sqlite: Sqlite | null;
  /** Closes what the writer opened (a connection of its own; never a shared one or the pool). */
  close(): Promise<void>;
  /**
   * How many imported files a long job writes in one transaction. SQLite: 1 (a statement is a
   * call into this process, and a longer transaction only holds the file's write lock longer
   * against the app's own writes). PostgreSQL: every statement is a round trip to the server, and
   * a batch's files share BEGIN/COMMIT and its multi-row inserts (run-import.ts).
   */
  writeBatch: number;
}

/** The SQL each store spells its own way. */
export interface Fragments {
  /** The larger of two values (SQLite's two-argument max, PostgreSQL's GREATEST). */
  greatest(a: string, b: string): string;
  /** A text column compared byte by byte (SQLite's default; PostgreSQL's C collation), for ORDER BY. */
  binary(column: string): string;
}

const FRAGMENTS: Record<StoreKind, Fragments> = {
  sqlite: {
    greatest: (a, b) => `MAX(${a}, ${b})`,
    binary: (column) => column,
  },
  postgres: {
    greatest: (a, b) => `GREATEST(${a}, ${b})`,
    binary: (column) => `${column} COLLATE "C"`,
  },
};

export function fragments(kind: StoreKind): Fragments {
  return FRAGMENTS[kind];
}

const tuple = (width: number) => `(${Array.from({ length: width }, () => "?").join(", ")})`;
const appendSql = (head: string, width: number, rows: number, tail: string) =>
  `${head} VALUES ${Array.from({ length: rows }, () => tuple(width)).join(", ")}${tail ? ` ${tail}` : ""}`;

const isNamed = (params: Params | undefined): params is Readonly<Record<string, unknown>> => params !== undefined && !Array.isArray(params);

/* ---------- SQLite ---------- */

function sqliteQueries(conn: Sqlite): Queries {
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = conn.prepare(sql)));
    return s;
  };
  const args = (params: Params | undefined): unknown[] => (params === undefined ? [] : isNamed(params) ? [params] : [...params]);
  return {
    kind: "sqlite",
    run: async (sql, params) => prepared(sql).run(...args(params)).changes,
    insert: async (sql, params) => Number(prepared(sql).run(...args(params)).lastInsertRowid),
    all: async <T>(sql: string, params?: Params) => prepared(sql).all(...args(params)) as T[],
    get: async <T>(sql: string, params?: Params) => prepared(sql).get(...args(params)) as T | undefined,
    append: async (head, row, tail = "") => void prepared(appendSql(head, row.length, 1, tail)).run(...row),
    reserveIds: async () => null,
  };
}

/**
 * Writes to one SQLite file from this process, one at a time, whichever connection they use.
 * A transaction's statements are synchronous, but between them it awaits, and a second
 * connection in the same process starting a write there would wait for the file's lock
 * synchronously (busy_timeout), stalling the event loop the first needs to commit.
 */
const fileQueues = processShared("writer.fileQueues", () => new Map<string, Promise<unknown>>());

function serialFor(conn: Sqlite) {
  const file = path.resolve(conn.name);
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = (fileQueues.get(file) ?? Promise.resolve()).then(work, work);
    const settled = next.catch(() => {});
    fileQueues.set(file, settled);
    void settled.then(() => {
      if (fileQueues.get(file) === settled) fileQueues.delete(file);
    });
    return next;
  };
}

function sqliteWriter(conn: Sqlite, url: string, owned: boolean): Writer {
  const q = sqliteQueries(conn);
  const serial = serialFor(conn);
  return {
    ...q,
    run: (sql, params) => serial(() => q.run(sql, params)),
    insert: (sql, params) => serial(() => q.insert(sql, params)),
    append: (head, row, tail) => serial(() => q.append(head, row, tail)),
    url,
    sqlite: conn,
    transaction: (fn, options) =>
      serial(async () => {
        conn.exec(options?.exclusive ? "BEGIN IMMEDIATE" : "BEGIN");
        try {
          const out = await fn(q);
          conn.exec("COMMIT");
          return out;
        } catch (err) {
          if (conn.inTransaction) conn.exec("ROLLBACK");
          throw err;
        }
      }),
    optimize: async () => void conn.pragma("optimize"),
    close: async () => {
      if (owned) conn.close();
    },
    writeBatch: 1,
  };
}

/* ---------- PostgreSQL ---------- */

interface PgStatement {
  name: string;
  text: string;
  /** For `@name` placeholders: the parameter names in $n order. */
  names: string[] | null;
}

// Per process, not per bundle: names are numbered from it, and the pool (one per process) must
// never see one name given to two statements.
const pgStatements = processShared("writer.pgStatements", () => new Map<string, PgStatement>());

/** `?` → `$n`, or `@name` → `$n` (each name one number); named once per process. */
function pgStatement(sql: string, named: boolean): PgStatement {
  const key = `${named ? "@" : "?"}${sql}`;
  let s = pgStatements.get(key);
  if (!s) {
    let text = numberPlaceholders(sql);
    let names: string[] | null = null;
    if (named) {
      const order: string[] = [];
      text = sql.replace(/(?<![@\w])@([A-Za-z_]\w*)/g, (_, name: string) => {
        let i = order.indexOf(name);
        if (i < 0) i = order.push(name) - 1;
        return `$${i + 1}`;
      });
      names = order;
    }
    s = { name: `w${pgStatements.size + 1}`, text, names };
    pgStatements.set(key, s);
  }
  return s;
}

type PgRunner = Pick<pg.Pool | pg.PoolClient, "query">;

/** `n` values of a table's id sequence, in the order nextval gave them. */
const RESERVE_IDS = `SELECT nextval(pg_get_serial_sequence(?, 'id'))::int AS "id" FROM generate_series(1, ?::int) AS g(i) ORDER BY g.i`;

function pgQueries(runner: PgRunner): Queries {
  const query = async (sql: string, params: Params | undefined, suffix = "") => {
    const s = pgStatement(sql + suffix, isNamed(params));
    let values: unknown[] = [];
    if (isNamed(params)) {
      values = s.names!.map((n) => {
        if (!(n in params)) throw new Error(`missing named parameter @${n}`);
        return params[n];
      });
    } else if (params) values = [...params];
    return runner.query({ name: s.name, text: s.text, values });
  };
  return {
    kind: "postgres",
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    insert: async (sql, params) => Number((await query(sql, params, ` RETURNING "id"`)).rows[0].id),
    all: async <T>(sql: string, params?: Params) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: Params) => (await query(sql, params)).rows[0] as T | undefined,
    append: async (head, row, tail = "") => void (await query(appendSql(head, row.length, 1, tail), row)),
    reserveIds: async (table, n) => {
      if (n <= 0) return [];
      const rows = (await query(RESERVE_IDS, [`"${table}"`, n])).rows as { id: number }[];
      return rows.map((r) => r.id);
    },
  };
}

/** PostgreSQL binds at most 65,535 parameters to a statement. */
const MAX_PARAMS = 30_000;

/** A transaction's queries whose appended rows are held until `flush`, then written a statement per head and tail. */
function pgHeldQueries(runner: PgRunner): { tx: Queries; flush(): Promise<void> } {
  const q = pgQueries(runner);
  const held = new Map<string, { head: string; tail: string; width: number; rows: (readonly unknown[])[] }>();
  return {
    tx: {
      ...q,
      append: async (head, row, tail = "") => {
        const key = `${head}\u0000${tail}\u0000${row.length}`;
        let h = held.get(key);
        if (!h) held.set(key, (h = { head, tail, width: row.length, rows: [] }));
        h.rows.push(row);
      },
    },
    // In the order the heads were first used, so a row whose parent is appended too comes after it.
    flush: async () => {
      for (const h of held.values()) {
        const per = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, h.width)));
        for (let i = 0; i < h.rows.length; i += per) {
          const chunk = h.rows.slice(i, i + per);
          await q.run(appendSql(h.head, h.width, chunk.length, h.tail), chunk.flat());
        }
      }
      held.clear();
    },
  };
}

/** The key of the advisory lock that makes `exclusive` transactions one at a time. */
const EXCLUSIVE_KEY = [0x6c6c6d6e, 2] as const;

async function inTransaction<T>(client: PgRunner, fn: (tx: Queries) => Promise<T>, exclusive: boolean | undefined): Promise<T> {
  await client.query("BEGIN");
  try {
    if (exclusive) await client.query(`SELECT pg_advisory_xact_lock($1, $2)`, [...EXCLUSIVE_KEY]);
    const { tx, flush } = pgHeldQueries(client);
    const out = await fn(tx);
    await flush();
    await client.query("COMMIT");
    return out;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/** Small writes from many callers: each statement on the pool, each transaction on a pooled client. */
function postgresWriter(url: string): Writer {
  const pool = pgPool(url);
  return {
    ...pgQueries(pool),
    url,
    sqlite: null,
    transaction: async (fn, options) => {
      const client = await pool.connect();
      try {
        return await inTransaction(client, fn, options?.exclusive);
      } finally {
        client.release();
      }
    },
    optimize: async () => {},
    close: async () => {},
    writeBatch: 1,
  };
}

/** Files per import transaction on PostgreSQL: enough to make BEGIN/COMMIT and the per-table inserts rare, few enough that a web import's progress moves often. */
const PG_WRITE_BATCH = 25;

/**
 * A long job's writer (the import): one connection of its own for the run, its statements and
 * transactions one after another. Commits do not wait for the WAL to reach the disk
 * (synchronous_commit off), as SQLite's WAL with synchronous=NORMAL does not (sqlite.ts): a crash
 * can lose the last moments' files, never half of one, and the next run imports them again.
 */
function postgresRunWriter(url: string): Writer {
  let client: Promise<pg.Client> | null = null;
  const connected = () =>
    (client ??= (async () => {
      const c = new pg.Client({ connectionString: url, types: TYPES });
      c.on("error", () => {});
      await c.connect();
      await c.query("SET synchronous_commit = off");
      return c;
    })());
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => work(await connected()));
    queue = next.catch(() => {});
    return next;
  };
  return {
    kind: "postgres",
    run: (sql, params) => serial((c) => pgQueries(c).run(sql, params)),
    insert: (sql, params) => serial((c) => pgQueries(c).insert(sql, params)),
    append: (head, row, tail) => serial((c) => pgQueries(c).append(head, row, tail)),
    reserveIds: (table, n) => serial((c) => pgQueries(c).reserveIds(table, n)),
    // Reads need no turn: the connection runs them in order, inside a transaction if one is open.
    all: async (sql, params) => pgQueries(await connected()).all(sql, params),
    get: async (sql, params) => pgQueries(await connected()).get(sql, params),
    url,
    sqlite: null,
    transaction: (fn, options) => serial((c) => inTransaction(c, fn, options?.exclusive)),
    optimize: async () => {},
    close: async () => {
      const c = client;
      client = null;
      if (c) await (await c).end().catch(() => {});
    },
    writeBatch: PG_WRITE_BATCH,
  };
}

/* ---------- choosing ---------- */

/** A writer of its own for a long job (the import): on SQLite a new connection, closed by close(). */
export function openWriter(url: string): Writer {
  return storeKind(url) === "postgres" ? postgresRunWriter(url) : sqliteWriter(openSqlite(url), url, true);
}

const shared = processShared("writer.shared", () => new WeakMap<Db, Writer>());

/** The process's writer for a client's store (small writes: shared state), on the hot-read connection or pool. */
export function writer(database: Db): Writer {
  let w = shared.get(database);
  if (!w) {
    const url = urlOf(database);
    w = storeKind(url) === "postgres" ? postgresWriter(url) : sqliteWriter(readConnection(database), url, false);
    shared.set(database, w);
  }
  return w;
}
