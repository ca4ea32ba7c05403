/**
 * Authorisation for admin route handlers. Each handler calls one of these itself, first thing:
 * middleware is not a guard (a spoofed header once let requests skip Next.js middleware).
 * Returns null when the request may proceed, or the refusal to send.
 */
import type { Db } from "../db";
import { db as defaultDb } from "../db";
import { checkSameOrigin } from "../security/same-origin";
import { crossOriginRefused, signInRequired } from "../validation/admin-errors";
import { sessionFromCookieHeader, verifySession } from "./session";

export async function isAdminRequest(request: Request, db: Db = defaultDb()): Promise<boolean> {
  return verifySession(db, sessionFromCookieHeader(request.headers.get("cookie")));
}

/** For reads (GET): a valid admin session. */
export async function guardAdminRead(request: Request, db: Db = defaultDb()): Promise<Response | null> {
  return (await isAdminRequest(request, db)) ? null : signInRequired();
}

/** For state changes (POST): same origin, then a valid admin session. */
export async function guardAdminWrite(request: Request, db: Db = defaultDb()): Promise<Response | null> {
  const origin = checkSameOrigin(request);
  if (!origin.ok) return crossOriginRefused(origin.reason);
  return guardAdminRead(request, db);
}
