/**
 * The migrated databases, not just the schema files: after every SQLite migration and every
 * PostgreSQL migration, the same tables hold the same columns with the same nullability. The
 * search table is the one designed difference (FTS5 columns vs one weighted tsvector).
 */
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";

type Columns = Record<string, Record<string, boolean>>;

describe.runIf(PG_ENABLED)("migrated schema parity (SQLite vs PostgreSQL)", () => {
  let lite: TempDb;
  let post: TempPg;
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("parity-"), createTempPg("parity_")]);
  });
  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  function sqliteColumns(): Columns {
    const conn = new Database(lite.url.replace(/^file:/, ""), { readonly: true });
    try {
      const tables = conn.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ArticleSearch%' AND name <> '_prisma_migrations'`).all();
      return Object.fromEntries(tables.map((t) => [t.name, Object.fromEntries(
        conn.prepare<[], { name: string; notnull: number; pk: number }>(`PRAGMA table_info("${t.name}")`).all().map((c) => [c.name, c.notnull === 1 || c.pk === 1]),
      )]));
    } finally {
      conn.close();
    }
  }

  async function postgresColumns(): Promise<Columns> {
    const c = new pg.Client({ connectionString: post.url });
    await c.connect();
    try {
      const rows = (await c.query<{ table_name: string; column_name: string; is_nullable: string }>(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name NOT LIKE 'ArticleSearch%' AND table_name <> '_prisma_migrations'`,
      )).rows;
      const out: Columns = {};
      for (const r of rows) (out[r.table_name] ??= {})[r.column_name] = r.is_nullable === "NO";
      return out;
    } finally {
      await c.end();
    }
  }

  it("has the same tables and columns, with the same nullability", async () => {
    const a = sqliteColumns();
    const b = await postgresColumns();
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(13);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
  });

  it("moves the data generation on a write, as SQLite's triggers do", async () => {
    const before = await post.db.dataGeneration.findUniqueOrThrow({ where: { id: 1 } });
    await post.db.company.create({ data: { slug: "parity-co", name: "测试公司", kind: "company" } });
    const after = await post.db.dataGeneration.findUniqueOrThrow({ where: { id: 1 } });
    expect(after.value).toBeGreaterThan(before.value);
    expect(after.changedAt).toBeGreaterThanOrEqual(before.changedAt);
  });

  it("lets only one import run at a time (the partial unique index)", async () => {
    await post.db.importRun.create({ data: { trigger: "test", dir: "/a", status: "running" } });
    await expect(post.db.importRun.create({ data: { trigger: "test", dir: "/b", status: "running" } })).rejects.toThrow();
  });
});
