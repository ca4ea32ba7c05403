/**
 * The admin sign-in limits (lib/auth/rate-limit.ts says what they are), kept in the database so
 * every server process on it counts the same failures: behind a load balancer, in-memory limits
 * gave a guesser five free failures per process and a separate global ceiling in each.
 * Each step is one IMMEDIATE transaction on the direct connection, so two processes answering
 * at once read and move the same rows one after the other.
 *
 * Bounded without a key cap: past the global ceiling failures happen at most one per slow-lane
 * interval, so a window holds a few hundred failure rows, and client rows are dropped once quiet
 * for twice the longest block.
 */
import type { Sqlite } from "../sqlite";
import { perConnection } from "../per-connection";
import { backoffAfter, GLOBAL, PER_CLIENT, retryAfterS, type LimitVerdict } from "../../auth/limit-rules";

const statements = perConnection((conn: Sqlite) => ({
  client: conn.prepare<[string], { failures: number; blockedUntil: number; lastAt: number }>(
    `SELECT "failures", "blockedUntil", "lastAt" FROM "SignInClient" WHERE "address" = ?`,
  ),
  putClient: conn.prepare<[string, number, number, number]>(
    `INSERT INTO "SignInClient" ("address", "failures", "blockedUntil", "lastAt") VALUES (?, ?, ?, ?)
     ON CONFLICT ("address") DO UPDATE SET "failures" = excluded."failures", "blockedUntil" = excluded."blockedUntil", "lastAt" = excluded."lastAt"`,
  ),
  dropClient: conn.prepare<[string]>(`DELETE FROM "SignInClient" WHERE "address" = ?`),
  dropQuietClients: conn.prepare<[number]>(`DELETE FROM "SignInClient" WHERE "lastAt" < ?`),
  recentFailures: conn.prepare<[number], { n: number }>(`SELECT count(*) AS n FROM "SignInFailure" WHERE "at" > ?`),
  addFailure: conn.prepare<[number]>(`INSERT INTO "SignInFailure" ("at") VALUES (?)`),
  dropOldFailures: conn.prepare<[number]>(`DELETE FROM "SignInFailure" WHERE "at" <= ?`),
  slowLane: conn.prepare<[], { nextAt: number }>(`SELECT "nextAt" FROM "SignInSlowLane" WHERE "id" = 1`),
  putSlowLane: conn.prepare<[number]>(
    `INSERT INTO "SignInSlowLane" ("id", "nextAt") VALUES (1, ?) ON CONFLICT ("id") DO UPDATE SET "nextAt" = excluded."nextAt"`,
  ),
}));

const ALLOWED: LimitVerdict = { allowed: true, retryAfterS: 0 };

/**
 * Whether `address` may try a token now: its own back-off first, then, past the global ceiling,
 * the slow lane (taking its turn when it is free).
 */
export function signInVerdict(conn: Sqlite, address: string, now = Date.now()): LimitVerdict {
  const s = statements(conn);
  return conn
    .transaction((): LimitVerdict => {
      const own = s.client.get(address);
      if (own && own.blockedUntil > now) return { allowed: false, retryAfterS: retryAfterS(own.blockedUntil, now) };
      if (s.recentFailures.get(now - GLOBAL.windowMs)!.n < GLOBAL.max) return ALLOWED;
      const nextAt = s.slowLane.get()?.nextAt ?? 0;
      if (now < nextAt) return { allowed: false, retryAfterS: retryAfterS(nextAt, now) };
      s.putSlowLane.run(now + GLOBAL.slowIntervalMs);
      return ALLOWED;
    })
    .immediate();
}

/** Counts a wrong token from `address`, for its back-off and for the global ceiling. */
export function recordSignInFailure(conn: Sqlite, address: string, now = Date.now()): void {
  const s = statements(conn);
  conn
    .transaction(() => {
      const next = backoffAfter(s.client.get(address), now);
      s.putClient.run(address, next.failures, next.blockedUntil, now);
      s.addFailure.run(now);
      s.dropOldFailures.run(now - GLOBAL.windowMs);
      s.dropQuietClients.run(now - 2 * PER_CLIENT.maxMs);
    })
    .immediate();
}

/** A right token: the address starts over (the global count keeps its failures). */
export function clearSignInFailures(conn: Sqlite, address: string): void {
  statements(conn).dropClient.run(address);
}

/** Forgets every failure and the slow lane (tests). */
export function forgetSignInLimits(conn: Sqlite): void {
  conn.exec(`DELETE FROM "SignInClient"; DELETE FROM "SignInFailure"; DELETE FROM "SignInSlowLane";`);
}
