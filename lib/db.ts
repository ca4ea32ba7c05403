/** The Prisma client for the configured SQLite file (better-sqlite3 adapter, JS engine). */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./env";
import { ensureSqliteFolder } from "./sqlite-path";

export type Db = PrismaClient;

const urls = new WeakMap<PrismaClient, string>();

export function createDb(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: ensureSqliteFolder(url) });
  const client = new PrismaClient({ adapter });
  urls.set(client, url);
  return client;
}

/** The SQLite URL a client was created for (for the direct read connection of hot paths). */
export function urlOf(client: PrismaClient): string {
  return urls.get(client) ?? databaseUrl();
}

const globalForDb = globalThis as unknown as { __db?: PrismaClient };

/** One client per process (Next.js dev reloads modules; the global keeps a single connection). */
export function db(): PrismaClient {
  globalForDb.__db ??= createDb();
  return globalForDb.__db;
}
