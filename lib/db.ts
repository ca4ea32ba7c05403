/** The Prisma client for the configured SQLite file (better-sqlite3 adapter, JS engine). */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./env";
import { ensureSqliteFolder } from "./sqlite-path";

export type Db = PrismaClient;

export function createDb(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: ensureSqliteFolder(url) });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __db?: PrismaClient };

/** One client per process (Next.js dev reloads modules; the global keeps a single connection). */
export function db(): PrismaClient {
  globalForDb.__db ??= createDb();
  return globalForDb.__db;
}
