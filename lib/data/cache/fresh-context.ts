/**
 * Whether the read running now may be answered from an earlier view of the data. Only a
 * request's own answer may be stale while an import runs; a result that is kept (computed behind
 * a stale answer, or ahead of an import's end by import-end.ts) is computed in a fresh context,
 * so the listing snapshot and the cached reads it asks for inside are the current ones. Without
 * it, a profile kept under the import's final generation held a month count read from the
 * snapshot before it, and was served as current after the import had ended.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { processShared } from "../process-shared";

const context = processShared("cache.freshContext", () => new AsyncLocalStorage<true>());

/** Whether the caller asked for current data only (no stale answer, no snapshot older than the view). */
export function freshOnly(): boolean {
  return context.getStore() === true;
}

/** Runs `work` so that every read inside it answers the current view. */
export function runFresh<T>(work: () => T): T {
  return context.run(true, work);
}
