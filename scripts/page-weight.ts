/**
 * Bytes of HTML and RSC payload per page kind, from a running server (the same samples as
 * bench:web prints). `npx tsx scripts/page-weight.ts -- --base http://127.0.0.1:3000 --max-id 100000`
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { printPageWeights } from "../lib/bench/page-weight";
import { requestLists } from "../lib/bench/request-lists";

const Flags = z.object({ base: z.string().url(), maxId: z.coerce.number().int().positive() });

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { base: { type: "string" }, "max-id": { type: "string" } }, strict: true });
  const flags = Flags.parse({ base: values.base, maxId: values["max-id"] });
  await printPageWeights(flags.base.replace(/\/$/, ""), requestLists(50, flags.maxId));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
