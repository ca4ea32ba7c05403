import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "./lib/env";
import { ensureSqliteFolder } from "./lib/sqlite-path";
import { storeKind } from "./lib/store-kind";

// Prisma 6.19 with the JS engine: no native engine binaries are downloaded (see ../shared/TOOLCHAIN.md).
// DATABASE_URL picks the store: a SQLite file (prisma/) or PostgreSQL (prisma/postgres/, issue 18).
// PRISMA_STORE=postgres makes `prisma generate` write the PostgreSQL client without a server URL.
const url = databaseUrl();
const postgres = process.env.PRISMA_STORE === "postgres" || storeKind(url) === "postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url: ensureSqliteFolder(url) });
  },
});
