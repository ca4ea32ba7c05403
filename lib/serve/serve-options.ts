/**
 * What `npm run up` / `npm run serve` start: one `next start` (the default), or N of them behind
 * HAProxy. Validated with zod: `--processes auto|N` on the command line, or PROCESSES in the
 * environment; PORT (or -p) is where readers connect either way.
 */
import os from "node:os";
import { z } from "zod";

export const MAX_PROCESSES = 64;

const Processes = z
  .union([z.literal("auto"), z.coerce.number().int().min(1).max(MAX_PROCESSES)], {
    error: `--processes takes "auto" or a whole number from 1 to ${MAX_PROCESSES}`,
  })
  .default(1);

const Port = z.coerce.number().int().min(1).max(65_535 - MAX_PROCESSES);

export const ServeOptions = z.object({
  processes: Processes.transform((p) => (p === "auto" ? os.availableParallelism() : p)),
  port: Port.default(3000),
  /** First app process port when several run (the next ones follow); default: port + 1. */
  appPort: Port.optional(),
  hostname: z.string().min(1).max(255).default("0.0.0.0"),
});
export type ServeOptions = z.infer<typeof ServeOptions>;

/** The app processes' ports: one (the public port itself) when alone, else a run after it. */
export function appPorts(o: ServeOptions): number[] {
  if (o.processes === 1) return [o.port];
  const first = o.appPort ?? o.port + 1;
  return Array.from({ length: o.processes }, (_, i) => first + i);
}
