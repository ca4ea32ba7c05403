/**
 * The admin import runs in a child process (lib/data/admin/web-import-child.ts): its progress is
 * in the database while it runs, its result is the in-process importer's, and a child that dies
 * mid-run is reported as crashed with a clear reason, its run no longer holds the lock, and every
 * article it saved is whole (its import item, mentions and story row written with it).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { settleWebImport, startWebImport, webImportState } from "@/lib/data/admin/web-import";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { currentRun } from "@/lib/data/import/lock";
import { openSqlite } from "@/lib/data/sqlite";
import { seedParagraphs } from "@/lib/bench/ensure-bench-db";
import { syntheticCorpus } from "@/lib/bench/synthetic-corpus";

// The importer writes through better-sqlite3; its PostgreSQL port is another change.
const describeSqlite = TEST_STORE === "sqlite" ? describe : describe.skip;

let child: TempDb;
let here: TempDb;

beforeAll(async () => {
  child = await createTempDb("web-import-child-");
  here = await createTempDb("web-import-here-");
});
afterAll(async () => {
  await settleWebImport();
  await child.cleanup();
  await here.cleanup();
});

function articles(url: string): { path: string; title: string; body: string; source: string | null }[] {
  const conn = openSqlite(url);
  try {
    return conn.prepare(`SELECT "path", "title", "body", "source" FROM "Article" ORDER BY "path"`).all() as { path: string; title: string; body: string; source: string | null }[];
  } finally {
    conn.close();
  }
}

describeSqlite("the admin import's child process", () => {
  it("imports what the in-process importer imports, and its progress and summary are in the database", async () => {
    const seeds = copySeeds(child.dir);
    const { runId } = await startWebImport({ dir: seeds, triggeredBy: "test" }, { db: child.db });
    const run = await child.db.importRun.findUniqueOrThrow({ where: { id: runId } });
    // The run holds the lock from another process than this one.
    expect(run.pid).not.toBe(process.pid);
    const job = await settleWebImport();
    expect(job?.status).toBe("finished");
    const shown = await webImportState(child.db);
    expect(shown?.runId).toBe(runId);
    expect(shown?.status).toBe("finished");
    expect(shown?.summary?.total).toBe(fs.readdirSync(seeds).length);

    const inProcess = await runImport({ dir: copySeeds(here.dir), trigger: "test" }, { ...defaultImportDeps, db: here.db, url: here.url });
    expect(shown?.summary?.added).toBe(inProcess.added);
    expect(articles(child.url)).toEqual(articles(here.url));
    expect(articles(child.url).length).toBeGreaterThan(0);
  });

  it("reports a child killed mid-run as crashed, frees the lock and leaves only whole articles", async () => {
    const dir = path.join(child.dir, "many");
    fs.mkdirSync(dir);
    for (const page of syntheticCorpus({ count: 400, paragraphs: seedParagraphs(), seed: 7 })) fs.writeFileSync(path.join(dir, page.name), page.bytes);
    const { runId } = await startWebImport({ dir, triggeredBy: "test" }, { db: child.db });
    const { pid } = await child.db.importRun.findUniqueOrThrow({ where: { id: runId } });
    // Progress written by the child is what any server process reads.
    let seen = await webImportState(child.db);
    while (!seen || seen.runId !== runId || seen.done < 3) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await webImportState(child.db);
    }
    expect(seen.status).toBe("running");
    expect(seen.total).toBe(400);
    process.kill(pid!, "SIGKILL");

    const job = await settleWebImport();
    expect(job?.status).toBe("crashed");
    expect(job?.crash).toContain("SIGKILL");
    const shown = await webImportState(child.db);
    expect(shown?.status).toBe("crashed");
    expect(shown?.crash).toContain("导入子进程意外退出");
    expect(await currentRun(child.db)).toBeNull();
    expect((await child.db.importRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("interrupted");

    const conn = openSqlite(child.url);
    try {
      expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
      // Each article of the killed run came with its item and story row (one transaction per file).
      const saved = conn.prepare(`SELECT count(*) AS n FROM "ImportItem" WHERE "runId" = ? AND "status" = 'added'`).get(runId) as { n: number };
      const whole = conn
        .prepare(`SELECT count(*) AS n FROM "ImportItem" i JOIN "Article" a ON a."id" = i."articleId" JOIN "ArticleStory" s ON s."articleId" = a."id" WHERE i."runId" = ? AND i."status" = 'added'`)
        .get(runId) as { n: number };
      expect(saved.n).toBeGreaterThanOrEqual(1);
      expect(saved.n).toBeLessThan(400);
      expect(whole.n).toBe(saved.n);
      const orphans = conn.prepare(`SELECT count(*) AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ImportItem" i WHERE i."articleId" = a."id")`).get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      conn.close();
    }
    // The lock is free: the next import starts.
    const next = await startWebImport({ dir: copySeeds(path.join(child.dir, "again")), triggeredBy: "test" }, { db: child.db });
    expect(next.runId).toBeGreaterThan(runId);
    expect((await settleWebImport())?.status).toBe("finished");
  });

  it("reports a run that cannot start as an error of the start", async () => {
    // Whether the child fails before or after the parent saw its run row, the reason reaches the caller.
    const reason = await startWebImport({ dir: path.join(child.dir, "no-such-folder"), triggeredBy: "test" }, { db: child.db }).then(
      async () => (await settleWebImport())?.crash ?? "",
      (err: Error) => err.message,
    );
    expect(reason).toMatch(/no such file or directory/i);
    expect(await currentRun(child.db)).toBeNull();
  });
});
