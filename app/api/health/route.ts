/** GET /api/health — 200 {ok: true} when the database answers, 503 {ok: false, error} when not. */
import { NextResponse } from "next/server";
import { databaseHealth } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export function GET(): NextResponse {
  const health = databaseHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
