/** One sign-in attempt: rate limit, constant-time token check, and a new signed session on success. */
import type { Db } from "../db";
import { checkAdminToken } from "./admin-token";
import { signInLimiters } from "./rate-limit";
import { createSession, sessionCookieHeader } from "./session";

export type SignInResult =
  | { ok: true; setCookie: string }
  | { ok: false; status: 401 | 429; error: string; retryAfterS?: number };

export async function attemptSignIn(
  db: Db,
  attempt: { token: string; clientIp: string; secure: boolean; origin: string },
  now = Date.now(),
): Promise<SignInResult> {
  const { perClient, global } = signInLimiters();
  for (const [limiter, key] of [[perClient, attempt.clientIp], [global, "*"]] as const) {
    const verdict = limiter.check(key, now);
    if (!verdict.allowed) {
      return { ok: false, status: 429, error: `too many failed sign-in attempts; try again in ${verdict.retryAfterS} s`, retryAfterS: verdict.retryAfterS };
    }
  }
  if (!(await checkAdminToken(db, attempt.token, attempt.origin))) {
    perClient.fail(attempt.clientIp, now);
    global.fail("*", now);
    return { ok: false, status: 401, error: "wrong token" };
  }
  perClient.reset(attempt.clientIp);
  return { ok: true, setCookie: sessionCookieHeader(await createSession(db, now), attempt.secure) };
}
