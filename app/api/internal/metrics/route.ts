/**
 * GET /api/internal/metrics[?reset=1] — this process's event-loop delay and peak memory, for
 * bench:web. Only with the METRICS_TOKEN secret in the `x-metrics-token` header; otherwise (and
 * always when METRICS_TOKEN is unset) the same JSON 404 as any unknown /api path.
 */
import { z } from "zod";
import { secretsEqual } from "@/lib/auth/constant-time";
import { readEnv } from "@/lib/env";
import { processMetrics } from "@/lib/http/process-metrics";
import { apiError, badRequest, issuesOf } from "@/lib/validation/api-error";
import { flattenParams } from "@/lib/validation/query";

export const dynamic = "force-dynamic";

const Query = z.object({ reset: z.enum(["0", "1"]).default("0") }).strict();

export function GET(request: Request): Response {
  const secret = readEnv().METRICS_TOKEN;
  const given = request.headers.get("x-metrics-token");
  if (!secret || given === null || !secretsEqual(given, secret)) {
    return apiError("not_found", [{ param: "(path)", message: `没有这个接口：${new URL(request.url).pathname}` }]);
  }
  const query = Query.safeParse(flattenParams(new URL(request.url).searchParams));
  if (!query.success) return badRequest(issuesOf(query.error));
  return Response.json(processMetrics(query.data.reset === "1"), { headers: { "Cache-Control": "no-store" } });
}
