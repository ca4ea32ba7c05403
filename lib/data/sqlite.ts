/**
 * A direct better-sqlite3 connection for the import's write path. Prisma's JS engine spends
 * ~15 ms per insert of an article-sized row (measured: .scratch benchmark, 30 KB of text),
 * while a prepared statement takes ~0.5 ms, so bulk writes go through here; reads elsewhere
 * stay on Prisma. Both open the same file in WAL mode.
 */
import Database from "better-sqlite3";
import { databaseUrl } from "../env";
import { ensureSqliteFolder, sqliteFilePath } from "../sqlite-path";

export type Sqlite = Database.Database;

export function openSqlite(url: string = databaseUrl()): Sqlite {
  // Never a file named after a server URL: the paths that still need SQLite say so instead.
  if (!url.startsWith("file:")) throw new Error(`this needs a SQLite store (file:…), not ${url.replace(/\/\/[^@/]*@/, "//…@")}: on PostgreSQL use the writer (lib/data/writer.ts) or the reader (lib/data/dialect.ts)`);
  const conn = new Database(sqliteFilePath(ensureSqliteFolder(url)));
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = NORMAL");
  conn.pragma("busy_timeout = 10000");
  conn.pragma("foreign_keys = ON");
  return conn;
}

/** DateTime as Prisma stores it in SQLite, so rows written here read back through Prisma. */
export function prismaDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}
