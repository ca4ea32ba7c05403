/**
 * The import lock on PostgreSQL is an advisory lock: two app servers (two clients of one
 * database) cannot both start an import, and a holder whose session dies — a killed process on
 * another machine, where a process id means nothing — no longer blocks: its run shows as
 * interrupted and the next import starts.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireImportLock, currentRun, releaseImportLock } from "@/lib/data/import/lock";
import { ImportBusyError } from "@/lib/data/import/types";
import { createDb, type Db } from "@/lib/db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";

describe.runIf(PG_ENABLED)("import lock on PostgreSQL", () => {
  let t: TempPg;
  let other: Db;
  beforeAll(async () => {
    t = await createTempPg("import_lock_");
    other = createDb(t.url);
  });
  afterAll(async () => {
    await other?.$disconnect();
    await t?.cleanup();
  });

  it("refuses a second import from another server while the first runs, then lets it start", async () => {
    const first = await acquireImportLock(t.db, { trigger: "test", dir: "/a" });
    const refused = await acquireImportLock(other, { trigger: "test", dir: "/b" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportBusyError);
    expect((refused as ImportBusyError).runId).toBe(first);
    expect((await currentRun(other))?.id).toBe(first);
    await releaseImportLock(t.db, first, "succeeded");
    expect(await currentRun(other)).toBeNull();
    const second = await acquireImportLock(other, { trigger: "test", dir: "/b" });
    await releaseImportLock(other, second, "succeeded");
  });

  it("shows a run whose session died as interrupted, and does not let it block", async () => {
    const run = await acquireImportLock(t.db, { trigger: "test", dir: "/a" });
    // The holder's session ends as a lost machine's would.
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    try {
      // pg_locks is server-wide: only this test's database, or another test's (or another
      // project's) import running on the same server would be killed too.
      const killed = await admin.query(
        `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
          WHERE l.locktype = 'advisory' AND l.granted AND l.pid <> pg_backend_pid() AND d.datname = current_database()`,
      );
      expect(killed.rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await currentRun(other)).toBeNull();
    expect((await other.importRun.findUniqueOrThrow({ where: { id: run } })).status).toBe("interrupted");
    const next = await acquireImportLock(other, { trigger: "test", dir: "/b" });
    expect(next).not.toBe(run);
    await releaseImportLock(other, next, "succeeded");
  });
});
