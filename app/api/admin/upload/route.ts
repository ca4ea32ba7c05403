/**
 * POST /api/admin/upload — multipart form with one or more `files` (.txt, .html, .htm, .zip).
 * Validates everything first (names, types, sizes, zip entries; all or nothing), writes the
 * pages below SEEDS_DIR/uploads/, then imports just those files: 202 with the run id and the
 * saved paths (and `renamed`: pages saved under a new name because an earlier upload had theirs);
 * 413 over the request limit (counted while reading); 422 refused with reasons; 409 when an
 * import is running; 507 when the disk is full (nothing saved).
 */
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { guardAdminWrite } from "@/lib/auth/guard";
import { clientIp } from "@/lib/auth/client-ip";
import { importStatus } from "@/lib/data/admin/import-status";
import { saveUploads, UploadWriteError, type SavedUploads } from "@/lib/data/admin/save-uploads";
import { errorResponse } from "@/lib/security/error-response";
import { busyRun, importRunning, invalidBody } from "@/lib/validation/admin-errors";
import { startWebImport } from "@/lib/data/admin/web-import";
import { ImportBusyError } from "@/lib/data/import/types";
import { MAX_REQUEST_BYTES, uploadLimits } from "@/lib/upload/limits";
import { BodyTooLargeError, readCappedBody } from "@/lib/security/read-capped-body";
import { validateUpload, type UploadedFile } from "@/lib/upload/validate-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const refused = await guardAdminWrite(request);
  if (refused) return refused;
  // Refuse before writing anything when an import is running: saved files would sit unimported.
  const status = await importStatus(db());
  if (status.running) {
    return importRunning(status.running, "请等它结束后再上传，这次没有保存任何文件");
  }

  let form: FormData;
  try {
    const body = await readCappedBody(request, MAX_REQUEST_BYTES);
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch (err) {
    if (err instanceof BodyTooLargeError) return errorResponse(413, "body_too_large", `上传的内容太大（上限 ${MAX_REQUEST_BYTES / 1048576} MiB），没有保存任何文件`);
    return invalidBody("需要带文件（files 字段）的 multipart 表单");
  }
  const files: UploadedFile[] = [];
  for (const value of form.getAll("files")) {
    if (typeof value === "string") continue;
    files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  const env = readEnv();
  const verdict = validateUpload(files, uploadLimits(env));
  // `problems`: each refusal's machine `code`, the file it is about, and the Chinese `message` the form shows.
  if (!verdict.ok) return errorResponse(422, "upload_refused", "上传被拒绝，没有保存任何文件", { fields: { problems: verdict.problems } });

  let result: SavedUploads;
  try {
    result = await saveUploads(env.SEEDS_DIR, verdict.pages);
  } catch (err) {
    if (!(err instanceof UploadWriteError)) throw err;
    // The system's own words (ENOSPC …) go to the log; the admin reads Chinese.
    console.error(`upload not saved: ${err.message}`);
    return errorResponse(err.diskFull ? 507 : 500, err.diskFull ? "disk_full" : "write_failed", err.diskFull ? "磁盘已满，没有保存任何文件" : "保存文件失败，没有保存任何文件");
  }
  const { saved, renamed } = result;
  const note = renamed.length ? { renamed, note: `${renamed.length} 个文件与先前上传的文件同名，已另存为新名称，先前的文件保留` } : {};
  try {
    const { runId } = await startWebImport({ dir: env.SEEDS_DIR, triggeredBy: `admin upload (${clientIp(request.headers)})`, only: saved });
    return Response.json({ runId, saved, ...note }, { status: 202 });
  } catch (err) {
    if (!(err instanceof ImportBusyError)) throw err;
    return importRunning(busyRun(err), "文件已保存，下一次导入会包含它们", { saved, ...note });
  }
}
