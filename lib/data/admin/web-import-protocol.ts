/** What the admin import's child process is given (argv) and tells its parent (IPC), checked with zod at both ends. */
import { z } from "zod";
import { WebImportState } from "../shared-state/web-import-jobs";

export const ChildOptions = z.object({
  url: z.string().min(1),
  dir: z.string().min(1),
  triggeredBy: z.string(),
  only: z.array(z.string()).nullable(),
});
export type ChildOptions = z.infer<typeof ChildOptions>;

export const ChildMessage = z.discriminatedUnion("type", [
  /** The job as just written to the database. */
  z.object({ type: z.literal("job"), job: WebImportState }),
  /** Another import holds the lock: nothing was written. */
  z.object({ type: z.literal("busy"), runId: z.number(), startedAt: z.string(), trigger: z.string(), triggeredBy: z.string().nullable() }),
  /** The run could not start (before it held the lock). */
  z.object({ type: z.literal("failed"), error: z.string() }),
]);
export type ChildMessage = z.infer<typeof ChildMessage>;
