/**
 * Signed admin session cookies. The cookie holds issue time, a random nonce and an HMAC — never
 * the token. The HMAC key mixes a random secret kept in the database with the token's digest,
 * so rotating the token (or changing ADMIN_TOKEN) signs everyone out.
 */
import crypto from "node:crypto";
import type { Db } from "../db";
import { readEnv } from "../env";
import { ensureAdminToken, SESSION_SECRET_KEY } from "./admin-token";

export const SESSION_COOKIE = "admin_session";
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

async function sessionSecret(db: Db): Promise<string> {
  const found = await db.setting.findUnique({ where: { key: SESSION_SECRET_KEY } });
  if (found) return found.value;
  const value = crypto.randomBytes(32).toString("hex");
  try {
    await db.setting.create({ data: { key: SESSION_SECRET_KEY, value } });
    return value;
  } catch {
    const winner = await db.setting.findUnique({ where: { key: SESSION_SECRET_KEY } });
    if (!winner) throw new Error("could not store the session secret");
    return winner.value;
  }
}

async function signingKey(db: Db, env = readEnv()): Promise<Buffer> {
  const [secret, token] = await Promise.all([sessionSecret(db), ensureAdminToken(db, undefined, env)]);
  return crypto.createHmac("sha256", secret).update(token.digest).digest();
}

function mac(key: Buffer, payload: string): Buffer {
  return crypto.createHmac("sha256", key).update(payload).digest();
}

/** A new session value for the cookie. */
export async function createSession(db: Db, now = Date.now(), env = readEnv()): Promise<string> {
  const payload = `v1.${Math.floor(now / 1000)}.${crypto.randomBytes(16).toString("base64url")}`;
  return `${payload}.${mac(await signingKey(db, env), payload).toString("base64url")}`;
}

/** True when `value` is a session this server signed, with the current key, less than SESSION_MAX_AGE_S old. */
export async function verifySession(db: Db, value: string | undefined, now = Date.now(), env = readEnv()): Promise<boolean> {
  if (!value) return false;
  const m = /^(v1\.(\d{1,12})\.[A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m) return false;
  const [, payload, issued, sig] = m as unknown as [string, string, string, string];
  const age = now / 1000 - Number(issued);
  if (age < -60 || age > SESSION_MAX_AGE_S) return false;
  const given = Buffer.from(sig, "base64url");
  const expected = mac(await signingKey(db, env), payload);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** Set-Cookie header value for a new session. Secure when the request came over HTTPS. */
export function sessionCookieHeader(value: string, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    "Path=/",
    `Max-Age=${SESSION_MAX_AGE_S}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

/** Set-Cookie header value that removes the session cookie. */
export function clearSessionCookieHeader(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "Max-Age=0", "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])].join("; ");
}

/** The session cookie's value from a Cookie request header. */
export function sessionFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}
