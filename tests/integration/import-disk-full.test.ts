/**
 * Issue 16, item 8 (the CLI): an import whose database is on a full disk (a real 1.5 MB tmpfs,
 * where the machine lets the test mount one) says "disk full" in one line, exits non-zero and
 * leaves its run marked failed, not running.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { migrate } from "../helpers/temp-db";
import { copySeeds } from "../helpers/temp-db";

let dir: string;
let disk: string;
let mounted = false;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join("/tmp", "import-disk-full-"));
  disk = path.join(dir, "tiny");
  fs.mkdirSync(disk);
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1500k", "tmpfs", disk], { stdio: "ignore" });
    mounted = true;
  } catch {
    mounted = false;
  }
});
afterAll(() => {
  if (mounted) execFileSync("umount", [disk]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a CLI import on a full disk", () => {
  it("says disk full in one line and marks its run failed", async (ctx) => {
    if (!mounted) return ctx.skip("cannot mount a tmpfs here");
    const url = `file:${path.join(disk, "app.db")}`;
    migrate(url);
    const seeds = copySeeds(dir);
    // Enough distinct text that the database cannot hold it all in 1.5 MB.
    for (const f of fs.readdirSync(seeds)) {
      const text = fs.readFileSync(path.join(seeds, f), "utf8");
      for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(seeds, `copy-${i}-${f}`), `${text}\n\n第${i}份副本，补充段落${"，新的内容".repeat(i * 20)}。`);
    }
    const run = spawnSync("npx", ["tsx", "scripts/import.ts", "--dir", seeds, "--quiet"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
    const errLines = run.stderr.split("\n").filter((l) => l.trim() !== "");
    expect(run.status).not.toBe(0);
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(/^disk full: import run \d+ stopped at .*; the run is marked failed/);
    expect(run.stderr).not.toMatch(/prisma|invocation/i);
    const db = createDb(url);
    try {
      const runs = await db.importRun.findMany();
      expect(runs.map((r) => r.status)).toEqual(["failed"]);
    } finally {
      await db.$disconnect();
    }
  });
});
