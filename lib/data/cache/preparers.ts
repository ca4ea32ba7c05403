/**
 * What each cache rebuilds ahead of an import's end (import-end.ts runs them). A module of its
 * own, importing nothing of the data layer: the caches register at load, and the watcher's
 * imports reach back into them, so the registry must be ready before either.
 */
import type { Db } from "@/lib/db";
import { processShared } from "../process-shared";

/** Keys each preparer computes at most: the ones read most recently. */
export const PREPARE_KEYS = 400;

/** A preparer: `wanted` turns false once the run it prepares for is no longer publishing. */
export type Preparer = (db: Db, wanted: () => boolean) => Promise<unknown>;

const registry = processShared("importEnd.preparers", () => new Map<string, { order: number; run: Preparer }>());

/** Registers what a cache rebuilds ahead of an import's end, by name (every bundle of the process registers the same). */
export function registerPreparer(name: string, order: number, run: Preparer): void {
  registry.set(name, { order, run });
}

/** The registered preparers, by ascending order, with their names. */
export function preparers(): { name: string; run: Preparer }[] {
  return [...registry].sort((a, b) => a[1].order - b[1].order).map(([name, p]) => ({ name, run: p.run }));
}
