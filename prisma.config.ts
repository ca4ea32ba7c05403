import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/env";
import { ensureSqliteFolder } from "./lib/sqlite-path";

// Prisma 6.19 with the JS engine: no native engine binaries are downloaded (see ../shared/TOOLCHAIN.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaBetterSQLite3({ url: ensureSqliteFolder(databaseUrl()) });
  },
});
