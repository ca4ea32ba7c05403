/** POST /api/admin/merges/{id} — JSON `{action: "undo"}`: forget a merge (the name is reviewed again after the next import). */
import { z } from "zod";
import { db } from "@/lib/db";
import { guardAdminWrite } from "@/lib/auth/guard";
import { BODY_LIMITS, BodyTooLargeError, bodyTooLarge, readCappedText } from "@/lib/security/read-capped-body";
import { errorResponse } from "@/lib/security/error-response";
import { bodyIssues, invalidBody } from "@/lib/validation/admin-errors";
import { EntityDecisionError } from "@/lib/data/admin/entities";
import { undoMerge } from "@/lib/data/admin/entity-undo";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const UndoBody = z.object({ action: z.literal("undo") }).strict();

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const refused = await guardAdminWrite(request);
  if (refused) return refused;
  const params = Params.safeParse(await context.params);
  if (!params.success) return errorResponse(404, "not_found", "没有这条合并记录");
  let raw: unknown = null;
  try {
    raw = JSON.parse(await readCappedText(request, BODY_LIMITS.decision));
  } catch (err) {
    if (err instanceof BodyTooLargeError) return bodyTooLarge(err);
  }
  const body = UndoBody.safeParse(raw);
  if (!body.success) return invalidBody('请求体应为 {"action": "undo"}', bodyIssues(body.error));
  try {
    await undoMerge(db(), params.data.id);
    return Response.json({ ok: true });
  } catch (err) {
    if (err instanceof EntityDecisionError) return errorResponse(err.status, err.code, err.message);
    throw err;
  }
}
