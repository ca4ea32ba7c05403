/** The sign-in limits: rules in limit-rules.ts, state in the database (lib/data/shared-state/sign-in-limits.ts). */
import { db as defaultDb, type Db } from "../db";
import { writer } from "../data/writer";
import { forgetSignInLimits } from "../data/shared-state/sign-in-limits";

export { backoffAfter, GLOBAL, PER_CLIENT, retryAfterS, type LimitVerdict } from "./limit-rules";

/** Forgets every failure (tests): the limits are shared through the database. */
export async function resetSignInLimiters(database: Db = defaultDb()): Promise<void> {
  try {
    await forgetSignInLimits(writer(database));
  } catch (err) {
    // A database not migrated yet has no limits to forget.
    if (!/no such table|does not exist/.test(err instanceof Error ? err.message : String(err))) throw err;
  }
}
