/**
 * The admin sign-in limits (lib/auth/rate-limit.ts says what they are), kept in the database so
 * every server process on it counts the same failures: behind a load balancer, in-memory limits
 * gave a guesser five free failures per process and a separate global ceiling in each.
 * Each step is one exclusive transaction through the writer (lib/data/writer.ts: SQLite BEGIN
 * IMMEDIATE, PostgreSQL an advisory transaction lock), so two processes answering at once — on
 * one machine or, on PostgreSQL, several — read and move the same rows one after the other.
 *
 * Bounded without a key cap: past the global ceiling failures happen at most one per slow-lane
 * interval, so a window holds a few hundred failure rows, and client rows are dropped once quiet
 * for twice the longest block.
 */
import type { Writer } from "../writer";
import { backoffAfter, GLOBAL, PER_CLIENT, retryAfterS, type LimitVerdict } from "../../auth/limit-rules";

const SQL = {
  client: `SELECT "failures", "blockedUntil", "lastAt" FROM "SignInClient" WHERE "address" = ?`,
  putClient: `INSERT INTO "SignInClient" ("address", "failures", "blockedUntil", "lastAt") VALUES (?, ?, ?, ?)
    ON CONFLICT ("address") DO UPDATE SET "failures" = excluded."failures", "blockedUntil" = excluded."blockedUntil", "lastAt" = excluded."lastAt"`,
  dropClient: `DELETE FROM "SignInClient" WHERE "address" = ?`,
  dropQuietClients: `DELETE FROM "SignInClient" WHERE "lastAt" < ?`,
  recentFailures: `SELECT count(*) AS n FROM "SignInFailure" WHERE "at" > ?`,
  addFailure: `INSERT INTO "SignInFailure" ("at") VALUES (?)`,
  dropOldFailures: `DELETE FROM "SignInFailure" WHERE "at" <= ?`,
  slowLane: `SELECT "nextAt" FROM "SignInSlowLane" WHERE "id" = 1`,
  putSlowLane: `INSERT INTO "SignInSlowLane" ("id", "nextAt") VALUES (1, ?) ON CONFLICT ("id") DO UPDATE SET "nextAt" = excluded."nextAt"`,
};

type ClientRow = { failures: number; blockedUntil: number; lastAt: number };

const ALLOWED: LimitVerdict = { allowed: true, retryAfterS: 0 };

/**
 * Whether `address` may try a token now: its own back-off first, then, past the global ceiling,
 * the slow lane (taking its turn when it is free).
 */
export function signInVerdict(w: Writer, address: string, now = Date.now()): Promise<LimitVerdict> {
  return w.transaction(async (tx): Promise<LimitVerdict> => {
    const own = await tx.get<ClientRow>(SQL.client, [address]);
    if (own && own.blockedUntil > now) return { allowed: false, retryAfterS: retryAfterS(own.blockedUntil, now) };
    if ((await tx.get<{ n: number }>(SQL.recentFailures, [now - GLOBAL.windowMs]))!.n < GLOBAL.max) return ALLOWED;
    const nextAt = (await tx.get<{ nextAt: number }>(SQL.slowLane))?.nextAt ?? 0;
    if (now < nextAt) return { allowed: false, retryAfterS: retryAfterS(nextAt, now) };
    await tx.run(SQL.putSlowLane, [now + GLOBAL.slowIntervalMs]);
    return ALLOWED;
  }, { exclusive: true });
}

/** Counts a wrong token from `address`, for its back-off and for the global ceiling. */
export function recordSignInFailure(w: Writer, address: string, now = Date.now()): Promise<void> {
  return w.transaction(async (tx) => {
    const next = backoffAfter(await tx.get<ClientRow>(SQL.client, [address]), now);
    await tx.run(SQL.putClient, [address, next.failures, next.blockedUntil, now]);
    await tx.run(SQL.addFailure, [now]);
    await tx.run(SQL.dropOldFailures, [now - GLOBAL.windowMs]);
    await tx.run(SQL.dropQuietClients, [now - 2 * PER_CLIENT.maxMs]);
  }, { exclusive: true });
}

/** A right token: the address starts over (the global count keeps its failures). */
export async function clearSignInFailures(w: Writer, address: string): Promise<void> {
  await w.run(SQL.dropClient, [address]);
}

/** Forgets every failure and the slow lane (tests). */
export function forgetSignInLimits(w: Writer): Promise<void> {
  return w.transaction(async (tx) => {
    for (const table of ["SignInClient", "SignInFailure", "SignInSlowLane"]) await tx.run(`DELETE FROM "${table}"`);
  });
}
