/** One sign-in attempt: rate limits (per address, then the global slow lane), constant-time token check, and a new signed session on success. */
import type { Db } from "../db";
import { checkAdminToken } from "./admin-token";
import { signInLimiters } from "./rate-limit";
import { createSession, sessionCookieHeader } from "./session";

export type SignInResult =
  | { ok: true; setCookie: string }
  | { ok: false; status: 401 | 429; code: "wrong_token" | "rate_limited"; message: string; retryAfterS?: number };

export async function attemptSignIn(
  db: Db,
  attempt: { token: string; clientIp: string; secure: boolean; origin: string },
  now = Date.now(),
): Promise<SignInResult> {
  const { perClient, global, slowLane } = signInLimiters();
  const limited = (verdict: { retryAfterS: number }): SignInResult => ({
    ok: false,
    status: 429,
    code: "rate_limited",
    message: `登录失败次数过多，请 ${verdict.retryAfterS} 秒后再试`,
    retryAfterS: verdict.retryAfterS,
  });
  const own = perClient.check(attempt.clientIp, now);
  if (!own.allowed) return limited(own);
  // Over the global ceiling the attempt still happens, one at a time every few seconds.
  if (!global.check("*", now).allowed) {
    const lane = slowLane.take(now);
    if (!lane.allowed) return limited(lane);
  }
  if (!(await checkAdminToken(db, attempt.token, attempt.origin))) {
    perClient.fail(attempt.clientIp, now);
    global.fail("*", now);
    return { ok: false, status: 401, code: "wrong_token", message: "令牌不正确" };
  }
  perClient.reset(attempt.clientIp);
  return { ok: true, setCookie: sessionCookieHeader(await createSession(db, now), attempt.secure) };
}
