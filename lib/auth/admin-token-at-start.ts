/**
 * At server start, make sure an admin token exists, so a generated one is printed in the log
 * right away rather than on the first visit to /admin. Failures only warn: the site must still
 * serve readers (e.g. before the database is migrated), and /admin retries on first use.
 */
import { db } from "../db";
import { ensureAdminToken } from "./admin-token";

export async function ensureAdminTokenAtStart(): Promise<void> {
  try {
    await ensureAdminToken(db(), `http://localhost:${process.env.PORT ?? "3000"}`);
  } catch (err) {
    console.warn(`[admin] could not prepare the admin token at start: ${err instanceof Error ? err.message : String(err)}`);
  }
}
