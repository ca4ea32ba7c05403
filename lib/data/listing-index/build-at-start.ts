/**
 * At server start, build the listing snapshot (~0.7 s at 100,000 articles) so the first reader
 * does not wait for it. A failure only warns: before the database is migrated there is nothing
 * to build, and the first read builds it anyway.
 */
import { db, type Db } from "@/lib/db";
import { listingSnapshot } from "./listing-index";

export async function buildListingSnapshotAtStart(database: Db = db()): Promise<void> {
  try {
    const t = performance.now();
    const s = await listingSnapshot(database);
    console.log(`[listing] snapshot of ${s.size} articles built in ${Math.round(performance.now() - t)} ms`);
  } catch (err) {
    console.warn(`[listing] snapshot not built at start: ${err instanceof Error ? err.message : String(err)}`);
  }
}
