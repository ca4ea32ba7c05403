/** One sign-in attempt: rate limits (per address, then the global slow lane), constant-time token check, and a new signed session on success. */
import type { Db } from "../db";
import { writer } from "../data/writer";
import { clearSignInFailures, recordSignInFailure, signInVerdict } from "../data/shared-state/sign-in-limits";
import { checkAdminToken } from "./admin-token";
import { createSession, sessionCookieHeader } from "./session";

export type SignInResult =
  | { ok: true; setCookie: string }
  | { ok: false; status: 401 | 429; code: "wrong_token" | "rate_limited"; message: string; retryAfterS?: number };

export async function attemptSignIn(
  db: Db,
  attempt: { token: string; clientIp: string; secure: boolean; origin: string },
  now = Date.now(),
): Promise<SignInResult> {
  // The limits live in the database, so every server process on it counts the same failures.
  const w = writer(db);
  const verdict = await signInVerdict(w, attempt.clientIp, now);
  if (!verdict.allowed) {
    return {
      ok: false,
      status: 429,
      code: "rate_limited",
      message: `登录失败次数过多，请 ${verdict.retryAfterS} 秒后再试`,
      retryAfterS: verdict.retryAfterS,
    };
  }
  if (!(await checkAdminToken(db, attempt.token, attempt.origin))) {
    await recordSignInFailure(w, attempt.clientIp, now);
    return { ok: false, status: 401, code: "wrong_token", message: "令牌不正确" };
  }
  await clearSignInFailures(w, attempt.clientIp);
  return { ok: true, setCookie: sessionCookieHeader(await createSession(db, now), attempt.secure) };
}
