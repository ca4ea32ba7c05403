/**
 * State several server processes share through the database (migration 0019_multi_state): each
 * "process" here is its own connection to one file, as two `next start` processes would have.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { clearSignInFailures, forgetSignInLimits, recordSignInFailure, signInVerdict } from "@/lib/data/shared-state/sign-in-limits";
import { latestWebImportJob, saveWebImportJob, type WebImportState } from "@/lib/data/shared-state/web-import-jobs";
import { GLOBAL, PER_CLIENT } from "@/lib/auth/limit-rules";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let a: Sqlite;
let b: Sqlite;

beforeAll(async () => {
  t = await createTempDb("shared-state-");
  a = openSqlite(t.url);
  b = openSqlite(t.url);
});

afterAll(async () => {
  a.close();
  b.close();
  await t.cleanup();
});

describe("sign-in limits", () => {
  beforeEach(() => forgetSignInLimits(a));

  it("count one address's failures made through either connection together", () => {
    const now = 1_000_000;
    for (let i = 0; i < PER_CLIENT.free; i++) {
      const conn = i % 2 === 0 ? a : b;
      expect(signInVerdict(conn, "203.0.113.9", now + i).allowed).toBe(true);
      recordSignInFailure(conn, "203.0.113.9", now + i);
    }
    expect(signInVerdict(a, "203.0.113.9", now + 10)).toEqual({ allowed: false, retryAfterS: 15 });
    expect(signInVerdict(b, "203.0.113.9", now + 10).allowed).toBe(false);
    expect(signInVerdict(b, "198.51.100.1", now + 10).allowed).toBe(true);
    clearSignInFailures(b, "203.0.113.9");
    expect(signInVerdict(a, "203.0.113.9", now + 11).allowed).toBe(true);
  });

  it("share the global ceiling's slow lane: one attempt per interval across both", () => {
    const now = 5_000_000;
    for (let i = 0; i < GLOBAL.max; i++) recordSignInFailure(i % 2 ? a : b, `10.0.${i >> 8}.${i & 255}`, now + i);
    const first = signInVerdict(a, "192.0.2.1", now + 1000);
    const second = signInVerdict(b, "192.0.2.2", now + 1001);
    expect(first.allowed).toBe(true);
    expect(second).toEqual({ allowed: false, retryAfterS: 2 });
    expect(signInVerdict(b, "192.0.2.2", now + 1000 + GLOBAL.slowIntervalMs).allowed).toBe(true);
    // Failures leave the window, and the ceiling with them.
    recordSignInFailure(a, "192.0.2.3", now + GLOBAL.windowMs + 10);
    expect(signInVerdict(b, "192.0.2.4", now + GLOBAL.windowMs + 11).allowed).toBe(true);
    expect(signInVerdict(a, "192.0.2.5", now + GLOBAL.windowMs + 12).allowed).toBe(true);
  });
});

describe("web import jobs", () => {
  const job = (runId: number, status: WebImportState["status"], done: number): WebImportState & { runId: number } => ({
    runId, status, triggeredBy: "admin (127.0.0.1)", only: null, startedAt: new Date(0).toISOString(), done, total: 10, current: done < 10 ? `f${done}.txt` : null,
    ratePerSec: 5, errors: [], summary: null, crash: null,
  });

  it("one connection's progress is what the other reads, latest run first; a run whose process died shows as crashed", () => {
    expect(latestWebImportJob(b)).toBeNull();
    const run = a.prepare(`INSERT INTO "ImportRun" ("trigger", "dir", "status", "startedAt") VALUES ('web', 'x', 'running', '2024-01-01T00:00:00.000+00:00')`).run();
    const runId = Number(run.lastInsertRowid);
    saveWebImportJob(a, job(runId, "running", 3));
    expect(latestWebImportJob(b)).toMatchObject({ runId, status: "running", done: 3, current: "f3.txt" });
    saveWebImportJob(a, job(runId, "running", 7));
    expect(latestWebImportJob(b)?.done).toBe(7);
    a.prepare(`UPDATE "ImportRun" SET "status" = 'interrupted' WHERE "id" = ?`).run(runId);
    expect(latestWebImportJob(b)).toMatchObject({ runId, status: "crashed", crash: "导入进程已退出" });
    saveWebImportJob(b, job(runId + 1, "finished", 10));
    expect(latestWebImportJob(a)).toMatchObject({ runId: runId + 1, status: "finished" });
  });
});
