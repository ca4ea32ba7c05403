/**
 * One import at a time, across processes; a run killed mid-way (SIGKILL) leaves a consistent
 * database, shows as interrupted, and the next run finishes the job.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reader } from "@/lib/data/dialect";
import { runImport } from "@/lib/data/import/run-import";
import { ImportBusyError } from "@/lib/data/import/types";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let seeds: string;

beforeEach(async () => {
  t = await createTempDb();
  seeds = copySeeds(t.dir);
});
afterEach(async () => {
  await t.cleanup();
});

/** Many copies of the seeds with small edits, so an import takes long enough to interrupt. */
function widen(copies: number): void {
  const files = fs.readdirSync(seeds);
  for (let i = 0; i < copies; i++) {
    for (const f of files) {
      const text = fs.readFileSync(path.join(seeds, f), "utf8");
      fs.writeFileSync(path.join(seeds, `copy-${i}-${f}`), `${text}\n\n第${i}份副本。`);
    }
  }
}

describe("import lock", () => {
  it("refuses a second concurrent run with a clear message", async () => {
    widen(4);
    const first = runImport({ dir: seeds, trigger: "test", triggeredBy: "first" }, { db: t.db, url: t.url });
    // Wait until the first run holds the lock.
    while ((await t.db.importRun.count({ where: { status: "running" } })) === 0) await new Promise((r) => setTimeout(r, 5));
    const second = runImport({ dir: seeds, trigger: "test", triggeredBy: "second" }, { db: t.db, url: t.url });
    await expect(second).rejects.toBeInstanceOf(ImportBusyError);
    await expect(second).rejects.toThrow(/an import is running \(run \d+, started at .*, by first\)/);
    expect((await first).status).toBe("succeeded");
    expect(await t.db.importRun.count()).toBe(1);
  });

  it("survives SIGKILL mid-run: consistent rows, run marked interrupted, next run completes", async () => {
    widen(30);
    const total = fs.readdirSync(seeds).length;
    const child = spawn("npx", ["tsx", "scripts/import.ts", "--dir", seeds, "--quiet"], {
      env: { ...process.env, DATABASE_URL: t.url },
      stdio: "ignore",
      detached: true,
    });
    // Kill once some, but not all, articles are in.
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const n = await t.db.article.count();
      if (n >= 10) break;
    }
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((r) => child.once("exit", r));
    // npx exits first; the importer (a grandchild) may take a moment longer to be torn down,
    // and until then it rightly holds the lock.
    const { pid } = await t.db.importRun.findFirstOrThrow({ where: { status: "running" } });
    const running = (p: number) => {
      try {
        return !/^\d+ \(.*\) [ZX] /.test(fs.readFileSync(`/proc/${p}/stat`, "utf8"));
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && pid !== null && running(pid); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    // On PostgreSQL the lock belongs to the dead importer's server session, which ends once the
    // server reads the closed socket: a moment later on a busy machine.
    if (reader(t.db).kind === "postgres") {
      for (let i = 0; i < 200; i++) {
        const held = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()`;
        if (Number(held[0]?.n ?? 0) === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const partial = await t.db.article.count();
    expect(partial).toBeLessThan(total);
    // Every article row is whole: every saved article has its import item (same transaction).
    const orphans = await t.db.article.count({ where: { importItems: { none: {} } } });
    expect(orphans).toBe(0);

    const s = await runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url });
    expect(s.status).toBe("succeeded");
    expect(s.added + s.duplicates + s.unchanged).toBe(total);
    expect(await t.db.article.count()).toBe(total);
    const runs = await t.db.importRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((r) => r.status)).toEqual(["interrupted", "succeeded"]);
  });
});
