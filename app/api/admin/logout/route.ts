/** POST /api/admin/logout — ends the admin session (clears the cookie). */
import { clearSessionCookieHeader } from "@/lib/auth/session";
import { isHttps } from "@/lib/auth/request-origin";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { crossOriginRefused } from "@/lib/validation/admin-errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const origin = checkSameOrigin(request);
  if (!origin.ok) return crossOriginRefused(origin.reason);
  const setCookie = clearSessionCookieHeader(isHttps(request));
  const form = (request.headers.get("content-type") ?? "").includes("form");
  return form
    ? new Response(null, { status: 303, headers: { "Set-Cookie": setCookie, Location: "/admin/login" } })
    : Response.json({ ok: true }, { headers: { "Set-Cookie": setCookie } });
}
