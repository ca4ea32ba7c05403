/** What the admin page polls: the latest web import, by any server process (live, from the database), and whichever run holds the lock (CLI runs too). */
import type { Db } from "../../db";
import { currentRun } from "../import/lock";
import { webImportState, type WebImportState } from "./web-import";

export interface ImportStatus {
  job: WebImportState | null;
  /** The run holding the import lock right now, from the database (counts are saved every few dozen files). */
  running: { id: number; startedAt: string; trigger: string; triggeredBy: string | null; total: number; done: number } | null;
}

export async function importStatus(db: Db): Promise<ImportStatus> {
  const run = await currentRun(db);
  return {
    job: await webImportState(db),
    running: run && {
      id: run.id,
      startedAt: run.startedAt.toISOString(),
      trigger: run.trigger,
      triggeredBy: run.triggeredBy,
      total: run.total,
      done: run.added + run.updated + run.unchanged + run.duplicates + run.failed,
    },
  };
}
