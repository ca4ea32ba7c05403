/**
 * The two checkouts an A/B benchmark script compares by running itself in each (bench-search-ab,
 * bench-cpu-ab): the other checkout's folder and this one, and the order they run in a round,
 * swapped every round so a shared machine's drifting load weighs on both alike.
 */
import fs from "node:fs";
import path from "node:path";

export type AbSide = "base" | "this";

/** Both folders, after checking the flags every such script needs. */
export function abCheckouts(base: string | undefined, db: string): Record<AbSide, string> {
  if (!base) throw new Error("--base: the other checkout's folder");
  if (!fs.existsSync(db)) throw new Error(`${db} does not exist`);
  return { base: path.resolve(base), this: process.cwd() };
}

/** Round r's order: base first in even rounds, this checkout first in odd ones. */
export function abOrder(round: number): readonly AbSide[] {
  return round % 2 === 0 ? ["base", "this"] : ["this", "base"];
}
