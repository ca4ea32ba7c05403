/**
 * Whether the server can answer from its database, for load balancers and uptime checks. It
 * reads one indexed row (the data generation every write moves), so it is cheap enough to poll,
 * and it fails on a missing file or a database the migrations never ran on, not only on a
 * crashed process.
 */
import type { Db } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { dataGeneration } from "./cache/generation-cache";

export type Health = { ok: true; dataGeneration: string } | { ok: false; error: string };

export function databaseHealth(database: Db = defaultDb()): Health {
  try {
    const generation = dataGeneration(database);
    if (generation === null) return { ok: false, error: "the database has no tables yet: run `npm run db:migrate`" };
    return { ok: true, dataGeneration: generation.toString() };
  } catch (err) {
    // The reason stays in the server log; the answer says only what an operator can act on.
    console.error("health check:", err);
    return { ok: false, error: "the database cannot be read" };
  }
}
