/**
 * Imports started from the admin pages, as every server process shows them. The process that
 * runs the import writes its progress here (a few times a second, and at each change of status);
 * the status route of any process reads the latest job, so behind a load balancer the admin's
 * polls see the run whichever process answers them.
 */
import { z } from "zod";
import type { Writer } from "../writer";

const Summary = z.object({
  runId: z.number(),
  status: z.enum(["succeeded", "failed"]),
  total: z.number(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  duplicates: z.number(),
  failed: z.number(),
  missing: z.number(),
  elapsedMs: z.number(),
  failures: z.array(z.object({ path: z.string(), error: z.string() })),
  missingPaths: z.array(z.string()),
});

export const WebImportState = z.object({
  runId: z.number().int().nullable(),
  status: z.enum(["starting", "running", "finished", "crashed"]),
  triggeredBy: z.string(),
  only: z.array(z.string()).nullable(),
  startedAt: z.string(),
  done: z.number(),
  total: z.number(),
  current: z.string().nullable(),
  ratePerSec: z.number(),
  errors: z.array(z.object({ path: z.string(), error: z.string() })),
  summary: Summary.nullable(),
  /** Why the run stopped without a summary (an exception outside any single file, or its process died). */
  crash: z.string().nullable(),
});
export type WebImportState = z.infer<typeof WebImportState>;

/** Jobs kept: the admin page shows the latest; older ones are in ImportRun/ImportItem anyway. */
const KEEP_JOBS = 20;

const SQL = {
  put: `INSERT INTO "WebImportJob" ("runId", "state", "updatedAt") VALUES (?, ?, ?)
    ON CONFLICT ("runId") DO UPDATE SET "state" = excluded."state", "updatedAt" = excluded."updatedAt"`,
  prune: `DELETE FROM "WebImportJob" WHERE "runId" NOT IN (SELECT "runId" FROM "WebImportJob" ORDER BY "runId" DESC LIMIT ?)`,
  latest: `SELECT j."state", r."status" AS "runStatus" FROM "WebImportJob" j LEFT JOIN "ImportRun" r ON r."id" = j."runId" ORDER BY j."runId" DESC LIMIT 1`,
};

/** Saves a job's state under its run id (a job gets its run id once it holds the import lock). */
export async function saveWebImportJob(w: Writer, job: WebImportState & { runId: number }, now = Date.now()): Promise<void> {
  await w.run(SQL.put, [job.runId, JSON.stringify(job), now]);
  if (job.status === "finished" || job.status === "crashed") await w.run(SQL.prune, [KEEP_JOBS]);
}

/**
 * The latest job started from the admin pages, from any process. A job still "running" whose
 * run was marked interrupted (its process died: lib/data/import/lock.ts) shows as crashed.
 */
export async function latestWebImportJob(w: Writer): Promise<WebImportState | null> {
  const row = await w.get<{ state: string; runStatus: string | null }>(SQL.latest);
  if (!row) return null;
  const parsed = WebImportState.safeParse(JSON.parse(row.state));
  if (!parsed.success) return null;
  const job = parsed.data;
  if ((job.status === "running" || job.status === "starting") && row.runStatus === "interrupted") {
    return { ...job, status: "crashed", crash: job.crash ?? "导入进程已退出" };
  }
  return job;
}
