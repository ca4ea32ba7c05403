/**
 * At server start, before it takes requests, the first-use work a process's first search would
 * otherwise do on the event loop (issue 17: nothing a request waits for may hold the loop
 * > 50 ms): the OpenCC converter's tables (the bitmap of changing characters, ~30–40 ms),
 * Prisma's first compile of the two small queries a search makes (the import-run check and the
 * entity tables' version, ~10 ms each the first time), and the search's entity lists, loaded
 * behind the start in the worker thread as the listing snapshot is. The converter and the lists
 * are kept per process (process-shared.ts), so the route bundles find them made.
 */
import { db, type Db } from "@/lib/db";
import { parseQuery } from "@/lib/search/parse-query";
import { importRunning } from "./import/lock";
import { preloadEntityIndex, type EntityIndex } from "./search/entities";

/** A query with a traditional character and a Latin word: the converter walks its tries, not only its bitmap. */
const SAMPLE_QUERY = "模型發佈 likaifu";

export interface Warmed {
  /** The search's entity lists, loading behind the start (rejects when they could not be read). */
  entities: Promise<EntityIndex> | null;
}

export async function warmRequestPathAtStart(database: Db = db()): Promise<Warmed> {
  const t = performance.now();
  parseQuery(SAMPLE_QUERY);
  try {
    await importRunning(database);
    const { loaded } = await preloadEntityIndex(database);
    loaded.catch((err: unknown) => console.warn(`[warm] search entity lists not loaded at start: ${err instanceof Error ? err.message : String(err)}`));
    console.log(`[warm] first-search work done at start in ${Math.round(performance.now() - t)} ms`);
    return { entities: loaded };
  } catch (err) {
    // Before the database is migrated there is nothing to read; the first search does it then.
    console.warn(`[warm] not warmed at start: ${err instanceof Error ? err.message : String(err)}`);
    return { entities: null };
  }
}
