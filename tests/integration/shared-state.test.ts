/**
 * State several server processes share through the database (migration 0019_multi_state): each
 * "process" here is its own writer on one store (a connection to one file, or PostgreSQL's pool),
 * as two `next start` processes would have.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openWriter, type Writer } from "@/lib/data/writer";
import { clearSignInFailures, forgetSignInLimits, recordSignInFailure, signInVerdict } from "@/lib/data/shared-state/sign-in-limits";
import { latestWebImportJob, saveWebImportJob, type WebImportState } from "@/lib/data/shared-state/web-import-jobs";
import { GLOBAL, PER_CLIENT } from "@/lib/auth/limit-rules";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let a: Writer;
let b: Writer;

beforeAll(async () => {
  t = await createTempDb("shared-state-");
  a = openWriter(t.url);
  b = openWriter(t.url);
});

afterAll(async () => {
  await a.close();
  await b.close();
  await t.cleanup();
});

describe("sign-in limits", () => {
  beforeEach(() => forgetSignInLimits(a));

  it("count every failure when both record at once: each step reads and writes alone", async () => {
    const now = 2_000_000;
    await Promise.all(Array.from({ length: 12 }, (_, i) => recordSignInFailure(i % 2 ? a : b, "203.0.113.7", now + i)));
    const row = await a.get<{ failures: number }>(`SELECT "failures" FROM "SignInClient" WHERE "address" = ?`, ["203.0.113.7"]);
    expect(row?.failures).toBe(12);
    expect((await b.get<{ n: number }>(`SELECT count(*) AS n FROM "SignInFailure"`))?.n).toBe(12);
  });

  it("count one address's failures made through either connection together", async () => {
    const now = 1_000_000;
    for (let i = 0; i < PER_CLIENT.free; i++) {
      const conn = i % 2 === 0 ? a : b;
      expect((await signInVerdict(conn, "203.0.113.9", now + i)).allowed).toBe(true);
      await recordSignInFailure(conn, "203.0.113.9", now + i);
    }
    expect(await signInVerdict(a, "203.0.113.9", now + 10)).toEqual({ allowed: false, retryAfterS: 15 });
    expect((await signInVerdict(b, "203.0.113.9", now + 10)).allowed).toBe(false);
    expect((await signInVerdict(b, "198.51.100.1", now + 10)).allowed).toBe(true);
    await clearSignInFailures(b, "203.0.113.9");
    expect((await signInVerdict(a, "203.0.113.9", now + 11)).allowed).toBe(true);
  });

  it("share the global ceiling's slow lane: one attempt per interval across both", async () => {
    const now = 5_000_000;
    for (let i = 0; i < GLOBAL.max; i++) await recordSignInFailure(i % 2 ? a : b, `10.0.${i >> 8}.${i & 255}`, now + i);
    const first = await signInVerdict(a, "192.0.2.1", now + 1000);
    const second = await signInVerdict(b, "192.0.2.2", now + 1001);
    expect(first.allowed).toBe(true);
    expect(second).toEqual({ allowed: false, retryAfterS: 2 });
    expect((await signInVerdict(b, "192.0.2.2", now + 1000 + GLOBAL.slowIntervalMs)).allowed).toBe(true);
    // Failures leave the window, and the ceiling with them.
    await recordSignInFailure(a, "192.0.2.3", now + GLOBAL.windowMs + 10);
    expect((await signInVerdict(b, "192.0.2.4", now + GLOBAL.windowMs + 11)).allowed).toBe(true);
    expect((await signInVerdict(a, "192.0.2.5", now + GLOBAL.windowMs + 12)).allowed).toBe(true);
  });
});

describe("web import jobs", () => {
  const job = (runId: number, status: WebImportState["status"], done: number): WebImportState & { runId: number } => ({
    runId, status, triggeredBy: "admin (127.0.0.1)", only: null, startedAt: new Date(0).toISOString(), done, total: 10, current: done < 10 ? `f${done}.txt` : null,
    ratePerSec: 5, errors: [], summary: null, crash: null,
  });

  it("one connection's progress is what the other reads, latest run first; a run whose process died shows as crashed", async () => {
    expect(await latestWebImportJob(b)).toBeNull();
    const runId = await a.insert(`INSERT INTO "ImportRun" ("trigger", "dir", "status", "startedAt") VALUES ('web', 'x', 'running', '2024-01-01T00:00:00.000+00:00')`);
    await saveWebImportJob(a, job(runId, "running", 3));
    expect(await latestWebImportJob(b)).toMatchObject({ runId, status: "running", done: 3, current: "f3.txt" });
    await saveWebImportJob(a, job(runId, "running", 7));
    expect((await latestWebImportJob(b))?.done).toBe(7);
    await a.run(`UPDATE "ImportRun" SET "status" = 'interrupted' WHERE "id" = ?`, [runId]);
    expect(await latestWebImportJob(b)).toMatchObject({ runId, status: "crashed", crash: "导入进程已退出" });
    await saveWebImportJob(b, job(runId + 1, "finished", 10));
    expect(await latestWebImportJob(a)).toMatchObject({ runId: runId + 1, status: "finished" });
  });
});
