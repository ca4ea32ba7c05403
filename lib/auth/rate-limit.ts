/** The sign-in limits: rules in limit-rules.ts, state in the database (lib/data/shared-state/sign-in-limits.ts). */
import { db as defaultDb, type Db } from "../db";
import { readConnection } from "../data/read-connection";
import { forgetSignInLimits } from "../data/shared-state/sign-in-limits";

export { backoffAfter, GLOBAL, PER_CLIENT, retryAfterS, type LimitVerdict } from "./limit-rules";

/** Forgets every failure (tests): the limits are shared through the database. */
export function resetSignInLimiters(database: Db = defaultDb()): void {
  try {
    forgetSignInLimits(readConnection(database));
  } catch (err) {
    // A database not migrated yet has no limits to forget.
    if (!/no such table/.test(err instanceof Error ? err.message : String(err))) throw err;
  }
}
