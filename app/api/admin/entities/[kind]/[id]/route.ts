/** POST /api/admin/entities/{company|person}/{id} — JSON `{action: "confirm"|"reject"}` or `{action: "merge", into: slug or name}`. */
import { z } from "zod";
import { db } from "@/lib/db";
import { guardAdminWrite } from "@/lib/auth/guard";
import { BODY_LIMITS, BodyTooLargeError, bodyTooLarge, readCappedText } from "@/lib/security/read-capped-body";
import { decideEntity, EntityDecision, EntityDecisionError, EntityKind } from "@/lib/data/admin/entities";

export const dynamic = "force-dynamic";

const Params = z.object({ kind: EntityKind, id: z.coerce.number().int().positive() });

export async function POST(request: Request, context: { params: Promise<{ kind: string; id: string }> }): Promise<Response> {
  const refused = await guardAdminWrite(request);
  if (refused) return refused;
  const params = Params.safeParse(await context.params);
  if (!params.success) return Response.json({ error: "unknown entity" }, { status: 404 });
  let raw: unknown = null;
  try {
    raw = JSON.parse(await readCappedText(request, BODY_LIMITS.decision));
  } catch (err) {
    if (err instanceof BodyTooLargeError) return bodyTooLarge(err);
  }
  const decision = EntityDecision.safeParse(raw);
  if (!decision.success) return Response.json({ error: "expected {action: confirm|reject} or {action: merge, into}" }, { status: 400 });
  try {
    await decideEntity(db(), params.data.kind, params.data.id, decision.data);
    return Response.json({ ok: true });
  } catch (err) {
    if (err instanceof EntityDecisionError) return Response.json({ error: err.message }, { status: err.status });
    throw err;
  }
}
