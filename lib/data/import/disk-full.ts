/**
 * A full disk stops an import: every later file would fail the same way, and the run's own
 * record must still be written. The importer stops at the first such error, marks the run
 * failed, and the CLI says so in one line (issue 16, item 8: it printed a Prisma invocation
 * dump and left its run "running").
 */

export class DiskFullError extends Error {
  constructor(
    readonly runId: number,
    readonly atFile: string | null,
  ) {
    super(`disk full: import run ${runId} stopped${atFile ? ` at ${atFile}` : ""}; the run is marked failed and files already imported are kept`);
    this.name = "DiskFullError";
  }
}

/** Whether an error from the store (better-sqlite3, pg or Prisma) or the file system means no space is left (PostgreSQL: SQLSTATE 53100). */
export function isDiskFull(err: unknown): boolean {
  if (err instanceof DiskFullError) return true;
  if (!err || typeof err !== "object") return false;
  const code = String((err as { code?: unknown }).code ?? "");
  if (code === "SQLITE_FULL" || code === "ENOSPC" || code === "EDQUOT" || code === "53100") return true;
  const message = err instanceof Error ? err.message : "";
  return /database or disk is full|ENOSPC|no space left on device/i.test(message);
}
