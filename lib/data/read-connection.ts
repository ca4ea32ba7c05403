/**
 * A direct better-sqlite3 connection beside a Prisma client, for the hottest reads (the article
 * page, the article list). Prisma 6.19's JS engine costs ~1 ms per query; a page that needs a
 * dozen small queries spent most of its time there (measured on 100,000 articles: 11.6 ms of
 * data per article page through Prisma). Same file, WAL mode, one connection per client.
 */
import { urlOf, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storeKind } from "../store-kind";
import { openSqlite, type Sqlite } from "./sqlite";
import { processShared } from "./process-shared";

const conns = processShared("readConnection.conns", () => new WeakMap<Db, Sqlite>());

export function readConnection(database: Db): Sqlite {
  let c = conns.get(database);
  if (!c) {
    const url = urlOf(database);
    // A SQLite-only path reached on PostgreSQL is a bug to report, not a file to create.
    if (storeKind(url) === "postgres") throw new Error("readConnection is SQLite's; on PostgreSQL use reader() (lib/data/dialect.ts)");
    c = openSqlite(url);
    conns.set(database, c);
  }
  return c;
}

/** A DateTime column as Prisma writes it (ISO text, or epoch milliseconds), or null. */
export function sqliteDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  const d = typeof v === "number" || typeof v === "bigint" ? new Date(Number(v)) : new Date(String(v));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Rows of a query built with Prisma.sql (its values stay bound parameters). */
export function readAll<T>(conn: Sqlite, query: Prisma.Sql): T[] {
  return conn.prepare<unknown[], T>(query.sql).all(...query.values);
}
