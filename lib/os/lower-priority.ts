/**
 * Lowers this process's CPU priority by `by` (nice), so pages served from the same machine come
 * first and an import takes the CPU they leave.
 */
import os from "node:os";

export function lowerPriority(by = 10): void {
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + by));
  } catch {
    // Not allowed here (some containers): run at the usual priority.
  }
}
