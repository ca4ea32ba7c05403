/** POST /api/admin/login — sign in with the admin token (JSON `{token}` or a form field `token`). */
import { z } from "zod";
import { db } from "@/lib/db";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/auth/client-ip";
import { isHttps, requestOrigin } from "@/lib/auth/request-origin";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { errorResponse } from "@/lib/security/error-response";
import { bodyIssues, crossOriginRefused, invalidBody } from "@/lib/validation/admin-errors";
import { BODY_LIMITS, BodyTooLargeError, bodyTooLarge, readCappedBody } from "@/lib/security/read-capped-body";

export const dynamic = "force-dynamic";

const SignInBody = z.object({ token: z.string().trim().min(1, "令牌不能为空").max(512) });

/** The body as JSON or form fields, read under a few KB (throws BodyTooLargeError past it). */
async function readBody(request: Request): Promise<{ form: boolean; data: unknown }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json") && !type.includes("form")) return { form: false, data: null };
  const bytes = await readCappedBody(request, BODY_LIMITS.signIn);
  if (type.includes("application/json")) {
    try {
      return { form: false, data: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch {
      return { form: false, data: null };
    }
  }
  const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => null);
  return { form: true, data: form ? Object.fromEntries(form.entries()) : null };
}

export async function POST(request: Request): Promise<Response> {
  const origin = checkSameOrigin(request);
  if (!origin.ok) return crossOriginRefused(origin.reason);
  let read: { form: boolean; data: unknown };
  try {
    read = await readBody(request);
  } catch (err) {
    if (err instanceof BodyTooLargeError) return bodyTooLarge(err);
    throw err;
  }
  const { form, data } = read;
  const body = SignInBody.safeParse(data);
  if (!body.success) return invalidBody('请以 JSON {"token": …} 或表单字段 token 发送令牌', bodyIssues(body.error));

  const result = await attemptSignIn(db(), {
    token: body.data.token,
    clientIp: clientIp(request.headers),
    secure: isHttps(request),
    origin: requestOrigin(request),
  });
  if (result.ok) {
    const headers = { "Set-Cookie": result.setCookie, "Cache-Control": "no-store" };
    // A plain HTML form (no JavaScript) lands on the admin page; fetch callers get JSON.
    return form ? new Response(null, { status: 303, headers: { ...headers, Location: "/admin" } }) : Response.json({ ok: true }, { headers });
  }
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (result.retryAfterS) headers["Retry-After"] = String(result.retryAfterS);
  if (form) {
    const code = result.status === 429 ? "limited" : "invalid";
    return new Response(null, { status: 303, headers: { ...headers, Location: `/admin/login?error=${code}` } });
  }
  return errorResponse(result.status, result.code, result.message, { headers });
}
