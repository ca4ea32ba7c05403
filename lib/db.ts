/**
 * The Prisma client for the configured store: a SQLite file (better-sqlite3 adapter) or, when
 * DATABASE_URL is postgres://…, PostgreSQL (pg adapter, client generated from
 * prisma/postgres/schema.prisma). Both run the JS engine.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "./generated/prisma-pg/client";
import { databaseUrl } from "./env";
import { ensureSqliteFolder } from "./sqlite-path";
import { storeKind } from "./store-kind";
import { processShared } from "./data/process-shared";

export type Db = PrismaClient;

// Shared by every bundle: a client made in one bundle is asked for its URL in others.
const urls = processShared("db.urls", () => new WeakMap<PrismaClient, string>());

export function createDb(url: string = databaseUrl()): PrismaClient {
  const client =
    storeKind(url) === "postgres"
      ? // The two schemas have the same models and columns (tests/unit/schema-parity.test.ts), so
        // the PostgreSQL client answers every call the SQLite client's type allows, with the same
        // shapes; one type keeps the data layer from being written twice.
        (new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: ensureSqliteFolder(url) }) });
  urls.set(client, url);
  return client;
}

/** The URL a client was created for (for the direct read connection or pool of hot paths). */
export function urlOf(client: PrismaClient): string {
  return urls.get(client) ?? databaseUrl();
}

const globalForDb = processShared<{ client?: PrismaClient }>("db.client", () => ({}));

/** One client per process (Next.js dev reloads modules; the global keeps a single connection). */
export function db(): PrismaClient {
  globalForDb.client ??= createDb();
  return globalForDb.client;
}
