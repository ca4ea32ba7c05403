/**
 * GET /api/health — 200 {ok: true} when the database answers what the pages need, 503 {ok: false,
 * error} when not (damaged, read-only, no tables). `?check=quick` adds SQLite's quick_check.
 */
import { NextResponse } from "next/server";
import { storeHealth } from "@/lib/data/health";
import { errorResponse } from "@/lib/security/error-response";
import { HealthQuery } from "@/lib/api/routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const query = HealthQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return errorResponse(400, "invalid_parameters", "请求参数有误", { issues: [{ param: "check", message: "只能是 quick 或不填" }] });
  const health = await storeHealth(undefined, { quickCheck: query.data.check === "quick" });
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
