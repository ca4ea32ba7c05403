/** Contract of the importer used by the CLI (scripts/import.ts) and the admin pages. */

export type ImportTrigger = "cli" | "web" | "test" | "bench";

export type ItemStatus = "added" | "updated" | "unchanged" | "duplicate" | "failed" | "missing";

export interface ImportOptions {
  /** Folder of scraped files to import (recursively). */
  dir: string;
  trigger: ImportTrigger;
  triggeredBy?: string;
  /** Only these files (paths relative to dir); all files when absent. */
  only?: string[];
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  runId: number;
  done: number;
  total: number;
  current: string | null;
  lastStatus: ItemStatus | null;
  lastError: string | null;
  elapsedMs: number;
}

export interface ImportSummary {
  runId: number;
  status: "succeeded" | "failed";
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  missing: number;
  elapsedMs: number;
  failures: { path: string; error: string }[];
  missingPaths: string[];
}

/** Thrown when another import holds the lock. */
export class ImportBusyError extends Error {
  constructor(
    readonly runId: number,
    readonly startedAt: Date,
    readonly trigger: string,
    readonly triggeredBy: string | null,
  ) {
    super(
      `an import is running (run ${runId}, started at ${startedAt.toISOString()}, by ${triggeredBy ?? trigger})`,
    );
    this.name = "ImportBusyError";
  }
}
