/**
 * The admin sign-in token. ADMIN_TOKEN from the environment wins; otherwise a random token is
 * generated the first time one is needed, only its SHA-256 is stored (Setting table, with the
 * database, never in the repository), and the plain token is printed once in the server log
 * together with the sign-in URL. `npx tsx scripts/admin-token.ts` rotates it.
 */
import crypto from "node:crypto";
import type { Db } from "../db";
import { readEnv } from "../env";
import { matchesDigest, sha256 } from "./constant-time";

export const TOKEN_HASH_KEY = "admin.tokenHash";
/** Key material for signing session cookies; replaced on rotation so old sessions die with the old token. */
export const SESSION_SECRET_KEY = "admin.sessionSecret";

export interface TokenState {
  /** Where the valid token comes from. */
  source: "env" | "database";
  /** SHA-256 (hex) of the valid token. */
  digest: string;
}

function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

function announce(token: string, origin: string | undefined, why: string): void {
  const url = `${origin ?? ""}/admin/login`;
  // Printed once, on purpose: the token is not stored anywhere in plain form.
  console.log(
    `\n[admin] ${why}. Sign-in token (shown only now): ${token}\n[admin] Sign in at ${url} — to replace it run: npx tsx scripts/admin-token.ts\n`,
  );
}

/**
 * The current token's digest, generating (and printing) a token when there is none yet.
 * `origin` (e.g. "http://localhost:3000") makes the printed sign-in URL complete.
 */
export async function ensureAdminToken(db: Db, origin?: string, env = readEnv()): Promise<TokenState> {
  if (env.ADMIN_TOKEN) return { source: "env", digest: sha256(env.ADMIN_TOKEN).toString("hex") };
  const existing = await db.setting.findUnique({ where: { key: TOKEN_HASH_KEY } });
  if (existing) return { source: "database", digest: existing.value };
  const token = newToken();
  const digest = sha256(token).toString("hex");
  try {
    await db.setting.create({ data: { key: TOKEN_HASH_KEY, value: digest } });
  } catch {
    // Another request (or process) created it first: theirs is the token, ours was never valid.
    const winner = await db.setting.findUnique({ where: { key: TOKEN_HASH_KEY } });
    if (winner) return { source: "database", digest: winner.value };
    throw new Error("could not store the admin token");
  }
  announce(token, origin, "No ADMIN_TOKEN is set, so one was generated");
  return { source: "database", digest };
}

/** Replaces the stored token (and the session key, signing everyone out) and returns the new plain token. */
export async function rotateAdminToken(db: Db): Promise<string> {
  const token = newToken();
  const digest = sha256(token).toString("hex");
  const secret = crypto.randomBytes(32).toString("hex");
  await db.$transaction([
    db.setting.upsert({ where: { key: TOKEN_HASH_KEY }, create: { key: TOKEN_HASH_KEY, value: digest }, update: { value: digest } }),
    db.setting.upsert({ where: { key: SESSION_SECRET_KEY }, create: { key: SESSION_SECRET_KEY, value: secret }, update: { value: secret } }),
  ]);
  return token;
}

/** True when `candidate` is the admin token (constant time). */
export async function checkAdminToken(db: Db, candidate: string, origin?: string, env = readEnv()): Promise<boolean> {
  const state = await ensureAdminToken(db, origin, env);
  return matchesDigest(candidate, state.digest);
}
