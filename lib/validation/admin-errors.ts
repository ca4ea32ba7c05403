/**
 * The admin routes' error answers, in the API's one contract (errorResponse → errorBody): a
 * stable `code` for programs and tests, a Chinese `message` for the admin. Kept in one place so
 * the sign-in, import, upload and review routes cannot drift back to ad-hoc English bodies.
 */
import type { z } from "zod";
import { errorResponse } from "../security/error-response";
import type { ImportBusyError } from "../data/import/types";
import { issuesOf, type ApiIssue } from "./api-error";

/** A running import, as the 409 answers describe it (from the lock or from ImportBusyError). */
export interface RunningImport {
  id: number;
  startedAt: Date | string;
  trigger: string;
  triggeredBy: string | null;
}

/** The run an ImportBusyError names. */
export function busyRun(err: ImportBusyError): RunningImport {
  return { id: err.runId, startedAt: err.startedAt, trigger: err.trigger, triggeredBy: err.triggeredBy };
}

/** 403: the same-origin check failed (CSRF defence); `reason` says which header gave it away. */
export function crossOriginRefused(reason: string): Response {
  return errorResponse(403, "cross_origin", `跨站请求被拒绝：${reason}`);
}

/** 401: no valid admin session. */
export function signInRequired(): Response {
  return errorResponse(401, "unauthorized", "请先登录管理后台");
}

/** A request body's zod issues; the body as a whole is "(body)", not issuesOf's "(query)". */
export function bodyIssues(error: z.ZodError): ApiIssue[] {
  return issuesOf(error).map((i) => (i.param === "(query)" ? { ...i, param: "(body)" } : i));
}

/** 400: the body is not what the route reads; `expected` says in Chinese what to send. */
export function invalidBody(expected: string, issues: ApiIssue[] = []): Response {
  return errorResponse(400, "invalid_body", expected, { issues });
}

/**
 * 409: another import holds the lock. `runId` (kept from the old body) and `running` let a client
 * follow or report the run; `extra` carries what the caller must still tell (e.g. files saved).
 */
export function importRunning(run: RunningImport, after: string, extra: Record<string, unknown> = {}): Response {
  const startedAt = typeof run.startedAt === "string" ? run.startedAt : run.startedAt.toISOString();
  const by = run.triggeredBy ?? run.trigger;
  return errorResponse(409, "import_running", `已有导入正在运行（运行 #${run.id}，开始于 ${startedAt}，由 ${by} 发起）；${after}`, {
    fields: { ...extra, runId: run.id, running: { id: run.id, startedAt, triggeredBy: by } },
  });
}
