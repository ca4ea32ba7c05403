/**
 * Issue 16, item 9, on real SQLite files: health says no on a file with random bytes in its
 * middle (it said ok while every content route answered 500) and reports a read-only database
 * (it said ok while sign-in answered 500).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "@/lib/db";
import { databaseHealth } from "@/lib/data/health";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { openSqlite } from "@/lib/data/sqlite";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let imported: string;

/** A copy of the imported database as one file (the WAL folded in), at `name` in a folder of its own. */
function copyOf(name: string): string {
  const dir = path.join(t.dir, name);
  fs.mkdirSync(dir);
  const file = path.join(dir, "app.db");
  fs.copyFileSync(imported, file);
  return file;
}

/** Deterministic "random" bytes (a linear congruential generator), so the test damages the same pages every run. */
function noise(length: number, seed = 12345): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

beforeAll(async () => {
  t = await createTempDb("health-damage-");
  await runImport({ dir: copySeeds(t.dir), trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });
  const conn = openSqlite(t.url);
  conn.pragma("wal_checkpoint(TRUNCATE)");
  conn.close();
  imported = t.url.replace(/^file:/, "");
});
afterAll(async () => {
  await t.cleanup();
});

describe("health on a damaged database", () => {
  it("is ok on the intact copy", async () => {
    const db = createDb(`file:${copyOf("intact")}`);
    try {
      expect(databaseHealth(db, { quickCheck: true })).toMatchObject({ ok: true, readOnly: false, quickCheck: "ok" });
    } finally {
      await db.$disconnect();
    }
  });

  it("says no when the middle of the file is random bytes", async () => {
    const file = copyOf("damaged");
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, "r+");
    fs.writeSync(fd, noise(Math.floor(size * 0.2)), 0, Math.floor(size * 0.2), Math.floor(size * 0.4));
    fs.closeSync(fd);
    const db = createDb(`file:${file}`);
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(databaseHealth(db)).toMatchObject({ ok: false });
      expect(databaseHealth(db, { quickCheck: true })).toMatchObject({ ok: false });
    } finally {
      err.mockRestore();
      await db.$disconnect();
    }
  });
});

describe("health on a read-only database", () => {
  it("reports read-only (503), though pages can still be read", () => {
    const file = copyOf("readonly");
    fs.chmodSync(file, 0o444);
    // root writes through file modes, so as root the check runs as nobody (the folder stays writable for the WAL's files).
    fs.chmodSync(path.dirname(file), 0o777);
    fs.chmodSync(t.dir, 0o755);
    const script = `
      const { createDb } = require("./lib/db");
      const { databaseHealth } = require("./lib/data/health");
      const db = createDb(${JSON.stringify(`file:${file}`)});
      process.stdout.write(JSON.stringify(databaseHealth(db)));
    `;
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync("node", ["--import", "tsx", "-e", script], {
      cwd: process.cwd(),
      env: { ...process.env, HOME: path.dirname(file), TSX_TSCONFIG_PATH: path.resolve("tsconfig.json") },
      encoding: "utf8",
      ...asNobody,
    });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, readOnly: true });
  });
});
