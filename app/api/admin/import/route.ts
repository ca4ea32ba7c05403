/**
 * GET  /api/admin/import — progress of the current import and the last web import's summary.
 * POST /api/admin/import — start an import of the seeds folder (JSON `{only?: [paths]}` re-runs
 *      single files); 202 with the run id, 409 when an import is already running.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { guardAdminRead, guardAdminWrite } from "@/lib/auth/guard";
import { clientIp } from "@/lib/auth/client-ip";
import { importStatus } from "@/lib/data/admin/import-status";
import { startWebImport } from "@/lib/data/admin/web-import";
import { ImportBusyError } from "@/lib/data/import/types";
import { sanitizeRelativePath } from "@/lib/upload/names";
import { bodyIssues, busyRun, importRunning, invalidBody } from "@/lib/validation/admin-errors";
import { BODY_LIMITS, BodyTooLargeError, bodyTooLarge, readCappedText } from "@/lib/security/read-capped-body";

export const dynamic = "force-dynamic";

const SeedPath = z
  .string()
  .min(1)
  .max(1000)
  .refine((p) => {
    const safe = sanitizeRelativePath(p);
    return safe.ok && safe.path === p;
  }, "不是种子文件夹内的安全路径");
const StartBody = z.object({ only: z.array(SeedPath).min(1).max(1000).optional() }).strict();

export async function GET(request: Request): Promise<Response> {
  const refused = await guardAdminRead(request);
  if (refused) return refused;
  return Response.json(await importStatus(db()), { headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const refused = await guardAdminWrite(request);
  if (refused) return refused;
  let text: string;
  try {
    text = await readCappedText(request, BODY_LIMITS.importStart);
  } catch (err) {
    if (err instanceof BodyTooLargeError) return bodyTooLarge(err);
    throw err;
  }
  let raw: unknown = {};
  if (text.trim()) {
    try {
      raw = JSON.parse(text);
    } catch {
      return invalidBody("请求体必须是 JSON");
    }
  }
  const body = StartBody.safeParse(raw);
  if (!body.success) return invalidBody('请求体应为 {} 或 {"only": [种子文件夹内的路径]}', bodyIssues(body.error));
  try {
    const { runId } = await startWebImport({ dir: readEnv().SEEDS_DIR, triggeredBy: `admin (${clientIp(request.headers)})`, only: body.data.only });
    return Response.json({ runId }, { status: 202 });
  } catch (err) {
    if (err instanceof ImportBusyError) return importRunning(busyRun(err), "请等它结束后再试");
    throw err;
  }
}
