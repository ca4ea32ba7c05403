/**
 * POST /api/admin/entities/{company|person}/{id} — JSON `{action: "confirm"|"reject"}`,
 * `{action: "merge", into: slug or name}`, or `{action: "undo"}` (a confirmed or rejected entity
 * back to review; merges are undone at /api/admin/merges/{id}).
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { guardAdminWrite } from "@/lib/auth/guard";
import { BODY_LIMITS, BodyTooLargeError, bodyTooLarge, readCappedText } from "@/lib/security/read-capped-body";
import { errorResponse } from "@/lib/security/error-response";
import { bodyIssues, invalidBody } from "@/lib/validation/admin-errors";
import { decideEntity, EntityDecision, EntityDecisionError, EntityKind } from "@/lib/data/admin/entities";
import { undoEntityDecision } from "@/lib/data/admin/entity-undo";

export const dynamic = "force-dynamic";

const Params = z.object({ kind: EntityKind, id: z.coerce.number().int().positive() });

export async function POST(request: Request, context: { params: Promise<{ kind: string; id: string }> }): Promise<Response> {
  const refused = await guardAdminWrite(request);
  if (refused) return refused;
  const params = Params.safeParse(await context.params);
  if (!params.success) return errorResponse(404, "not_found", "没有这个实体");
  let raw: unknown = null;
  try {
    raw = JSON.parse(await readCappedText(request, BODY_LIMITS.decision));
  } catch (err) {
    if (err instanceof BodyTooLargeError) return bodyTooLarge(err);
  }
  const decision = EntityDecision.safeParse(raw);
  if (!decision.success) return invalidBody('请求体应为 {"action": "confirm" | "reject"} 或 {"action": "merge", "into": 名称或 slug} 或 {"action": "undo"}', bodyIssues(decision.error));
  try {
    const d = decision.data;
    if (d.action === "undo") await undoEntityDecision(db(), params.data.kind, params.data.id);
    else await decideEntity(db(), params.data.kind, params.data.id, d);
    return Response.json({ ok: true });
  } catch (err) {
    if (err instanceof EntityDecisionError) return errorResponse(err.status, err.code, err.message);
    throw err;
  }
}
