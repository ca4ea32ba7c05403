/**
 * CLI: sends a few thousand hostile requests to a running server on this machine and prints
 * requests, 5xx, reflected input and the page cache's size before and after; exits 1 on any 5xx
 * or reflection. `npm run fuzz:web -- [--url http://localhost:3000] [--count 3000] [--dist .next]`
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { hostileRequests } from "../lib/fuzz/hostile-requests";
import { formatReport, runFuzz } from "../lib/fuzz/run-fuzz";

const Flags = z.object({
  url: z.string().url().default("http://localhost:3000"),
  count: z.coerce.number().int().min(100).max(20_000).default(3000),
  dist: z.string().min(1).default(".next"),
  concurrency: z.coerce.number().int().min(1).max(64).default(8),
  seed: z.coerce.number().int().default(16),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { url: { type: "string" }, count: { type: "string" }, dist: { type: "string" }, concurrency: { type: "string" }, seed: { type: "string" } },
    strict: true,
  });
  const flags = Flags.parse(values);
  const report = await runFuzz(flags.url, hostileRequests({ count: flags.count, seed: flags.seed }), { concurrency: flags.concurrency, distDir: flags.dist });
  console.log(formatReport(report));
  return report.serverErrors.length > 0 || report.reflected.length > 0 || report.transportErrors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof z.ZodError ? `bad flags: ${err.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` : err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
